package org.gongkai.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.gongkai.core.render.view.PageView;
import org.gongkai.core.render.view.SiteView;

/**
 * The template functions: {@code url(href)} for relative links, {@code t(key, args…)} for UI messages and
 * {@code tableRegions(bodyHtml, label)} for the tables of a sanitized body ({@link TableRegions}).
 */
final class GongkaiExtension extends AbstractExtension {
    private final Messages messages;

    GongkaiExtension(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("url", new UrlFunction(), "t", new MessageFunction(), "tableRegions", new TableRegionsFunction());
    }

    private static PageView page(EvaluationContext context) {
        return (PageView) context.getVariable("page");
    }

    private static final class UrlFunction implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("href");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object href = args.get("href");
            String h = href == null ? "" : href.toString();
            PageView page = page(context);
            if (page.absolute()) {
                SiteView site = (SiteView) context.getVariable("site");
                return Links.fromRoot(site.baseUrl(), h);
            }
            return Links.relative(page.path(), h);
        }
    }

    private final class MessageFunction implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null; // positional: key, then arguments
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            String key = String.valueOf(args.get("0"));
            List<Object> rest = new ArrayList<>();
            for (int i = 1; args.containsKey(String.valueOf(i)); i++) {
                rest.add(args.get(String.valueOf(i)));
            }
            return messages.get(page(context).lang(), key, rest.toArray());
        }
    }

    /** Returns a plain string: the template still marks the body raw itself, as it did before. */
    private static final class TableRegionsFunction implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("html", "label");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return TableRegions.wrap(String.valueOf(args.get("html")), String.valueOf(args.get("label")));
        }
    }
}
