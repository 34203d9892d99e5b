package org.gongkai.core.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.content.Application;
import org.gongkai.core.content.BodyLink;
import org.gongkai.core.content.Catalog;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.Language;
import org.gongkai.core.content.Page;
import org.gongkai.core.content.ReportSource;
import org.gongkai.core.content.SiteConfig;
import org.gongkai.core.content.StoredFile;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * The load stage: walks a content folder (site.yaml, catalog.yaml, items/, pages/) and returns typed records.
 * Problems are collected, never thrown: a file that cannot be read is reported and left out of the model, and the
 * caller stops before writing when there are errors.
 */
public final class ContentLoader {
    private final Diagnostics diagnostics;
    /** Set only by the preview server (gongkai:serve); null in builds, which parse every file every time. */
    private ItemCache itemCache;

    public ContentLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Hook for the preview server: remembers what parsing one item file gave (the item or nothing, and that file's
     * diagnostics) so that re-loading a 10,000-item site after a one-file edit does not re-parse the other 9,999.
     * The loader replays the remembered diagnostics, so a load through a cache reports exactly what a fresh load
     * does. The cache decides when an entry is stale (serve keys on the size, time and inode the walk found).
     * Called from the load's worker threads at once, for different files.
     */
    public interface ItemCache {
        /** What parsing {@code file} with this site language gave before, or null when it must be parsed. */
        ParsedItem get(StoredFile file, Path key, Language siteLanguage);

        void put(StoredFile file, Path key, Language siteLanguage, ParsedItem parsed);
    }

    /** The outcome of parsing one item file: empty when it is too broken to take part, with its diagnostics. */
    public record ParsedItem(Optional<Item> item, List<Diagnostic> diagnostics) {
        public ParsedItem {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Serve only (see {@link ItemCache}); builds never call this. */
    public ContentLoader withItemCache(ItemCache cache) {
        this.itemCache = cache;
        return this;
    }

    /** Loads the content folder; empty only when the folder itself is missing. */
    public Optional<Content> load(Path root) {
        Optional<ContentFiles> scanned = ContentFiles.scan(root, diagnostics);
        if (scanned.isEmpty()) {
            return Optional.empty();
        }
        ContentFiles files = scanned.get();
        SiteConfig site = readYaml(files, "site.yaml").map(m -> new SiteLoader(diagnostics).read(m))
                .orElseGet(() -> new SiteLoader(diagnostics).read(emptyMapping("site.yaml")));
        Catalog catalog = readYaml(files, "catalog.yaml").map(m -> new CatalogLoader(diagnostics).read(m))
                .orElse(new Catalog(List.of()));
        ItemLoader items = new ItemLoader(diagnostics, site.language());
        // Items are read and parsed on the common pool, independently, in the files' order (Diagnostics is
        // thread-safe and sorted in a total order; the loaders keep no state between files). Through the preview's
        // cache most files are not read at all, and the rest are parsed with loaders of their own.
        List<Item> loaded = files.items().parallelStream()
                .map(f -> itemCache != null ? cachedItem(f, root.resolve(f.path()), site.language())
                        : readMarkdown(f).flatMap(md -> items.read(f.path(), md.fm(), md.body(), md.bodyLine(), md.links())))
                .flatMap(Optional::stream).toList();
        List<Page> pages = new ArrayList<>();
        Map<String, String> pageSlugs = new HashMap<>();
        for (StoredFile f : files.pages()) {
            readMarkdown(f).flatMap(md -> page(f.path(), md, site.language())).ifPresent(p -> {
                // By lower case: pages/About/ and pages/about/ are one folder on a disk that ignores case.
                String other = pageSlugs.putIfAbsent(p.slug().toLowerCase(java.util.Locale.ROOT), p.file());
                if (other != null) {
                    diagnostics.add(Code.DUPLICATE_PAGE, new SourcePosition(p.file(), 1, 1), p.slug(), other);
                } else {
                    pages.add(p);
                }
            });
        }
        List<Application> applications = new ArrayList<>();
        ApplicationLoader register = new ApplicationLoader(diagnostics);
        for (StoredFile f : files.requests()) {
            ContentFiles.readText(f, ContentFiles.MAX_RECORD_BYTES, diagnostics).flatMap(t -> parse(t, f.path(), 1))
                    .flatMap(m -> register.read(f.path(), m)).ifPresent(applications::add);
        }
        Map<String, YamlNode.Mapping> reportFiles = new java.util.TreeMap<>();
        for (StoredFile f : files.reports()) {
            ContentFiles.readText(f, ContentFiles.MAX_RECORD_BYTES, diagnostics).flatMap(t -> parse(t, f.path(), 1))
                    .ifPresent(m -> reportFiles.put(f.path(), m));
        }
        List<ReportSource> reports = new ReportLoader(diagnostics).read(reportFiles);
        return Optional.of(new Content(root, site, catalog, loaded, pages, applications, reports, files.attachments(),
                files.outside()));
    }

    /** Serve only: parses with a loader of its own so that this file's diagnostics can be remembered and replayed. */
    private Optional<Item> cachedItem(StoredFile f, Path key, Language language) {
        ParsedItem parsed = itemCache.get(f, key, language);
        if (parsed == null) {
            Diagnostics own = new Diagnostics();
            Optional<Item> item = new ContentLoader(own).readMarkdown(f)
                    .flatMap(md -> new ItemLoader(own, language).read(f.path(), md.fm(), md.body(), md.bodyLine(), md.links()));
            parsed = new ParsedItem(item, own.sorted());
            itemCache.put(f, key, language, parsed);
        }
        parsed.diagnostics().forEach(diagnostics::add);
        return parsed.item();
    }

    private Optional<Page> page(String rel, Markdown md, Language siteLanguage) {
        FieldReader f = new FieldReader(md.fm(), diagnostics);
        Optional<String> title = f.text("title", true);
        String slug = f.text("slug", ItemLoader.stem(rel));
        Language lang = f.text("lang", false).flatMap(Language::of).orElse(siteLanguage);
        f.rejectUnknown(Section.PAGE);
        if (!slug.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            diagnostics.add(Code.BAD_SLUG, f.at("slug"), slug);
            return Optional.empty();
        }
        return title.map(t -> new Page(rel, t, slug, lang, md.body(), md.bodyLine(), md.links()));
    }

    private record Markdown(YamlNode.Mapping fm, String body, int bodyLine, List<BodyLink> links) {
    }

    private Optional<Markdown> readMarkdown(StoredFile file) {
        String rel = file.path();
        Optional<String> text = ContentFiles.readText(file, ContentFiles.MAX_MARKDOWN_BYTES, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter.Split split = FrontMatter.split(text.get());
        if (split.frontMatter().isEmpty()) {
            if (split.problem() == FrontMatter.Problem.MISSING) {
                diagnostics.add(Code.NO_FRONT_MATTER, new SourcePosition(rel, 1, 1));
            } else {
                diagnostics.add(Code.UNTERMINATED_FRONT_MATTER, new SourcePosition(rel, 1, 1));
            }
            return Optional.empty();
        }
        FrontMatter fm = split.frontMatter().get();
        BodyReader.Read body = BodyReader.read(rel, fm.body(), fm.bodyLine());
        if (body.tooDeepAt().isPresent()) {
            // Found here, by validate, so that a pull request cannot pass the checks and then crash the build.
            diagnostics.add(Code.MARKDOWN_TOO_DEEP, new SourcePosition(rel, fm.bodyLine() + body.tooDeepAt().get(), 0),
                    BodyReader.MAX);
            return Optional.empty();
        }
        return parse(fm.yaml(), rel, fm.yamlLine()).map(m -> new Markdown(m, fm.body(), fm.bodyLine(), body.links()));
    }

    private Optional<YamlNode.Mapping> readYaml(ContentFiles files, String name) {
        Optional<StoredFile> f = files.config(name);
        if (f.isEmpty()) {
            diagnostics.add(Code.MISSING_FILE, SourcePosition.of(name), name);
            return Optional.empty();
        }
        return ContentFiles.readText(f.get(), ContentFiles.MAX_CONFIG_BYTES, diagnostics).flatMap(t -> parse(t, name, 1));
    }

    private Optional<YamlNode.Mapping> parse(String yaml, String rel, int firstLine) {
        try {
            YamlNode node = YamlNode.parse(yaml, rel, firstLine);
            if (node instanceof YamlNode.Mapping m) {
                return Optional.of(m);
            }
            diagnostics.add(Code.WRONG_TYPE, node.at(), Section.FILE, ValueType.MAPPING, node.kind());
        } catch (YamlNode.Refused e) {
            diagnostics.add(e.code(), e.at(), e.args());
        }
        return Optional.empty();
    }

    private static YamlNode.Mapping emptyMapping(String file) {
        return new YamlNode.Mapping(java.util.Map.of(), SourcePosition.of(file));
    }
}
