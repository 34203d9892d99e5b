/*
 * Gongkai cross-site search: the request a query becomes on the platform's SolrCloud collection (the configset
 * generator/solr/src/main/resources/org/gongkai/solr/configset/). The words are parsed and analysed in the browser
 * exactly as a site's own search does it (gongkai.parseQuery over analysis.js, with the synonyms of the site's table);
 * every term is then sent as it is, as a term query (the "term" query parser: no second analysis), in the shape of
 * the static engine's Lucene query (org.gongkai.core.search.internal.LuceneIndex#query and #tier):
 *
 *   a<i>   one token in any field:   {!term f=<field> v=$t<i>}^boost for each field (boosts matter only in the score)
 *   s      the score, optional:      a<i> for each token of the words as typed, a<i>^synonymBoost for one only a
 *                                    synonym brings
 *   tier0…tier3   the tiers (no score): lookup (the 发文字号/索引号 keys), exact (every word: a reading with all of
 *                 its tokens and trigrams), near (a near pair also as a skip pair), relaxed (a share of the tokens,
 *                 {!bool mm=…}, for the words as typed or one word read as a synonym; phrases exact)
 *   q      {!bool should=$s filter=$m must_not=$x<i>}: the score, any tier (m), no excluded word (all its tokens)
 *   sort   the first tier a result is in (a function of the tiers), then the score, as the static engine orders
 *          tier after tier; by date, the matches before the relaxed ones. fl's "tier" is that tier.
 *   facet.query tier0…tier3: the results of each tier (each not in the ones before), the page's counts
 *   filters  fq (they do not change scores)
 *
 * One request gives a page of any offset: a result's score is the same in every tier (LuceneIndex#scoring), so the
 * union of the tiers sorted by (tier, score) is the static engine's list.
 *
 * With one site chosen the scored fields are that site's own (st_<field>_<site>), whose statistics are those of that
 * site alone: its ranking is the site's own search's, BM25 with the same parameters over the same numbers. Across
 * sites the shared fields (t_<field>) are used. The tier fields (tri, skip, key) only say whether an item has a term,
 * the same for every site. Ties go to the newer item, as in a site's search.
 *
 *   gongkai.solrQuery.params(parsedQuery, {site, organ, category, genre, validity, yearFrom, yearTo, sort, start,
 *                             rows, facets, synonymBoost}) → [[name, value], …]
 *   gongkai.solrQuery.request(pairs) → {query, body}: POST endpoint?query with the form body
 *   gongkai.solrQuery.tiers(solrJson) → the results per tier [lookup, exact, near, relaxed]
 */
(function (root) {
  'use strict';

  var isNode = typeof module === 'object' && module.exports;
  var engine = isNode ? require('../search/engine.js') : root.gongkai;

  /** The static engine's fields and boosts (org.gongkai.core.search.SearchField), in its order. */
  var FIELDS = [['title', 3], ['docnum', 3], ['index', 3], ['keywords', 2], ['summary', 1.5], ['body', 1]];
  /** Its tier fields (SearchField.SETS). */
  var TRIGRAMS = 'tri', SKIPS = 'skip', KEYS = 'key';
  var TIERS = 4, RELAXED = 3;
  var FL = 'id,site,site_name,url,title,date,lang,docnum,organ_name,category_name,excerpt,score';

  function fieldName(field, site) {
    return site ? 'st_' + field + '_' + site : 't_' + field;
  }

  /** A query held in a parameter, as a clause of the standard parser. */
  function ref(name) {
    return '_query_:"{!lucene v=$' + name + '}"';
  }

  function termClause(field, param) {
    return '_query_:"{!term f=' + field + ' v=$' + param + '}"';
  }

  function all(clauses) {
    return clauses.length === 1 ? clauses[0] : '(' + clauses.map(function (c) { return '+' + c; }).join(' ') + ')';
  }

  function any(clauses) {
    return clauses.length === 1 ? clauses[0] : '(' + clauses.join(' ') + ')';
  }

  function params(query, options) {
    var o = options || {};
    var site = o.site || '';
    // the boost of a token only a synonym brings: the export's meta.synonymBoost (SearchQuery.SYNONYM_BOOST)
    var boost = o.synonymBoost;
    if (typeof boost !== 'number' && query.terms.some(function (t) { return !query.original.has(t); })) {
      throw new Error('solrQuery.params: synonymBoost is needed for a query with synonyms');
    }
    var out = [];
    var names = new Map();
    function param(prefix, value) {
      var k = prefix + '\u0000' + value;
      if (!names.has(k)) {
        var name = prefix + names.size;
        names.set(k, name);
        out.push([name, value]);
      }
      return names.get(k);
    }
    /** A token in any field: one parameter per token, its field clauses boosted (a filter ignores the boosts). */
    function tokenParam(t) {
      var k = 'a\u0000' + t;
      if (!names.has(k)) {
        var tp = param('t', t);
        var name = 'a' + names.size;
        names.set(k, name);
        out.push([name, FIELDS.map(function (f) { return termClause(fieldName(f[0], site), tp) + '^' + f[1]; }).join(' ')]);
      }
      return names.get(k);
    }
    function token(t) {
      return ref(tokenParam(t));
    }
    function setTerm(field, prefix, t) {
      return termClause(field, param(prefix, t));
    }
    function exactReading(r) {
      return all(r.tokens.map(token).concat(r.trigrams.map(function (g) { return setTerm(TRIGRAMS, 'g', g); })));
    }
    function exact(w) {
      return any(w.readings.map(exactReading));
    }
    function near(w) {
      if (w.quoted) return exact(w);
      return any(w.readings.map(function (r) {
        return all(r.tokens.map(function (t) {
          return r.nearPairs.indexOf(t) >= 0 ? '(' + token(t) + ' ' + setTerm(SKIPS, 'p', t) + ')' : token(t);
        }));
      }));
    }
    function relaxed() {
      return any(engine.internals.relaxedReadings(query).map(function (reading) {
        var c = [], tokens = [];
        reading.forEach(function (r, i) {
          if (!r) c.push(exact(query.words[i]));
          else r.tokens.forEach(function (t) { if (tokens.indexOf(t) < 0) tokens.push(t); });
        });
        if (tokens.length) {
          var shoulds = tokens.map(function (t) { return 'should=$' + tokenParam(t); });
          c.push('_query_:"{!bool mm=' + engine.internals.share(tokens.length) + ' ' + shoulds.join(' ') + '}"');
        }
        return all(c);
      }));
    }

    // the tiers that can match anything, each in a parameter
    var tiers = [];
    if (query.keys.length) tiers[0] = any(query.keys.map(function (k) { return setTerm(KEYS, 'k', k); }));
    if (query.words.length) {
      tiers[1] = all(query.words.map(exact));
      tiers[2] = all(query.words.map(near));
      tiers[3] = relaxed();
    }
    var tierParams = [];
    for (var t = 0; t < TIERS; t++) {
      if (tiers[t] !== undefined) {
        tierParams[t] = 'tier' + t;
        out.push([tierParams[t], tiers[t]]);
      }
    }
    var score = [];
    query.terms.forEach(function (t) {
      score.push(token(t) + (query.original.has(t) ? '' : '^' + boost));
    });
    var q = ['{!bool'];
    if (score.length) {
      out.push(['s', score.join(' ')]);
      q.push('should=$s');
    }
    // every tier: exact is within near (a reading with all its tokens has each), so it need not be asked twice
    out.push(['m', any(tierParams.filter(function (p, t) { return p && !(t === 1 && tierParams[2]); }).map(ref))]);
    q.push('filter=$m');
    query.excluded.forEach(function (word, i) {
      out.push(['x' + i, all(word.map(token))]);
      q.push('must_not=$x' + i);
    });
    out.unshift(['q', q.join(' ') + '}']);
    out.push(['defType', 'lucene']);

    // the first tier a result is in; by date, whether a result is a match (lookup, exact, near) or relaxed
    var tierOf = String(RELAXED), matched = '1';
    for (var k = RELAXED - 1; k >= 0; k--) {
      if (!tierParams[k]) continue;
      tierOf = 'if(exists(query($' + tierParams[k] + ')),' + k + ',' + tierOf + ')';
      matched = 'if(exists(query($' + tierParams[k] + ')),0,' + matched + ')';
    }

    if (site) out.push(['fq', '{!term f=site}' + site]);
    if (o.category) out.push(['fq', '{!term f=category}' + o.category]);
    if (o.organ) out.push(['fq', '{!term f=organ}' + o.organ]);
    if (o.genre) out.push(['fq', '{!term f=genre}' + o.genre]);
    if (o.validity) out.push(['fq', '{!term f=validity}' + o.validity]);
    var from = o.yearFrom | 0, to = o.yearTo | 0;
    if (from || to) out.push(['fq', 'year:[' + (from || '*') + ' TO ' + (to || '*') + ']']);
    var sort = o.sort || 'relevance';
    if (sort !== 'newest' && sort !== 'oldest') sort = 'relevance';
    var order = site
      ? { relevance: 'score desc,rank asc', newest: 'rank asc', oldest: 'rank desc' }
      : { relevance: 'score desc,pubtime desc,site asc,rank asc', newest: 'pubtime desc,site asc,rank asc',
          oldest: 'pubtime asc,site desc,rank desc' };
    out.push(['sort', (sort === 'relevance' ? tierOf : matched) + ' asc,' + order[sort]]);
    out.push(['start', String(Math.max(0, o.start | 0))]);
    out.push(['rows', String(o.rows === undefined ? 10 : Math.max(0, o.rows | 0))]);
    out.push(['fl', FL + ',tier:' + tierOf]);
    // the results of each tier: in it and in none before it
    out.push(['facet', 'true']);
    for (var i = 0; i < TIERS; i++) {
      if (!tierParams[i]) continue;
      var before = tierParams.slice(0, i).filter(function (p, t) { return p && !(t === 1 && i > 2); })
        .map(function (p) { return ' must_not=$' + p; }).join('');
      out.push(['facet.query', '{!bool key=tier' + i + ' filter=$' + tierParams[i] + before + '}']);
    }
    if (o.facets !== false) {
      out.push(['facet.mincount', '1'], ['facet.limit', '500'], ['facet.sort', 'index']);
      ['site', 'organ', 'category', 'year'].forEach(function (f) { out.push(['facet.field', f]); });
    }
    out.push(['wt', 'json']);
    return out;
  }

  /** The results per tier of an answer to params' request: [lookup, exact, near, relaxed]. */
  function tiers(json) {
    var q = (json.facet_counts && json.facet_counts.facet_queries) || {};
    var out = [];
    for (var i = 0; i < TIERS; i++) out.push(q['tier' + i] || 0);
    return out;
  }

  /** The pairs as a query string. */
  function queryString(pairs) {
    return pairs.map(function (p) { return encodeURIComponent(p[0]) + '=' + encodeURIComponent(p[1]); }).join('&');
  }

  /**
   * The request as the page posts it: start and rows in the URL (the endpoint caps rows there, and Solr takes the
   * URL's value first), the rest in a form body, which has no length limit (a query of many words with synonyms is
   * a long request: GET would meet the servers' 8 KB header limits).
   */
  function request(pairs) {
    var inUrl = function (p) { return p[0] === 'start' || p[0] === 'rows'; };
    return { query: queryString(pairs.filter(inUrl)), body: queryString(pairs.filter(function (p) { return !inUrl(p); })) };
  }

  var api = { FIELDS: FIELDS, params: params, tiers: tiers, queryString: queryString, request: request, fieldName: fieldName };
  if (isNode) {
    module.exports = api;
  } else {
    root.gongkai = root.gongkai || {};
    root.gongkai.solrQuery = api;
  }
})(typeof self !== 'undefined' ? self : this);
