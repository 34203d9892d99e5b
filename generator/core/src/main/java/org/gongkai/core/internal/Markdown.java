package org.gongkai.core.internal;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one Markdown dialect of content: CommonMark with GFM tables, strikethrough, autolinks (ending where Chinese
 * text begins: {@link Autolinks}), heading anchors and footnotes. The load stage parses with it to check a body's
 * structure, the render stage to make HTML, so both see the same tree. Parsers are immutable and thread-safe.
 */
public final class Markdown {
    public static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            Autolinks.create(), HeadingAnchorExtension.create(), FootnotesExtension.create());

    /** For rendering. */
    public static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    /** For checks that report lines: every block and inline knows where it came from. */
    public static final Parser PARSER_WITH_SPANS = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private Markdown() {
    }
}
