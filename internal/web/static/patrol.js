// The patrol page: while a patrol runs, its counters are read from
// /patrol/status every two seconds; when it ends the page reloads to show
// the results.
(function () {
  "use strict";
  var box = document.getElementById("patrol-status");
  if (!box || box.dataset.running !== "1") return;
  function tick() {
    fetch("/patrol/status", { headers: { "X-Requested-With": "XMLHttpRequest" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) return;
        Object.keys(s).forEach(function (k) {
          var el = document.getElementById("p-" + k);
          if (el) el.textContent = String(s[k]);
        });
        if (!s.running) { window.location.reload(); return; }
        setTimeout(tick, 2000);
      })
      .catch(function () { setTimeout(tick, 5000); });
  }
  setTimeout(tick, 1000);
})();
