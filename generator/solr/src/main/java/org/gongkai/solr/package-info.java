/**
 * Cross-site search on SolrCloud, apart from the core so that the engine carries no Solr. {@link
 * org.gongkai.solr.SolrDocuments} turns a site's public model (the engine's, never decided again here) into Solr
 * documents; {@link org.gongkai.solr.SolrIndexer} sends the sites of a platform to a collection so that each site's
 * update is all or nothing for readers; {@link org.gongkai.solr.SolrConfigset} is the configset (the static engine's
 * analysis and BM25) that the collection uses.
 */
package org.gongkai.solr;
