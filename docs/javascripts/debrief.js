// Debrief ([data-qb-debrief] on the Debrief page): several interviewers' exported scorecards of
// one candidate, side by side. Files are read in the browser (a file input or drag and drop),
// never uploaded. The checks are scorecard-format.js's, the tables' arithmetic merge.js's.
((qbank) => {
  "use strict";

  const { el } = qbank;
  const S = qbank.scorecard, F = qbank.format, M = qbank.merge, R = qbank.record;

  function score(value) {
    return value === null || value === undefined ? "—" : String(value);
  }

  function average(value) {
    return value === null || value === undefined ? "—" : value.toFixed(2);
  }

  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

  class Debrief {
    constructor(root) {
      this.root = root;
      this.cards = []; // accepted: {name, card}
      this.held = []; // another candidate's, waiting for "Add it anyway": {name, card, message}
      this.refused = []; // {name, message}
      root.textContent = "";
      const input = el("input", { type: "file", id: "qb-debrief-files", multiple: true, accept: ".json,application/json" });
      input.addEventListener("change", () => {
        this.read(input.files).then(() => { input.value = ""; });
      });
      const drop = el("div", { class: "qb-debrief__drop" }, [
        el("label", { for: input.id, class: "qb-debrief__label", text: "Scorecards" }),
        el("span", { class: "qb-debrief__help", text: "Choose the exported JSON files, or drop them here." }),
        input,
      ]);
      drop.addEventListener("dragover", (event) => {
        event.preventDefault();
        drop.classList.add("qb-debrief__drop--over");
      });
      drop.addEventListener("dragleave", () => drop.classList.remove("qb-debrief__drop--over"));
      drop.addEventListener("drop", (event) => {
        event.preventDefault();
        drop.classList.remove("qb-debrief__drop--over");
        if (event.dataTransfer?.files) this.read(event.dataTransfer.files);
      });
      root.appendChild(drop);
      this.problems = root.appendChild(el("div", { class: "qb-debrief__problems", role: "alert" }));
      this.loaded = root.appendChild(el("div", { class: "qb-debrief__loaded" }));
      this.result = root.appendChild(el("div", { class: "qb-debrief__result", "aria-live": "polite" }));
      this.render();
    }

    // Read the files one after the other, so that they are listed in the order chosen.
    read(files) {
      this.refused = [];
      return Array.from(files).reduce((done, file) => done.then(() => file.text()).then((text) => { this.add(file.name, text); }),
                                      Promise.resolve()).then(() => this.render());
    }

    add(name, text) {
      const parsed = F.parse(text);
      if (parsed.error) return this.refused.push({ name, message: parsed.error });
      const cards = this.cards.concat(this.held).map((c) => c.card);
      const conflict = M.conflict(cards, parsed.card);
      if (conflict && conflict.reason === "duplicate") return this.refused.push({ name, message: conflict.message });
      if (conflict) return this.held.push({ name, card: parsed.card, message: conflict.message });
      this.cards.push({ name, card: parsed.card });
    }

    render() {
      this.renderProblems();
      this.renderLoaded();
      this.renderResult();
    }

    renderProblems() {
      this.problems.textContent = "";
      for (const problem of this.refused) {
        this.problems.appendChild(el("p", { class: "qb-debrief__problem" }, [el("strong", { text: problem.name }), ` ${problem.message}: it was left out.`]));
      }
      this.held.forEach((held, i) => {
        const add = el("button", { type: "button", class: "md-button", text: "Add it anyway", "aria-label": `Add ${held.name} anyway` });
        add.addEventListener("click", () => {
          this.held.splice(i, 1);
          this.cards.push(held);
          this.render();
        });
        const leave = el("button", { type: "button", class: "md-button", text: "Leave it out", "aria-label": `Leave ${held.name} out` });
        leave.addEventListener("click", () => {
          this.held.splice(i, 1);
          this.render();
        });
        this.problems.appendChild(el("p", { class: "qb-debrief__problem" }, [
          el("strong", { text: held.name }), ` ${held.message}. `, add, leave,
        ]));
      });
    }

    renderLoaded() {
      this.loaded.textContent = "";
      if (!this.cards.length) return;
      this.loaded.appendChild(el("h2", { text: "Loaded scorecards" }));
      this.loaded.appendChild(el("ul", {}, this.cards.map((loaded) => {
        const i = loaded.card.interview;
        const remove = el("button", { type: "button", class: "md-button", text: "Remove", "aria-label": `Remove ${loaded.name}` });
        remove.addEventListener("click", () => {
          this.cards = this.cards.filter((c) => c !== loaded);
          this.refused = [];
          this.render();
        });
        return el("li", {}, [
          el("strong", { text: i.interviewer || "Interviewer not named" }),
          `: ${i.candidate || "candidate not named"}${i.role ? `, ${i.role}` : ""} (${loaded.name}) `, remove,
        ]);
      })));
    }

    renderResult() {
      this.result.textContent = "";
      if (!this.cards.length) return;
      const merged = M.combine(this.cards.map((c) => c.card));
      const titles = {};
      for (const s of merged.skills) titles[s.id] = s.title;
      const verdict = S.verdict({ overall: merged.overall }, titles);
      const gaps = merged.gaps
        ? `${plural(merged.gaps, "question")} with a gap of ${S.GAP} points or more: discuss ${merged.gaps === 1 ? "it" : "them"} first.`
        : `no gap of ${S.GAP} points or more between interviewers.`;
      const unassessed = `Not assessed by anyone: ${merged.unassessed.map((id) => titles[id]).join(", ")}. ` +
        `Plan a question on ${merged.unassessed.length === 1 ? "it" : "them"} before deciding, or decide without.`;
      const parts = [
        el("h2", { text: merged.candidate || "Candidate not named" }),
        el("p", { class: "qb-debrief__summary", text: `${plural(this.cards.length, "scorecard")}; ${gaps}` }),
        el("h3", { text: "Question by question" }),
        qbank.table("qb-debrief__questions", null, ["Question", ...merged.interviewers, "Gap"], merged.questions.map((q) =>
          el("tr", { class: q.gap ? "qb-debrief__gap" : null, "data-qb-debrief-question": q.id }, [
            el("th", { scope: "row", text: q.question }),
            ...q.scores.map((s, i) => el("td", { text: q.not_assessed[i] ? "not assessed" : score(s) })),
            el("td", { text: q.gap ? `⚠ ${q.spread} points: discuss` : q.spread === null ? "" : String(q.spread) }),
          ]))),
        this.disagreements(merged),
        el("h3", { text: "Skill by skill" }),
        qbank.table("qb-debrief__skills", null, ["Skill", "Weight", "Must-have", ...merged.interviewers, "Combined"], merged.skills.map((s) => {
          const below = s.must_have && s.combined !== null && s.combined < S.THRESHOLD;
          return el("tr", { class: below ? "qb-debrief__below" : null, "data-qb-debrief-skill": s.id }, [
            el("th", { scope: "row", text: s.title }), el("td", { text: String(s.weight) }),
            el("td", { text: s.must_have ? (below ? `yes: under ${S.THRESHOLD}` : "yes") : "" }),
            ...s.averages.map((a) => el("td", { text: average(a) })),
            el("td", { text: average(s.combined) }),
          ]);
        })),
        merged.unassessed.length ? el("p", { class: "qb-debrief__coverage", text: unassessed }) : null,
        el("h3", { text: "Recommendations" }),
        qbank.table("qb-debrief__recommendations", null, ["Interviewer", "Recommendation", "Summary"], merged.recommendations.map((r, i) => {
          const chosen = R.RECOMMENDATIONS.find((x) => x.value === r.value);
          return el("tr", {}, [el("th", { scope: "row", text: merged.interviewers[i] }),
                               el("td", { text: chosen ? chosen.label : "not given" }), el("td", { text: r.summary || "—" })]);
        })),
        el("h3", { text: "Combined result" }),
        el("p", { class: `qb-debrief__verdict qb-debrief__verdict--${verdict.kind}`, text: verdict.text }),
        el("p", { class: "qb-debrief__reading", text: S.reading({ overall: merged.overall, skills: merged.skills.map((s) => (
          { id: s.id, must_have: s.must_have, average: s.combined })) }, titles) }),
      ].filter(Boolean);
      for (const note of merged.notes) parts.push(el("p", { class: "qb-debrief__note", text: note }));
      for (const part of parts) this.result.appendChild(part);
    }

    // Under the table, for each flagged question: what each interviewer ticked and noted, the
    // evidence to discuss before anyone defends a number.
    disagreements(merged) {
      const flagged = merged.questions.filter((q) => q.gap);
      if (!flagged.length) return null;
      return el("div", { class: "qb-debrief__disagreements" }, [
        el("h3", { text: "What each interviewer heard where you disagree" }),
        ...flagged.map((q) => el("section", { class: "qb-debrief__disagreement", "data-qb-debrief-evidence": q.id }, [
          el("h4", { text: q.question }),
          el("ul", {}, q.evidence.map((e, i) => {
            if (!e) return el("li", { text: `${merged.interviewers[i]}: not asked.` });
            const heard = [...e.look_for.map((t) => `✓ ${t}`), ...e.red_flags.map((t) => `⚑ Red flag: ${t}`)];
            return el("li", {}, [
              el("strong", { text: `${merged.interviewers[i]} — ${e.not_assessed ? "not assessed" : score(e.score)}` }),
              heard.length ? el("ul", {}, heard.map((t) => el("li", { text: t }))) : el("p", { text: "Ticked nothing." }),
              el("p", { text: e.notes ? `Notes: ${e.notes}` : "No notes." }),
            ]);
          })),
        ])),
      ]);
    }
  }

  qbank.component("[data-qb-debrief]", (root) => { new Debrief(root); });
})(window.qbank);
