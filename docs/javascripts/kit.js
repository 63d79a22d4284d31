// Interview kit: pick questions on any page, then order, print, share, generate a plan or start an
// interview on the kit page ([data-qb-kit-page]). The selection is a list of question ids kept by
// qbank-storage.js; plans come from plan.js. Works with Material's instant navigation: clicks are
// handled once for the whole document, and each new page is synchronised through qbank.onPage.
(function (qbank) {
  "use strict";

  var el = qbank.el;
  var store = qbank.storage.local();
  var data = null; // the kit data, once loaded on the kit page

  // --- the selection ---------------------------------------------------------------------------

  var unsaved = null; // the kit, when the storage refuses it: then it lives as long as the page

  function readKit() {
    return unsaved ? unsaved.slice() : store.kit();
  }

  function writeKit(ids) {
    unsaved = store.setKit(ids) ? null : ids.slice();
    refresh(ids);
  }

  // --- the header counter and the "Add to kit" toggles -----------------------------------------

  function ensureCounter() {
    var counter = document.querySelector(".qb-kit-counter");
    if (counter) return counter;
    var inner = document.querySelector(".md-header__inner");
    if (!inner) return null;
    counter = document.createElement("a");
    counter.className = "qb-kit-counter";
    counter.innerHTML = 'Kit <span class="qb-kit-counter__count" aria-live="polite" aria-atomic="true"></span>';
    inner.insertBefore(counter, inner.querySelector(".md-search") || null);
    return counter;
  }

  function refresh(ids) {
    var counter = ensureCounter();
    if (counter) {
      counter.setAttribute("href", qbank.pageUrl("kit"));
      counter.querySelector(".qb-kit-counter__count").textContent = String(ids.length);
      counter.setAttribute("title", "Interview kit: " + ids.length + " question" + (ids.length === 1 ? "" : "s"));
    }
    document.querySelectorAll("button[data-qb-kit-toggle]").forEach(function (button) {
      button.setAttribute("aria-pressed", ids.indexOf(button.getAttribute("data-qb-kit-toggle")) >= 0 ? "true" : "false");
    });
    var page = document.querySelector("[data-qb-kit-page]");
    if (page && data) renderKit(page, ids);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-qb-kit-toggle]");
    if (!button) return;
    var ids = readKit();
    var id = button.getAttribute("data-qb-kit-toggle");
    var at = ids.indexOf(id);
    if (at >= 0) ids.splice(at, 1);
    else ids.push(id);
    writeKit(ids);
  });

  window.addEventListener("storage", function (event) {
    if (store.isKitKey(event.key)) refresh(readKit());
  });

  // --- the kit page ----------------------------------------------------------------------------

  // Items of the kit grouped by level (in the bank's level order), MCQs last, keeping the kit's order.
  function groups(ids) {
    var result = data.levels.map(function (level) { return { id: level.id, title: level.title, items: [] }; });
    var mcq = { id: "mcq", title: "Multiple-choice questions", items: [] };
    ids.forEach(function (id) {
      var item = data.items[id];
      if (!item) return;
      var group = item.level ? result.find(function (g) { return g.id === item.level; }) : mcq;
      group.items.push(item);
    });
    return result.concat([mcq]).filter(function (g) { return g.items.length; });
  }

  function renderKit(page, ids) {
    var sheet = page.querySelector(".qb-kit__sheet");
    sheet.textContent = "";
    var known = ids.filter(function (id) { return data.items[id]; });
    var total = known.reduce(function (sum, id) { return sum + data.items[id].minutes; }, 0);
    page.querySelector(".qb-kit__summary").textContent = known.length
      ? known.length + " question" + (known.length === 1 ? "" : "s") + ", about " + total + " minutes"
      : "The kit is empty: add questions with the “Add to kit” buttons on the level and skill pages, or generate a plan above.";
    page.querySelector("[data-qb-kit-start]").disabled = !known.length;
    groups(known).forEach(function (group) {
      sheet.appendChild(el("h2", { text: group.title, class: "qb-kit__level" }));
      group.items.forEach(function (item) { sheet.appendChild(renderItem(item)); });
    });
    sheet.appendChild(renderScorecard(collectScores()));
  }

  var scores = {}; // score boxes typed on the kit page, by question id

  function scoreOf(id) {
    return scores[id] || 0;
  }

  function list(title, bullets, className) {
    if (!bullets || !bullets.length) return null;
    return el("div", { class: className }, [
      el("p", { class: "qb-kit__label", text: title }),
      el("ul", {}, bullets.map(function (text) { return el("li", { text: text }); })),
    ]);
  }

  // This question's scoring guide, one line per score ("4 Strong: …"), to score against on paper.
  function scoringGuide(item) {
    if (!item.guide_html) return null;
    return el("div", { class: "qb-kit__guide" }, [
      el("p", { class: "qb-kit__label", text: "Scoring guide" }),
      el("ul", {}, item.guide_html.map(function (html, i) {
        var anchor = el("span");
        anchor.innerHTML = html; // rendered by the build from the data file (qbank/kit.py), never typed here
        return el("li", {}, [el("strong", { text: data.scale[i] + ": " }), anchor]);
      })),
    ]);
  }

  function renderItem(item) {
    var skills = item.skills.map(function (id) { return data.skills[id]; }).join(", ");
    var score = el("input", { type: "number", min: "1", max: "4", step: "1", class: "qb-kit__score-input",
                              "aria-label": "Score from 1 to 4 for: " + item.question });
    if (scores[item.id]) score.value = String(scores[item.id]);
    score.addEventListener("input", function () {
      var value = parseInt(score.value, 10);
      if (value >= 1 && value <= 4) scores[item.id] = value;
      else delete scores[item.id];
      var table = document.querySelector(".qb-kit__scorecard");
      if (table) table.replaceWith(renderScorecard(collectScores()));
    });
    return el("article", { class: "qb-kit__item", "data-qb-kit-item": item.id }, [
      el("h3", {}, [el("a", { href: qbank.ROOT + item.url, text: item.question })]),
      el("p", { class: "qb-kit__meta", text: skills + (item.minutes ? " · about " + item.minutes + " min" : "") }),
      item.options ? el("ul", { class: "qb-kit__options" }, item.options.map(function (text) { return el("li", { text: text }); })) : null,
      el("div", { class: "qb-kit__controls" }, [
        el("button", { type: "button", class: "md-button", "data-qb-kit-move": "-1", "data-qb-kit-id": item.id,
                       "aria-label": "Move up: " + item.question, text: "↑ Up" }),
        el("button", { type: "button", class: "md-button", "data-qb-kit-move": "1", "data-qb-kit-id": item.id,
                       "aria-label": "Move down: " + item.question, text: "↓ Down" }),
        el("button", { type: "button", class: "md-button", "data-qb-kit-remove": item.id,
                       "aria-label": "Remove from the kit: " + item.question, text: "Remove" }),
      ]),
      el("div", { class: "qb-kit__guidance" }, guidance(item, score)),
    ]);
  }

  // What the interviewer reads and fills in. The last list and the score box are one block, which
  // a printed page does not split: the score box never starts a page on its own.
  function guidance(item, score) {
    var blocks = [
      item.answer ? el("p", { class: "qb-kit__key", text: "Answer: " + item.answer }) : null,
      list("Look for", item.look_for, "qb-kit__look-for"),
      list("Red flags", item.red_flags, "qb-kit__red-flags"),
      list("Follow-up questions", item.follow_ups, "qb-kit__follow-ups"),
      scoringGuide(item),
    ].filter(Boolean);
    var scoreBox = el("div", { class: "qb-kit__score-box" }, [
      el("div", { class: "qb-kit__score" }, [el("label", { text: "Score (1–4) " }, [score])]),
      el("div", { class: "qb-kit__notes", "aria-hidden": "true" }, [el("p", { class: "qb-kit__label", text: "Notes" })]),
    ]);
    return blocks.slice(0, -1).concat([el("div", { class: "qb-kit__closing" }, blocks.slice(-1).concat([scoreBox]))]);
  }

  function collectScores() {
    var totals = {};
    readKit().forEach(function (id) {
      var item = data.items[id];
      if (!item) return;
      item.skills.forEach(function (skill) {
        totals[skill] = totals[skill] || { questions: 0, points: 0 };
        totals[skill].questions += 1;
        totals[skill].points += scoreOf(id);
      });
    });
    return totals;
  }

  function renderScorecard(totals) {
    var rows = Object.keys(data.skills).filter(function (id) { return totals[id]; }).map(function (id) {
      var t = totals[id];
      return el("tr", {}, [
        el("td", { text: data.skills[id] }),
        el("td", { text: String(t.questions) }),
        el("td", { text: (t.points || "") + " / " + 4 * t.questions }),
      ]);
    });
    return el("div", { class: "qb-kit__scorecard" }, rows.length ? [
      el("h2", { text: "Scorecard" }),
      el("table", {}, [
        el("thead", {}, [el("tr", {}, [el("th", { text: "Skill" }), el("th", { text: "Questions" }), el("th", { text: "Score" })])]),
        el("tbody", {}, rows),
      ]),
    ] : []);
  }

  function move(id, step) {
    var ids = readKit();
    var level = data.items[id] && data.items[id].level;
    var at = ids.indexOf(id);
    // The neighbour in the same group: the list is shown grouped by level.
    for (var j = at + step; j >= 0 && j < ids.length; j += step) {
      if (data.items[ids[j]] && data.items[ids[j]].level === level) {
        ids[at] = ids[j];
        ids[j] = id;
        writeKit(ids);
        return;
      }
    }
  }

  // --- the address: #ids=a,b,c to share a kit; #level=…&skills=…&minutes=…&seed=… for a plan ----

  function idsHash(ids) {
    return "#ids=" + ids.map(encodeURIComponent).join(",");
  }

  function planHash(level, skills, minutes, seed) {
    return "#level=" + encodeURIComponent(level) + "&skills=" + skills.map(encodeURIComponent).join(",") +
      "&minutes=" + minutes + "&seed=" + seed;
  }

  function message(page, text) {
    var box = page.querySelector(".qb-kit__message");
    box.textContent = text || "";
    box.hidden = !text;
  }

  function applyHash(page) {
    var params = qbank.readHash();
    if (params.ids !== undefined) {
      var ids = params.ids ? params.ids.split(",") : [];
      var unknown = ids.filter(function (id) { return !data.items[id]; });
      writeKit(ids.filter(function (id, i) { return data.items[id] && ids.indexOf(id) === i; }));
      message(page, unknown.length ? "Not in this bank, so left out of the kit: " + unknown.join(", ") + "." : "");
    } else if (params.level && params.skills && params.minutes && params.seed) {
      var form = page.querySelector(".qb-kit__plan");
      form.elements.level.value = params.level;
      var skills = params.skills.split(",");
      form.querySelectorAll("input[name=skill]").forEach(function (box) { box.checked = skills.indexOf(box.value) >= 0; });
      form.elements.minutes.value = params.minutes;
      form.elements.seed.value = params.seed;
      generate(page, params.level, skills, parseInt(params.minutes, 10), parseInt(params.seed, 10));
    }
  }

  function generate(page, level, skills, minutes, seed) {
    var ids = qbank.plan.generate(data, level, skills, minutes, seed);
    var missed = qbank.plan.missedSkills(data, skills, ids).map(function (s) { return data.skills[s]; });
    writeKit(ids);
    message(page, missed.length ? "No question fits the time for: " + missed.join(", ") + "." : "");
  }

  // The interview page starts an interview of the kit's questions (with the plan's time, when
  // the kit comes from a plan); it keeps the interview, so a reload there resumes it.
  function startInterview() {
    var ids = readKit().filter(function (id) { return data.items[id]; });
    var params = qbank.readHash();
    var minutes = params.level && params.minutes ? "&minutes=" + encodeURIComponent(params.minutes) +
      "&level=" + encodeURIComponent(params.level) : "";
    window.location.assign(qbank.pageUrl("interview") + idsHash(ids) + minutes + "&start");
  }

  function buildControls(page) {
    var levelSelect = el("select", { name: "level", id: "qb-kit-level" },
      data.levels.map(function (level) { return el("option", { value: level.id, text: level.title }); }));
    var skillBoxes = Object.keys(data.skills).map(function (id) {
      return el("label", { class: "qb-kit__skill" }, [el("input", { type: "checkbox", name: "skill", value: id }), " " + data.skills[id]]);
    });
    var form = el("form", { class: "qb-kit__plan qb-kit__controls" }, [
      el("fieldset", {}, [
        el("legend", { text: "Generate a plan" }),
        el("label", { for: "qb-kit-level", text: "Level " }), levelSelect,
        el("div", { class: "qb-kit__skills", role: "group", "aria-label": "Skills to cover" }, skillBoxes),
        el("label", { for: "qb-kit-minutes", text: "Minutes " }),
        el("input", { type: "number", name: "minutes", id: "qb-kit-minutes", min: "5", max: "480", value: "45" }),
        el("label", { for: "qb-kit-seed", text: " Seed " }),
        el("input", { type: "number", name: "seed", id: "qb-kit-seed", min: "1", value: String(1 + Math.floor(Math.random() * 9999)) }),
        el("button", { type: "submit", class: "md-button md-button--primary", text: "Generate" }),
      ]),
    ]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var skills = Array.prototype.filter.call(form.querySelectorAll("input[name=skill]"), function (box) { return box.checked; })
        .map(function (box) { return box.value; });
      if (!skills.length) {
        message(page, "Choose at least one skill.");
        return;
      }
      var minutes = parseInt(form.elements.minutes.value, 10) || 45;
      var seed = parseInt(form.elements.seed.value, 10) || 1;
      window.history.replaceState(null, "", planHash(form.elements.level.value, skills, minutes, seed));
      generate(page, form.elements.level.value, skills, minutes, seed);
    });

    var layouts = el("fieldset", { class: "qb-kit__layout" }, [
      el("legend", { text: "Print layout" }),
      el("label", {}, [el("input", { type: "radio", name: "qb-kit-layout", value: "interviewer", checked: "checked" }), " Interviewer sheet (notes, scores)"]),
      el("label", {}, [el("input", { type: "radio", name: "qb-kit-layout", value: "candidate" }), " Candidate-free sheet (questions only)"]),
    ]);
    layouts.addEventListener("change", function (event) {
      page.classList.toggle("qb-kit--candidate", event.target.value === "candidate");
    });
    var linkOutput = el("input", { type: "text", readonly: "readonly", class: "qb-kit__link", "aria-label": "Link to this kit", hidden: "hidden" });
    var toolbar = el("div", { class: "qb-kit__toolbar qb-kit__controls" }, [
      el("button", { type: "button", class: "md-button md-button--primary", "data-qb-kit-start": "", text: "Start interview" }),
      el("a", { href: qbank.pageUrl("interview"), class: "qb-kit__saved", text: "Saved interviews" }),
      layouts,
      el("button", { type: "button", class: "md-button", "data-qb-kit-print": "", text: "Print" }),
      el("button", { type: "button", class: "md-button", "data-qb-kit-share": "", text: "Copy link" }),
      el("button", { type: "button", class: "md-button", "data-qb-kit-clear": "", text: "Empty the kit" }),
      linkOutput,
    ]);
    toolbar.addEventListener("click", function (event) {
      var target = event.target;
      if (target.hasAttribute("data-qb-kit-start")) startInterview();
      if (target.hasAttribute("data-qb-kit-print")) window.print();
      if (target.hasAttribute("data-qb-kit-clear")) writeKit([]);
      if (target.hasAttribute("data-qb-kit-share")) {
        var link = qbank.pageUrl("kit") + idsHash(readKit().filter(function (id) { return data.items[id]; }));
        linkOutput.value = link;
        linkOutput.hidden = false;
        linkOutput.select();
        if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(link).catch(function () {});
      }
    });
    page.addEventListener("click", function (event) {
      var target = event.target;
      if (target.hasAttribute("data-qb-kit-remove")) {
        writeKit(readKit().filter(function (id) { return id !== target.getAttribute("data-qb-kit-remove"); }));
      } else if (target.hasAttribute("data-qb-kit-move")) {
        move(target.getAttribute("data-qb-kit-id"), parseInt(target.getAttribute("data-qb-kit-move"), 10));
      }
    });
    page.textContent = "";
    page.appendChild(form);
    page.appendChild(toolbar);
    page.appendChild(el("p", { class: "qb-kit__message", role: "status", hidden: "hidden" }));
    page.appendChild(el("p", { class: "qb-kit__summary", "aria-live": "polite" }));
    page.appendChild(el("div", { class: "qb-kit__sheet" }));
  }

  function setUpKitPage(page) {
    if (page.getAttribute("data-qb-kit-ready")) return;
    page.setAttribute("data-qb-kit-ready", "loading");
    qbank.loadData().then(function (loaded) {
      data = loaded;
      buildControls(page);
      page.setAttribute("data-qb-kit-ready", "true");
      applyHash(page);
      refresh(readKit());
    });
  }

  window.addEventListener("hashchange", function () {
    var page = document.querySelector("[data-qb-kit-page][data-qb-kit-ready=true]");
    if (page) applyHash(page);
  });

  qbank.onPage(function () {
    refresh(readKit());
    var page = document.querySelector("[data-qb-kit-page]");
    if (page) setUpKitPage(page);
  });
})(window.qbank);
