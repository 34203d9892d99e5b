package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.core.FixtureSite;
import org.gongkai.core.content.Content;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's cache of the text scans: a check through it reports exactly what a check without it does, scans
 * again only the items that changed, and forgets everything when the office's list of formulations changes. The
 * content is loaded as the preview loads it: a file that did not change gives back the item parsed before.
 */
class TextScanCacheTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path tmp;

    @Test
    void replaysUnchangedItemsAndReportsWhatAFreshCheckReports() {
        FixtureSite site = FixtureSite.in(tmp);
        for (int i = 1; i <= 6; i++) {
            site.item("gov/2026/n" + i + ".md", "title: 测试县第" + i + "号通知\norgan: gov\ncategory: regulation\n"
                    + "written: 2026-03-02\npublished: 2026-03-03", "正文。\n");
        }
        site.item("gov/2026/phone.md", "title: 联系方式公告\norgan: gov\ncategory: regulation\n"
                + "written: 2026-03-02\npublished: 2026-03-03", "请联系张三，电话13912345678。\n");
        site.item("gov/2026/wrong.md", "title: 转发国土资源部通知\norgan: gov\ncategory: regulation\n"
                + "written: 2026-03-02\npublished: 2026-03-03", "正文。\n");
        TextScanCache cache = new TextScanCache();
        items = new UnchangedFiles();

        List<Diagnostic> first = check(site, cache);
        assertThat(first).isEqualTo(check(site, null));
        assertThat(first).extracting(d -> d.code().id()).contains("wrong-formulation");
        assertThat(first).anyMatch(d -> d.file().equals("items/gov/2026/phone.md"));
        assertThat(cache.hits()).isZero();

        // Read again, nothing changed: every item's findings are replayed.
        assertThat(check(site, cache)).isEqualTo(first);
        assertThat(cache.hits()).isEqualTo(8);

        // One item edited: it alone is scanned, and its new finding is there.
        site.item("gov/2026/n3.md", "title: 测试县第3号通知\norgan: gov\ncategory: regulation\n"
                + "written: 2026-03-02\npublished: 2026-03-03", "经办人电话13887654321。\n");
        List<Diagnostic> edited = check(site, cache);
        assertThat(cache.hits()).isEqualTo(7);
        assertThat(edited).isEqualTo(check(site, null));
        assertThat(edited).anyMatch(d -> d.file().equals("items/gov/2026/n3.md"));

        // The office adds a formulation: nothing found with the old list is reused.
        site.write("content/site.yaml", FixtureSite.SITE_YAML + """
                formulations:
                  - wrong: 测试县第
                    right: 测试县人民政府第
                    reason: 测试
                """);
        List<Diagnostic> relisted = check(site, cache);
        assertThat(cache.hits()).isZero();
        assertThat(relisted).isEqualTo(check(site, null));
        assertThat(relisted).filteredOn(d -> d.code().id().equals("wrong-formulation")).hasSizeGreaterThan(6);
    }

    private UnchangedFiles items;

    /** The preview's item cache in small: a file whose bytes are the same gives back the same parsed item. */
    private static final class UnchangedFiles implements ContentLoader.ItemCache {
        private final java.util.Map<Path, byte[]> bytes = new java.util.HashMap<>();
        private final java.util.Map<Path, ContentLoader.ParsedItem> parsed = new java.util.HashMap<>();

        @Override
        public synchronized ContentLoader.ParsedItem get(org.gongkai.core.content.StoredFile f, Path file,
                org.gongkai.core.content.Language siteLanguage) {
            return java.util.Arrays.equals(bytes.get(file), read(file)) ? parsed.get(file) : null;
        }

        @Override
        public synchronized void put(org.gongkai.core.content.StoredFile f, Path file,
                org.gongkai.core.content.Language siteLanguage, ContentLoader.ParsedItem p) {
            bytes.put(file, read(file));
            parsed.put(file, p);
        }

        private static byte[] read(Path file) {
            try {
                return java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private List<Diagnostic> check(FixtureSite site, TextScanCache cache) {
        ContentLoader loader = new ContentLoader(new Diagnostics());
        if (cache != null) {
            loader.withItemCache(items);
        }
        Content content = loader.load(site.content()).orElseThrow();
        Diagnostics d = new Diagnostics();
        ContentChecker checker = new ContentChecker(d);
        if (cache != null) {
            checker.withTextScanCache(cache);
        }
        checker.check(content, TODAY);
        return d.sorted();
    }
}
