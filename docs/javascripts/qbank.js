// The site's scripts share one namespace, window.qbank: this file starts it with the few helpers
// every component uses, and loads the scripts of the components that only one page holds. Each
// component (kit.js, interview.js, debrief.js) owns one job and starts from a data- attribute on
// its root element; the pure logic lives in files without DOM access (plan.js, scorecard.js, …).
// No ES modules: the offline copy runs from file://, where they do not load.
((qbank) => {
  "use strict";

  // The site's root, from this script's own address (…/javascripts/qbank.js).
  qbank.ROOT = (document.currentScript?.src || "").replace(/javascripts\/[^/]*$/, "");

  // Pages end in ".html" in the offline copy and in "/" on the web: link to our pages alike.
  qbank.pageUrl = (name) => {
    const html = /\.html$/.test(window.location.pathname) || window.location.protocol === "file:";
    return qbank.ROOT + (html ? `${name}.html` : `${name}/`);
  };

  qbank.el = (tag, attributes, children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children || []) {
      if (child) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  };

  // A table styled as Material does its own (which it does for tables without a class): headings is a
  // list of column titles, rows a list of <tr>. On a phone its rows stack (qb-stack): each cell on a
  // line of its own, after its column's title (data-label), so that nothing needs a sideways swipe.
  qbank.table = (className, caption, headings, rows) => {
    for (const row of rows) {
      Array.from(row.children).forEach((cell, i) => {
        if (!cell.hasAttribute("data-label") && headings[i]) cell.setAttribute("data-label", headings[i]);
      });
    }
    return qbank.el("div", { class: "md-typeset__scrollwrap" }, [qbank.el("div", { class: `md-typeset__table qb-stack ${className}` }, [
      qbank.el("table", {}, [
        caption ? qbank.el("caption", { text: caption }) : null,
        qbank.el("thead", {}, [qbank.el("tr", {}, headings.map((h) => qbank.el("th", { scope: "col", text: h })))]),
        qbank.el("tbody", {}, rows),
      ]),
    ])]);
  };

  // A script of the site, loaded once, on demand: a script rather than fetch() so that it also
  // loads from file:// in the offline copy.
  const scripts = {};
  qbank.loadScript = (path) => {
    if (!scripts[path]) {
      scripts[path] = new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = qbank.ROOT + path;
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return scripts[path];
  };

  // The bank's data for the kit and interviews, scripts the build writes (qbank/kit.py): an index
  // (assets/kit-data.js) with what plans are made from, one row per question, and parts
  // (assets/kit/part-N.js) with the rest, loaded by `loadDetails` for the questions shown.
  let loaded = null;
  qbank.loadData = () => {
    loaded ||= qbank.loadScript("assets/kit-data.js").then(() => qbank.kitIndex(window.qbankKit));
    return loaded;
  };

  // The index's rows as items {id, level, skills, topic, minutes, part}, and the bank's order.
  qbank.kitIndex = (index) => {
    const items = {};
    for (const [id, level, skills, topic, minutes, part] of index.rows) items[id] = { id, level, skills, topic, minutes, part };
    return { bank: index.bank, levels: index.levels, skills: index.skills, scale: index.scale, glossary: index.glossary || {},
             order: index.rows.map((row) => row[0]), items, detailed: new Set() };
  };

  // The kit's answers and guides name glossary terms as <abbr> without their definitions, which the
  // index holds once for all (qbank/kit.py): each term gets its definition as its title here.
  qbank.explainTerms = (root, data) => {
    for (const abbr of root.querySelectorAll("abbr:not([title])")) {
      if (Object.hasOwn(data.glossary, abbr.textContent)) abbr.setAttribute("title", data.glossary[abbr.textContent]);
    }
    return root;
  };

  qbank.hasDetails = (data, ids) => ids.every((id) => !Object.hasOwn(data.items, id) || data.detailed.has(id));

  // Fill in the items of these ids (text, address, notes, answer) from their parts; known ids only.
  qbank.loadDetails = (data, ids) => {
    const needed = [...new Set(ids.filter((id) => Object.hasOwn(data.items, id) && !data.detailed.has(id))
      .map((id) => data.items[id].part))];
    window.qbankKitParts ||= {};
    return Promise.all(needed.map((n) => qbank.loadScript(`assets/kit/part-${n}.js`).then(() => {
      for (const [id, details] of Object.entries(window.qbankKitParts[n])) {
        if (!Object.hasOwn(data.items, id)) continue;
        Object.assign(data.items[id], details);
        data.detailed.add(id);
      }
    }))).then(() => data);
  };

  // Components that only one page holds come with their scripts when that page shows, so that the
  // other pages do not load them: each component's root, and its scripts in order (logic first).
  const ON_DEMAND = {
    "[data-qb-interview]": ["interview-record.js", "scorecard.js", "scorecard-format.js", "interview.js"],
    "[data-qb-debrief]": ["interview-record.js", "scorecard.js", "scorecard-format.js", "merge.js", "debrief.js"],
  };

  function loadComponents() {
    for (const [root, names] of Object.entries(ON_DEMAND)) {
      if (!document.querySelector(root)) continue;
      names.reduce((done, name) => done.then(() => qbank.loadScript(`javascripts/${name}`)), Promise.resolve());
    }
  }

  // The address's fragment as parameters: #a=1&b=x,y → {a: "1", b: "x,y"}.
  qbank.readHash = () => {
    const params = {};
    for (const pair of window.location.hash.replace(/^#/, "").split("&")) {
      const at = pair.indexOf("=");
      if (at > 0) params[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1));
      else if (pair) params[decodeURIComponent(pair)] = "";
    }
    return params;
  };

  // Save text as a file, in the browser only (no upload); works from file:// too.
  qbank.download = (name, text, type) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = qbank.el("a", { href: url, download: name, hidden: true });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  // Run `start` on every page, including those Material's instant navigation swaps in.
  qbank.onPage = (start) => {
    if (typeof document$ !== "undefined") document$.subscribe(start);
    else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  };

  // Run `changed` whenever the address changes within a page: a typed or pasted address fires
  // "hashchange", a same-page link followed by Material's instant navigation only pushes the new
  // address to history (its `location$` observable says so).
  // An address the page writes itself (qbank.replaceAddress) is not a change to act on.
  let known = window.location.href;
  const watchers = [];
  function addressChanged() {
    if (window.location.href === known) return;
    known = window.location.href;
    watchers.forEach((changed) => changed());
  }
  window.addEventListener("hashchange", addressChanged);
  if (typeof location$ !== "undefined") location$.subscribe(addressChanged);

  qbank.onAddress = (changed) => {
    watchers.push(changed);
  };

  // Show `url` in the address bar without a new history entry, and without acting on it.
  qbank.replaceAddress = (url) => {
    window.history.replaceState(null, "", url);
    known = window.location.href;
  };

  // A component: `setUp(root)` for each element matching `selector`, on the first page and on every
  // page Material's instant navigation swaps in (a same-page address change included), and never
  // twice for one element. The root says it is set up (data-qb-ready) once `setUp` has returned, or
  // once the promise it returns has settled.
  const started = new WeakSet();
  qbank.component = (selector, setUp) => {
    qbank.onPage(() => {
      for (const root of document.querySelectorAll(selector)) {
        if (started.has(root)) continue;
        started.add(root);
        root.setAttribute("data-qb-ready", "loading");
        Promise.resolve(setUp(root)).finally(() => root.setAttribute("data-qb-ready", "true"));
      }
    });
  };

  qbank.onPage(loadComponents);
})(window.qbank = window.qbank || {});
