package org.gongkai.core.linkcheck;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gongkai.core.check.BodyLinks;
import org.gongkai.core.check.LinkDestination;
import org.gongkai.core.content.BodyLink;
import org.gongkai.core.content.Dates;
import org.gongkai.core.content.Page;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Phrase;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.SiteModel;

/**
 * Checks the external links of the public portal: the http(s) links and images of every body the public build
 * shows (its items, withdrawn ones included since their page stays, and the free pages), each URL requested once
 * however often it is written. At most {@code parallel} requests at once and {@code perHost} to one host, so that
 * no site is flooded. Broken links (4xx, 5xx, a URL no request can be made for) are external-link-broken errors at
 * every place that writes them; links that could not be checked are external-link-unchecked warnings. Never
 * throws for the network: every request ends, within its timeout, as a result.
 */
public final class ExternalLinkCheck {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_PARALLEL = 8;
    public static final int DEFAULT_PER_HOST = 2;

    private final Path contentDir;
    private final OffsetDateTime now;
    private final Duration timeout;
    private final int parallel;
    private final int perHost;
    private final Optional<DiagnosticLanguage> language;

    private ExternalLinkCheck(Builder b) {
        this.contentDir = Objects.requireNonNull(b.contentDir, "contentDir");
        this.now = b.now == null ? OffsetDateTime.now(Dates.CHINA) : b.now;
        this.timeout = b.timeout;
        this.parallel = b.parallel;
        this.perHost = b.perHost;
        this.language = Optional.ofNullable(b.language);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Loads the content, finds its public external links and requests them; writes nothing. */
    public LinkCheckReport run() {
        Diagnostics pipeline = new Diagnostics();
        Optional<Pipeline.Prepared> prepared = Pipeline.builder().mode(BuildMode.PUBLIC)
                .checks(Pipeline.Checks.NONE).build().run(contentDir, now, pipeline);
        if (prepared.isEmpty()) {
            // Nothing to check: the content's own errors say why (gongkai:validate shows all of them).
            return new LinkCheckReport(pipeline.sorted().stream().filter(Diagnostic::isError).toList(), List.of(),
                    language.orElse(DiagnosticLanguage.DEFAULT));
        }
        SiteModel model = prepared.get().model();
        List<CheckedLink> checked = check(links(model));
        Diagnostics out = new Diagnostics();
        for (CheckedLink c : checked) {
            if (c.failure().isEmpty()) {
                continue;
            }
            LinkFailure f = c.failure().get();
            Phrase why = Phrase.of(f, c.status(), c.detail());
            for (SourcePosition at : c.where()) {
                out.add(f.broken() ? Code.EXTERNAL_LINK_BROKEN : Code.EXTERNAL_LINK_UNCHECKED, at, c.url(), why,
                        Phrase.hint(f, c.status(), c.detail()));
            }
        }
        DiagnosticLanguage lang = language.orElseGet(() ->
                DiagnosticLanguage.of(model.content().site().language().tag()).orElse(DiagnosticLanguage.DEFAULT));
        return new LinkCheckReport(out.sorted(), checked, lang);
    }

    /**
     * Every http(s) destination of the public bodies, with where each is written; by URL (as requested: without
     * its #fragment, which is the browser's), places in file order.
     */
    static Map<String, List<SourcePosition>> links(SiteModel model) {
        String baseUrl = model.content().site().baseUrl();
        Map<String, List<SourcePosition>> found = new TreeMap<>();
        java.util.function.Consumer<List<BodyLink>> add = links -> links.forEach(l -> {
            String d = l.destination().strip();
            String lower = d.toLowerCase(Locale.ROOT);
            if (BodyLinks.destination(d, baseUrl) instanceof LinkDestination.Elsewhere
                    && (lower.startsWith("http://") || lower.startsWith("https://"))) {
                int hash = d.indexOf('#');
                found.computeIfAbsent(hash < 0 ? d : d.substring(0, hash), k -> new ArrayList<>()).add(l.at());
            }
        });
        for (Entry e : model.visible()) {
            add.accept(e.item().links());
        }
        for (Page p : model.content().pages()) {
            add.accept(p.links());
        }
        Comparator<SourcePosition> order = Comparator.comparing(SourcePosition::file)
                .thenComparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column);
        found.values().forEach(l -> l.sort(order));
        return found;
    }

    /**
     * Requests every URL: one queue per host, drained by at most {@code perHost} tasks of a pool of {@code parallel}
     * threads, so that both bounds hold without a thread ever waiting for a host. Results by URL.
     */
    private List<CheckedLink> check(Map<String, List<SourcePosition>> links) {
        HttpProbe probe = new HttpProbe(timeout);
        Map<String, Queue<String>> byHost = new TreeMap<>();
        links.keySet().forEach(url -> byHost.computeIfAbsent(host(url), h -> new ConcurrentLinkedQueue<>()).add(url));
        Map<String, CheckedLink> results = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel), r -> {
            Thread t = new Thread(r, "gongkai-check-links");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (Queue<String> queue : byHost.values()) {
                for (int w = 0; w < Math.min(Math.max(1, perHost), queue.size()); w++) {
                    tasks.add(pool.submit(() -> {
                        for (String url = queue.poll(); url != null; url = queue.poll()) {
                            results.put(url, probe.probe(url, links.get(url)));
                        }
                    }));
                }
            }
            for (Future<?> f : tasks) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a link check task failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<CheckedLink> out = new ArrayList<>();
        links.forEach((url, where) -> out.add(results.getOrDefault(url,
                new CheckedLink(url, 0, Optional.of(LinkFailure.NETWORK), "interrupted", where))));
        return List.copyOf(out);
    }

    /** The host (and port) a URL is requested from, lower case; the URL itself when it has none. */
    static String host(String url) {
        return HttpProbe.uri(url).map(u -> u.getHost().toLowerCase(Locale.ROOT) + ":" + u.getPort()).orElse(url);
    }

    /** The settings of a run; everything but the content folder has a default. */
    public static final class Builder {
        private Path contentDir;
        private OffsetDateTime now;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int parallel = DEFAULT_PARALLEL;
        private int perHost = DEFAULT_PER_HOST;
        private DiagnosticLanguage language;

        public Builder contentDir(Path p) {
            this.contentDir = p;
            return this;
        }

        /** Which items are public (published by then); defaults to the clock. */
        public Builder now(OffsetDateTime t) {
            this.now = t;
            return this;
        }

        /** How long one request may take to connect, and to be answered. */
        public Builder timeout(Duration d) {
            this.timeout = Objects.requireNonNull(d, "timeout");
            return this;
        }

        /** Requests at once, over all hosts. */
        public Builder parallel(int n) {
            this.parallel = n;
            return this;
        }

        /** Requests at once to one host. */
        public Builder perHost(int n) {
            this.perHost = n;
            return this;
        }

        /** The language of the messages; unset, the site's. */
        public Builder language(DiagnosticLanguage l) {
            this.language = l;
            return this;
        }

        public ExternalLinkCheck build() {
            return new ExternalLinkCheck(this);
        }
    }
}
