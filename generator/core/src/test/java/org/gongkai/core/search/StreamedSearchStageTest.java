package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.core.search.internal.LuceneIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's search stage holds neither every item's plain text nor every file of the export: documents are made as
 * the index reads them, the export's postings are read a range of terms at a time, and each file goes to the write
 * stage once made. What it writes must be, to the byte, the export of the index made the plain way (every document
 * made first, the whole bodies indexed, the export from the documents cut to their excerpts), with many split terms
 * and many shards, and each file handed on once.
 */
class StreamedSearchStageTest {
    @TempDir
    Path tmp;

    @Test
    void streamedStageWritesTheSameIndexAndExportAsThePlainOne() throws Exception {
        // Bodies much longer than an excerpt: the index must have read them whole, the export only their start.
        String more = "\n\n县人民政府决定进一步规范行政事业性收费管理，加强预算绩效评价，推进乡村振兴战略落实。";
        SearchCorpus.Site site = SearchCorpus.site(tmp.resolve("site"), 300, 20261203L,
                text -> text + more.repeat(Math.abs(text.hashCode() % 12)) + "\n\n末段" + Math.abs(text.hashCode() % 97) + "号补充说明。");
        // Small shards and first blocks: hundreds of shard files and many split terms from 300 items.
        StaticExport.Layout layout = new StaticExport.Layout(200, 16, 2, 120, 5);

        Map<String, byte[]> streamed = new ConcurrentHashMap<>();
        Map<String, Integer> handed = new ConcurrentHashMap<>();
        Path streamedIndex = tmp.resolve("streamed-index");
        SearchOutputs.write(site.model(), streamedIndex, (path, bytes) -> {
            handed.merge(path, 1, Integer::sum);
            streamed.put(path, bytes);
        }, layout);

        Path plainIndex = tmp.resolve("plain-index");
        Files.createDirectories(plainIndex);
        List<SearchDocument> docs = SearchDocuments.of(site.model());
        LuceneIndex.write(plainIndex, docs, SearchIndex.synonyms(site.model()).toLines());
        StaticExport export = new StaticExport(layout);
        Map<String, byte[]> plain;
        try (LuceneIndex index = LuceneIndex.open(plainIndex)) {
            plain = export.export(index, export.withExcerptBodies(docs), site.content().catalog().all(),
                    site.content().site().organs(), SearchIndex.synonyms(site.model()));
        }

        assertThat(handed.values()).as("files handed on more than once").containsOnly(1);
        assertThat(plain.keySet()).anyMatch(p -> p.startsWith("search/p/"));
        assertThat(plain.keySet().stream().filter(p -> p.startsWith("search/t/")).count()).isGreaterThan(100);
        assertThat(streamed.keySet()).isEqualTo(plain.keySet());
        for (String path : plain.keySet()) {
            assertThat(Arrays.equals(streamed.get(path), plain.get(path))).as(path).isTrue();
        }
        // The same index, too: every query ranks the same documents with the same scores.
        try (LuceneIndex a = LuceneIndex.open(streamedIndex); LuceneIndex b = LuceneIndex.open(plainIndex)) {
            List<String> queries = new java.util.ArrayList<>(List.of("末段", "补充说明", "乡村振兴战略", "预算绩效"));
            site.written().subList(0, 30).forEach(w -> queries.add(w.title().substring(0, Math.min(5, w.title().length()))));
            for (String text : queries) {
                SearchQuery q = SearchQuery.parse(text, SearchFilters.NONE);
                assertThat(a.search(q, SearchSort.RELEVANCE, 0, 20)).as(text).isEqualTo(b.search(q, SearchSort.RELEVANCE, 0, 20));
            }
            // The end of a long body is in the index: found by words that come after any excerpt.
            assertThat(a.search(SearchQuery.parse("末段", SearchFilters.NONE), SearchSort.RELEVANCE, 0, 20).total())
                    .isGreaterThan(0);
        }
    }
}
