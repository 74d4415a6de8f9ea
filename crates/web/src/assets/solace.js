// Solace: small, first-party and optional. Every page works without it.
// 1. "Leave this site": the button and Esc pressed 3 times within 2 seconds replace this page
//    with a neutral one, so Back does not return to it.
// 2. The print button on a result is shown and wired to the browser's print.
// 3. After a form error, focus moves to the list of problems.
(function () {
  'use strict';
  var AWAY = '/away';
  var presses = [];

  function leave(event) {
    if (event) { event.preventDefault(); }
    document.documentElement.hidden = true;
    window.location.replace(AWAY);
  }

  var exit = document.getElementById('quick-exit');
  if (exit) { exit.addEventListener('click', leave); }

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) { leave(event); }
  });

  var print = document.getElementById('print');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }

  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
}());
