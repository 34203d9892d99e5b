package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongkai.core.internal.Json;
import org.junit.jupiter.api.Test;

/**
 * The shared analysis vectors (src/test/resources/search/analysis-vectors.json) hold input text and the tokens the
 * Lucene chain gives for indexing and for queries; the JavaScript engine's tests read the same file. This test
 * pins Lucene's side. To add cases, add {"input": …} objects and run with -Dgongkai.vectors.write=true: the
 * expected tokens are then written by Lucene itself, never by hand.
 */
class AnalysisVectorsTest {
    static final Path VECTORS = Path.of("src/test/resources/search/analysis-vectors.json");

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cases() throws IOException {
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(Files.readString(VECTORS, StandardCharsets.UTF_8));
        return (List<Map<String, Object>>) root.get("cases");
    }

    /** The expected value of a case, in the file's form: [term, start, end] with a fourth element 1 for overlaps. */
    static List<List<Object>> encode(List<AnalyzedToken> tokens) {
        List<List<Object>> out = new ArrayList<>();
        for (AnalyzedToken t : tokens) {
            List<Object> e = new ArrayList<>(List.of(t.term(), t.start(), t.end()));
            if (t.overlap()) {
                e.add(1);
            }
            out.add(e);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<List<Object>> normalize(Object fileValue) {
        List<List<Object>> out = new ArrayList<>();
        for (Object o : (List<Object>) fileValue) {
            List<Object> e = new ArrayList<>();
            for (Object x : (List<Object>) o) {
                e.add(x instanceof Double d ? (Object) d.intValue() : x);
            }
            out.add(e);
        }
        return out;
    }

    @Test
    void luceneChainGivesTheVectorsTokens() throws IOException {
        List<Map<String, Object>> cases = cases();
        if (Boolean.getBoolean("gongkai.vectors.write")) {
            write(cases);
            cases = cases();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        for (Map<String, Object> c : cases) {
            String input = (String) c.get("input");
            assertThat(encode(Analysis.index(input))).as("index tokens of %s", input).isEqualTo(normalize(c.get("index")));
            assertThat(encode(Analysis.query(input))).as("query tokens of %s", input).isEqualTo(normalize(c.get("query")));
            assertThat(Analysis.length(input)).as("length of %s", input).isEqualTo(((Double) c.get("length")).intValue());
        }
    }

    @Test
    void traditionalQueryGivesTheSimplifiedTerms() {
        assertThat(Analysis.query("示財〔2026〕12號").stream().map(AnalyzedToken::term))
                .containsExactly("示财", "2026", "12", "号");
        assertThat(Analysis.query("政府信息公開").stream().map(AnalyzedToken::term))
                .containsExactly("政府", "府信", "信息", "息公", "公开");
        assertThat(Analysis.index("稅").stream().map(AnalyzedToken::term)).containsExactly("税");
    }

    @Test
    void tableIsGeneratedFromIcuAndCoversCommonCharacters() {
        String table = TraditionalSimplified.table();
        assertThat(table.codePointCount(0, table.length())).isEven().isGreaterThan(2000);
        assertThat(table).contains("財财", "號号", "縣县", "開开");
        assertThat(table).doesNotContain("财財");
    }

    private static void write(List<Map<String, Object>> cases) throws IOException {
        StringBuilder sb = new StringBuilder("{\"about\": \"Written by AnalysisVectorsTest from Lucene; edit inputs only. ")
                .append("Tokens are [term, start, end] in UTF-16 offsets, with 1 appended when the token overlaps the one ")
                .append("before (position increment 0). length is the field length BM25 sees.\",\n\"cases\": [\n");
        for (int k = 0; k < cases.size(); k++) {
            String input = (String) cases.get(k).get("input");
            sb.append("{\"input\": ").append(Json.quote(input))
                    .append(", \"length\": ").append(Analysis.length(input))
                    .append(",\n  \"index\": ").append(list(encode(Analysis.index(input))))
                    .append(",\n  \"query\": ").append(list(encode(Analysis.query(input)))).append('}')
                    .append(k + 1 < cases.size() ? ",\n" : "\n");
        }
        sb.append("]}\n");
        Files.writeString(VECTORS, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String list(List<List<Object>> tokens) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < tokens.size(); i++) {
            List<Object> t = tokens.get(i);
            sb.append(i > 0 ? ", " : "").append('[').append(Json.quote((String) t.get(0)));
            for (int j = 1; j < t.size(); j++) {
                sb.append(',').append(t.get(j));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
