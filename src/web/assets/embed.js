// The one-line embed: <script src="https://groundswell.example/embed.js"
// data-groundswell-embed="/embed/<campaign>/petitions/<petition>" data-title="…" async></script>
// puts the form's iframe right after the script tag and keeps its height equal to the form's,
// from the frame's postMessage. A message counts only when it comes from that very frame, from
// the Groundswell origin this script was loaded from, and has the expected shape. Runs on other
// people's sites: no globals, no inline style attributes (CSSOM only), nothing but the iframe.
(function () {
  'use strict';
  var doc = document;
  var frames = [];

  function insert(script) {
    if (script.getAttribute('data-groundswell-done')) return;
    script.setAttribute('data-groundswell-done', '1');
    var origin, url;
    try {
      origin = new URL(script.src, location.href).origin;
      url = new URL(script.getAttribute('data-groundswell-embed') || '', origin);
    } catch {
      return;
    }
    // Only Groundswell's embed pages, on the origin the loader came from.
    if (url.origin !== origin || url.pathname.indexOf('/embed/') !== 0) return;
    var locale = script.getAttribute('data-locale');
    if (locale) url.searchParams.set('locale', locale);
    var source = script.getAttribute('data-source');
    if (source) url.searchParams.set('source', source);
    var f = doc.createElement('iframe');
    f.src = url.href;
    f.title = script.getAttribute('data-title') || 'Groundswell';
    f.style.border = '0';
    f.style.width = '100%';
    f.style.display = 'block';
    f.style.height = (Number(script.getAttribute('data-height')) || 640) + 'px';
    script.parentNode.insertBefore(f, script.nextSibling);
    frames.push({ frame: f, origin: origin });
  }

  window.addEventListener('message', function (ev) {
    for (var i = 0; i < frames.length; i++) {
      var x = frames[i];
      if (ev.source !== x.frame.contentWindow) continue;
      var d = ev.data;
      if (ev.origin !== x.origin || !d || typeof d !== 'object' || d.type !== 'groundswell:height') return;
      var h = d.height;
      if (typeof h !== 'number' || !(h > 0 && h < 20000)) return;
      x.frame.style.height = Math.ceil(h) + 'px';
      return;
    }
  });

  // This script's own tag (async scripts have it while they run), and any other snippet on the
  // page that a second copy of this script has not handled yet.
  if (doc.currentScript && doc.currentScript.hasAttribute('data-groundswell-embed')) insert(doc.currentScript);
  var all = doc.querySelectorAll('script[data-groundswell-embed]');
  for (var i = 0; i < all.length; i++) insert(all[i]);
})();
