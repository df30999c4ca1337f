package org.civiclimate.assembly.draws.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Random numbers anyone can recompute from a published seed, in any language: block {@code i} (from 0) is
 * {@code SHA-256(UTF-8(seed) + "/" + i)}, read as four unsigned 64-bit big-endian numbers in turn. An integer below
 * {@code bound} takes the next number's top 63 bits, skipping those at or above the largest multiple of
 * {@code bound}, and is their remainder by {@code bound}: no bias, whatever the bound.
 */
public final class SeededRandom {

    private final String seed;
    private long block;
    private ByteBuffer current = ByteBuffer.allocate(0);

    public SeededRandom(String seed) {
        this.seed = seed;
    }

    public long nextLong() {
        if (!current.hasRemaining()) {
            current = ByteBuffer.wrap(sha256(seed + "/" + block++));
        }
        return current.getLong();
    }

    /** A uniform integer in [0, bound). */
    public int nextInt(int bound) {
        return (int) nextLong(bound);
    }

    /** A uniform long in [0, bound). */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound " + bound);
        }
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
        while (true) {
            long value = nextLong() >>> 1;
            if (value < limit) {
                return value % bound;
            }
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
