package org.gongkai.core.linkcheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * Requests one URL: HEAD first (no body to fetch), then GET when HEAD is answered with an error, as many servers
 * refuse HEAD or answer it wrongly; a GET's body is never read. Redirects are followed (not from https to http).
 * Thread-safe: one client for the whole run.
 */
final class HttpProbe {
    /** ASCII only, as HTTP headers are. */
    static final String USER_AGENT = "Gongkai-LinkCheck/1.0 (disclosure portal link check)";

    private final HttpClient client;
    private final Duration timeout;

    HttpProbe(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    CheckedLink probe(String url, List<SourcePosition> where) {
        Optional<URI> uri = uri(url);
        if (uri.isEmpty()) {
            return new CheckedLink(url, 0, Optional.of(LinkFailure.INVALID), "", where);
        }
        try {
            int status = send(uri.get(), "HEAD");
            if (status >= 400) {
                status = send(uri.get(), "GET");
            }
            return new CheckedLink(url, status, status >= 400 ? Optional.of(LinkFailure.STATUS) : Optional.empty(), "",
                    where);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CheckedLink(url, 0, Optional.of(LinkFailure.NETWORK), "interrupted", where);
        } catch (IOException | RuntimeException e) {
            return new CheckedLink(url, 0, Optional.of(failure(e)), describe(e), where);
        }
    }

    private int send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close(); // the status is all that is wanted: the connection is dropped, not drained
        return response.statusCode();
    }

    /** A URL a request can be made for: http or https with a host; non-ASCII characters percent-encoded. */
    static Optional<URI> uri(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash); // a fragment is the browser's, never sent
        }
        try {
            URI parsed = new URI(u);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || parsed.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(URI.create(parsed.toASCIIString()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static LinkFailure failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return LinkFailure.TIMEOUT;
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return LinkFailure.UNKNOWN_HOST;
            }
            if (t instanceof ConnectException) {
                return LinkFailure.UNREACHABLE;
            }
        }
        return LinkFailure.NETWORK;
    }

    /**
     * The network's own words, for links.json and the message: the first exception of the chain that says
     * something ("SSLHandshakeException: …"), or the outermost one's name ("ConnectException").
     */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }
}
