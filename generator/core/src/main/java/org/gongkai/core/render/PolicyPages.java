package org.gongkai.core.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gongkai.core.content.DocNumber;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.Validity;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.PortalLayout;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.view.CountView;
import org.gongkai.core.render.view.LinkView;
import org.gongkai.core.render.view.PageView;
import org.gongkai.core.render.view.PolicyView;
import org.gongkai.core.render.view.SiteView;

/**
 * 政策文件库 ({@code policies/}): the 规范性文件 the model lists ({@code Catalog.isNormative}), those in force apart
 * from those no longer in force (已失效, 已废止, each with the document that repealed it), on the build's day; a page
 * per 发文机关 and per year of 成文日期 below it. Every list is in 文号 order ({@link DocNumber#ORDER}, then URL), so
 * that without JavaScript a reader finds a number by reading down; the theme's lookup form finds one typed in any
 * common spelling by the key each row carries. Only listed entries: nothing the model keeps out of lists appears.
 */
final class PolicyPages {
    /** A document and its 发文字号 read once (sorting compares them many times); empty without one. */
    private record Doc(Entry entry, Optional<DocNumber> number) {
    }

    private static final DocNumber NONE = new DocNumber("", 0, 0, "");
    /** Documents without a 文号 last, then in 文号 order, then by URL: a total order. */
    private static final Comparator<Doc> BY_NUMBER = Comparator.comparing((Doc d) -> d.number().isEmpty())
            .thenComparing(d -> d.number().orElse(NONE), DocNumber.ORDER).thenComparing(d -> d.entry().url());

    private final SiteModel model;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final SiteView site;
    private final String lang;

    PolicyPages(SiteModel model, TemplateRenderer templates, Messages messages, SiteView site) {
        this.model = model;
        this.templates = templates;
        this.messages = messages;
        this.site = site;
        this.lang = model.content().site().language().tag();
    }

    /** The library's index, one page per organ and one per year that has documents. */
    void addTo(OutputPlan out) {
        List<Doc> docs = model.listed().stream().filter(e -> model.content().catalog().isNormative(e.item()))
                .map(e -> new Doc(e, DocNumber.parse(e.item().docNumber()))).sorted(BY_NUMBER).toList();
        Map<Organ, List<Doc>> byOrgan = new LinkedHashMap<>();
        for (Organ o : model.content().site().organs()) {
            List<Doc> of = docs.stream().filter(d -> d.entry().organ().id().equals(o.id())).toList();
            if (!of.isEmpty()) {
                byOrgan.put(o, of);
            }
        }
        Map<Integer, List<Doc>> byYear = new TreeMap<>(Comparator.reverseOrder());
        docs.forEach(d -> byYear.computeIfAbsent(d.entry().item().written().getYear(), y -> new ArrayList<>()).add(d));
        List<CountView> organs = byOrgan.entrySet().stream().map(o -> new CountView(o.getKey().name(),
                o.getValue().size(), PortalLayout.policyOrgan(o.getKey().id()))).toList();
        List<CountView> years = byYear.entrySet().stream().map(y -> new CountView(t("policies.year", y.getKey()),
                y.getValue().size(), PortalLayout.policyYear(y.getKey()))).toList();

        String title = t("policies.title");
        LinkView library = new LinkView(title, PortalLayout.POLICIES);
        emit(out, PortalLayout.POLICIES, title, List.of(library), docs, organs, years, true);
        byOrgan.forEach((o, of) -> {
            String href = PortalLayout.policyOrgan(o.id());
            emit(out, href, t("policies.organTitle", o.name()), List.of(library, new LinkView(o.name(), href)), of,
                    organs, years, false);
        });
        byYear.forEach((y, of) -> {
            String href = PortalLayout.policyYear(y);
            String label = t("policies.year", y);
            emit(out, href, t("policies.yearTitle", y), List.of(library, new LinkView(label, href)), of, organs,
                    years, false);
        });
    }

    private void emit(OutputPlan out, String href, String title, List<LinkView> crumbs, List<Doc> docs,
                      List<CountView> organs, List<CountView> years, boolean lookup) {
        List<LinkView> breadcrumbs = new ArrayList<>();
        breadcrumbs.add(new LinkView(t("nav.home"), PortalLayout.HOME));
        breadcrumbs.addAll(crumbs);
        String file = PortalLayout.file(href);
        PageView page = new PageView(file, title, lang, t("policies.title"),
                model.content().site().baseUrl() + href, "", List.copyOf(breadcrumbs), "", false);
        out.text(file, () -> {
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("current", href);
            vars.put("inForce", views(docs, true));
            vars.put("notInForce", views(docs, false));
            vars.put("organs", organs);
            vars.put("years", years);
            vars.put("lookup", lookup);
            return templates.render("policies", site, page, vars);
        });
    }

    private List<PolicyView> views(List<Doc> docs, boolean inForce) {
        return docs.stream().filter(d -> (d.entry().validity() == Validity.VALID) == inForce)
                .map(d -> view(d.entry(), d.number().map(DocNumber::key).orElse(""))).toList();
    }

    private PolicyView view(Entry e, String docKey) {
        var i = e.item();
        Entry successor = model.relations().repealedBy().get(e);
        return new PolicyView(i.title(), e.url(), i.lang().tag(), i.docNumber(), docKey, e.organ().name(),
                i.written().toString(), ViewFactory.key(e.validity()),
                i.validUntil().map(Object::toString).orElse(""),
                i.expiredSince(model.today()).map(Object::toString).orElse(""),
                successor == null ? null : new LinkView(successor.item().title(), successor.url()),
                e.marks().stream().map(ViewFactory::key).toList());
    }

    private String t(String key, Object... args) {
        return messages.get(lang, key, args);
    }
}
