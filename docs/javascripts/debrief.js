// Debrief ([data-qb-debrief] on the Debrief page): several interviewers' exported scorecards of
// one candidate, side by side. Files are read in the browser (a file input or drag and drop),
// never uploaded. The checks are scorecard-format.js's, the tables' arithmetic merge.js's.
(function (qbank) {
  "use strict";

  var el = qbank.el;
  var S = qbank.scorecard, F = qbank.format, M = qbank.merge, R = qbank.record;

  function score(value) {
    return value === null || value === undefined ? "—" : String(value);
  }

  function average(value) {
    return value === null || value === undefined ? "—" : value.toFixed(2);
  }

  function Debrief(root) {
    var self = this;
    this.root = root;
    this.cards = []; // accepted: {name, card}
    this.held = []; // another candidate's, waiting for "Add it anyway": {name, card, message}
    this.refused = []; // {name, message}
    root.textContent = "";
    var input = el("input", { type: "file", id: "qb-debrief-files", multiple: true, accept: ".json,application/json" });
    input.addEventListener("change", function () {
      self.read(input.files).then(function () { input.value = ""; });
    });
    var drop = el("div", { class: "qb-debrief__drop" }, [
      el("label", { for: input.id, class: "qb-debrief__label", text: "Scorecards" }),
      el("span", { class: "qb-debrief__help", text: "Choose the exported JSON files, or drop them here." }),
      input,
    ]);
    drop.addEventListener("dragover", function (event) {
      event.preventDefault();
      drop.classList.add("qb-debrief__drop--over");
    });
    drop.addEventListener("dragleave", function () { drop.classList.remove("qb-debrief__drop--over"); });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      drop.classList.remove("qb-debrief__drop--over");
      if (event.dataTransfer && event.dataTransfer.files) self.read(event.dataTransfer.files);
    });
    root.appendChild(drop);
    this.problems = root.appendChild(el("div", { class: "qb-debrief__problems", role: "alert" }));
    this.loaded = root.appendChild(el("div", { class: "qb-debrief__loaded" }));
    this.result = root.appendChild(el("div", { class: "qb-debrief__result", "aria-live": "polite" }));
    this.render();
  }

  // Read the files one after the other, so that they are listed in the order chosen.
  Debrief.prototype.read = function (files) {
    var self = this;
    this.refused = [];
    return Array.prototype.reduce.call(files, function (done, file) {
      return done.then(function () { return file.text(); }).then(function (text) { self.add(file.name, text); });
    }, Promise.resolve()).then(function () { self.render(); });
  };

  Debrief.prototype.add = function (name, text) {
    var parsed = F.parse(text);
    if (parsed.error) return this.refused.push({ name: name, message: parsed.error });
    var cards = this.cards.concat(this.held).map(function (c) { return c.card; });
    var conflict = M.conflict(cards, parsed.card);
    if (conflict && conflict.reason === "duplicate") return this.refused.push({ name: name, message: conflict.message });
    if (conflict) return this.held.push({ name: name, card: parsed.card, message: conflict.message });
    this.cards.push({ name: name, card: parsed.card });
  };

  Debrief.prototype.render = function () {
    this.renderProblems();
    this.renderLoaded();
    this.renderResult();
  };

  Debrief.prototype.renderProblems = function () {
    var self = this;
    this.problems.textContent = "";
    this.refused.forEach(function (problem) {
      self.problems.appendChild(el("p", { class: "qb-debrief__problem" }, [el("strong", { text: problem.name }), " " + problem.message + ": it was left out."]));
    });
    this.held.forEach(function (held, i) {
      var add = el("button", { type: "button", class: "md-button", text: "Add it anyway", "aria-label": "Add " + held.name + " anyway" });
      add.addEventListener("click", function () {
        self.held.splice(i, 1);
        self.cards.push(held);
        self.render();
      });
      var leave = el("button", { type: "button", class: "md-button", text: "Leave it out", "aria-label": "Leave " + held.name + " out" });
      leave.addEventListener("click", function () {
        self.held.splice(i, 1);
        self.render();
      });
      self.problems.appendChild(el("p", { class: "qb-debrief__problem" }, [
        el("strong", { text: held.name }), " " + held.message + ". ", add, leave,
      ]));
    });
  };

  Debrief.prototype.renderLoaded = function () {
    var self = this;
    this.loaded.textContent = "";
    if (!this.cards.length) return;
    this.loaded.appendChild(el("h2", { text: "Loaded scorecards" }));
    this.loaded.appendChild(el("ul", {}, this.cards.map(function (loaded) {
      var i = loaded.card.interview;
      var remove = el("button", { type: "button", class: "md-button", text: "Remove", "aria-label": "Remove " + loaded.name });
      remove.addEventListener("click", function () {
        self.cards = self.cards.filter(function (c) { return c !== loaded; });
        self.refused = [];
        self.render();
      });
      return el("li", {}, [
        el("strong", { text: i.interviewer || "Interviewer not named" }), ": " + (i.candidate || "candidate not named") +
          (i.role ? ", " + i.role : "") + " (" + loaded.name + ") ", remove,
      ]);
    })));
  };

  Debrief.prototype.renderResult = function () {
    this.result.textContent = "";
    if (!this.cards.length) return;
    var merged = M.combine(this.cards.map(function (c) { return c.card; }));
    var titles = {};
    merged.skills.forEach(function (s) { titles[s.id] = s.title; });
    var verdict = S.verdict({ overall: merged.overall }, titles);
    var parts = [
      el("h2", { text: merged.candidate || "Candidate not named" }),
      el("p", { class: "qb-debrief__summary", text: this.cards.length + " scorecard" + (this.cards.length === 1 ? "" : "s") + "; " +
        (merged.gaps ? merged.gaps + " question" + (merged.gaps === 1 ? "" : "s") + " with a gap of " + S.GAP + " points or more: discuss " + (merged.gaps === 1 ? "it" : "them") + " first."
                     : "no gap of " + S.GAP + " points or more between interviewers.") }),
      el("h3", { text: "Question by question" }),
      qbank.table("qb-debrief__questions", null, ["Question"].concat(merged.interviewers, ["Gap"]), merged.questions.map(function (q) {
        return el("tr", { class: q.gap ? "qb-debrief__gap" : null, "data-qb-debrief-question": q.id }, [
          el("th", { scope: "row", text: q.question }),
        ].concat(q.scores.map(function (s, i) { return el("td", { text: q.not_assessed[i] ? "not assessed" : score(s) }); }), [
          el("td", { text: q.gap ? "⚠ " + q.spread + " points: discuss" : q.spread === null ? "" : String(q.spread) }),
        ]));
      })),
      this.disagreements(merged),
      el("h3", { text: "Skill by skill" }),
      qbank.table("qb-debrief__skills", null, ["Skill", "Weight", "Must-have"].concat(merged.interviewers, ["Combined"]), merged.skills.map(function (s) {
        var below = s.must_have && s.combined !== null && s.combined < S.THRESHOLD;
        return el("tr", { class: below ? "qb-debrief__below" : null, "data-qb-debrief-skill": s.id }, [
          el("th", { scope: "row", text: s.title }), el("td", { text: String(s.weight) }),
          el("td", { text: s.must_have ? (below ? "yes: under " + S.THRESHOLD : "yes") : "" }),
        ].concat(s.averages.map(function (a) { return el("td", { text: average(a) }); }), [el("td", { text: average(s.combined) })]));
      })),
      merged.unassessed.length ? el("p", { class: "qb-debrief__coverage", text: "Not assessed by anyone: " +
        merged.unassessed.map(function (id) { return titles[id]; }).join(", ") + ". Plan a question on " +
        (merged.unassessed.length === 1 ? "it" : "them") + " before deciding, or decide without." }) : null,
      el("h3", { text: "Recommendations" }),
      qbank.table("qb-debrief__recommendations", null, ["Interviewer", "Recommendation", "Summary"], merged.recommendations.map(function (r, i) {
        var chosen = R.RECOMMENDATIONS.find(function (x) { return x.value === r.value; });
        return el("tr", {}, [el("th", { scope: "row", text: merged.interviewers[i] }),
                             el("td", { text: chosen ? chosen.label : "not given" }), el("td", { text: r.summary || "—" })]);
      })),
      el("h3", { text: "Combined result" }),
      el("p", { class: "qb-debrief__verdict qb-debrief__verdict--" + verdict.kind, text: verdict.text }),
      el("p", { class: "qb-debrief__reading", text: S.reading({ overall: merged.overall, skills: merged.skills.map(function (s) {
        return { id: s.id, must_have: s.must_have, average: s.combined };
      }) }, titles) }),
    ].filter(Boolean);
    merged.notes.forEach(function (note) { parts.push(el("p", { class: "qb-debrief__note", text: note })); });
    parts.forEach(function (part) { this.result.appendChild(part); }, this);
  };

  // Under the table, for each flagged question: what each interviewer ticked and noted, the
  // evidence to discuss before anyone defends a number.
  Debrief.prototype.disagreements = function (merged) {
    var flagged = merged.questions.filter(function (q) { return q.gap; });
    if (!flagged.length) return null;
    return el("div", { class: "qb-debrief__disagreements" }, [el("h3", { text: "What each interviewer heard where you disagree" })].concat(
      flagged.map(function (q) {
        return el("section", { class: "qb-debrief__disagreement", "data-qb-debrief-evidence": q.id }, [
          el("h4", { text: q.question }),
          el("ul", {}, q.evidence.map(function (e, i) {
            if (!e) return el("li", { text: merged.interviewers[i] + ": not asked." });
            var heard = e.look_for.map(function (t) { return "✓ " + t; }).concat(e.red_flags.map(function (t) { return "⚑ Red flag: " + t; }));
            return el("li", {}, [
              el("strong", { text: merged.interviewers[i] + " — " + (e.not_assessed ? "not assessed" : score(e.score)) }),
              heard.length ? el("ul", {}, heard.map(function (t) { return el("li", { text: t }); })) : el("p", { text: "Ticked nothing." }),
              el("p", { text: e.notes ? "Notes: " + e.notes : "No notes." }),
            ]);
          })),
        ]);
      })));
  };

  qbank.component("[data-qb-debrief]", function (root) { new Debrief(root); });
})(window.qbank);
