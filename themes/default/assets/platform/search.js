/*
 * The platform's cross-site search page (search/index.html of the platform home): reads the state from the URL,
 * analyses the words as a site's search does (analysis.js and engine.js's parseQuery, with the Traditional→
 * Simplified table in search/t2s/), asks the platform's search endpoint (data-endpoint: a URL in front of
 * SolrCloud's /select) with the request of solr-query.js, and shows the results in a site's search layout.
 * Every change is a link or a GET form: the URL holds the whole state.
 */
(function () {
  'use strict';
  var box = document.getElementById('search');
  var g = window.gongkai;
  if (!box || !g || !g.createEngine || !g.solrQuery) return;
  var form = box.querySelector('form');
  var statusEl = document.getElementById('search-status');
  var list = document.getElementById('search-list');
  var pagesEl = document.getElementById('search-pages');
  var facetsEl = document.getElementById('search-facets');
  var heading = document.getElementById('search-results-heading');
  var FILTERS = ['site', 'organ', 'category', 'from', 'to'];
  var PAGE_SIZE = 10;
  var root = '../';
  var endpoint = box.dataset.endpoint || '';

  // The Traditional→Simplified table: search/t2s/<k>.js files calling gongkai._data(name, value).
  var pending = {};
  g._data = function (name, value) { if (pending[name]) pending[name](value); };
  var base = new URL('./', location.href).href;
  var engine = g.createEngine(function (name) {
    return new Promise(function (resolve, reject) {
      pending[name] = resolve;
      var s = document.createElement('script');
      s.src = base + name + '.js';
      s.onload = function () { s.remove(); delete pending[name]; reject(new Error('no data in ' + name)); };
      s.onerror = function () { s.remove(); delete pending[name]; reject(new Error('cannot load ' + name)); };
      document.head.appendChild(s);
    });
  });

  function msg(key, args) {
    var s = box.dataset[key] || '';
    return s.replace(/\{(\d)\}/g, function (m, i) { return args && args[+i] !== undefined ? String(args[+i]) : m; });
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function state() {
    var p = new URLSearchParams(location.search);
    var s = { q: (p.get('q') || '').trim(), sort: p.get('sort') || 'relevance', page: Math.max(1, parseInt(p.get('page'), 10) || 1) };
    FILTERS.forEach(function (k) { s[k] = p.get(k) || ''; });
    return s;
  }

  function href(s, change) {
    var next = {};
    Object.keys(s).forEach(function (k) { next[k] = s[k]; });
    Object.keys(change).forEach(function (k) { next[k] = change[k]; });
    if (!('page' in change)) next.page = 1;
    var p = new URLSearchParams();
    ['q'].concat(FILTERS, ['sort', 'page']).forEach(function (k) {
      var v = next[k];
      if (v === '' || v === undefined || v === null) return;
      if (k === 'sort' && v === 'relevance') return;
      if (k === 'page' && +v === 1) return;
      p.set(k, v);
    });
    return 'index.html?' + p.toString();
  }

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
    var el = form.elements[name];
    if (el && el.options) {
      for (var i = 0; i < el.options.length; i++) if (el.options[i].value === value) return el.options[i].text.trim();
    }
    return value;
  }

  /** A title with <mark> around what matched, in the item's own script. */
  function markTitle(text, terms, table) {
    var ranges = [];
    g.analysis.analyze(text, true, table).forEach(function (t) { if (terms.has(t.term)) ranges.push([t.start, t.end]); });
    ranges.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var out = '', pos = 0;
    ranges.forEach(function (r) {
      var from = Math.max(r[0], pos);
      if (from >= r[1]) return;
      out += escapeHtml(text.substring(pos, from)) + '<mark>' + escapeHtml(text.substring(from, r[1])) + '</mark>';
      pos = r[1];
    });
    return out + escapeHtml(text.substring(pos));
  }

  function run() {
    var s = state();
    fill(s);
    list.innerHTML = '';
    pagesEl.hidden = true;
    facetsEl.hidden = true;
    if (!endpoint) {
      statusEl.textContent = msg('unconfigured');
      return;
    }
    if (!s.q) {
      statusEl.textContent = msg('prompt');
      return;
    }
    statusEl.textContent = msg('statusLoading');
    var table;
    engine.table([s.q]).then(function (t) {
      table = t;
      var query = g.parseQuery(s.q, table);
      if (!query.terms.length) return null;
      var pairs = g.solrQuery.params(query, { site: s.site, organ: s.organ, category: s.category,
        yearFrom: parseInt(s.from, 10) || 0, yearTo: parseInt(s.to, 10) || 0, sort: s.sort,
        start: (s.page - 1) * PAGE_SIZE, rows: PAGE_SIZE });
      return fetch(endpoint + (endpoint.indexOf('?') < 0 ? '?' : '&') + g.solrQuery.queryString(pairs),
        { headers: { Accept: 'application/json' }, credentials: 'omit' }).then(function (r) {
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
    var total = json.response.numFound;
    var pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    var terms = new Set(query.terms);
    if (!total) {
      statusEl.textContent = msg('empty', [s.q]);
      showFacets(s, json);
      return;
    }
    statusEl.textContent = msg('statusCount', [total, s.q]) + (pages > 1 ? ' · ' + msg('statusPage', [s.page, pages]) : '');
    list.setAttribute('start', String((s.page - 1) * PAGE_SIZE + 1));
    list.innerHTML = json.response.docs.map(function (x) {
      var lang = x.lang ? ' lang="' + escapeHtml(x.lang) + '"' : '';
      var meta = [
        '<span class="search-site"><span class="label">' + escapeHtml(msg('siteLabel')) + '：</span>' + escapeHtml(x.site_name) + '</span>',
        '<span class="search-organ"><span class="label">' + escapeHtml(msg('organLabel')) + '：</span>' + escapeHtml(x.organ_name) + '</span>',
        '<span class="search-category"><span class="label">' + escapeHtml(msg('categoryLabel')) + '：</span>' + escapeHtml(x.category_name) + '</span>',
        x.docnum ? '<span class="search-docnumber"><span class="label">' + escapeHtml(msg('docNumberLabel')) + '：</span>' + escapeHtml(x.docnum) + '</span>' : '',
        '<span class="search-date"><span class="label">' + escapeHtml(msg('dateLabel')) + '：</span><time datetime="' + escapeHtml(x.date) + '">' + escapeHtml(x.date) + '</time></span>'
      ].filter(Boolean).join(' ');
      return '<li class="search-result"><h3 class="search-title"><a href="' + escapeHtml(root + x.site + '/' + x.url + 'index.html') + '"' + lang + '>'
        + markTitle(x.title, terms, table) + '</a></h3>'
        + '<p class="search-snippet"' + lang + '>' + g.internals.snippet(x.excerpt || '', terms, table) + '</p><p class="search-meta">' + meta + '</p></li>';
    }).join('');
    showPages(s, pages);
    showFacets(s, json);
  }

  function showPages(s, pages) {
    if (pages <= 1) return;
    var items = [];
    if (s.page > 1) items.push('<li class="pagination-prev"><a rel="prev" href="' + escapeHtml(href(s, { page: s.page - 1 })) + '">' + escapeHtml(msg('prev')) + '</a></li>');
    var from = Math.max(1, s.page - 4), to = Math.min(pages, from + 8);
    for (var p = from; p <= to; p++) {
      items.push(p === s.page
        ? '<li><span aria-current="page">' + p + '</span></li>'
        : '<li><a href="' + escapeHtml(href(s, { page: p })) + '" aria-label="' + escapeHtml(msg('page', [p])) + '">' + p + '</a></li>');
    }
    if (s.page < pages) items.push('<li class="pagination-next"><a rel="next" href="' + escapeHtml(href(s, { page: s.page + 1 })) + '">' + escapeHtml(msg('next')) + '</a></li>');
    pagesEl.innerHTML = '<ul>' + items.join('') + '</ul>';
    pagesEl.hidden = false;
  }

  /** Solr's facet counts ([value, count, value, count, …]) as the filters' lists, labelled from the form. */
  function showFacets(s, json) {
    var fields = (json.facet_counts && json.facet_counts.facet_fields) || {};
    var groups = [];
    function group(key, field, label) {
      var flat = fields[field] || [];
      var current = s[key];
      var values = [];
      for (var i = 0; i + 1 < flat.length; i += 2) values.push({ value: String(flat[i]), count: flat[i + 1] });
      if (key === 'organ' || key === 'category') values = values.filter(function (v) { return !s.site || v.value.indexOf(s.site + '/') === 0; });
      if (!current && values.length < 1) return;
      var head = '<h3 id="facet-' + key + '">' + escapeHtml(label) + '</h3>';
      var items = values.map(function (v) {
        var text = escapeHtml(key === 'from' ? v.value : optionLabel(key, v.value)) + ' <span class="count">(' + v.count + ')</span>';
        var change = {};
        change[key] = v.value;
        if (key === 'from') change.to = v.value;
        return v.value === current
          ? '<li><span aria-current="true">' + text + '</span></li>'
          : '<li><a href="' + escapeHtml(href(s, change)) + '">' + text + '</a></li>';
      });
      if (current) {
        var off = {};
        off[key] = '';
        if (key === 'from') off.to = '';
        if (key === 'site') { off.organ = ''; off.category = ''; }
        items.push('<li class="facet-remove"><a href="' + escapeHtml(href(s, off)) + '">' + escapeHtml(msg('remove')) + '</a></li>');
      }
      groups.push('<div class="facet" role="group" aria-labelledby="facet-' + key + '">' + head + '<ul>' + items.join('') + '</ul></div>');
    }
    group('site', 'site', msg('siteLabel'));
    group('organ', 'organ', msg('organLabel'));
    group('category', 'category', msg('categoryLabel'));
    group('from', 'year', msg('yearLabel'));
    if (!groups.length) return;
    facetsEl.innerHTML = facetsEl.querySelector('h2').outerHTML + groups.join('');
    facetsEl.hidden = false;
  }

  form.elements.site.addEventListener('change', function () {
    narrow(form.elements.site.value);
    ['organ', 'category'].forEach(function (name) {
      var el = form.elements[name];
      var opt = el.options[el.selectedIndex];
      if (opt && opt.parentNode.tagName === 'OPTGROUP' && opt.parentNode.disabled) el.value = '';
    });
  });
  run();
  if (state().q && location.search && document.activeElement === document.body) heading.focus();
  window.addEventListener('pageshow', function (e) { if (e.persisted) run(); });
})();
