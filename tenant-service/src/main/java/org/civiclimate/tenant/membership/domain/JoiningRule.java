package org.civiclimate.tenant.membership.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How citizens join a commune, and the code that lets them in when one is asked for. */
public record JoiningRule(JoinPolicy policy, String invitationCode) {

    // No 0/O or 1/I: codes are read aloud and typed from paper.
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 10;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public JoiningRule {
        if (!FORMAT.matcher(invitationCode).matches()) {
            throw new IllegalArgumentException("An invitation code has " + LENGTH + " capital letters and digits");
        }
    }

    /** The rule of a commune that has not chosen yet: joining with a fresh code. */
    public static JoiningRule byDefault() {
        return new JoiningRule(JoinPolicy.INVITATION_CODE, newCode());
    }

    public JoiningRule withPolicy(JoinPolicy newPolicy) {
        return new JoiningRule(newPolicy, invitationCode);
    }

    /** The same policy with a new code: the old one stops working. */
    public JoiningRule withNewCode() {
        return new JoiningRule(policy, newCode());
    }

    /**
     * Whether someone giving {@code code} may join. Case, spaces and dashes do not matter (people copy codes from
     * letters); the comparison takes the same time whatever the code, so it cannot be guessed letter by letter.
     */
    public boolean admits(@Nullable String code) {
        if (policy == JoinPolicy.OPEN) {
            return true;
        }
        if (code == null) {
            return false;
        }
        String typed = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(
                typed.getBytes(StandardCharsets.UTF_8), invitationCode.getBytes(StandardCharsets.UTF_8));
    }

    static String newCode() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
