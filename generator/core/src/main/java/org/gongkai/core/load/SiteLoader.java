package org.gongkai.core.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.core.content.Contact;
import org.gongkai.core.content.Feedback;
import org.gongkai.core.content.HolidayCalendar;
import org.gongkai.core.content.Language;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.OrganType;
import org.gongkai.core.content.SiteConfig;
import org.gongkai.core.content.SiteMarks;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;
import org.gongkai.core.diagnostic.Phrase;

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
        Feedback feedback = new FeedbackReader(diagnostics).read(f, root.at());
        List<Organ> organs = new ArrayList<>();
        for (YamlNode.Mapping m : f.mappings("organs")) {
            organ(m).ifPresent(organs::add);
        }
        List<org.gongkai.core.content.Formulation> formulations = new ArrayList<>();
        for (YamlNode.Mapping m : f.mappings("formulations")) {
            FormulationReader.read(m, diagnostics).ifPresent(formulations::add);
        }
        SiteMarks marks = f.mapping("marks", false).map(this::marks).orElse(SiteMarks.none(root.at()));
        f.rejectUnknown(Section.SITE);
        checkOrgans(organs);
        return new SiteConfig(name, shortName, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/", language, siteId,
                contact, pattern, holidays, feedback, organs, formulations, marks);
    }

    private Optional<Language> language(String tag, FieldReader f) {
        Optional<Language> l = Language.of(tag);
        if (l.isEmpty()) {
            diagnostics.add(Code.BAD_VALUE, f.at("language"), new Field("language"), tag, "zh-Hans, zh-Hant, en");
        }
        return l;
    }

    private SiteMarks marks(YamlNode.Mapping m) {
        FieldReader f = new FieldReader(m, diagnostics);
        YamlNode.Mapping none = new YamlNode.Mapping(java.util.Map.of(), m.at());
        FieldReader conac = new FieldReader(f.mapping("conac", false).orElse(none), diagnostics);
        FieldReader icp = new FieldReader(f.mapping("icp", false).orElse(none), diagnostics);
        FieldReader police = new FieldReader(f.mapping("police", false).orElse(none), diagnostics);
        SiteMarks marks = new SiteMarks(conac.text("image", ""), conac.text("link", ""), icp.text("number", ""),
                icp.text("link", SiteMarks.ICP_SYSTEM), police.text("number", ""), police.text("code", ""),
                police.text("icon", ""), f.text("sponsor", ""), f.text("organizer", ""), f.text("error-report", ""), m.at());
        conac.rejectUnknown(Section.MARKS);
        icp.rejectUnknown(Section.MARKS);
        police.rejectUnknown(Section.MARKS);
        f.rejectUnknown(Section.MARKS);
        return marks;
    }

    private Contact contact(YamlNode.Mapping m) {
        FieldReader f = new FieldReader(m, diagnostics);
        Contact c = new Contact(f.text("office", ""), f.text("address", ""), f.text("postcode", ""),
                f.text("hours", ""), f.text("phone", ""), f.text("supervision-phone", ""), f.text("email", ""));
        f.rejectUnknown(Section.CONTACT);
        return c;
    }

    private HolidayCalendar holidays(YamlNode.Mapping m) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (YamlNode.Entry year : m.entries().values()) {
            if (!(year.value() instanceof YamlNode.Mapping ym)) {
                diagnostics.add(Code.WRONG_TYPE, year.value().at(), new Field("holidays"), ValueType.MAPPING,
                        year.value().kind());
                continue;
            }
            FieldReader f = new FieldReader(ym, diagnostics);
            dates(f, "holidays", holidays);
            dates(f, "workdays", workdays);
            f.rejectUnknown(Section.HOLIDAYS);
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
        f.rejectUnknown(Section.ORGAN);
        code.ifPresent(c -> OrganCode.problem(c).ifPresent(p -> diagnostics.add(Code.BAD_ORGAN_CODE, f.at("code"), c, p)));
        if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        if (f.plainIdentifier("id", true) && !id.get().matches("[a-z0-9][a-z0-9-]*")) {
            diagnostics.add(Code.BAD_ID, f.at("id"), Section.ORGAN, id.get());
        }
        return Optional.of(new Organ(id.get(), name.get(), code.orElse(""), type, parent, m.at()));
    }

    private void checkOrgans(List<Organ> organs) {
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Organ o : organs) {
            if (!ids.add(o.id())) {
                diagnostics.add(Code.DUPLICATE_ORGAN, o.at(), o.id());
            }
            if (!o.code().isEmpty() && !codes.add(o.code())) {
                diagnostics.add(Code.DUPLICATE_ORGAN_CODE, o.at(), o.code());
            }
        }
        for (Organ o : organs) {
            if (!o.parent().isEmpty() && !ids.contains(o.parent())) {
                diagnostics.add(Code.UNKNOWN_PARENT, o.at(), o.id(), o.parent());
            }
        }
    }
}
