package org.eit.core.testing;

/** Inputs worth trying first in several properties, because random draws would seldom give them. */
public final class Examples {
    private Examples() {
    }

    /**
     * Bytes that text readers get wrong: nothing, a NUL, byte-order marks alone or cut, UTF-8 cut in a character,
     * an overlong NUL, an encoded surrogate, and bytes Windows-1252 leaves undefined.
     */
    public static byte[][] awkwardBytes() {
        return new byte[][] {
            {},
            {0},
            {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
            {(byte) 0xef, (byte) 0xbb},
            {(byte) 0xff, (byte) 0xfe},
            {(byte) 0xfe, (byte) 0xff},
            {(byte) 0xff, (byte) 0xfe, 0x41},
            {(byte) 0xe2, (byte) 0x82},
            {(byte) 0xc0, (byte) 0x80},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0x81, (byte) 0x8d, (byte) 0x8f, (byte) 0x90, (byte) 0x9d},
        };
    }
}
