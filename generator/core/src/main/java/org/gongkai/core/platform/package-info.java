/**
 * The platform (集约化): many sites from one repository. {@code sites/<id>/content} holds each site's own
 * site.yaml, organs, catalog and items; the theme is shared. {@link org.gongkai.core.platform.Platform} builds every
 * site in parallel with the engine, each into its own portal (atomically, as a single site's build), and writes the
 * platform home listing the sites with the cross-site search page. A site whose content has errors fails alone:
 * its previous portal stays live and the others are built.
 */
package org.gongkai.core.platform;
