package org.gongkai.core.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.gongkai.core.content.Category;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.model.Entry;
import org.gongkai.core.render.Messages;
import org.gongkai.core.render.ThemeException;
import org.gongkai.core.search.Synonyms;

/**
 * The platform home: {@code index.html} (the sites, each linked to its portal, with its number of public items and
 * latest publication), {@code search/index.html} (cross-site search over the platform's search endpoint, with the
 * site, organ, category and year filters of every site), {@code search/t2s/*.js} (the Traditional→Simplified table
 * the browser's analysis uses, as in a site's export), {@code search/syn/} (the synonym tables: each site's, the
 * built-in one) and {@code search/meta.js}, the theme's assets, and a link {@code <id>} to each live
 * portal. Only what the sites' public models list is shown: names of sites, organs and categories, counts and dates.
 * The same sites give the same bytes.
 */
final class PlatformHome {
    private static final List<String> ASSETS = List.of("style.css", "print.css", "search/search.css", "search/analysis.js",
            "search/engine.js", "search/view.js", "platform/platform.css", "platform/solr-query.js", "platform/search.js");

    private final PlatformConfig config;
    private final Path themeDir;
    private final Path outputDir;
    private final BuildMode mode;

    PlatformHome(PlatformConfig config, Path themeDir, Path outputDir, BuildMode mode) {
        this.config = config;
        this.themeDir = themeDir;
        this.outputDir = outputDir;
        this.mode = mode;
    }

    /** A site as the home lists it. */
    public record SiteView(String id, String name, String href, boolean live, int items, String latest,
                           List<Option> organs, List<Option> categories) {
    }

    /** An organ or a category of a site in the search page's filters; {@code value} is {@code <site>/<id>}. */
    public record Option(String value, String name, int depth) {
    }

    public record PageView(String path, String lang, String title) {
    }

    public record PlatformView(String name, String description, String searchEndpoint, String mode) {
    }

    static SiteView view(PlatformSite s) {
        List<Option> organs = new ArrayList<>();
        List<Option> categories = new ArrayList<>();
        int items = 0;
        String latest = "";
        if (s.model().isPresent() && s.ok()) {
            var m = s.model().get();
            m.content().site().organs().forEach(o -> organs.add(new Option(s.id() + "/" + o.id(), o.name(), 0)));
            for (Category c : m.content().catalog().all()) {
                categories.add(new Option(s.id() + "/" + c.id(), c.name(), m.content().catalog().path(c).size() - 1));
            }
            items = m.listed().size();
            latest = m.listed().stream().map(Entry::firstPublished).max(LocalDate::compareTo).map(LocalDate::toString).orElse("");
        }
        return new SiteView(s.id(), s.name(), s.id() + "/", s.live(), items, latest, organs, categories);
    }

    void write(List<PlatformSite> sites) throws IOException {
        Files.createDirectories(outputDir);
        List<SiteView> views = sites.stream().map(PlatformHome::view).toList();
        Messages messages = Messages.load(themeDir.resolve("messages"));
        PebbleEngine engine = engine(messages);
        PlatformView platform = new PlatformView(config.name(), config.description(), config.searchEndpoint(),
                mode.name().toLowerCase(Locale.ROOT));
        Map<String, byte[]> files = new TreeMap<>();
        files.put("index.html", render(engine, "platform/home", new PageView("index.html", config.language(), config.name()),
                platform, views));
        files.put("search/index.html", render(engine, "platform/search", new PageView("search/index.html", config.language(),
                messages.get(config.language(), "platform.search.title")), platform, views));
        Map<String, Synonyms> synonyms = new TreeMap<>();
        for (PlatformSite s : sites) {
            synonyms.put(s.id(), s.model().filter(m -> s.ok()).map(m -> Synonyms.withOffice(m.content().site().synonyms()))
                    .orElse(Synonyms.builtIn()));
        }
        SearchPageData.files(synonyms).forEach((name, bytes) -> files.put("search/" + name, bytes));
        for (String a : ASSETS) {
            Path p = themeDir.resolve("assets").resolve(a);
            if (Files.isRegularFile(p)) {
                files.put("assets/" + a, org.gongkai.core.render.ThemeScripts.asShipped(a, Files.readAllBytes(p)));
            }
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            replace(outputDir.resolve(f.getKey()), f.getValue());
        }
        for (PlatformSite s : sites) {
            if (s.live()) {
                link(outputDir.resolve(s.id()), s.portal());
            }
        }
    }

    private PebbleEngine engine(Messages messages) {
        FileLoader loader = new FileLoader(themeDir.resolve("templates").toAbsolutePath().normalize().toString());
        loader.setCharset("UTF-8");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true).newLineTrimming(true)
                .defaultLocale(Locale.ROOT).extension(new Extension(messages)).build();
    }

    private static byte[] render(PebbleEngine engine, String name, PageView page, PlatformView platform, List<SiteView> sites) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("page", page);
        context.put("platform", platform);
        context.put("sites", sites);
        try {
            PebbleTemplate t = engine.getTemplate(name + ".peb");
            StringWriter out = new StringWriter();
            t.evaluate(out, context);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (PebbleException e) {
            throw new ThemeException("template " + name + ": " + e.getPebbleMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file beside its place and renames it there, so that a reader sees the old file or the new one. */
    private static void replace(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        move(tmp, file);
    }

    /** {@code link} → the site's portal (a relative symbolic link), replaced in one rename. */
    private static void link(Path link, Path portal) throws IOException {
        Path target = link.toAbsolutePath().normalize().getParent().relativize(portal.toAbsolutePath().normalize());
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
            return;
        }
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            throw new IOException(link + " is in the way of the link to " + portal + ": it is not a link");
        }
        Path tmp = link.resolveSibling("." + link.getFileName() + ".link-tmp");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, target);
        move(tmp, link);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code url(href)} relative to the page, {@code t(key, args…)} from the theme's messages in the page's language. */
    private static final class Extension extends AbstractExtension {
        private final Messages messages;

        Extension(Messages messages) {
            this.messages = messages;
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("url", new Function() {
                @Override
                public List<String> getArgumentNames() {
                    return List.of("href");
                }

                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                    PageView page = (PageView) context.getVariable("page");
                    String href = args.get("href") == null ? "" : args.get("href").toString();
                    return relative(page.path(), href);
                }
            }, "t", new Function() {
                @Override
                public List<String> getArgumentNames() {
                    return null;
                }

                @Override
                public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                    PageView page = (PageView) context.getVariable("page");
                    List<Object> rest = new ArrayList<>();
                    for (int i = 1; args.containsKey(String.valueOf(i)); i++) {
                        rest.add(args.get(String.valueOf(i)));
                    }
                    return messages.get(page.lang(), String.valueOf(args.get("0")), rest.toArray());
                }
            });
        }
    }

    /** From page {@code search/index.html} to {@code xian/}: {@code ../xian/index.html} (folders end in index.html for file://). */
    static String relative(String pagePath, String href) {
        long depth = pagePath.chars().filter(c -> c == '/').count();
        String h = href.isEmpty() || href.endsWith("/") ? href + "index.html" : href;
        return "../".repeat((int) depth) + h;
    }

    /** Every file of the home's own (the links to portals excepted), for tests. */
    static List<String> files(Path outputDir) throws IOException {
        try (Stream<Path> s = Files.walk(outputDir)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).map(p -> outputDir.relativize(p).toString()).sorted().toList();
        }
    }
}
