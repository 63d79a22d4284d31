// Search index on demand. Served over http(s), Material for MkDocs (9.x) downloads the whole search
// index as soon as a page opens, though most readers never search; with a large bank the index is
// most of what a first view would transfer. This holds that one request until the reader first
// turns to search (focuses its field, or opens it on a phone or by a keyboard shortcut), then lets
// it go: search works as before, a moment later. From file:// (the offline copy) Material already
// loads the index only when search opens, through a script. Loaded before Material's bundle
// (overrides/main.html), which makes the request with XMLHttpRequest; should a later Material use
// another way, the index is simply loaded up front again (`make bench` shows it).
(() => {
  "use strict";

  const INDEX = /\/search\/search_index\.json$/;
  const { open, send } = XMLHttpRequest.prototype;
  let wanted = false;
  const held = [];

  // Functions, not arrows: `this` is the request. The arguments pass on as they came.
  XMLHttpRequest.prototype.open = function (...args) {
    const url = args[1]; // open(method, url, …)
    this.qbSearchIndex = INDEX.test(String(url).split(/[?#]/)[0]);
    return open.apply(this, args);
  };

  XMLHttpRequest.prototype.send = function (...args) {
    if (this.qbSearchIndex && !wanted) {
      held.push([this, args]);
      return undefined;
    }
    return send.apply(this, args);
  };

  function release() {
    if (wanted) return;
    wanted = true;
    held.splice(0).forEach(([request, args]) => send.apply(request, args));
  }

  document.addEventListener("focusin", (event) => {
    if (event.target.closest?.(".md-search")) release();
  });
  document.addEventListener("change", (event) => {
    if (event.target.id === "__search") release(); // the search toggle: the phone's button, shortcuts
  });
})();
