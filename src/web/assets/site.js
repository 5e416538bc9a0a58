// Progressive enhancement for the public pages. Everything works without it: forms are plain
// posts. It adds inline validation messages, focuses an error summary, refreshes a petition's
// count, and reports the page height to an embedding page. No framework, no third party.
(function () {
  'use strict';
  var doc = document;

  // Focus the error summary after a failed post, so screen readers announce it.
  var summary = doc.getElementById('form-errors');
  if (summary) summary.focus();

  // The employer-domain warning: "use a personal address" empties and focuses the email field.
  Array.prototype.forEach.call(doc.querySelectorAll('[data-focus-field]'), function (link) {
    link.addEventListener('click', function (ev) {
      var field = doc.getElementById(link.getAttribute('data-focus-field'));
      if (!field) return;
      ev.preventDefault();
      field.value = '';
      field.focus();
    });
  });

  // Inline validation with the browser's own messages (in the page's language).
  Array.prototype.forEach.call(doc.querySelectorAll('form[data-validate]'), function (form) {
    form.addEventListener(
      'blur',
      function (ev) {
        var el = ev.target;
        if (!el || !el.willValidate || el.type === 'hidden') return;
        var field = el.closest('.field');
        if (!field) return;
        var id = el.id + '-error';
        var msg = doc.getElementById(id);
        if (el.value && !el.checkValidity()) {
          if (!msg) {
            msg = doc.createElement('p');
            msg.className = 'field-error';
            msg.id = id;
            field.appendChild(msg);
          }
          msg.textContent = el.validationMessage;
          el.setAttribute('aria-invalid', 'true');
          el.setAttribute('aria-describedby', id);
          field.classList.add('invalid');
        } else if (msg && field.classList.contains('invalid')) {
          msg.remove();
          el.removeAttribute('aria-invalid');
          el.removeAttribute('aria-describedby');
          field.classList.remove('invalid');
        }
      },
      true,
    );
  });

  // Live count: the petition's JSON (same origin, cached ~1 s by the server) every 10 s while visible.
  var live = doc.querySelector('[data-live]');
  if (live && window.fetch) {
    var countEl = live.querySelector('[data-count]');
    var bar = live.querySelector('[data-progress]');
    var nf = new Intl.NumberFormat(doc.documentElement.lang || 'en');
    var refresh = function () {
      if (doc.hidden) return;
      fetch(live.getAttribute('data-live'), { headers: { accept: 'application/json' } })
        .then(function (r) {
          return r.ok ? r.json() : null;
        })
        .then(function (p) {
          if (!p || typeof p.confirmedCount !== 'number') return;
          countEl.textContent = nf.format(p.confirmedCount);
          countEl.setAttribute('data-value', String(p.confirmedCount));
          if (bar) bar.value = Math.min(p.confirmedCount, Number(bar.max));
        })
        .catch(function () {});
    };
    setInterval(refresh, 10000);
    doc.addEventListener('visibilitychange', refresh);
    window.groundswellRefresh = refresh;
  }

  // Inside an embed iframe: tell the parent our height (embed.js checks our origin and the shape).
  if (window.parent !== window && doc.body.classList.contains('embed')) {
    var last = 0;
    var report = function () {
      // The content's height, not scrollHeight (never less than the frame, so it could not shrink).
      var h = Math.ceil(doc.documentElement.getBoundingClientRect().height);
      if (h !== last) {
        last = h;
        window.parent.postMessage({ type: 'groundswell:height', height: h, href: location.pathname }, '*');
      }
    };
    if (window.ResizeObserver) new ResizeObserver(report).observe(doc.body);
    window.addEventListener('load', report);
    report();
  }
})();
