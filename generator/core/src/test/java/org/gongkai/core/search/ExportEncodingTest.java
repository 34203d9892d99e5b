package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

/** The export's posting lists: what is written is read back, in whichever form is shorter. */
class ExportEncodingTest {
    private static String write(int[] docs, int[] freqs, int[] norms) {
        StringBuilder sb = new StringBuilder();
        ExportEncoding.postings(sb, docs, freqs, norms);
        return sb.toString();
    }

    @Test
    void aFewDocumentsAreGapsAndManyABitset() {
        int[] sparse = {3, 400, 9000};
        int[] dense = new int[300];
        for (int i = 0; i < dense.length; i++) {
            dense[i] = i * 2 + (i % 2);
        }
        assertThat(write(sparse, null, null)).doesNotStartWith(".");
        String d = write(dense, null, null);
        assertThat(d).startsWith(".");
        // Six documents a digit: about 100 digits for the 600 documents the list spans, against 300 gap digits.
        assertThat(d.length()).isLessThan(110);
        assertThat(ExportEncoding.Postings.decode(d, dense.length, false).docs()).isEqualTo(dense);
        assertThat(ExportEncoding.Postings.decode(write(sparse, null, null), 3, false).docs()).isEqualTo(sparse);
    }

    @Test
    void frequenciesAndNormsRoundTripInBothForms() {
        for (int step : new int[] {1, 3, 97}) {
            int n = 200;
            int[] docs = new int[n], freqs = new int[n], norms = new int[n];
            for (int i = 0; i < n; i++) {
                docs[i] = i * step;
                freqs[i] = 1 + (i % 7 == 0 ? i % 5 : 0);
                norms[i] = 60 + (i * 13) % 40;
            }
            String s = write(docs, freqs, norms);
            ExportEncoding.Postings p = ExportEncoding.Postings.decode(s, n, true);
            assertThat(p.docs()).as("step %d", step).isEqualTo(docs);
            assertThat(p.freqs()).isEqualTo(freqs);
            assertThat(p.norms()).isEqualTo(norms);
            BitSet keep = new BitSet();
            keep.set(docs[5]);
            keep.set(docs[150]);
            ExportEncoding.Postings kept = ExportEncoding.Postings.decode(
                    write(p.only(keep).docs(), p.only(keep).freqs(), p.only(keep).norms()), 2, true);
            assertThat(kept.docs()).containsExactly(docs[5], docs[150]);
            assertThat(kept.norms()).containsExactly(norms[5], norms[150]);
        }
    }

    @Test
    void aPostingWithFrequencyOneNearTheListsSmallestNormIsOneDigit() {
        // Norm bytes 200..220: relative to 200 each fits one digit with its gap (two digits a posting).
        int[] docs = {10, 20, 30, 40}, freqs = {1, 1, 1, 1}, norms = {200, 210, 220, 205};
        String s = write(docs, freqs, norms);
        // base (two digits: 200 ≥ 32), span (one digit: 21), then four postings of one gap digit and one number.
        assertThat(s).hasSize(2 + 1 + 4 * 2);
    }
}
