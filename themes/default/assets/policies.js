/*
 * 政策文件库: find a 规范性文件 by its 发文字号 typed in any common spelling (示财〔2026〕12号, 示财[2026]12号,
 * 示财(2026)12号, 示财2026 12号). Every row of the library carries its number's key (data-doc-key), made by the
 * build (org.gongkai.core.content.DocNumber); docNumberKey below makes the same key of what the reader types,
 * held to the same test vectors. No library, no network; without JavaScript the form stays hidden and the
 * lists, sorted by number, serve instead.
 */
(function () {
  'use strict';

  var BRACKETS = '\\[\\]()〔〕【】〖〗{}<>〈〉《》「」';
  var USUAL = new RegExp('^([\\s\\S]*?)[' + BRACKETS + ']*((?:19|20)\\d{2})[' + BRACKETS + ']*第?0*(\\d{1,9})号?$');
  var SPACE = /[ \t\n\x0B\f\r]+/g;

  /** The key of a 发文字号: as DocNumber.key in Java. */
  function docNumberKey(text) {
    var folded = String(text).normalize('NFKC').replace(SPACE, '');
    var m = USUAL.exec(folded);
    if (m && m[1] !== '') {
      return m[1] + '〔' + m[2] + '〕' + String(Number(m[3])) + '号';
    }
    return folded;
  }

  /** A message with {0}, {1} … filled in (a function, so that a "$&" typed by the reader stays as typed). */
  function fill(message, args) {
    return String(message).replace(/\{(\d)\}/g, function (m, i) { return args[+i] !== undefined ? args[+i] : m; });
  }

  window.gongkai = window.gongkai || {};
  window.gongkai.docNumberKey = docNumberKey;

  var form = document.getElementById('policy-lookup');
  if (!form) {
    return;
  }
  var input = document.getElementById('policy-lookup-number');
  var status = document.getElementById('policy-lookup-status');
  form.hidden = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var key = docNumberKey(input.value);
    var rows = document.querySelectorAll('tr[data-doc-key]');
    var hits = [];
    for (var i = 0; i < rows.length; i++) {
      var hit = key !== '' && rows[i].getAttribute('data-doc-key') === key;
      rows[i].classList.toggle('lookup-hit', hit);
      if (hit) {
        hits.push(rows[i]);
      }
    }
    if (hits.length === 1) {
      window.location.href = hits[0].querySelector('td.col-title a').href;
      return;
    }
    // textContent, never HTML: what the reader typed is shown as text.
    var typed = input.value.trim();
    status.textContent = hits.length === 0
      ? fill(form.getAttribute('data-none'), [typed])
      : fill(form.getAttribute('data-many'), [String(hits.length), typed]);
    if (hits.length > 1) {
      hits[0].scrollIntoView();
    }
  });
}());
