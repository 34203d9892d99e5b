package org.gongkai.core.search;

/**
 * The compact encodings of the static export, mirrored by engine.js: numbers as base-64 digits that are safe
 * inside a JavaScript string, and the hash that assigns a term to its shard.
 */
final class ExportEncoding {
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private ExportEncoding() {
    }

    /** A variable-length number: 5 bits a digit, low bits first, digit value 32 and up meaning "more follows". */
    static void vlq(StringBuilder sb, int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative " + v);
        }
        while (v >= 32) {
            sb.append(DIGITS.charAt(32 | (v & 31)));
            v >>>= 5;
        }
        sb.append(DIGITS.charAt(v));
    }

    /**
     * A posting's frequency and norm byte as one number, (freq − 1)·256 + norm: one digit where the frequency is 1
     * and the norm below 32 (most title postings), two where the frequency is at most 4 (most body postings).
     */
    static int freqNorm(int freq, int norm) {
        if (freq < 1 || freq > (Integer.MAX_VALUE >> 8) || norm < 0 || norm > 255) {
            throw new IllegalArgumentException("frequency " + freq + ", norm " + norm);
        }
        return ((freq - 1) << 8) | norm;
    }

    /** Reads the {@link #vlq} number at pos[0] of s and moves pos[0] past it. */
    static int readVlq(String s, int[] pos) {
        int v = 0, shift = 0, digit;
        do {
            digit = DIGITS.indexOf(s.charAt(pos[0]++));
            v |= (digit & 31) << shift;
            shift += 5;
        } while ((digit & 32) != 0);
        return v;
    }

    /** A number in exactly {@code width} base-64 digits, high digit first (a fixed-width column cell). */
    static void fixed(StringBuilder sb, int v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            sb.append(DIGITS.charAt((v >>> (6 * i)) & 63));
        }
    }

    /** Digits needed for the values 0..count-1. */
    static int width(int count) {
        int w = 1;
        for (long cap = 64; cap < count; cap *= 64) {
            w++;
        }
        return w;
    }

    /** FNV-1a over the UTF-16 units of a term, unsigned: the shard of a term is this modulo the shard count. */
    static long hash(String term) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return Integer.toUnsignedLong(h);
    }
}
