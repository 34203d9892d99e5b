/*
 * Gongkai cross-site search: the request a query becomes on the platform's SolrCloud collection (the configset
 * generator/solr/src/main/resources/org/gongkai/solr/configset/). The words are analysed in the browser exactly as
 * a site's own search analyses them (gongkai.parseQuery over analysis.js); each term is then sent as it is, as a
 * term query (the "term" query parser: no second analysis), in the shape of the static engine's Lucene query
 * (org.gongkai.core.search.internal.LuceneIndex#query):
 *
 *   for each term:          +( field1:term^boost1 field2:term^boost2 … )      every term must match, in any field
 *   for each excluded word: -( +(field1:t1 …) +(field1:t2 …) … )            no item that has all of its terms
 *   filters:                fq (they do not change scores)
 *
 * With one site chosen the fields are that site's own (st_<field>_<site>), whose statistics are those of that site
 * alone: its ranking is the site's own search's, BM25 with the same parameters over the same numbers. Across sites
 * the shared fields (t_<field>) are used. Ties go to the newer item, as in a site's search.
 *
 *   gongkai.solrQuery.params({terms, excluded}, {site, organ, category, genre, validity, yearFrom, yearTo, sort,
 *                             start, rows}) → [[name, value], …]
 */
(function (root) {
  'use strict';

  /** The static engine's fields and boosts (org.gongkai.core.search.SearchField), in its order. */
  var FIELDS = [['title', 3], ['docnum', 3], ['index', 3], ['keywords', 2], ['summary', 1.5], ['body', 1]];
  var FL = 'id,site,site_name,url,title,date,lang,docnum,organ_name,category_name,excerpt,score';

  function fieldName(field, site) {
    return site ? 'st_' + field + '_' + site : 't_' + field;
  }

  function anyField(param, site, boosted) {
    return '(' + FIELDS.map(function (f) {
      return '_query_:"{!term f=' + fieldName(f[0], site) + ' v=$' + param + '}"' + (boosted ? '^' + f[1] : '');
    }).join(' ') + ')';
  }

  function params(query, options) {
    var o = options || {};
    var site = o.site || '';
    var out = [];
    var names = new Map();
    function param(term) {
      if (!names.has(term)) {
        var name = 't' + names.size;
        names.set(term, name);
        out.push([name, term]);
      }
      return names.get(term);
    }
    var clauses = [];
    query.terms.forEach(function (t) { clauses.push('+' + anyField(param(t), site, true)); });
    query.excluded.forEach(function (word) {
      clauses.push('-(' + word.map(function (t) { return '+' + anyField(param(t), site, false); }).join(' ') + ')');
    });
    out.unshift(['q', clauses.join(' ')]);
    out.push(['defType', 'lucene']);
    if (site) out.push(['fq', '{!term f=site}' + site]);
    if (o.category) out.push(['fq', '{!term f=category}' + o.category]);
    if (o.organ) out.push(['fq', '{!term f=organ}' + o.organ]);
    if (o.genre) out.push(['fq', '{!term f=genre}' + o.genre]);
    if (o.validity) out.push(['fq', '{!term f=validity}' + o.validity]);
    var from = o.yearFrom | 0, to = o.yearTo | 0;
    if (from || to) out.push(['fq', 'year:[' + (from || '*') + ' TO ' + (to || '*') + ']']);
    var sort = o.sort || 'relevance';
    var order = site
      ? { relevance: 'score desc,rank asc', newest: 'rank asc', oldest: 'rank desc' }
      : { relevance: 'score desc,pubtime desc,site asc,rank asc', newest: 'pubtime desc,site asc,rank asc',
          oldest: 'pubtime asc,site desc,rank desc' };
    out.push(['sort', order[sort] || order.relevance]);
    out.push(['start', String(Math.max(0, o.start | 0))]);
    out.push(['rows', String(o.rows === undefined ? 10 : Math.max(0, o.rows | 0))]);
    out.push(['fl', FL]);
    if (o.facets !== false) {
      out.push(['facet', 'true'], ['facet.mincount', '1'], ['facet.limit', '500'], ['facet.sort', 'index']);
      ['site', 'organ', 'category', 'year'].forEach(function (f) { out.push(['facet.field', f]); });
    }
    out.push(['wt', 'json']);
    return out;
  }

  /** The pairs as a query string. */
  function queryString(pairs) {
    return pairs.map(function (p) { return encodeURIComponent(p[0]) + '=' + encodeURIComponent(p[1]); }).join('&');
  }

  var api = { FIELDS: FIELDS, params: params, queryString: queryString, fieldName: fieldName };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.gongkai = root.gongkai || {};
    root.gongkai.solrQuery = api;
  }
})(typeof self !== 'undefined' ? self : this);
