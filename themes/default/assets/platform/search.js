/*
 * The platform's cross-site search page (search/index.html of the platform home): reads the state from the URL,
 * parses and analyses the words as a site's search does (analysis.js and engine.js's parseQuery, with the
 * Traditional→Simplified table in search/t2s/ and the synonyms of search/syn/: the chosen site's own table, or the
 * built-in one across sites), posts the request of solr-query.js to the platform's search endpoint (data-endpoint: a
 * URL in front of SolrCloud's /select), and shows the results as a site's search page does (view.js): the count of
 * full and partial matches, 也搜索了, the partial matches marked. Every change is a link or a GET form: the URL holds
 * the whole state.
 */
(function () {
  'use strict';
  var box = document.getElementById('search');
  var g = window.gongkai;
  if (!box || !g || !g.createEngine || !g.solrQuery || !g.searchView) return;
  var form = box.querySelector('form');
  var statusEl = document.getElementById('search-status');
  var alsoEl = document.getElementById('search-also');
  var list = document.getElementById('search-list');
  var pagesEl = document.getElementById('search-pages');
  var facetsEl = document.getElementById('search-facets');
  var heading = document.getElementById('search-results-heading');
  var FILTERS = ['site', 'organ', 'category', 'from', 'to'];
  var PAGE_SIZE = 10;
  var root = '../';
  var endpoint = box.dataset.endpoint || '';
  var view = g.searchView(box, FILTERS);
  var msg = view.msg, escapeHtml = view.escapeHtml, state = view.state, href = view.href;

  // The data files (meta.js, t2s/<k>.js, syn/<k>.js) call gongkai._data(name, value). With a site chosen, its own
  // synonym table is read (syn/<site>/<k>.js), the one its portal's search applies.
  var pending = {};
  g._data = function (name, value) { if (pending[name]) pending[name](value); };
  var base = new URL('./', location.href).href;
  var site = state().site;
  var engine = g.createEngine(function (name) {
    var file = site && name.indexOf('syn/') === 0 ? 'syn/' + site + '/' + name.substring(4) : name;
    return new Promise(function (resolve, reject) {
      pending[file] = resolve;
      var s = document.createElement('script');
      s.src = base + file + '.js';
      s.onload = function () { s.remove(); delete pending[file]; reject(new Error('no data in ' + file)); };
      s.onerror = function () { s.remove(); delete pending[file]; reject(new Error('cannot load ' + file)); };
      document.head.appendChild(s);
    });
  });

  /** Organs and categories of the chosen site only; all of them when no site is chosen. */
  function narrow(site) {
    ['organ', 'category'].forEach(function (name) {
      Array.prototype.forEach.call(form.elements[name].querySelectorAll('optgroup'), function (group) {
        var hide = !!site && group.getAttribute('data-site') !== site;
        group.hidden = hide;
        group.disabled = hide;
      });
    });
  }

  function fill(s) {
    form.elements.q.value = s.q;
    FILTERS.forEach(function (k) { if (form.elements[k]) form.elements[k].value = s[k]; });
    form.elements.sort.value = s.sort;
    narrow(s.site);
  }

  function optionLabel(name, value) {
    return view.optionLabel(form, name, value);
  }

  function run() {
    var s = state();
    fill(s);
    view.reset(list, alsoEl, pagesEl, facetsEl);
    if (!endpoint) {
      statusEl.textContent = msg('unconfigured');
      return;
    }
    if (!s.q) {
      statusEl.textContent = msg('prompt');
      return;
    }
    statusEl.textContent = msg('statusLoading');
    var table, meta;
    Promise.all([engine.load('meta'), engine.table([s.q])]).then(function (r) {
      meta = r[0];
      table = r[1];
      return engine.synonymTable(meta, g.internals.synonymChars(s.q, table));
    }).then(function (synonyms) {
      var query = g.parseQuery(s.q, table, synonyms);
      if (!query.words.length && !query.keys.length) return null;
      var req = g.solrQuery.request(g.solrQuery.params(query, { site: s.site, organ: s.organ, category: s.category,
        yearFrom: parseInt(s.from, 10) || 0, yearTo: parseInt(s.to, 10) || 0, sort: s.sort,
        start: (s.page - 1) * PAGE_SIZE, rows: PAGE_SIZE, synonymBoost: meta.synonymBoost }));
      // Posted: a query of many words with its tiers and synonyms is longer than a URL may be.
      return fetch(endpoint + (endpoint.indexOf('?') < 0 ? '?' : '&') + req.query, { method: 'POST', body: req.body,
        headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
        credentials: 'omit' }).then(function (r) {
        if (!r.ok) throw new Error('search endpoint: HTTP ' + r.status);
        return r.json();
      }).then(function (json) {
        return { query: query, json: json };
      });
    }).then(function (r) {
      if (!r) {
        statusEl.textContent = msg('empty', [s.q]);
        return;
      }
      show(s, r.query, r.json, table);
    }, function (e) {
      statusEl.textContent = msg('error');
      if (window.console) console.error(e);
    });
  }

  function show(s, query, json, table) {
    var tiers = g.solrQuery.tiers(json);
    var total = json.response.numFound;
    // what the count line and 也搜索了 read, as the static engine gives them to a site's page
    var r = { total: total, matches: tiers[0] + tiers[1] + tiers[2], relaxed: tiers[3],
      synonyms: g.internals.synonymsRead(query) };
    alsoEl.innerHTML = view.also(r, root);
    alsoEl.hidden = !alsoEl.innerHTML;
    var pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    var terms = new Set(query.terms);
    if (!total) {
      statusEl.textContent = msg('empty', [s.q]);
      showFacets(s, json);
      return;
    }
    statusEl.textContent = view.count(s, r) + (pages > 1 ? ' · ' + msg('statusPage', [s.page, pages]) : '');
    list.setAttribute('start', String((s.page - 1) * PAGE_SIZE + 1));
    list.innerHTML = json.response.docs.map(function (x) {
      var lang = x.lang ? ' lang="' + escapeHtml(x.lang) + '"' : '';
      var meta = view.tierMark(x.tier) + [
        '<span class="search-site"><span class="label">' + escapeHtml(msg('siteLabel')) + '：</span>' + escapeHtml(x.site_name) + '</span>',
        '<span class="search-organ"><span class="label">' + escapeHtml(msg('organLabel')) + '：</span>' + escapeHtml(x.organ_name) + '</span>',
        '<span class="search-category"><span class="label">' + escapeHtml(msg('categoryLabel')) + '：</span>' + escapeHtml(x.category_name) + '</span>',
        x.docnum ? '<span class="search-docnumber"><span class="label">' + escapeHtml(msg('docNumberLabel')) + '：</span>' + escapeHtml(x.docnum) + '</span>' : '',
        '<span class="search-date"><span class="label">' + escapeHtml(msg('dateLabel')) + '：</span><time datetime="' + escapeHtml(x.date) + '">' + escapeHtml(x.date) + '</time></span>'
      ].filter(Boolean).join(' ');
      return '<li class="search-result' + (x.tier === view.RELAXED ? ' search-relaxed' : '') + '"><h3 class="search-title"><a href="'
        + escapeHtml(root + x.site + '/' + x.url + 'index.html') + '"' + lang + '>'
        + g.internals.marked(x.title, terms, table) + '</a></h3>'
        + '<p class="search-snippet"' + lang + '>' + g.internals.snippet(x.excerpt || '', terms, table) + '</p><p class="search-meta">' + meta + '</p></li>';
    }).join('');
    showPages(s, pages);
    showFacets(s, json);
  }

  function showPages(s, pages) {
    if (pages <= 1) return;
    pagesEl.innerHTML = view.pages(s, s.page, pages);
    pagesEl.hidden = false;
  }

  /** Solr's facet counts ([value, count, value, count, …]) as the filters' lists, labelled from the form. */
  function showFacets(s, json) {
    var fields = (json.facet_counts && json.facet_counts.facet_fields) || {};
    function group(key, field, title) {
      var flat = fields[field] || [], values = [];
      for (var i = 0; i + 1 < flat.length; i += 2) values.push({ value: String(flat[i]), count: flat[i + 1] });
      if (key === 'organ' || key === 'category') values = values.filter(function (v) { return !s.site || v.value.indexOf(s.site + '/') === 0; });
      return view.facetGroup(s, key, title, values.map(function (v) {
        return { value: v.value, text: key === 'from' ? v.value : optionLabel(key, v.value), count: v.count };
      }), function (value) {
        var c = view.facetChange(key, value);
        // without a site, its organs and categories go too
        if (key === 'site' && !value) { c.organ = ''; c.category = ''; }
        return c;
      });
    }
    view.showFacets(facetsEl, [group('site', 'site', msg('siteLabel')), group('organ', 'organ', msg('organLabel')),
      group('category', 'category', msg('categoryLabel')), group('from', 'year', msg('yearLabel'))]);
  }

  form.elements.site.addEventListener('change', function () {
    narrow(form.elements.site.value);
    ['organ', 'category'].forEach(function (name) {
      var el = form.elements[name];
      var opt = el.options[el.selectedIndex];
      if (opt && opt.parentNode.tagName === 'OPTGROUP' && opt.parentNode.disabled) el.value = '';
    });
  });
  view.start(run, heading);
})();
