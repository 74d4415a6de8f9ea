// Solace: small, first-party and optional. Every page works without it.
// 1. "Leave this site": the button and Esc pressed 3 times within 2 seconds replace this page
//    with the neutral one (/away, or the address the operator chose), so Back does not return.
// 2. One history entry for all of Solace: links within Solace replace the page rather than add
//    to the history, and forms are sent with fetch and their answer shown in place
//    (history.replaceState). So after leaving, Back goes to whatever came before Solace: it
//    cannot show a Solace page or offer to send a form again.
// 3. The print button on a result is shown and wired to the browser's print.
// 4. After a form error, focus moves to the list of problems.
(function () {
  'use strict';
  var AWAY = '/away';
  var presses = [];

  function leave(event) {
    if (event) { event.preventDefault(); }
    document.documentElement.hidden = true;
    window.location.replace(AWAY);
  }

  function ours(url) {
    return url.origin === window.location.origin &&
      (url.protocol === 'http:' || url.protocol === 'https:');
  }

  // Parts of a page that need the script: run on load and after each answer shown in place.
  function init(moveFocus) {
    var print = document.getElementById('print');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', function () { window.print(); });
    }
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    } else if (moveFocus) {
      var main = document.getElementById('main');
      if (main) { main.focus(); }
    }
  }

  // Shows a page fetched from Solace in place of this one, under its own address, without a new
  // history entry. The head (inline CSS, this script) is the same on every page and is kept.
  function show(html, address) {
    // The new page's inline CSS carries its own nonce, which this page's policy would refuse;
    // it is the same CSS as this page's, so it is dropped before parsing.
    var doc = new DOMParser().parseFromString(html.replace(/<style[^>]*>[\s\S]*?<\/style>/gi, ''), 'text/html');
    if (!doc.body) { return false; }
    document.title = doc.title;
    if (doc.documentElement.lang) { document.documentElement.lang = doc.documentElement.lang; }
    document.body.replaceWith(document.adoptNode(doc.body));
    window.history.replaceState(null, '', address);
    window.scrollTo(0, 0);
    init(true);
    return true;
  }

  // A file sent back by a form (a PDF, a calendar file): saved as the browser would.
  function save(res) {
    return res.blob().then(function (blob) {
      var disposition = res.headers.get('content-disposition') || '';
      var name = /filename="([^"]+)"/.exec(disposition);
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = name ? name[1] : 'download';
      a.hidden = true;
      document.body.appendChild(a);
      a.click();
      window.setTimeout(function () {
        URL.revokeObjectURL(a.href);
        a.remove();
      }, 10000);
    });
  }

  // If fetch fails (offline, a browser without it), the form is sent the ordinary way.
  function sendNatively(form, submitter) {
    if (submitter && submitter.name) {
      var extra = document.createElement('input');
      extra.type = 'hidden';
      extra.name = submitter.name;
      extra.value = submitter.value;
      form.appendChild(extra);
    }
    HTMLFormElement.prototype.submit.call(form);
  }

  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey ||
        event.shiftKey || event.altKey) { return; }
    var target = event.target;
    if (!target || !target.closest) { return; }
    if (target.closest('#quick-exit')) { leave(event); return; }
    var link = target.closest('a[href]');
    if (!link || link.hasAttribute('download') ||
        (link.target && link.target !== '_self')) { return; }
    var url = new URL(link.getAttribute('href'), window.location.href);
    if (!ours(url)) { return; }
    event.preventDefault();
    var samePage = url.pathname === window.location.pathname && url.search === window.location.search;
    if (samePage && url.hash) {
      // In-page links (the skip link) move focus without adding a history entry.
      window.history.replaceState(null, '', url.href);
      var to = document.getElementById(decodeURIComponent(url.hash.slice(1)));
      if (to) { to.focus(); to.scrollIntoView(); }
      return;
    }
    window.location.replace(url.href);
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !window.fetch || !window.DOMParser || !form.getAttribute) { return; }
    if (form.target && form.target !== '_self') { return; }
    var action = new URL(form.getAttribute('action') || window.location.href, window.location.href);
    if (!ours(action)) { return; }
    var submitter = event.submitter || null;
    var data = new FormData(form);
    if (submitter && submitter.name) { data.append(submitter.name, submitter.value); }
    event.preventDefault();
    if ((form.getAttribute('method') || 'get').toLowerCase() !== 'post') {
      // Solace's forms all POST; a GET form still replaces rather than adds an entry.
      action.search = new URLSearchParams(data).toString();
      window.location.replace(action.href);
      return;
    }
    if (form.dataset.sending) { return; }
    form.dataset.sending = '1';
    document.documentElement.setAttribute('aria-busy', 'true');
    var body = form.enctype === 'multipart/form-data' ? data : new URLSearchParams(data);
    window.fetch(action.href, { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (res) {
        var type = res.headers.get('content-type') || '';
        if (type.indexOf('text/html') !== 0) { return save(res); }
        return res.text().then(function (html) {
          if (!show(html, res.url || action.href)) { throw new Error('not a page'); }
        });
      })
      .catch(function () { sendNatively(form, submitter); })
      .then(function () {
        delete form.dataset.sending;
        document.documentElement.removeAttribute('aria-busy');
      });
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) { leave(event); }
  });

  init(false);
}());
