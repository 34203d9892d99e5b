package org.gongkai.core.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.gongkai.core.content.Catalog;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.Language;
import org.gongkai.core.content.Page;
import org.gongkai.core.content.SiteConfig;
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
     * does. The cache decides when an entry is stale (serve keys on size and modification time).
     */
    public interface ItemCache {
        /** What parsing {@code file} with this site language gave before, or null when it must be parsed. */
        ParsedItem get(Path file, Language siteLanguage);

        void put(Path file, Language siteLanguage, ParsedItem parsed);
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
        if (!Files.isDirectory(root)) {
            diagnostics.add(Code.NO_CONTENT, SourcePosition.site(), root);
            return Optional.empty();
        }
        SiteConfig site = readYaml(root, "site.yaml").map(m -> new SiteLoader(diagnostics).read(m))
                .orElseGet(() -> new SiteLoader(diagnostics).read(emptyMapping("site.yaml")));
        Catalog catalog = readYaml(root, "catalog.yaml").map(m -> new CatalogLoader(diagnostics).read(m))
                .orElse(new Catalog(List.of()));
        ItemLoader items = new ItemLoader(diagnostics, site.language());
        List<Item> loaded = new ArrayList<>();
        for (Path p : markdownFiles(root.resolve("items"))) {
            String rel = relative(root, p);
            if (itemCache != null) {
                cachedItem(p, rel, site.language()).ifPresent(loaded::add);
                continue;
            }
            readMarkdown(p, rel).flatMap(md -> items.read(rel, md.fm(), md.body(), md.bodyLine())).ifPresent(loaded::add);
        }
        List<Page> pages = new ArrayList<>();
        for (Path p : markdownFiles(root.resolve("pages"))) {
            String rel = relative(root, p);
            readMarkdown(p, rel).flatMap(md -> page(rel, md, site.language())).ifPresent(pages::add);
        }
        return Optional.of(new Content(root, site, catalog, loaded, pages));
    }

    /** Serve only: parses with a loader of its own so that this file's diagnostics can be remembered and replayed. */
    private Optional<Item> cachedItem(Path p, String rel, Language language) {
        ParsedItem parsed = itemCache.get(p, language);
        if (parsed == null) {
            Diagnostics own = new Diagnostics();
            Optional<Item> item = new ContentLoader(own).readMarkdown(p, rel)
                    .flatMap(md -> new ItemLoader(own, language).read(rel, md.fm(), md.body(), md.bodyLine()));
            parsed = new ParsedItem(item, own.sorted());
            itemCache.put(p, language, parsed);
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
        return title.map(t -> new Page(rel, t, slug, lang, md.body(), md.bodyLine()));
    }

    private record Markdown(YamlNode.Mapping fm, String body, int bodyLine) {
    }

    private Optional<Markdown> readMarkdown(Path p, String rel) {
        Optional<String> text = readText(p, rel);
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
        return parse(fm.yaml(), rel, fm.yamlLine()).map(m -> new Markdown(m, fm.body(), fm.bodyLine()));
    }

    private Optional<YamlNode.Mapping> readYaml(Path root, String name) {
        Path p = root.resolve(name);
        if (!Files.isRegularFile(p)) {
            diagnostics.add(Code.MISSING_FILE, SourcePosition.of(name), name);
            return Optional.empty();
        }
        return readText(p, name).flatMap(t -> parse(t, name, 1));
    }

    private Optional<YamlNode.Mapping> parse(String yaml, String rel, int firstLine) {
        try {
            YamlNode node = YamlNode.parse(yaml, rel, firstLine);
            if (node instanceof YamlNode.Mapping m) {
                return Optional.of(m);
            }
            diagnostics.add(Code.WRONG_TYPE, node.at(), Section.FILE, ValueType.MAPPING, node.kind());
        } catch (YamlNode.SyntaxError e) {
            diagnostics.add(Code.YAML_SYNTAX, e.at(), e.getMessage());
        } catch (YamlNode.DuplicateKey e) {
            diagnostics.add(Code.DUPLICATE_KEY, e.at(), new org.gongkai.core.diagnostic.Field(e.key()));
        }
        return Optional.empty();
    }

    private Optional<String> readText(Path p, String rel) {
        try {
            byte[] bytes = Files.readAllBytes(p);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            diagnostics.add(Code.NOT_UTF8, SourcePosition.of(rel), 0, 0, "");
        } catch (IOException e) {
            diagnostics.add(Code.UNREADABLE, SourcePosition.of(rel), e.getMessage());
        }
        return Optional.empty();
    }

    private static YamlNode.Mapping emptyMapping(String file) {
        return new YamlNode.Mapping(java.util.Map.of(), SourcePosition.of(file));
    }

    private List<Path> markdownFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            // Sorted so that diagnostics and every derived order are the same on every machine.
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            diagnostics.add(Code.UNREADABLE, SourcePosition.of(dir.getFileName().toString()), e.getMessage());
            return List.of();
        }
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
