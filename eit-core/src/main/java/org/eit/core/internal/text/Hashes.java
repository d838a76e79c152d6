package org.eit.core.internal.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in hexadecimal, the one hash eit uses: stable ids of synergies, cache keys of rule bases, the output
 * folder's manifest.
 */
public final class Hashes {
    private Hashes() {
    }

    /** A new SHA-256 digest; every Java runtime has one. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    /** The digest's value in lower-case hexadecimal (64 characters); the digest is reset. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256Hex(byte[] content) {
        MessageDigest digest = sha256();
        digest.update(content);
        return hex(digest);
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
