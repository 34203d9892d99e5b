package org.gongkai.core.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.gongkai.core.render.view.PageView;
import org.gongkai.core.render.view.SiteView;

/** A theme's Pebble templates with autoescaping on and strict variables; built once, thread-safe. */
final class TemplateRenderer {
    private final PebbleEngine engine;

    TemplateRenderer(Path templatesDir, Messages messages) {
        FileLoader loader = new FileLoader(templatesDir.toAbsolutePath().normalize().toString());
        loader.setCharset("UTF-8");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .defaultLocale(Locale.ROOT)
                .extension(new GongkaiExtension(messages))
                .build();
    }

    /** Renders template {@code name} with the site and page views and the page's own variables. */
    String render(String name, SiteView site, PageView page, Map<String, Object> vars) {
        Map<String, Object> context = new LinkedHashMap<>(vars);
        context.put("site", site);
        context.put("page", page);
        try {
            PebbleTemplate t = engine.getTemplate(name + ".peb");
            PageWriter out = new PageWriter();
            t.evaluate(out, context);
            return out.toString();
        } catch (PebbleException e) {
            throw new ThemeException("template " + name + (e.getFileName() == null ? "" : " (" + e.getFileName()
                    + (e.getLineNumber() == null ? "" : ":" + e.getLineNumber()) + ")") + ": " + e.getPebbleMessage()
                    + " while rendering " + page.path(), e);
        } catch (IOException e) {
            throw new ThemeException("template " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * One page's text. StringWriter appends to a StringBuffer, which takes a lock on every write, and a page is
     * written by one thread: a tenth of the page threads' time went to those locks and to growing the buffer.
     * Pebble prints a number through {@code write(String)} here, as the same text StringWriter's adapter gives.
     */
    private static final class PageWriter extends Writer {
        private final StringBuilder sb = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] buf, int off, int len) {
            sb.append(buf, off, len);
        }

        @Override
        public void write(int c) {
            sb.append((char) c);
        }

        @Override
        public void write(String str) {
            sb.append(str);
        }

        @Override
        public void write(String str, int off, int len) {
            sb.append(str, off, off + len);
        }

        @Override
        public Writer append(CharSequence csq) {
            sb.append(csq);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
