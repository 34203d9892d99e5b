/*
 * What the two search pages show alike: a site's (search/index.html, page.js over the static engine) and the
 * platform's cross-site one (platform/search.js over SolrCloud). The messages come from the search box's data
 * attributes, the state from the URL (every change is a link or a GET form), and a result from either engine as
 * {total, matches, relaxed, synonyms, simplified, categories}.
 *
 *   var v = gongkai.searchView(box, ['category', 'organ', …]);
 *   v.msg(key, args), v.escapeHtml(s), v.state(), v.href(state, change), v.optionLabel(form, name, value),
 *   v.count(state, result), v.also(result, root) → HTML, v.pages(state, page, pages) → HTML, v.tierMark(tier) → HTML,
 *   v.facetGroup(state, key, title, values, change) → HTML, v.facetChange(key, value), v.showFacets(box, groups),
 *   v.reset(list, also, pages, facets), v.start(run, heading)
 */
(function (root) {
  'use strict';
  var RELAXED = 3;

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function searchView(box, filters) {
    function msg(key, args) {
      var s = box.dataset[key] || '';
      return s.replace(/\{(\d)\}/g, function (m, i) { return args && args[+i] !== undefined ? String(args[+i]) : m; });
    }

    function state() {
      var p = new URLSearchParams(location.search);
      var s = { q: (p.get('q') || '').trim(), sort: p.get('sort') || 'relevance', page: Math.max(1, parseInt(p.get('page'), 10) || 1) };
      filters.forEach(function (k) { s[k] = p.get(k) || ''; });
      return s;
    }

    /** A link to the page in another state: a relative URL that keeps the path, so it works from file:// too. */
    function href(s, change) {
      var next = {};
      Object.keys(s).forEach(function (k) { next[k] = s[k]; });
      Object.keys(change).forEach(function (k) { next[k] = change[k]; });
      if (!('page' in change)) next.page = 1;
      var p = new URLSearchParams();
      ['q'].concat(filters, ['sort', 'page']).forEach(function (k) {
        var v = next[k];
        if (v === '' || v === undefined || v === null) return;
        if (k === 'sort' && v === 'relevance') return;
        if (k === 'page' && +v === 1) return;
        p.set(k, v);
      });
      return 'index.html?' + p.toString();
    }

    function optionLabel(form, name, value) {
      var el = form.elements[name];
      if (el && el.options) {
        for (var i = 0; i < el.options.length; i++) if (el.options[i].value === value) return el.options[i].text.trim();
      }
      return value;
    }

    /** The count: what matches in full, and what only in part (ranked after it), or that only a part matches. */
    function count(s, r) {
      var matches = r.matches === undefined ? r.total : r.matches, relaxed = r.relaxed || 0;
      if (!matches) return msg('statusRelaxed', [s.q, relaxed]);
      return relaxed ? msg('statusMatches', [matches, s.q, relaxed]) : msg('statusCount', [matches, s.q]);
    }

    /**
     * What the search also did, under the count: the synonyms it also searched for (也搜索了：…); when it found
     * nothing, the Simplified form it searched for and the catalog's columns whose names are like the query.
     */
    function also(r, rootPath) {
      var parts = [];
      if (r.synonyms && r.synonyms.length) {
        parts.push('<p class="search-synonyms">' + escapeHtml(msg('synonyms', [r.synonyms.join(msg('listSep'))])) + '</p>');
      }
      if (!r.total && r.simplified) parts.push('<p class="search-simplified">' + escapeHtml(msg('simplified', [r.simplified])) + '</p>');
      if (!r.total && r.categories && r.categories.length) {
        parts.push('<p class="search-categories">' + escapeHtml(msg('categories')) + r.categories.map(function (c) {
          return '<a href="' + escapeHtml(rootPath + c.href + 'index.html') + '">' + escapeHtml(c.name) + '</a>';
        }).join(escapeHtml(msg('listSep'))) + '</p>');
      }
      return parts.join('');
    }

    /** A result that matches only a part of the query says so (it is ranked after every full match). */
    function tierMark(tier) {
      return tier === RELAXED ? '<span class="search-tier">' + escapeHtml(msg('relaxedMark')) + '</span> ' : '';
    }

    function pages(s, page, count) {
      var items = [];
      if (page > 1) items.push('<li class="pagination-prev"><a rel="prev" href="' + escapeHtml(href(s, { page: page - 1 })) + '">' + escapeHtml(msg('prev')) + '</a></li>');
      var from = Math.max(1, page - 4), to = Math.min(count, from + 8);
      for (var p = from; p <= to; p++) {
        items.push(p === page
          ? '<li><span aria-current="page">' + p + '</span></li>'
          : '<li><a href="' + escapeHtml(href(s, { page: p })) + '" aria-label="' + escapeHtml(msg('page', [p])) + '">' + p + '</a></li>');
      }
      if (page < count) items.push('<li class="pagination-next"><a rel="next" href="' + escapeHtml(href(s, { page: page + 1 })) + '">' + escapeHtml(msg('next')) + '</a></li>');
      return '<ul>' + items.join('') + '</ul>';
    }

    /** The change of state a filter's value makes ('' removes it); a year is a range of one year. */
    function facetChange(key, value) {
      var c = {};
      c[key] = value;
      if (key === 'from') c.to = value;
      return c;
    }

    /**
     * A filter's counts as links: values [{value, text, count}], the current value marked, and a link that removes
     * it; change(value) is the change of state a value (or '' to remove it) makes. '' when there is nothing to show.
     */
    function facetGroup(s, key, title, values, change) {
      var current = s[key];
      if (!current && !values.length) return '';
      var items = values.map(function (v) {
        var text = escapeHtml(v.text) + ' <span class="count">(' + v.count + ')</span>';
        return v.value === current
          ? '<li><span aria-current="true">' + text + '</span></li>'
          : '<li><a href="' + escapeHtml(href(s, change(v.value))) + '">' + text + '</a></li>';
      });
      if (current) items.push('<li class="facet-remove"><a href="' + escapeHtml(href(s, change(''))) + '">' + escapeHtml(msg('remove')) + '</a></li>');
      return '<div class="facet" role="group" aria-labelledby="facet-' + key + '"><h3 id="facet-' + key + '">' + escapeHtml(title)
        + '</h3><ul>' + items.join('') + '</ul></div>';
    }

    /** The facets' box: its heading and the groups; left hidden when no group has anything. */
    function showFacets(el, groups) {
      var shown = groups.filter(Boolean);
      if (!shown.length) return;
      el.innerHTML = el.querySelector('h2').outerHTML + shown.join('');
      el.hidden = false;
    }

    /** Before a search: no results, and the parts that depend on them hidden. */
    function reset(list, also, pagesEl, facetsEl) {
      list.innerHTML = '';
      also.innerHTML = '';
      also.hidden = true;
      pagesEl.hidden = true;
      facetsEl.hidden = true;
    }

    /**
     * Runs the page now, and again when it is shown from the back-forward cache (the URL may differ from what it
     * last ran); a page reached with a query moves the focus to its results.
     */
    function start(run, heading) {
      run();
      if (state().q && location.search && document.activeElement === document.body) heading.focus();
      window.addEventListener('pageshow', function (e) { if (e.persisted) run(); });
    }

    return { msg: msg, escapeHtml: escapeHtml, state: state, href: href, optionLabel: optionLabel, count: count,
      also: also, tierMark: tierMark, pages: pages, facetChange: facetChange, facetGroup: facetGroup,
      showFacets: showFacets, reset: reset, start: start, RELAXED: RELAXED };
  }

  root.gongkai = root.gongkai || {};
  root.gongkai.searchView = searchView;
})(typeof self !== 'undefined' ? self : this);
