package org.gongkai.core.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * content/site.yaml: the portal and its organs; {@code feedback} its 意见箱 ({@link Feedback#none} when it has none);
 * {@code synonyms}: the office's own search synonyms ({@code search-synonyms}), added to the built-in table.
 */
public record SiteConfig(String name, String shortName, String baseUrl, Language language, String siteIdCode,
                         Contact contact, String indexPattern, HolidayCalendar holidays, Feedback feedback,
                         List<Organ> organs, List<Formulation> formulations, SiteMarks marks,
                         List<SynonymGroup> synonyms) {

    public static final String DEFAULT_INDEX_PATTERN = "{organ.code}/{year}-{seq:5}";

    public SiteConfig {
        organs = List.copyOf(organs);
        formulations = List.copyOf(formulations);
        synonyms = List.copyOf(synonyms);
    }

    /** The same site published at another address (a staging host, the preview server). */
    public SiteConfig withBaseUrl(String url) {
        String u = url.endsWith("/") ? url : url + "/";
        return new SiteConfig(name, shortName, u, language, siteIdCode, contact, indexPattern, holidays, feedback, organs,
                formulations, marks, synonyms);
    }

    /** The first organ of that id; a loop, not a stream: the checks and the model ask once per item. */
    public Optional<Organ> organ(String id) {
        for (Organ o : organs) {
            if (o.id().equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    public Map<String, Organ> organsById() {
        Map<String, Organ> m = new java.util.LinkedHashMap<>();
        organs.forEach(o -> m.putIfAbsent(o.id(), o));
        return m;
    }
}
