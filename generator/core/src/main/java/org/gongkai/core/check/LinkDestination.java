package org.gongkai.core.check;

/**
 * Where the destination of a link in a Markdown body points, read the one way the build takes it (see
 * docs/content.md, "Links in the body"). A destination with a scheme ({@code https:}, {@code mailto:}) or a host
 * ({@code //host/…}) is elsewhere, unless it starts with the site's own base URL; that one and any other destination
 * are a path from the root of the portal and of content/ at once ({@code /items/czj/2026/x/}, {@code items/czj/2026/x.md},
 * {@code attachments/2026/a.pdf}; a leading '/' and {@code content/} are optional), never from the file it is written
 * in: a body is shown on a page at another place than its file, so a path relative to either would break on the
 * other. Percent-encoding is decoded. {@link BodyLinks#destination} reads one; no file is looked at there.
 */
public sealed interface LinkDestination {

    /** Another site, or a scheme such as mailto: or tel:; not the portal's. */
    record Elsewhere() implements LinkDestination {
    }

    /** A part of the same page ({@code #part}), or an empty destination. */
    record SamePage() implements LinkDestination {
    }

    /**
     * A path of the portal or of content/, decoded, without its leading '/' or {@code content/} ("" is the home
     * page); {@code suffix} is the query and fragment as written ({@code #part}), kept for the rewritten link.
     */
    record Local(String path, String suffix) implements LinkDestination {
    }

    /** Written so that it could mean more than one file; {@code detail} is what the phrase of the problem shows. */
    record Refused(LinkProblem problem, String detail) implements LinkDestination {
    }
}
