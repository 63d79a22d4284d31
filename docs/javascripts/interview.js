// Interview mode ([data-qb-interview] on the Interviews page): one question at a time, with timers,
// ticks, a score and notes, then the scorecard; every change is saved at once (qbank-storage.js),
// so a reload, a closed tab or a crash loses nothing. Addresses:
//   #interview=<id>                   an interview kept in this browser
//   #ids=a,b,c[&minutes=…][&level=…]  a new interview of these questions (from the kit page or a link);
//                                     with &start it starts at once (the kit page's button)
//   #level=…&skills=…&minutes=…&seed=… a new interview of a plan (plan.js)
//   (nothing)                         the interviews kept in this browser
// The record's logic is interview-record.js, the arithmetic scorecard.js, the files scorecard-format.js.
((qbank) => {
  "use strict";

  const { el } = qbank;
  const R = qbank.record, S = qbank.scorecard, F = qbank.format;
  const store = qbank.storage.local();
  const startedFrom = {}; // the interview each "&start" address of this visit has started, by address

  const now = () => Date.now();

  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

  const describe = (rec) => `${rec.candidate.trim() || "a candidate not named"}, started ${new Date(rec.created).toLocaleString()}`;

  const scoredCount = (rec) => rec.items.filter((item) => S.questionScore(item, rec.answers[item.id]) !== null).length;

  // A group of radio buttons; `onChange(value)` when one is chosen. An option may carry what its
  // choice means: `anchorHtml` (a scoring guide's line) or `hint` (text).
  function radioGroup(name, legend, options, checked, onChange, className) {
    const legendId = `qb-interview-${name}-legend`;
    return el("fieldset", { class: className, role: "radiogroup", "aria-labelledby": legendId }, [
      el("legend", { id: legendId, text: legend }),
      ...options.map((option, i) => {
        const radio = el("input", { type: "radio", name: `qb-interview-${name}`, id: `qb-interview-${name}-${i}`,
                                    value: String(option.value), checked: option.value === checked });
        radio.addEventListener("change", () => { if (radio.checked) onChange(option.value); });
        const label = el("label", { for: radio.id }, [el("span", { class: "qb-interview__radio-label", text: option.label })]);
        if (option.anchorHtml) {
          // This question's anchor for the score: HTML rendered by the build from the data file (qbank/kit.py)
          const anchor = el("span", { class: "qb-interview__anchor" });
          anchor.innerHTML = option.anchorHtml;
          label.appendChild(anchor);
        } else if (option.hint) {
          label.appendChild(el("span", { class: "qb-interview__anchor", text: option.hint }));
        }
        return el("div", { class: "qb-interview__radio" }, [radio, label]);
      }),
    ]);
  }

  // --- one Interviews page ------------------------------------------------------------------

  class InterviewPage {
    constructor(root, data) {
      this.root = root;
      this.data = data;
      this.rec = null;
      this.route = null;
      this.ticker = null;
      root.textContent = "";
      this.alert = root.appendChild(el("div", { class: "qb-interview__alert", role: "alert" }));
      this.body = root.appendChild(el("div", { class: "qb-interview__body" }));
      this.render();
    }

    render() {
      this.leave();
      const params = qbank.readHash();
      this.route = window.location.hash;
      this.stopTicker();
      this.body.textContent = "";
      this.root.classList.remove("qb-interview--summary");
      if (params.interview) {
        const rec = this.rec && this.rec.id === params.interview ? this.rec : store.interview(params.interview);
        if (rec) return this.run(rec);
        this.showAlert("No interview with this address is kept in this browser: it was deleted, or kept in another browser.");
      }
      const proposal = this.proposal(params);
      if (proposal && !qbank.hasDetails(this.data, proposal.ids)) {
        // The proposed questions' texts come first (qbank.loadDetails); then this address is drawn again.
        const route = this.route;
        qbank.loadDetails(this.data, proposal.ids).then(() => { if (this.route === route) this.render(); },
          () => this.showAlert("The questions' texts could not be loaded: reload the page to try again."));
        return undefined;
      }
      if (proposal && params.start !== undefined && proposal.ids.length) {
        // A link that starts an interview starts one: seen again (a page swapped in by Material's
        // instant navigation reads the address again), it resumes the interview it started.
        const id = startedFrom[this.route];
        const started = id && (this.rec && this.rec.id === id ? this.rec : store.interview(id));
        if (started) {
          qbank.replaceAddress(`#interview=${encodeURIComponent(started.id)}`);
          return this.render();
        }
        return this.start(proposal);
      }
      this.list(proposal);
    }

    // The questions a link proposes for a new interview, scored as the link says, or null. What the
    // link holds that the bank does not is said, once per unknown value.
    proposal(params) {
      const { data } = this;
      const found = qbank.address.parse(params, data);
      if (found?.problems.length) this.showAlert(found.problems.join(" "));
      if (!found || !found.kind) return null;
      const level = found.level || (qbank.address.own(params, "level") && data.levels.some((l) => l.id === params.level) ? params.level : null);
      const minutes = found.minutes || (/^\d{1,3}$/.test(params.minutes || "") ? Number(params.minutes) : 0);
      const ids = found.kind === "plan" ? qbank.plan.generate(data, found.level, found.skills, found.minutes, found.variant) : found.ids;
      return { ids, minutes, level, skills: found.skills, weights: found.weights, must: found.must };
    }

    start(proposal) {
      const time = now();
      const rec = R.create(this.data, proposal.ids, { id: R.newId(time, Math.random()), now: time, minutes: proposal.minutes,
                                                     level: proposal.level, skills: proposal.skills, weights: proposal.weights,
                                                     must: proposal.must });
      this.rec = rec;
      this.save();
      startedFrom[window.location.hash] = rec.id;
      qbank.replaceAddress(`#interview=${encodeURIComponent(rec.id)}`);
      this.render();
    }

    // The interview on screen is left: its time stops counting until it is opened again.
    leave() {
      if (!this.rec || !this.root.querySelector(".qb-interview__run")) return;
      R.leave(this.rec, now());
      this.save();
    }

    save() {
      if (store.saveInterview(this.rec)) {
        this.showAlert("");
      } else {
        this.showAlert(store.available
          ? "Not saved: this browser's storage is full. Keep this tab open and export the scorecard now, or delete old interviews, to keep your notes."
          : "Not saved: this browser does not let the site keep data (storage is turned off). Keep this tab open and export the scorecard before you close it.");
      }
    }

    showAlert(text) {
      if (this.alert.textContent !== text) this.alert.textContent = text;
    }

    go(hash) {
      window.history.pushState(null, "", hash || window.location.pathname + window.location.search);
      this.render();
    }

    // --- the list of kept interviews, and a proposed new one -------------------------------------

    list(proposal) {
      const { data } = this;
      if (proposal) {
        const minutes = proposal.minutes || proposal.ids.reduce((sum, id) => sum + data.items[id].minutes, 0);
        const start = el("button", { type: "button", class: "md-button md-button--primary", text: "Start interview", disabled: !proposal.ids.length });
        start.addEventListener("click", () => this.start(proposal));
        this.body.appendChild(el("section", { class: "qb-interview__new", "aria-labelledby": "qb-interview-new" }, [
          el("h2", { id: "qb-interview-new", text: "New interview" }),
          el("p", { text: proposal.ids.length ? `${plural(proposal.ids.length, "question")}, about ${minutes} minutes:` : "None of these questions is in this bank." }),
          el("ol", {}, proposal.ids.map((id) => el("li", { text: data.items[id].question }))),
          start,
        ]));
      }
      const kept = store.interviews();
      const section = el("section", { class: "qb-interview__kept", "aria-labelledby": "qb-interview-kept" }, [
        el("h2", { id: "qb-interview-kept", text: "Interviews kept in this browser" }),
      ]);
      if (!kept.length) {
        section.appendChild(el("p", {}, [
          store.available ? "None yet. " : "None: this browser does not let the site keep data. ",
          "Build a kit on the ", el("a", { href: qbank.pageUrl("kit"), text: "Interview kit" }), " page, then press “Start interview”.",
        ]));
      } else {
        section.appendChild(el("ul", { class: "qb-interview__list" }, kept.map((rec) => {
          const resume = el("button", { type: "button", class: "md-button", text: rec.finished ? "Open" : "Resume",
                                        "aria-label": `${rec.finished ? "Open" : "Resume"} the interview of ${describe(rec)}` });
          resume.addEventListener("click", () => this.go(`#interview=${encodeURIComponent(rec.id)}`));
          const remove = el("button", { type: "button", class: "md-button", text: "Delete", "aria-label": `Delete the interview of ${describe(rec)}` });
          remove.addEventListener("click", () => {
            if (!window.confirm(`Delete the interview of ${describe(rec)}? Its scores and notes cannot be recovered.`)) return;
            store.deleteInterview(rec.id);
            this.render();
            const heading = document.getElementById("qb-interview-kept");
            heading.setAttribute("tabindex", "-1");
            heading.focus();
          });
          return el("li", { class: "qb-interview__kept-item" }, [
            el("strong", { text: rec.candidate.trim() || "Candidate not named" }),
            ` ${[rec.role, rec.interviewer && `interviewed by ${rec.interviewer}`].filter(Boolean).join(", ")}`,
            el("br"),
            el("span", { class: "qb-interview__meta", text: `Started ${new Date(rec.created).toLocaleString()} · ` +
              `${scoredCount(rec)} of ${plural(rec.items.length, "question")} scored${rec.finished ? " · finished" : ""}` }),
            el("span", { class: "qb-interview__actions" }, [resume, remove]),
          ]);
        })));
      }
      this.body.appendChild(section);
    }

    // --- running an interview ----------------------------------------------------------------

    run(rec) {
      this.rec = rec;
      const n = rec.items.length;
      const previous = el("button", { type: "button", class: "md-button", text: "Previous question" });
      const next = el("button", { type: "button", class: "md-button md-button--primary", text: "Next question" });
      const position = el("p", { class: "qb-interview__position", "aria-live": "polite" });
      const steps = el("ol", { class: "qb-interview__steps" });
      previous.addEventListener("click", () => this.step(rec.step - 1));
      next.addEventListener("click", () => this.step(rec.step + 1));
      const all = el("button", { type: "button", class: "qb-interview__all", text: "All interviews" });
      all.addEventListener("click", () => this.go(""));
      this.nav = { previous, next, position, steps };
      const labels = ["Details", ...rec.items.map((item, i) => String(i + 1)), "Scorecard"];
      labels.forEach((label, i) => {
        const button = el("button", { type: "button", class: "qb-interview__jump", text: label });
        button.addEventListener("click", () => this.step(i - 1));
        steps.appendChild(el("li", {}, [button]));
      });
      this.view = el("div", { class: "qb-interview__view" });
      this.summary = el("section", { class: "qb-interview__summary", "aria-labelledby": "qb-interview-scorecard" });
      this.decision = this.decisionView();
      // Where you are and a jump list on top; Previous and Next after the step, where a reader (and
      // the Tab key) arrives once the question is scored.
      this.body.appendChild(el("div", { class: "qb-interview__run" }, [
        el("div", { class: "qb-interview__bar" }, [
          position,
          el("nav", { class: "qb-interview__jumps", "aria-label": "Jump to a question" }, [steps]),
        ]),
        this.view,
        this.summary,
        this.decision,
        el("div", { class: "qb-interview__moves" }, [previous, next]),
        this.exportBar(),
        all,
      ]));
      if (n === 0) this.showAlert("This interview has no question of this bank.");
      R.resume(rec, now());
      this.step(rec.step, true);
    }

    // Show step `index` (-1: the details; 0…n-1: the questions; n: the scorecard).
    step(index, first) {
      const { rec, nav } = this, n = rec.items.length;
      const hadFocus = document.activeElement;
      if (!first || index !== rec.step) {
        R.goTo(rec, index, now());
        this.save();
      }
      this.stopTicker();
      this.view.textContent = "";
      const at = rec.step;
      this.root.classList.toggle("qb-interview--summary", at === n);
      this.decision.hidden = at !== n;
      nav.previous.disabled = at <= R.SETUP;
      nav.next.hidden = at >= n;
      nav.next.textContent = at === n - 1 ? "Finish interview" : "Next question";
      nav.position.textContent = at === R.SETUP ? "Before the first question" : at === n ? "Scorecard" : `Question ${at + 1} of ${n}`;
      this.refreshSteps();
      if (at === R.SETUP) this.view.appendChild(this.setupView());
      else if (at < n) this.view.appendChild(qbank.explainTerms(this.questionView(rec.items[at]), this.data));
      this.refreshSummary();
      // Focus stays on the button pressed; when that button is gone, on the new step's heading.
      if (!first && (hadFocus === nav.next && nav.next.hidden || hadFocus === nav.previous && nav.previous.disabled ||
          hadFocus?.classList.contains("qb-interview__jump"))) {
        const heading = this.root.querySelector(at === n ? "#qb-interview-scorecard" : ".qb-interview__view h2");
        if (heading) heading.focus();
      }
    }

    refreshSteps() {
      const { rec } = this;
      this.nav.steps.querySelectorAll("button").forEach((button, i) => {
        const index = i - 1, item = rec.items[index];
        const done = item && (S.questionScore(item, rec.answers[item.id]) !== null || rec.answers[item.id]?.not_assessed);
        const name = index === R.SETUP ? "Interview details" : index === rec.items.length ? "Scorecard"
          : `Question ${index + 1}: ${item.question}${done ? " (scored)" : ""}`;
        button.setAttribute("aria-label", name);
        button.classList.toggle("qb-interview__jump--done", Boolean(done));
        if (index === rec.step) button.setAttribute("aria-current", "step");
        else button.removeAttribute("aria-current");
      });
    }

    // Every change: keep it, then update what shows it.
    changed() {
      this.save();
      this.refreshSteps();
      this.refreshSummary();
    }

    setupView() {
      const { rec } = this;
      const field = (name, label) => {
        const input = el("input", { type: "text", id: `qb-interview-${name}`, name, autocomplete: "off", value: rec[name] || "" });
        input.addEventListener("input", () => {
          R.setDetail(rec, name, input.value, now());
          this.changed();
        });
        return el("p", { class: "qb-interview__field" }, [
          el("label", { for: input.id, text: label }), input,
        ]);
      };
      const rows = Object.keys(rec.skills).map((id) => {
        const title = rec.skills[id];
        const count = rec.items.filter((item) => item.skills.includes(id)).length;
        const weight = el("input", { type: "number", min: "0", max: "5", step: "1", value: String(rec.weights[id]),
                                     "aria-label": `Weight of ${title}`, class: "qb-interview__weight" });
        weight.addEventListener("input", () => {
          const value = parseFloat(weight.value);
          if (!isNaN(value)) {
            R.setWeight(rec, id, value, now());
            this.changed();
          }
        });
        const must = el("input", { type: "checkbox", "aria-label": `${title} is a must-have`, checked: rec.must_have.includes(id) });
        must.addEventListener("change", () => {
          R.setMustHave(rec, id, must.checked, now());
          this.changed();
        });
        return el("tr", {}, [
          el("th", { scope: "row", text: title }),
          el("td", { text: plural(count, "question") + (count === 1 ? " (the rubric advises two)" : count ? "" : ": none in this interview") }),
          el("td", {}, [weight]),
          el("td", {}, [must]),
        ]);
      });
      const also = Object.keys(rec.also || {}).map((id) => rec.also[id]);
      return el("section", { class: "qb-interview__setup", "aria-labelledby": "qb-interview-setup" }, [
        el("h2", { id: "qb-interview-setup", tabindex: "-1", text: "Before the first question" }),
        el("p", { text: `${plural(rec.items.length, "question")}, about ${rec.planned_minutes} minutes. Every field is optional.` }),
        field("candidate", "Candidate name"),
        field("role", "Role or level"),
        field("interviewer", "Interviewer name"),
        el("h3", { text: "Weights and must-have skills" }),
        el("p", { class: "qb-interview__help", text: "Set them from the role before the interview, and use the same for every candidate. " +
          "Overall is the weighted average of the skill averages; a must-have skill is a threshold: an average under " +
          `${S.THRESHOLD} on it is a no, whatever the total.` }),
        qbank.table("qb-interview__weights", null, ["Skill", "Questions", "Weight", "Must-have"], rows),
        also.length ? el("p", { class: "qb-interview__help", text: `Also touches, not scored: ${also.join(", ")}.` }) : null,
      ]);
    }

    questionView(item) {
      const { rec } = this;
      const answer = R.answer(rec, item.id);
      const own = (id) => Object.prototype.hasOwnProperty.call(rec.skills, id);
      const skills = item.skills.filter(own).map((id) => rec.skills[id]).join(", ");
      const also = item.skills.filter((id) => !own(id)).map((id) => rec.also?.[id] || id);
      const notes = el("textarea", { id: "qb-interview-notes", rows: "4", class: "qb-interview__notes" });
      notes.value = answer.notes || "";
      notes.addEventListener("input", () => {
        R.setNotes(rec, item.id, notes.value, now());
        this.changed();
      });
      // The score right under the question, then the notes: what is used while listening comes first.
      const parts = [
        el("h2", { id: "qb-interview-question", tabindex: "-1", text: item.question }),
        el("p", { class: "qb-interview__meta" }, [
          (skills ? `Skills: ${skills}` : "") + (also.length ? `${skills ? " · " : ""}also touches ${also.join(", ")}` : "") +
            (item.minutes ? ` · about ${item.minutes} min · ` : " · "),
          el("a", { href: qbank.ROOT + item.url, target: "_blank", rel: "noopener", text: "Open in the bank" }),
        ]),
        this.timers(item),
        item.options ? this.choiceGroup(item, answer) : this.scoreGroup(item, answer),
        el("p", { class: "qb-interview__field" }, [el("label", { for: notes.id, text: "Notes" }), notes]),
      ];
      if (!item.options) {
        parts.push(this.ticks(item, "look_for", "Look for", answer));
        parts.push(this.ticks(item, "red_flags", "Red flags", answer));
        if (item.follow_ups?.length) {
          parts.push(el("div", { class: "qb-interview__follow-ups" }, [
            el("h3", { text: "Follow-up questions" }),
            el("ul", {}, item.follow_ups.map((text) => el("li", { text }))),
          ]));
        }
      }
      parts.push(this.modelAnswer(item));
      return el("section", { class: "qb-interview__question", "aria-labelledby": "qb-interview-question" }, parts);
    }

    ticks(item, list, title, answer) {
      const { rec } = this;
      if (!item[list] || !item[list].length) return null;
      const legendId = `qb-interview-${list}`;
      return el("fieldset", { class: `qb-interview__ticks qb-interview__ticks--${list.replace("_", "-")}` }, [
        el("legend", { id: legendId, text: title }),
        ...item[list].map((text, i) => {
          const box = el("input", { type: "checkbox", id: `${legendId}-${i}`, checked: answer[list].includes(i) });
          box.addEventListener("change", () => {
            R.setTick(rec, item.id, list, i, box.checked, now());
            this.changed();
          });
          return el("div", { class: "qb-interview__tick" }, [box, el("label", { for: box.id, text })]);
        }),
      ]);
    }

    scoreGroup(item, answer) {
      const { rec } = this;
      const options = [
        ...S.LEVELS.map((level, i) => ({ value: level.score, label: S.label(level.score), anchorHtml: item.guide_html ? item.guide_html[i] : null })),
        { value: R.NOT_ASSESSED, label: "Not assessed", hint: "Skipped: left out of every average." },
      ];
      return radioGroup("score", "Score", options, answer.not_assessed ? R.NOT_ASSESSED : answer.score, (value) => {
        R.setScore(rec, item.id, value, now());
        this.changed();
      }, "qb-interview__score");
    }

    choiceGroup(item, answer) {
      const { rec } = this;
      const mark = el("p", { class: "qb-interview__mark", role: "status" });
      const showMark = (choice) => {
        const none = choice === null || choice === undefined;
        mark.textContent = none ? "" : choice === item.key ? `Right: ${item.answer}.` : `Wrong: the key is ${item.answer}.`;
        mark.className = `qb-interview__mark${none ? "" : choice === item.key ? " qb-interview__mark--right" : " qb-interview__mark--wrong"}`;
      };
      const options = item.options.map((label, i) => ({ value: i, label }));
      const group = radioGroup("choice", "Candidate's choice", options, answer.choice, (value) => {
        R.setChoice(rec, item.id, value, now());
        showMark(value);
        this.changed();
      }, "qb-interview__choice");
      showMark(answer.choice);
      return el("div", {}, [group, mark]);
    }

    modelAnswer(item) {
      const body = el("div", { class: "qb-interview__answer" });
      body.innerHTML = item.answer_html || ""; // HTML rendered by the build from the data file (qbank/kit.py), never typed here
      const corrections = (item.corrections || []).map((c) =>
        el("li", {}, [`The source said: “${c.source_said}” `, el("strong", { text: "Correction:" }), ` ${c.correction}`]));
      return el("details", { class: "qb-interview__model" }, [
        el("summary", { text: (item.options ? "Explanation" : "Model answer") + (corrections.length ? " and corrections" : "") }),
        body,
        corrections.length ? el("div", { class: "qb-interview__corrections" }, [el("h3", { text: "Corrected from the source" }), el("ul", {}, corrections)]) : null,
      ]);
    }

    // --- timers: this question and the whole interview, against the plan -------------------------

    timers(item) {
      const { rec } = this;
      const question = el("span", { role: "timer", "aria-label": "Time on this question", class: "qb-interview__clock" });
      const total = el("span", { role: "timer", "aria-label": "Time of the interview", class: "qb-interview__clock" });
      const pause = el("button", { type: "button", class: "qb-interview__pause", "aria-pressed": rec.paused ? "true" : "false", text: "Pause timers" });
      const update = () => {
        const time = now();
        question.textContent = R.clock(R.elapsed(rec, item.id, time));
        total.textContent = R.clock(R.totalElapsed(rec, time));
      };
      pause.addEventListener("click", () => {
        R.setPaused(rec, !rec.paused, now());
        pause.setAttribute("aria-pressed", rec.paused ? "true" : "false");
        this.save();
        update();
      });
      update();
      this.ticker = setInterval(() => {
        if (!document.body.contains(question)) return this.stopTicker();
        update();
      }, 1000);
      return el("p", { class: "qb-interview__timers" }, [
        "This question ", question, item.minutes ? ` of ${item.minutes} min` : "",
        " · Interview ", total, ` of ${rec.planned_minutes} min `, pause,
      ]);
    }

    stopTicker() {
      if (this.ticker) clearInterval(this.ticker);
      this.ticker = null;
    }

    // --- the scorecard: on screen at the end, and what printing the page gives -------------------

    // The interviewer's own call, apart from the computed average, and a few words to back it.
    decisionView() {
      const { rec } = this;
      const options = R.RECOMMENDATIONS.map((r) => ({ value: r.value, label: r.label }));
      const group = radioGroup("recommendation", "Overall recommendation", options, rec.recommendation, (value) => {
        R.setRecommendation(rec, value, now());
        this.changed();
      }, "qb-interview__recommendation");
      const summary = el("textarea", { id: "qb-interview-summary", rows: "3", class: "qb-interview__notes" });
      summary.value = rec.summary || "";
      summary.addEventListener("input", () => {
        R.setDetail(rec, "summary", summary.value, now());
        this.changed();
      });
      return el("section", { class: "qb-interview__decision", "aria-labelledby": "qb-interview-decision" }, [
        el("h3", { id: "qb-interview-decision", text: "Your recommendation" }),
        el("p", { class: "qb-interview__help", text: "Your own call on the candidate for this role, made before the debrief; the average above informs it but does not make it." }),
        group,
        el("p", { class: "qb-interview__field" }, [el("label", { for: summary.id, text: "Summary (what the recommendation rests on)" }), summary]),
      ]);
    }

    refreshSummary() {
      const { rec, summary } = this;
      const result = S.compute(S.fromRecord(rec));
      const verdict = S.verdict(result, rec.skills);
      const time = now();
      summary.textContent = "";
      const details = [["Candidate", rec.candidate || "—"], ["Role or level", rec.role || "—"], ["Interviewer", rec.interviewer || "—"],
                       ["Started", new Date(rec.created).toLocaleString()],
                       ["Time", `${R.clock(R.totalElapsed(rec, time))} of ${rec.planned_minutes} min planned`]];
      summary.appendChild(el("h2", { id: "qb-interview-scorecard", tabindex: "-1", text: "Scorecard" }));
      summary.appendChild(el("dl", { class: "qb-interview__details" },
        details.flatMap(([term, value]) => [el("dt", { text: term }), el("dd", { text: value })])));
      summary.appendChild(el("p", { class: `qb-interview__verdict qb-interview__verdict--${verdict.kind}`, text: verdict.text }));
      const reading = S.reading(result, rec.skills);
      if (reading) summary.appendChild(el("p", { class: "qb-interview__reading", text: reading }));
      const chosen = R.RECOMMENDATIONS.find((r) => r.value === rec.recommendation);
      summary.appendChild(el("p", { class: "qb-interview__chosen", text: `Recommendation: ${chosen ? chosen.label : "not given yet"}` +
        (rec.summary?.trim() ? `. ${rec.summary.trim()}` : "") }));
      summary.appendChild(qbank.table("qb-interview__skills", "By skill", ["Skill", "Weight", "Must-have", "Scored", "Average"],
        result.skills.map((s) => el("tr", { class: s.below_threshold ? "qb-interview__below" : null }, [
          el("th", { scope: "row", text: s.title }),
          el("td", { text: String(s.weight) }),
          el("td", { text: s.must_have ? (s.below_threshold ? `yes: under ${S.THRESHOLD}` : "yes") : "" }),
          el("td", { text: `${s.scored} of ${s.questions}` }),
          el("td", { text: s.average === null ? "—" : s.average.toFixed(2) }),
        ]))));
      summary.appendChild(el("h3", { text: "By question" }));
      summary.appendChild(el("ol", { class: "qb-interview__answers" }, rec.items.map((item) => {
        const a = rec.answers[item.id] || { look_for: [], red_flags: [], notes: "", choice: null };
        const score = S.questionScore(item, a);
        const heard = [
          ...(a.look_for || []).map((k) => `✓ ${item.look_for[k]}`),
          ...(a.red_flags || []).map((k) => `⚑ Red flag: ${item.red_flags[k]}`),
        ];
        const scoreText = item.options
          ? (a.choice === null || a.choice === undefined ? "no choice" : item.options[a.choice] + (a.choice === item.key ? " (right)" : " (wrong)"))
          : (score ? S.label(score) : a.not_assessed ? "not assessed" : "not scored");
        return el("li", { class: "qb-interview__answer-item" }, [
          el("p", { class: "qb-interview__answer-head" }, [el("strong", { text: item.question }), ` — ${scoreText}`]),
          el("p", { class: "qb-interview__meta", text: `${item.skills.map((id) => rec.skills[id] || id).join(", ")} · ` +
            R.clock(R.elapsed(rec, item.id, time)) + (item.minutes ? ` of ${item.minutes} min` : "") }),
          heard.length ? el("ul", { class: "qb-interview__heard" }, heard.map((text) => el("li", { text }))) : null,
          a.notes ? el("p", { class: "qb-interview__notes-text", text: `Notes: ${a.notes}` }) : null,
        ]);
      })));
    }

    // --- export: JSON (versioned, with a published JSON Schema) or CSV, and print ----------------

    exportBar() {
      const formats = el("fieldset", { class: "qb-interview__formats" }, [
        el("legend", { text: "Export format" }),
        el("label", {}, [el("input", { type: "radio", name: "qb-interview-format", value: "json", checked: true }), " JSON"]),
        el("label", {}, [el("input", { type: "radio", name: "qb-interview-format", value: "csv" }), " CSV"]),
      ]);
      const exportButton = el("button", { type: "button", class: "md-button md-button--primary", text: "Export scorecard" });
      exportButton.addEventListener("click", () => {
        const card = F.toExport(this.rec, now());
        const csv = formats.querySelector("input[value=csv]").checked;
        if (csv) qbank.download(F.fileName(card, "csv"), F.toCSV(card), "text/csv;charset=utf-8");
        else qbank.download(F.fileName(card, "json"), `${JSON.stringify(card, null, 2)}\n`, "application/json");
      });
      const print = el("button", { type: "button", class: "md-button", text: "Print scorecard" });
      print.addEventListener("click", () => window.print());
      return el("div", { class: "qb-interview__export" }, [formats, exportButton, print]);
    }
  }

  // --- start on every Interviews page ------------------------------------------------------

  let current = null;

  qbank.onAddress(() => {
    if (current && document.body.contains(current.root) && window.location.hash !== current.route) current.render();
  });
  window.addEventListener("pagehide", () => {
    if (current && document.body.contains(current.root)) current.leave();
  });
  window.addEventListener("beforeprint", () => {
    if (current?.rec && document.body.contains(current.root)) current.refreshSummary(); // the times as printed
  });

  qbank.onPage(() => {
    if (current && !document.body.contains(current.root)) { // instant navigation left the page
      current.leave();
      current = null;
    }
  });
  qbank.component("[data-qb-interview]", (root) => qbank.loadData().then((data) => { current = new InterviewPage(root, data); }));
})(window.qbank);
