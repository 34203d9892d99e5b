package org.gongkai.core.content;

import java.util.List;

/**
 * A group of words that search treats as the same thing (搜索同义词): an abbreviation and its full form
 * (人社局, 人力资源和社会保障局), an organ's old and new names (卫计委, 卫生健康委), a programme's common and
 * official names (低保, 最低生活保障). A query word that contains one of them is also searched with each of the
 * others in its place. The built-in table ({@code org/gongkai/core/search/synonyms.yaml}) and site.yaml's
 * {@code search-synonyms} are read the same way.
 *
 * @param terms the words, the standard form first
 * @param kind 简称 (abbreviation and full form), 更名 (old and new names), 异称 (other names in common use)
 * @param source where the forms are fixed (a regulation, a reform plan, an organ's own name)
 */
public record SynonymGroup(List<String> terms, String kind, String source) {
    public SynonymGroup {
        terms = List.copyOf(terms);
    }
}
