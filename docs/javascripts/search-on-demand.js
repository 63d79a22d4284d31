// Search index on demand. Served over http(s), Material for MkDocs (9.x) downloads the whole search
// index as soon as a page opens, though most readers never search; with a large bank the index is
// most of what a first view would transfer. This holds that one request until the reader first
// turns to search (focuses its field, or opens it on a phone or by a keyboard shortcut), then lets
// it go: search works as before, a moment later. From file:// (the offline copy) Material already
// loads the index only when search opens, through a script. Loaded before Material's bundle
// (overrides/main.html), which makes the request with XMLHttpRequest; should a later Material use
// another way, the index is simply loaded up front again (`make bench` shows it).
(function () {
  "use strict";

  var INDEX = /\/search\/search_index\.json$/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var wanted = false;
  var held = [];

  XMLHttpRequest.prototype.open = function (method, url) {
    this.qbSearchIndex = INDEX.test(String(url).split(/[?#]/)[0]);
    return open.apply(this, arguments);
  };

  XMLHttpRequest.prototype.send = function () {
    if (this.qbSearchIndex && !wanted) {
      held.push([this, arguments]);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  function release() {
    if (wanted) return;
    wanted = true;
    held.splice(0).forEach(function (call) { send.apply(call[0], call[1]); });
  }

  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest(".md-search")) release();
  });
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search") release(); // the search toggle: the phone's button, shortcuts
  });
})();
