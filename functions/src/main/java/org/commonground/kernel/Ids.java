package org.commonground.kernel;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Opaque ids, unique across every kind of record: 10 characters of time (so items of one
 * kind sort in the order they were made) and 16 random ones (80 bits), in lower-case base 32.
 */
public final class Ids {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String next(Clock clock) {
        char[] id = new char[26];
        long time = clock.millis();
        for (int i = 9; i >= 0; i--) {
            id[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(32)];
        }
        return new String(id);
    }

    /**
     * The id of a record that must come out the same each time it is made from the same key (an
     * imported answer: importing the file again finds it already there): 26 characters of the
     * key's SHA-256, in the same alphabet, so it passes {@link #looksValid}.
     */
    public static String fromKey(String key) {
        byte[] hash;
        try {
            hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
        char[] id = new char[26];
        for (int i = 0; i < 26; i++) {
            int bit = i * 5;
            int value = ((hash[bit / 8] & 0xff) << 8 | (hash[bit / 8 + 1] & 0xff)) >>> (11 - bit % 8) & 31;
            id[i] = ALPHABET[value];
        }
        return new String(id);
    }

    /** An id a caller sent us: only our own alphabet, so it is safe inside a key. */
    public static boolean looksValid(String id) {
        if (id == null || id.length() != 26) return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) return false;
        }
        return true;
    }
}
