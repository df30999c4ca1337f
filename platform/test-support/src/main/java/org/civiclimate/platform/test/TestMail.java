package org.civiclimate.platform.test;

import java.util.List;
import org.civiclimate.platform.infrastructure.MailCatcher;
import org.civiclimate.platform.infrastructure.MailCatcher.CapturedMail;

/**
 * The test JVM's SMTP server, a real one that keeps what Keycloak and the services send (GreenMail), started on first
 * use: tests read the emails a person would get and follow their links.
 */
public final class TestMail {

    private TestMail() {}

    public static int smtpPort() {
        return Holder.CATCHER.smtpPort();
    }

    /** Every message sent to {@code address} so far, oldest first. */
    public static List<CapturedMail> to(String address) {
        return Holder.CATCHER.messages().stream()
                .filter(message -> message.to().stream().anyMatch(address::equalsIgnoreCase))
                .toList();
    }

    private static final class Holder {
        static final MailCatcher CATCHER = start();

        private static MailCatcher start() {
            var catcher = MailCatcher.start(0, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(catcher::close, "stop-test-mail"));
            return catcher;
        }
    }
}
