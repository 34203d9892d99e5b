package org.gongkai.core.load;

/**
 * Bounds on the YAML of content files, so that any text is accepted or refused quickly and in little memory,
 * whatever a pull request puts in it (docs/trust-model.md lists them). Front-matter needs a few levels and a few
 * dozen values; site.yaml and catalog.yaml of a large platform need a few thousand values and, for the catalog's
 * tree, about two levels per level of categories.
 *
 * @param maxDepth   collections open inside each other
 * @param maxValues  values in the document once every alias is expanded (an alias counts as a copy of what it names)
 */
record YamlLimits(int maxDepth, int maxValues) {
    static final YamlLimits DEFAULT = new YamlLimits(64, 200_000);
}
