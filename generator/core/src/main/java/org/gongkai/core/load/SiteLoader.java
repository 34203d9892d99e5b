package org.gongkai.core.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.core.content.Contact;
import org.gongkai.core.content.HolidayCalendar;
import org.gongkai.core.content.Language;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.OrganType;
import org.gongkai.core.content.SiteConfig;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Stage;

/** Reads content/site.yaml, checking organ ids, parents and codes. */
final class SiteLoader {
    private final Diagnostics diagnostics;

    SiteLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    SiteConfig read(YamlNode.Mapping root) {
        FieldReader f = new FieldReader(root, diagnostics);
        String name = f.text("name", true).orElse("");
        String shortName = f.text("short-name", name);
        String baseUrl = f.text("base-url", "/");
        Language language = f.text("language", false).flatMap(tag -> language(tag, f)).orElse(Language.ZH_HANS);
        String siteId = f.text("site-id-code", "");
        Contact contact = f.mapping("contact", false).map(this::contact)
                .orElse(new Contact("", "", "", "", "", "", ""));
        String pattern = f.text("index-pattern", SiteConfig.DEFAULT_INDEX_PATTERN);
        HolidayCalendar holidays = f.mapping("holidays", false).map(this::holidays)
                .orElse(new HolidayCalendar(Set.of(), Set.of()));
        String feedback = f.text("feedback", "");
        List<Organ> organs = new ArrayList<>();
        for (YamlNode.Mapping m : f.mappings("organs")) {
            organ(m).ifPresent(organs::add);
        }
        f.rejectUnknown("site.yaml");
        checkOrgans(organs);
        return new SiteConfig(name, shortName, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/", language, siteId,
                contact, pattern, holidays, feedback, organs);
    }

    private Optional<Language> language(String tag, FieldReader f) {
        Optional<Language> l = Language.of(tag);
        if (l.isEmpty()) {
            diagnostics.error(Stage.LOAD, "bad-value", f.at("language"), "unknown language '" + tag + "'",
                    "use zh-Hans, zh-Hant or en");
        }
        return l;
    }

    private Contact contact(YamlNode.Mapping m) {
        FieldReader f = new FieldReader(m, diagnostics);
        Contact c = new Contact(f.text("office", ""), f.text("address", ""), f.text("postcode", ""),
                f.text("hours", ""), f.text("phone", ""), f.text("supervision-phone", ""), f.text("email", ""));
        f.rejectUnknown("contact");
        return c;
    }

    private HolidayCalendar holidays(YamlNode.Mapping m) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (YamlNode.Entry year : m.entries().values()) {
            if (!(year.value() instanceof YamlNode.Mapping ym)) {
                diagnostics.error(Stage.LOAD, "wrong-type", year.value().at(), "holidays for " + year.key()
                        + " must be a mapping with 'holidays' and 'workdays'", "write e.g. \"2026\": {holidays: [2026-01-01], workdays: []}");
                continue;
            }
            FieldReader f = new FieldReader(ym, diagnostics);
            dates(f, "holidays", holidays);
            dates(f, "workdays", workdays);
            f.rejectUnknown("holidays " + year.key());
        }
        return new HolidayCalendar(holidays, workdays);
    }

    private void dates(FieldReader f, String key, Set<LocalDate> into) {
        for (FieldReader.Text t : f.texts(key)) {
            f.parseDate(key, new YamlNode.Scalar(t.value(), false, t.at())).ifPresent(into::add);
        }
    }

    private Optional<Organ> organ(YamlNode.Mapping m) {
        FieldReader f = new FieldReader(m, diagnostics);
        Optional<String> id = f.text("id", true);
        Optional<String> name = f.text("name", true);
        Optional<String> code = f.text("code", true);
        OrganType type = f.choice("type", OrganType.class, OrganType.DEPARTMENT);
        String parent = f.text("parent", "");
        f.rejectUnknown("an organ");
        code.ifPresent(c -> OrganCode.problem(c).ifPresent(p -> diagnostics.error(Stage.LOAD, "bad-organ-code",
                f.at("code"), "organ code '" + c + "' " + p,
                "copy the 统一社会信用代码 from the organ's registration certificate")));
        if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        if (!id.get().matches("[a-z0-9][a-z0-9-]*")) {
            diagnostics.error(Stage.LOAD, "bad-id", f.at("id"), "organ id '" + id.get() + "' is not a simple name",
                    "use lower-case letters, digits and '-', e.g. czj");
        }
        return Optional.of(new Organ(id.get(), name.get(), code.orElse(""), type, parent, m.at()));
    }

    private void checkOrgans(List<Organ> organs) {
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Organ o : organs) {
            if (!ids.add(o.id())) {
                diagnostics.error(Stage.LOAD, "duplicate-organ", o.at(), "organ id '" + o.id() + "' is defined twice",
                        "give each organ its own id");
            }
            if (!o.code().isEmpty() && !codes.add(o.code())) {
                diagnostics.error(Stage.LOAD, "duplicate-organ-code", o.at(), "organ code '" + o.code()
                        + "' is used by two organs", "each organ has its own 统一社会信用代码");
            }
        }
        for (Organ o : organs) {
            if (!o.parent().isEmpty() && !ids.contains(o.parent())) {
                diagnostics.error(Stage.LOAD, "unknown-organ", o.at(), "organ '" + o.id() + "' names an unknown parent '"
                        + o.parent() + "'", "use the id of an organ defined in site.yaml");
            }
        }
    }
}
