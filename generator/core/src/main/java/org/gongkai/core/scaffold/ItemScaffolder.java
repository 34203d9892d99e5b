package org.gongkai.core.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.check.IndexPattern;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.Organ;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.load.ContentLoader;

/**
 * {@code gongkai:new}: writes a new item file for an organ and category with the next 索引号 of that organ and
 * year, so that editors never pick numbers by hand. The next number is the one after every number in use in the
 * work tree and on every branch the clone can see (its own and, fetched first when asked, each remote's), so that
 * two editors on two branches do not take the same one. A number taken on a branch this clone could not see is
 * caught by {@code gongkai:review} (index-taken) before the merge, and by the duplicate-index check after it.
 */
public final class ItemScaffolder {

    /** What the editor asks for; {@code slug} empty = derived from the title. */
    public record Request(String organ, String category, String title, LocalDate written, Optional<String> slug) {
    }

    /**
     * The file written (relative to the content folder) and its 索引号; empty file when there were errors.
     * {@code branches} says which branches' numbers were taken into account.
     */
    public record Result(Optional<String> file, String index, List<Diagnostic> diagnostics, BranchScan.Result branches,
                         org.gongkai.core.diagnostic.DiagnosticLanguage language) {
    }

    /** Without fetching: the branches as this clone last saw them. */
    public Result scaffold(Path contentDir, Request request) {
        return scaffold(contentDir, request, false);
    }

    /** {@code fetch}: fetch every remote first, so that the other editors' pushed branches count too. */
    public Result scaffold(Path contentDir, Request request, boolean fetch) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Content> loaded = new ContentLoader(diagnostics).load(contentDir);
        if (loaded.isEmpty()) {
            return new Result(Optional.empty(), "", diagnostics.sorted(), BranchScan.Result.notInGit(),
                    org.gongkai.core.diagnostic.DiagnosticLanguage.DEFAULT);
        }
        Content content = loaded.get();
        org.gongkai.core.diagnostic.DiagnosticLanguage language = org.gongkai.core.diagnostic.DiagnosticLanguage
                .of(content.site().language().tag()).orElse(org.gongkai.core.diagnostic.DiagnosticLanguage.DEFAULT);
        Optional<Organ> organ = content.site().organ(request.organ());
        Optional<Category> category = content.catalog().get(request.category());
        if (organ.isEmpty()) {
            diagnostics.add(Code.UNKNOWN_ORGAN, SourcePosition.of("site.yaml"), request.organ(),
                    String.join(", ", content.site().organsById().keySet()));
        }
        if (category.isEmpty()) {
            diagnostics.add(Code.UNKNOWN_CATEGORY, SourcePosition.of("catalog.yaml"), request.category(),
                    String.join(", ", content.catalog().all().stream().limit(5).map(Category::id).toList()));
        }
        if (request.title().isBlank()) {
            diagnostics.add(Code.MISSING_PARAMETER, SourcePosition.site(), "title");
        }
        if (organ.isEmpty() || category.isEmpty() || request.title().isBlank()) {
            return new Result(Optional.empty(), "", diagnostics.sorted(), BranchScan.Result.notInGit(), language);
        }
        int year = request.written().getYear();
        String pattern = content.site().indexPattern();
        BranchScan.Result branches = BranchScan.scan(contentDir, fetch);
        List<IndexNumbers.Use> uses = new java.util.ArrayList<>(IndexNumbers.of(content.items(), ""));
        uses.addAll(branches.uses());
        String index = IndexPattern.format(pattern, organ.get(), year, IndexNumbers.nextSeq(uses, pattern, organ.get(), year));
        String slug = request.slug().filter(s -> !s.isBlank()).orElseGet(() -> Slugs.fromTitle(request.title()));
        String folder = "items/" + organ.get().id() + "/" + year + "/";
        String free = slug;
        for (int n = 2; Files.exists(contentDir.resolve(folder + free + ".md")) || usedSlug(content.items(), organ.get(), year, free); n++) {
            free = slug + "-" + n;
        }
        String rel = folder + free + ".md";
        try {
            Path file = contentDir.resolve(rel);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text(request, category.get(), index), StandardCharsets.UTF_8);
        } catch (IOException e) {
            org.gongkai.core.write.WriteFailure failure = org.gongkai.core.write.WriteFailure.of(e);
            diagnostics.add(Code.WRITE_FAILED, SourcePosition.of(rel), failure.file().orElse(rel), failure.reason(),
                    org.gongkai.core.diagnostic.Phrase.hint(failure.kind(), contentDir));
            return new Result(Optional.empty(), index, diagnostics.sorted(), branches, language);
        }
        return new Result(Optional.of(rel), index, diagnostics.sorted(), branches, language);
    }

    /** Whether an item of the organ and year already has this slug (and so the URL the new file would get). */
    private static boolean usedSlug(List<Item> items, Organ organ, int year, String slug) {
        return items.stream().anyMatch(i -> i.organ().equals(organ.id()) && i.written().getYear() == year
                && i.slug().equals(slug));
    }

    /** One more than the highest sequence number the organ used in that year (never reuses a number). */
    static int nextSeq(List<Item> items, String pattern, Organ organ, int year) {
        return IndexNumbers.nextSeq(IndexNumbers.of(items, ""), pattern, organ, year);
    }

    private static String text(Request r, Category category, String index) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(quote(r.title())).append('\n');
        sb.append("organ: ").append(r.organ()).append('\n');
        sb.append("category: ").append(r.category()).append('\n');
        sb.append("written: ").append(r.written()).append('\n');
        sb.append("index: ").append(quote(index)).append('\n');
        sb.append("genre: other          # notice, announcement, decision, opinion, regulation, plan, report, interpretation, publicity, other\n");
        sb.append("doc-number: \"\"        # 发文字号, e.g. 示财〔").append(r.written().getYear()).append("〕1号")
                .append(category.required().contains("doc-number") ? " (required in this category)" : "").append('\n');
        sb.append("summary: \"\"\n");
        sb.append("keywords: []\n");
        sb.append("# published: ").append(r.written().plusDays(1))
                .append("   # leave out: the date this file reaches the main line is the 发布日期\n");
        sb.append("---\n\n");
        sb.append("正文。\n");
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
