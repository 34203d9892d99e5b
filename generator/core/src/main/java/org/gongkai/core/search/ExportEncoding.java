package org.gongkai.core.search;

/**
 * The compact encodings of the static export, mirrored by engine.js: numbers as base-64 digits that are safe
 * inside a JavaScript string, and the hash that assigns a term to its shard.
 */
final class ExportEncoding {
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** Each digit's value by its character (the export reads back every term's lists for its facet counts). */
    private static final byte[] VALUE = new byte[128];

    static {
        for (int i = 0; i < DIGITS.length(); i++) {
            VALUE[DIGITS.charAt(i)] = (byte) i;
        }
    }

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
     * A posting's frequency and norm byte as one number, (freq − 1)·span + (norm − base), where base is the
     * smallest norm byte of the posting list and span the number of norm values from there to the largest: one
     * digit where the frequency is 1 and the norm within 32 of the list's smallest (most postings of every field,
     * since a field's lengths fall in a narrow band of norm bytes), two where it is a little more.
     */
    static int freqNorm(int freq, int norm, int base, int span) {
        if (freq < 1 || norm < base || norm > 255 || span < 1 || norm - base >= span
                || freq - 1 > (Integer.MAX_VALUE - span) / span) {
            throw new IllegalArgumentException("frequency " + freq + ", norm " + norm + ", base " + base + ", span " + span);
        }
        return (freq - 1) * span + norm - base;
    }

    /** Marks a posting list written as a bitset of its documents (a character no digit uses). */
    static final char DENSE = '.';

    /**
     * A posting list: with frequencies (a scored field), first the list's smallest norm byte and the span of
     * its norm bytes ({@link #freqNorm}); then either the documents' gaps, each followed by its freqNorm number,
     * or, where that is shorter (a list of more than about a sixth of the documents), {@link #DENSE}, the number
     * of bitset digits and the bitset (six documents a digit, from document 0, low bit first), then the freqNorm
     * numbers in document order. Without frequencies (a tier field) the same without norms and freqNorm numbers.
     */
    static void postings(StringBuilder sb, int[] docs, int[] freqs, int[] norms) {
        int base = 0, span = 1;
        if (freqs != null) {
            base = 255;
            int max = 0;
            for (int nb : norms) {
                base = Math.min(base, nb);
                max = Math.max(max, nb);
            }
            span = Math.max(1, max - base + 1);
        }
        long sparse = 0;
        for (int i = 0, prev = 0; i < docs.length; i++) {
            sparse += vlqLength(docs[i] - prev);
            prev = docs[i];
        }
        int bits = docs.length == 0 ? 0 : docs[docs.length - 1] / 6 + 1;
        boolean dense = 1 + vlqLength(bits) + bits < sparse;
        if (dense) {
            sb.append(DENSE);
        }
        if (freqs != null) {
            vlq(sb, base);
            vlq(sb, span);
        }
        if (dense) {
            vlq(sb, bits);
            int[] cells = new int[bits];
            for (int d : docs) {
                cells[d / 6] |= 1 << (d % 6);
            }
            for (int c : cells) {
                sb.append(DIGITS.charAt(c));
            }
            if (freqs != null) {
                for (int i = 0; i < docs.length; i++) {
                    vlq(sb, freqNorm(freqs[i], norms[i], base, span));
                }
            }
            return;
        }
        for (int i = 0, prev = 0; i < docs.length; i++) {
            vlq(sb, docs[i] - prev);
            if (freqs != null) {
                vlq(sb, freqNorm(freqs[i], norms[i], base, span));
            }
            prev = docs[i];
        }
    }

    /** A posting list read back: what {@link #postings} wrote (frequencies and norms null for a tier field). */
    record Postings(int[] docs, int[] freqs, int[] norms) {
        static Postings decode(String s, int count, boolean scored) {
            int[] docs = new int[count], freqs = scored ? new int[count] : null, norms = scored ? new int[count] : null;
            boolean dense = !s.isEmpty() && s.charAt(0) == DENSE;
            int[] pos = {dense ? 1 : 0};
            int base = scored ? readVlq(s, pos) : 0, span = scored ? readVlq(s, pos) : 1;
            if (dense) {
                int digits = readVlq(s, pos), n = 0;
                for (int c = 0; c < digits; c++) {
                    int v = VALUE[s.charAt(pos[0] + c)];
                    for (int b = 0; b < 6; b++) {
                        if ((v & (1 << b)) != 0) {
                            docs[n++] = c * 6 + b;
                        }
                    }
                }
                pos[0] += digits;
            }
            for (int i = 0, doc = 0; i < count; i++) {
                if (!dense) {
                    doc += readVlq(s, pos);
                    docs[i] = doc;
                }
                if (scored) {
                    int fn = readVlq(s, pos);
                    freqs[i] = fn / span + 1;
                    norms[i] = fn % span + base;
                }
            }
            return new Postings(docs, freqs, norms);
        }

        /** The postings of the documents in keep. */
        Postings only(java.util.BitSet keep) {
            int n = 0;
            for (int d : docs) {
                n += keep.get(d) ? 1 : 0;
            }
            int[] kd = new int[n], kf = freqs == null ? null : new int[n], kn = norms == null ? null : new int[n];
            for (int i = 0, k = 0; i < docs.length; i++) {
                if (keep.get(docs[i])) {
                    kd[k] = docs[i];
                    if (kf != null) {
                        kf[k] = freqs[i];
                        kn[k] = norms[i];
                    }
                    k++;
                }
            }
            return new Postings(kd, kf, kn);
        }
    }

    /** Reads the {@link #vlq} number at pos[0] of s and moves pos[0] past it. */
    static int readVlq(String s, int[] pos) {
        int v = 0, shift = 0, digit;
        do {
            digit = VALUE[s.charAt(pos[0]++)];
            v |= (digit & 31) << shift;
            shift += 5;
        } while ((digit & 32) != 0);
        return v;
    }

    /** How many digits {@link #vlq} writes for v. */
    static int vlqLength(int v) {
        int n = 1;
        while (v >= 32) {
            v >>>= 5;
            n++;
        }
        return n;
    }

    /** A number in exactly {@code width} base-64 digits, high digit first (a fixed-width column cell). */
    static void fixed(StringBuilder sb, long v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            sb.append(DIGITS.charAt((int) ((v >>> (6 * i)) & 63)));
        }
    }

    /** Digits needed for the values 0..count-1. */
    static int width(long count) {
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
