/*
 * The search page (search/index.html): reads the state from the URL, runs gongkai.search and shows the results,
 * the filters' counts and the pages. Every change is a link or a GET form, so the URL holds the whole state, the
 * back button works, and results can be shared; the page reads the URL again when it is shown from the history.
 */
(function () {
  'use strict';
  var box = document.getElementById('search');
  if (!box || !window.gongkai || !window.gongkai.search || !window.gongkai.searchView) return;
  var form = box.querySelector('form');
  var statusEl = document.getElementById('search-status');
  var list = document.getElementById('search-list');
  var pagesEl = document.getElementById('search-pages');
  var facetsEl = document.getElementById('search-facets');
  var heading = document.getElementById('search-results-heading');
  var alsoEl = document.getElementById('search-also');
  var FILTERS = ['category', 'organ', 'genre', 'validity', 'from', 'to'];
  var root = '../';

  var view = window.gongkai.searchView(box, FILTERS);
  var msg = view.msg, escapeHtml = view.escapeHtml, state = view.state, href = view.href;

  // What follows a label ("发布机构：", "Organ: "), in the page's language.
  var sep = box.dataset.labelSep || '\uff1a';

  function fill(s) {
    form.elements.q.value = s.q;
    FILTERS.forEach(function (k) { if (form.elements[k]) form.elements[k].value = s[k]; });
    form.elements.sort.value = s.sort;
  }

  function labelOf(key) {
    var l = document.querySelector('label[for="search-' + key + '"]');
    return l ? l.textContent.trim() : key;
  }

  function optionLabel(name, value) {
    return view.optionLabel(form, name, value);
  }

  function run() {
    var s = state();
    fill(s);
    view.reset(list, alsoEl, pagesEl, facetsEl);
    if (!s.q) {
      statusEl.textContent = msg('prompt');
      return;
    }
    statusEl.textContent = msg('statusLoading');
    var filters = { category: s.category, organ: s.organ, genre: s.genre, validity: s.validity,
      yearFrom: parseInt(s.from, 10) || 0, yearTo: parseInt(s.to, 10) || 0 };
    window.gongkai.search(s.q, { filters: filters, sort: s.sort, page: s.page }).then(function (r) {
      show(s, r);
    }, function (e) {
      statusEl.textContent = msg('error');
      if (window.console) console.error(e);
    });
  }

  function showAlso(r) {
    alsoEl.innerHTML = view.also(r, root);
    alsoEl.hidden = !alsoEl.innerHTML;
  }

  function show(s, r) {
    showAlso(r);
    if (!r.total) {
      statusEl.textContent = msg('empty', [s.q]);
      showFacets(s, r);
      return;
    }
    statusEl.textContent = view.count(s, r) + (r.pages > 1 ? ' · ' + msg('statusPage', [r.page, r.pages]) : '');
    list.setAttribute('start', String((r.page - 1) * r.pageSize + 1));
    list.innerHTML = r.results.map(function (x) {
      var lang = x.lang ? ' lang="' + escapeHtml(x.lang) + '"' : '';
      var meta = [
        '<span class="search-organ"><span class="label">' + escapeHtml(msg('organLabel')) + sep + '</span>' + escapeHtml(x.organ) + '</span>',
        '<span class="search-category"><span class="label">' + escapeHtml(msg('categoryLabel')) + sep + '</span>' + escapeHtml(x.category) + '</span>',
        x.docNumber ? '<span class="search-docnumber"><span class="label">' + escapeHtml(msg('docNumberLabel')) + sep + '</span>' + escapeHtml(x.docNumber) + '</span>' : '',
        '<span class="search-date"><span class="label">' + escapeHtml(msg('dateLabel')) + sep + '</span><time datetime="' + escapeHtml(x.date) + '">' + escapeHtml(x.date) + '</time></span>'
      ].filter(Boolean).join(' ');
      var relaxed = x.tier === view.RELAXED;
      meta = view.tierMark(x.tier) + meta;
      return '<li class="search-result' + (relaxed ? ' search-relaxed' : '') + '"><h3 class="search-title"><a href="' + escapeHtml(root + x.url + 'index.html') + '"' + lang + '>' + x.titleHtml + '</a></h3>'
        + '<p class="search-snippet"' + lang + '>' + x.snippet + '</p><p class="search-meta">' + meta + '</p></li>';
    }).join('');
    showPages(s, r);
    showFacets(s, r);
  }

  function showPages(s, r) {
    if (r.pages <= 1) return;
    pagesEl.innerHTML = view.pages(s, r.page, r.pages);
    pagesEl.hidden = false;
  }

  function showFacets(s, r) {
    var f = r.facets || {};
    function group(key, values, label) {
      return view.facetGroup(s, key, key === 'from' ? msg('yearLabel') : labelOf(key), (values || []).map(function (v) {
        return { value: String(v.value), text: label(v), count: v.count };
      }), function (value) { return view.facetChange(key, value); });
    }
    view.showFacets(facetsEl, [
      group('category', f.category, function (v) { return v.label; }),
      group('organ', f.organ, function (v) { return v.label; }),
      group('genre', f.genre, function (v) { return optionLabel('genre', v.value); }),
      group('validity', f.validity, function (v) { return optionLabel('validity', v.value); }),
      group('from', f.year, function (v) { return v.label; })
    ]);
  }

  view.start(run, heading);
})();
