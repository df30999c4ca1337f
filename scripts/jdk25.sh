# Sourced by devstack.sh and .ci/run: makes JAVA_HOME a JDK 25 (the machine's default java may be older).
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/java-25-* /usr/lib/jvm/jdk-25*; do
    if [ -x "$candidate/bin/java" ]; then
      export JAVA_HOME="$candidate"
      break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  echo "Civiclimate needs a JDK 25: install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
