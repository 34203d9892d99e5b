/*
 * Two reading modes of the portal, remembered in this browser (localStorage, which works from file:// too):
 *
 * 关怀模式 (care mode, as 适老化 / 关怀版 government sites offer it): large type, high contrast, big click targets,
 * one column. The header's button switches it; without JavaScript the button is a link to the page that says how
 * else to enlarge the text.
 *
 * 查阅点模式 (kiosk mode, for a public reading point): opened once with ?kiosk=1 on any page (?kiosk=0 ends it;
 * ?idle=SECONDS sets the idle time, 120 by default): large touch targets, links to other hosts and to mail or
 * telephone programs cannot be followed, and after the idle time without a touch or a key the home page comes back.
 *
 * This file is loaded in <head>, not deferred: the classes on <html> are set before the first paint, so a page
 * never shows first in the other mode. The rest waits for the document.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var CARE = 'gongkai.care';
  var KIOSK = 'gongkai.kiosk';
  var IDLE = 'gongkai.kioskIdle';
  var DEFAULT_IDLE_SECONDS = 120;

  // Storage may be refused (private windows, policies): then the modes last for this page only.
  var store = null;
  try {
    store = window.localStorage;
    store.getItem(CARE);
  } catch (e) {
    store = null;
  }
  function get(key) {
    try { return store ? store.getItem(key) : null; } catch (e) { return null; }
  }
  function set(key, value) {
    try {
      if (!store) return;
      if (value === null) store.removeItem(key); else store.setItem(key, value);
    } catch (e) { /* full or refused: the class below still applies to this page */ }
  }

  // The portal's root folder, from this script's own address (assets/modes.js), at any depth and from file://.
  var self = document.currentScript && document.currentScript.src;
  var base = self ? self.replace(/assets\/modes\.js([?#].*)?$/, '') : '';

  var params = new URLSearchParams(location.search);
  if (params.has('kiosk')) {
    if (params.get('kiosk') === '1') {
      set(KIOSK, '1');
    } else {
      set(KIOSK, null);
      set(IDLE, null);
    }
  }
  var idle = parseInt(params.get('idle'), 10);
  if (idle > 0) set(IDLE, String(idle));

  root.classList.add('js');
  if (get(CARE) === '1') root.classList.add('care');
  if (get(KIOSK) === '1') root.classList.add('kiosk');

  function careSwitch() {
    var buttons = document.querySelectorAll('.care-toggle');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function () {
        var on = root.classList.toggle('care');
        set(CARE, on ? '1' : null);
      });
    }
  }

  /** A link a reading point must not follow: another host, or a mail, telephone or other program. */
  function outbound(a) {
    var p = a.protocol;
    if (p === 'http:' || p === 'https:') return location.protocol === 'file:' || a.host !== location.host;
    return p !== 'file:';
  }

  function kiosk() {
    var links = document.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var a = links[i];
      if (outbound(a)) {
        // No href: no longer a link, neither clickable nor in the Tab order; the text (a 备案号, a phone) stays.
        a.setAttribute('data-outbound', a.getAttribute('href'));
        a.removeAttribute('href');
        a.classList.add('outbound');
      }
    }
    var seconds = parseInt(get(IDLE), 10) || DEFAULT_IDLE_SECONDS;
    var home = base + 'index.html';
    var timer = 0;
    function back() {
      if (location.href.split(/[?#]/)[0] === home && !location.search && !location.hash) {
        window.scrollTo(0, 0);
        restart();
      } else {
        location.href = home;
      }
    }
    function restart() {
      clearTimeout(timer);
      timer = setTimeout(back, seconds * 1000);
    }
    ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'input'].forEach(function (type) {
      document.addEventListener(type, restart, { capture: true, passive: true });
    });
    restart();
  }

  function ready() {
    careSwitch();
    if (root.classList.contains('kiosk')) kiosk();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready); else ready();
})();
