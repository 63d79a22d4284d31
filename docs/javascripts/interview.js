// Interview mode ([data-qb-interview] on the Interviews page): one question at a time, with timers,
// ticks, a score and notes, then the scorecard; every change is saved at once (qbank-storage.js),
// so a reload, a closed tab or a crash loses nothing. Addresses:
//   #interview=<id>                   an interview kept in this browser
//   #ids=a,b,c[&minutes=…][&level=…]  a new interview of these questions (from the kit page or a link);
//                                     with &start it starts at once (the kit page's button)
//   #level=…&skills=…&minutes=…&seed=… a new interview of a plan (plan.js)
//   (nothing)                         the interviews kept in this browser
// The record's logic is interview-record.js, the arithmetic scorecard.js, the files scorecard-format.js.
(function (qbank) {
  "use strict";

  var el = qbank.el;
  var R = qbank.record, S = qbank.scorecard, F = qbank.format;
  var store = qbank.storage.local();
  var startedFrom = {}; // the interview each "&start" address of this visit has started, by address

  function now() {
    return Date.now();
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function describe(rec) {
    return (rec.candidate.trim() || "a candidate not named") + ", started " + new Date(rec.created).toLocaleString();
  }

  function scoredCount(rec) {
    return rec.items.filter(function (item) { return S.questionScore(item, rec.answers[item.id]) !== null; }).length;
  }

  // --- one Interviews page ------------------------------------------------------------------

  function InterviewPage(root, data) {
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

  InterviewPage.prototype.render = function () {
    this.leave();
    var params = qbank.readHash();
    this.route = window.location.hash;
    this.stopTicker();
    this.body.textContent = "";
    this.root.classList.remove("qb-interview--summary");
    if (params.interview) {
      var rec = this.rec && this.rec.id === params.interview ? this.rec : store.interview(params.interview);
      if (rec) return this.run(rec);
      this.showAlert("No interview with this address is kept in this browser: it was deleted, or kept in another browser.");
    }
    var proposal = this.proposal(params);
    if (proposal && params.start !== undefined && proposal.ids.length) {
      // A link that starts an interview starts one: seen again (a page swapped in by Material's
      // instant navigation reads the address again), it resumes the interview it started.
      var id = startedFrom[this.route];
      var started = id && (this.rec && this.rec.id === id ? this.rec : store.interview(id));
      if (started) {
        qbank.replaceAddress("#interview=" + encodeURIComponent(started.id));
        return this.render();
      }
      return this.start(proposal);
    }
    this.list(proposal);
  };

  // The questions a link proposes for a new interview, scored as the link says, or null. What the
  // link holds that the bank does not is said, once per unknown value.
  InterviewPage.prototype.proposal = function (params) {
    var data = this.data;
    var found = qbank.address.parse(params, data);
    if (found && found.problems.length) this.showAlert(found.problems.join(" "));
    if (!found || !found.kind) return null;
    var level = found.level || (qbank.address.own(params, "level") && data.levels.some(function (l) { return l.id === params.level; }) ? params.level : null);
    var minutes = found.minutes || (/^\d{1,3}$/.test(params.minutes || "") ? Number(params.minutes) : 0);
    var ids = found.kind === "plan" ? qbank.plan.generate(data, found.level, found.skills, found.minutes, found.variant) : found.ids;
    return { ids: ids, minutes: minutes, level: level, skills: found.skills, weights: found.weights, must: found.must };
  };

  InterviewPage.prototype.start = function (proposal) {
    var time = now();
    var rec = R.create(this.data, proposal.ids, { id: R.newId(time, Math.random()), now: time, minutes: proposal.minutes,
                                                 level: proposal.level, skills: proposal.skills, weights: proposal.weights,
                                                 must: proposal.must });
    this.rec = rec;
    this.save();
    startedFrom[window.location.hash] = rec.id;
    qbank.replaceAddress("#interview=" + encodeURIComponent(rec.id));
    this.render();
  };

  // The interview on screen is left: its time stops counting until it is opened again.
  InterviewPage.prototype.leave = function () {
    if (!this.rec || !this.root.querySelector(".qb-interview__run")) return;
    R.leave(this.rec, now());
    this.save();
  };

  InterviewPage.prototype.save = function () {
    if (store.saveInterview(this.rec)) {
      this.showAlert("");
    } else {
      this.showAlert(store.available
        ? "Not saved: this browser's storage is full. Keep this tab open and export the scorecard now, or delete old interviews, to keep your notes."
        : "Not saved: this browser does not let the site keep data (storage is turned off). Keep this tab open and export the scorecard before you close it.");
    }
  };

  InterviewPage.prototype.showAlert = function (text) {
    if (this.alert.textContent !== text) this.alert.textContent = text;
  };

  InterviewPage.prototype.go = function (hash) {
    window.history.pushState(null, "", hash || window.location.pathname + window.location.search);
    this.render();
  };

  // --- the list of kept interviews, and a proposed new one -------------------------------------

  InterviewPage.prototype.list = function (proposal) {
    var self = this, data = this.data;
    if (proposal) {
      var minutes = proposal.minutes || proposal.ids.reduce(function (sum, id) { return sum + data.items[id].minutes; }, 0);
      var start = el("button", { type: "button", class: "md-button md-button--primary", text: "Start interview", disabled: !proposal.ids.length });
      start.addEventListener("click", function () { self.start(proposal); });
      this.body.appendChild(el("section", { class: "qb-interview__new", "aria-labelledby": "qb-interview-new" }, [
        el("h2", { id: "qb-interview-new", text: "New interview" }),
        el("p", { text: proposal.ids.length ? plural(proposal.ids.length, "question") + ", about " + minutes + " minutes:" : "None of these questions is in this bank." }),
        el("ol", {}, proposal.ids.map(function (id) { return el("li", { text: data.items[id].question }); })),
        start,
      ]));
    }
    var kept = store.interviews();
    var section = el("section", { class: "qb-interview__kept", "aria-labelledby": "qb-interview-kept" }, [
      el("h2", { id: "qb-interview-kept", text: "Interviews kept in this browser" }),
    ]);
    if (!kept.length) {
      section.appendChild(el("p", {}, [
        store.available ? "None yet. " : "None: this browser does not let the site keep data. ",
        "Build a kit on the ", el("a", { href: qbank.pageUrl("kit"), text: "Interview kit" }), " page, then press “Start interview”.",
      ]));
    } else {
      section.appendChild(el("ul", { class: "qb-interview__list" }, kept.map(function (rec) {
        var resume = el("button", { type: "button", class: "md-button", text: rec.finished ? "Open" : "Resume",
                                    "aria-label": (rec.finished ? "Open" : "Resume") + " the interview of " + describe(rec) });
        resume.addEventListener("click", function () { self.go("#interview=" + encodeURIComponent(rec.id)); });
        var remove = el("button", { type: "button", class: "md-button", text: "Delete", "aria-label": "Delete the interview of " + describe(rec) });
        remove.addEventListener("click", function () {
          if (!window.confirm("Delete the interview of " + describe(rec) + "? Its scores and notes cannot be recovered.")) return;
          store.deleteInterview(rec.id);
          self.render();
          var heading = document.getElementById("qb-interview-kept");
          heading.setAttribute("tabindex", "-1");
          heading.focus();
        });
        return el("li", { class: "qb-interview__kept-item" }, [
          el("strong", { text: rec.candidate.trim() || "Candidate not named" }),
          " " + [rec.role, rec.interviewer && "interviewed by " + rec.interviewer].filter(Boolean).join(", "),
          el("br"),
          el("span", { class: "qb-interview__meta", text: "Started " + new Date(rec.created).toLocaleString() + " · " +
            scoredCount(rec) + " of " + plural(rec.items.length, "question") + " scored" + (rec.finished ? " · finished" : "") }),
          el("span", { class: "qb-interview__actions" }, [resume, remove]),
        ]);
      })));
    }
    this.body.appendChild(section);
  };

  // --- running an interview ----------------------------------------------------------------

  InterviewPage.prototype.run = function (rec) {
    var self = this;
    this.rec = rec;
    var n = rec.items.length;
    var previous = el("button", { type: "button", class: "md-button", text: "Previous question" });
    var next = el("button", { type: "button", class: "md-button md-button--primary", text: "Next question" });
    var position = el("p", { class: "qb-interview__position", "aria-live": "polite" });
    var steps = el("ol", { class: "qb-interview__steps" });
    previous.addEventListener("click", function () { self.step(rec.step - 1); });
    next.addEventListener("click", function () { self.step(rec.step + 1); });
    var all = el("button", { type: "button", class: "qb-interview__all", text: "All interviews" });
    all.addEventListener("click", function () { self.go(""); });
    this.nav = { previous: previous, next: next, position: position, steps: steps };
    var labels = ["Details"].concat(rec.items.map(function (item, i) { return String(i + 1); }), ["Scorecard"]);
    labels.forEach(function (label, i) {
      var button = el("button", { type: "button", class: "qb-interview__jump", text: label });
      button.addEventListener("click", function () { self.step(i - 1); });
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
  };

  // Show step `index` (-1: the details; 0…n-1: the questions; n: the scorecard).
  InterviewPage.prototype.step = function (index, first) {
    var rec = this.rec, n = rec.items.length, nav = this.nav;
    var hadFocus = document.activeElement;
    if (!first || index !== rec.step) {
      R.goTo(rec, index, now());
      this.save();
    }
    this.stopTicker();
    this.view.textContent = "";
    var at = rec.step;
    this.root.classList.toggle("qb-interview--summary", at === n);
    this.decision.hidden = at !== n;
    nav.previous.disabled = at <= R.SETUP;
    nav.next.hidden = at >= n;
    nav.next.textContent = at === n - 1 ? "Finish interview" : "Next question";
    nav.position.textContent = at === R.SETUP ? "Before the first question" : at === n ? "Scorecard" : "Question " + (at + 1) + " of " + n;
    this.refreshSteps();
    if (at === R.SETUP) this.view.appendChild(this.setupView());
    else if (at < n) this.view.appendChild(this.questionView(rec.items[at]));
    this.refreshSummary();
    // Focus stays on the button pressed; when that button is gone, on the new step's heading.
    if (!first && (hadFocus === nav.next && nav.next.hidden || hadFocus === nav.previous && nav.previous.disabled ||
        (hadFocus && hadFocus.classList.contains("qb-interview__jump")))) {
      var heading = this.root.querySelector(at === n ? "#qb-interview-scorecard" : ".qb-interview__view h2");
      if (heading) heading.focus();
    }
  };

  InterviewPage.prototype.refreshSteps = function () {
    var rec = this.rec;
    this.nav.steps.querySelectorAll("button").forEach(function (button, i) {
      var index = i - 1, item = rec.items[index];
      var done = item && (S.questionScore(item, rec.answers[item.id]) !== null || (rec.answers[item.id] || {}).not_assessed);
      var name = index === R.SETUP ? "Interview details" : index === rec.items.length ? "Scorecard"
        : "Question " + (index + 1) + ": " + item.question + (done ? " (scored)" : "");
      button.setAttribute("aria-label", name);
      button.classList.toggle("qb-interview__jump--done", Boolean(done));
      if (index === rec.step) button.setAttribute("aria-current", "step");
      else button.removeAttribute("aria-current");
    });
  };

  // Every change: keep it, then update what shows it.
  InterviewPage.prototype.changed = function () {
    this.save();
    this.refreshSteps();
    this.refreshSummary();
  };

  InterviewPage.prototype.setupView = function () {
    var self = this, rec = this.rec;
    function field(name, label) {
      var input = el("input", { type: "text", id: "qb-interview-" + name, name: name, autocomplete: "off", value: rec[name] || "" });
      input.addEventListener("input", function () {
        R.setDetail(rec, name, input.value, now());
        self.changed();
      });
      return el("p", { class: "qb-interview__field" }, [
        el("label", { for: input.id, text: label }), input,
      ]);
    }
    var rows = Object.keys(rec.skills).map(function (id) {
      var title = rec.skills[id];
      var count = rec.items.filter(function (item) { return item.skills.indexOf(id) >= 0; }).length;
      var weight = el("input", { type: "number", min: "0", max: "5", step: "1", value: String(rec.weights[id]),
                                 "aria-label": "Weight of " + title, class: "qb-interview__weight" });
      weight.addEventListener("input", function () {
        var value = parseFloat(weight.value);
        if (!isNaN(value)) {
          R.setWeight(rec, id, value, now());
          self.changed();
        }
      });
      var must = el("input", { type: "checkbox", "aria-label": title + " is a must-have", checked: rec.must_have.indexOf(id) >= 0 });
      must.addEventListener("change", function () {
        R.setMustHave(rec, id, must.checked, now());
        self.changed();
      });
      return el("tr", {}, [
        el("th", { scope: "row", text: title }),
        el("td", { text: plural(count, "question") + (count === 1 ? " (the rubric advises two)" : count ? "" : ": none in this interview") }),
        el("td", {}, [weight]),
        el("td", {}, [must]),
      ]);
    });
    var also = Object.keys(rec.also || {}).map(function (id) { return rec.also[id]; });
    return el("section", { class: "qb-interview__setup", "aria-labelledby": "qb-interview-setup" }, [
      el("h2", { id: "qb-interview-setup", tabindex: "-1", text: "Before the first question" }),
      el("p", { text: plural(rec.items.length, "question") + ", about " + rec.planned_minutes + " minutes. Every field is optional." }),
      field("candidate", "Candidate name"),
      field("role", "Role or level"),
      field("interviewer", "Interviewer name"),
      el("h3", { text: "Weights and must-have skills" }),
      el("p", { class: "qb-interview__help", text: "Set them from the role before the interview, and use the same for every candidate. " +
        "Overall is the weighted average of the skill averages; a must-have skill is a threshold: an average under " +
        S.THRESHOLD + " on it is a no, whatever the total." }),
      qbank.table("qb-interview__weights", null, ["Skill", "Questions", "Weight", "Must-have"], rows),
      also.length ? el("p", { class: "qb-interview__help", text: "Also touches, not scored: " + also.join(", ") + "." }) : null,
    ]);
  };

  InterviewPage.prototype.questionView = function (item) {
    var self = this, rec = this.rec;
    var answer = R.answer(rec, item.id);
    var own = function (id) { return Object.prototype.hasOwnProperty.call(rec.skills, id); };
    var skills = item.skills.filter(own).map(function (id) { return rec.skills[id]; }).join(", ");
    var also = item.skills.filter(function (id) { return !own(id); }).map(function (id) { return (rec.also || {})[id] || id; });
    var notes = el("textarea", { id: "qb-interview-notes", rows: "4", class: "qb-interview__notes" });
    notes.value = answer.notes || "";
    notes.addEventListener("input", function () {
      R.setNotes(rec, item.id, notes.value, now());
      self.changed();
    });
    // The score right under the question, then the notes: what is used while listening comes first.
    var parts = [
      el("h2", { id: "qb-interview-question", tabindex: "-1", text: item.question }),
      el("p", { class: "qb-interview__meta" }, [
        (skills ? "Skills: " + skills : "") + (also.length ? (skills ? " · " : "") + "also touches " + also.join(", ") : "") +
          (item.minutes ? " · about " + item.minutes + " min · " : " · "),
        el("a", { href: qbank.ROOT + item.url, target: "_blank", rel: "noopener", text: "Open in the bank" }),
      ]),
      this.timers(item),
      item.options ? this.choiceGroup(item, answer) : this.scoreGroup(item, answer),
      el("p", { class: "qb-interview__field" }, [el("label", { for: notes.id, text: "Notes" }), notes]),
    ];
    if (!item.options) {
      parts.push(this.ticks(item, "look_for", "Look for", answer));
      parts.push(this.ticks(item, "red_flags", "Red flags", answer));
      if (item.follow_ups && item.follow_ups.length) {
        parts.push(el("div", { class: "qb-interview__follow-ups" }, [
          el("h3", { text: "Follow-up questions" }),
          el("ul", {}, item.follow_ups.map(function (text) { return el("li", { text: text }); })),
        ]));
      }
    }
    parts.push(this.modelAnswer(item));
    return el("section", { class: "qb-interview__question", "aria-labelledby": "qb-interview-question" }, parts);
  };

  InterviewPage.prototype.ticks = function (item, list, title, answer) {
    var self = this, rec = this.rec;
    if (!item[list] || !item[list].length) return null;
    var legendId = "qb-interview-" + list;
    return el("fieldset", { class: "qb-interview__ticks qb-interview__ticks--" + list.replace("_", "-") }, [
      el("legend", { id: legendId, text: title }),
    ].concat(item[list].map(function (text, i) {
      var box = el("input", { type: "checkbox", id: legendId + "-" + i, checked: answer[list].indexOf(i) >= 0 });
      box.addEventListener("change", function () {
        R.setTick(rec, item.id, list, i, box.checked, now());
        self.changed();
      });
      return el("div", { class: "qb-interview__tick" }, [box, el("label", { for: box.id, text: text })]);
    })));
  };

  function radioGroup(name, legend, options, checked, onChange, className) {
    var legendId = "qb-interview-" + name + "-legend";
    return el("fieldset", { class: className, role: "radiogroup", "aria-labelledby": legendId }, [
      el("legend", { id: legendId, text: legend }),
    ].concat(options.map(function (option, i) {
      var radio = el("input", { type: "radio", name: "qb-interview-" + name, id: "qb-interview-" + name + "-" + i,
                                value: String(option.value), checked: option.value === checked });
      radio.addEventListener("change", function () { if (radio.checked) onChange(option.value); });
      var label = el("label", { for: radio.id }, [el("span", { class: "qb-interview__radio-label", text: option.label })]);
      if (option.anchorHtml) {
        // This question's anchor for the score: HTML rendered by the build from the data file (qbank/kit.py)
        var anchor = el("span", { class: "qb-interview__anchor" });
        anchor.innerHTML = option.anchorHtml;
        label.appendChild(anchor);
      } else if (option.hint) {
        label.appendChild(el("span", { class: "qb-interview__anchor", text: option.hint }));
      }
      return el("div", { class: "qb-interview__radio" }, [radio, label]);
    })));
  }

  InterviewPage.prototype.scoreGroup = function (item, answer) {
    var self = this, rec = this.rec;
    var options = S.LEVELS.map(function (level, i) {
      return { value: level.score, label: S.label(level.score), anchorHtml: item.guide_html ? item.guide_html[i] : null };
    }).concat([{ value: R.NOT_ASSESSED, label: "Not assessed", hint: "Skipped: left out of every average." }]);
    return radioGroup("score", "Score", options, answer.not_assessed ? R.NOT_ASSESSED : answer.score, function (value) {
      R.setScore(rec, item.id, value, now());
      self.changed();
    }, "qb-interview__score");
  };

  InterviewPage.prototype.choiceGroup = function (item, answer) {
    var self = this, rec = this.rec;
    var mark = el("p", { class: "qb-interview__mark", role: "status" });
    function showMark(choice) {
      mark.textContent = choice === null || choice === undefined ? "" : choice === item.key ? "Right: " + item.answer + "." : "Wrong: the key is " + item.answer + ".";
      mark.className = "qb-interview__mark" + (choice === null || choice === undefined ? "" : choice === item.key ? " qb-interview__mark--right" : " qb-interview__mark--wrong");
    }
    var options = item.options.map(function (label, i) { return { value: i, label: label }; });
    var group = radioGroup("choice", "Candidate's choice", options, answer.choice, function (value) {
      R.setChoice(rec, item.id, value, now());
      showMark(value);
      self.changed();
    }, "qb-interview__choice");
    showMark(answer.choice);
    return el("div", {}, [group, mark]);
  };

  InterviewPage.prototype.modelAnswer = function (item) {
    var body = el("div", { class: "qb-interview__answer" });
    body.innerHTML = item.answer_html || ""; // HTML rendered by the build from the data file (qbank/kit.py), never typed here
    var corrections = (item.corrections || []).map(function (c) {
      return el("li", {}, ["The source said: “" + c.source_said + "” ", el("strong", { text: "Correction:" }), " " + c.correction]);
    });
    return el("details", { class: "qb-interview__model" }, [
      el("summary", { text: (item.options ? "Explanation" : "Model answer") + (corrections.length ? " and corrections" : "") }),
      body,
      corrections.length ? el("div", { class: "qb-interview__corrections" }, [el("h3", { text: "Corrected from the source" }), el("ul", {}, corrections)]) : null,
    ]);
  };

  // --- timers: this question and the whole interview, against the plan -------------------------

  InterviewPage.prototype.timers = function (item) {
    var self = this, rec = this.rec;
    var question = el("span", { role: "timer", "aria-label": "Time on this question", class: "qb-interview__clock" });
    var total = el("span", { role: "timer", "aria-label": "Time of the interview", class: "qb-interview__clock" });
    var pause = el("button", { type: "button", class: "qb-interview__pause", "aria-pressed": rec.paused ? "true" : "false", text: "Pause timers" });
    function update() {
      var time = now();
      question.textContent = R.clock(R.elapsed(rec, item.id, time));
      total.textContent = R.clock(R.totalElapsed(rec, time));
    }
    pause.addEventListener("click", function () {
      R.setPaused(rec, !rec.paused, now());
      pause.setAttribute("aria-pressed", rec.paused ? "true" : "false");
      self.save();
      update();
    });
    update();
    this.ticker = setInterval(function () {
      if (!document.body.contains(question)) return self.stopTicker();
      update();
    }, 1000);
    return el("p", { class: "qb-interview__timers" }, [
      "This question ", question, item.minutes ? " of " + item.minutes + " min" : "",
      " · Interview ", total, " of " + rec.planned_minutes + " min ", pause,
    ]);
  };

  InterviewPage.prototype.stopTicker = function () {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  };

  // --- the scorecard: on screen at the end, and what printing the page gives -------------------

  // The interviewer's own call, apart from the computed average, and a few words to back it.
  InterviewPage.prototype.decisionView = function () {
    var self = this, rec = this.rec;
    var options = R.RECOMMENDATIONS.map(function (r) { return { value: r.value, label: r.label }; });
    var group = radioGroup("recommendation", "Overall recommendation", options, rec.recommendation, function (value) {
      R.setRecommendation(rec, value, now());
      self.changed();
    }, "qb-interview__recommendation");
    var summary = el("textarea", { id: "qb-interview-summary", rows: "3", class: "qb-interview__notes" });
    summary.value = rec.summary || "";
    summary.addEventListener("input", function () {
      R.setDetail(rec, "summary", summary.value, now());
      self.changed();
    });
    return el("section", { class: "qb-interview__decision", "aria-labelledby": "qb-interview-decision" }, [
      el("h3", { id: "qb-interview-decision", text: "Your recommendation" }),
      el("p", { class: "qb-interview__help", text: "Your own call on the candidate for this role, made before the debrief; the average above informs it but does not make it." }),
      group,
      el("p", { class: "qb-interview__field" }, [el("label", { for: summary.id, text: "Summary (what the recommendation rests on)" }), summary]),
    ]);
  };

  InterviewPage.prototype.refreshSummary = function () {
    var rec = this.rec;
    var result = S.compute(S.fromRecord(rec));
    var verdict = S.verdict(result, rec.skills);
    var time = now();
    var summary = this.summary;
    summary.textContent = "";
    var details = [["Candidate", rec.candidate || "—"], ["Role or level", rec.role || "—"], ["Interviewer", rec.interviewer || "—"],
                   ["Started", new Date(rec.created).toLocaleString()],
                   ["Time", R.clock(R.totalElapsed(rec, time)) + " of " + rec.planned_minutes + " min planned"]];
    summary.appendChild(el("h2", { id: "qb-interview-scorecard", tabindex: "-1", text: "Scorecard" }));
    summary.appendChild(el("dl", { class: "qb-interview__details" }, details.reduce(function (list, pair) {
      return list.concat([el("dt", { text: pair[0] }), el("dd", { text: pair[1] })]);
    }, [])));
    summary.appendChild(el("p", { class: "qb-interview__verdict qb-interview__verdict--" + verdict.kind, text: verdict.text }));
    var reading = S.reading(result, rec.skills);
    if (reading) summary.appendChild(el("p", { class: "qb-interview__reading", text: reading }));
    var chosen = R.RECOMMENDATIONS.find(function (r) { return r.value === rec.recommendation; });
    summary.appendChild(el("p", { class: "qb-interview__chosen", text: "Recommendation: " + (chosen ? chosen.label : "not given yet") +
      (rec.summary && rec.summary.trim() ? ". " + rec.summary.trim() : "") }));
    summary.appendChild(qbank.table("qb-interview__skills", "By skill", ["Skill", "Weight", "Must-have", "Scored", "Average"],
      result.skills.map(function (s) {
        return el("tr", { class: s.below_threshold ? "qb-interview__below" : null }, [
          el("th", { scope: "row", text: s.title }),
          el("td", { text: String(s.weight) }),
          el("td", { text: s.must_have ? (s.below_threshold ? "yes: under " + S.THRESHOLD : "yes") : "" }),
          el("td", { text: s.scored + " of " + s.questions }),
          el("td", { text: s.average === null ? "—" : s.average.toFixed(2) }),
        ]);
      })));
    summary.appendChild(el("h3", { text: "By question" }));
    summary.appendChild(el("ol", { class: "qb-interview__answers" }, rec.items.map(function (item) {
      var a = rec.answers[item.id] || { look_for: [], red_flags: [], notes: "", choice: null };
      var score = S.questionScore(item, a);
      var heard = [];
      (a.look_for || []).forEach(function (k) { heard.push("✓ " + item.look_for[k]); });
      (a.red_flags || []).forEach(function (k) { heard.push("⚑ Red flag: " + item.red_flags[k]); });
      var scoreText = item.options
        ? (a.choice === null || a.choice === undefined ? "no choice" : item.options[a.choice] + (a.choice === item.key ? " (right)" : " (wrong)"))
        : (score ? S.label(score) : a.not_assessed ? "not assessed" : "not scored");
      return el("li", { class: "qb-interview__answer-item" }, [
        el("p", { class: "qb-interview__answer-head" }, [el("strong", { text: item.question }), " — " + scoreText]),
        el("p", { class: "qb-interview__meta", text: item.skills.map(function (id) { return rec.skills[id] || id; }).join(", ") +
          " · " + R.clock(R.elapsed(rec, item.id, time)) + (item.minutes ? " of " + item.minutes + " min" : "") }),
        heard.length ? el("ul", { class: "qb-interview__heard" }, heard.map(function (text) { return el("li", { text: text }); })) : null,
        a.notes ? el("p", { class: "qb-interview__notes-text", text: "Notes: " + a.notes }) : null,
      ]);
    })));
  };

  // --- export: JSON (versioned, with a published JSON Schema) or CSV, and print ----------------

  InterviewPage.prototype.exportBar = function () {
    var self = this;
    var formats = el("fieldset", { class: "qb-interview__formats" }, [
      el("legend", { text: "Export format" }),
      el("label", {}, [el("input", { type: "radio", name: "qb-interview-format", value: "json", checked: true }), " JSON"]),
      el("label", {}, [el("input", { type: "radio", name: "qb-interview-format", value: "csv" }), " CSV"]),
    ]);
    var exportButton = el("button", { type: "button", class: "md-button md-button--primary", text: "Export scorecard" });
    exportButton.addEventListener("click", function () {
      var card = F.toExport(self.rec, now());
      var csv = formats.querySelector("input[value=csv]").checked;
      if (csv) qbank.download(F.fileName(card, "csv"), F.toCSV(card), "text/csv;charset=utf-8");
      else qbank.download(F.fileName(card, "json"), JSON.stringify(card, null, 2) + "\n", "application/json");
    });
    var print = el("button", { type: "button", class: "md-button", text: "Print scorecard" });
    print.addEventListener("click", function () { window.print(); });
    return el("div", { class: "qb-interview__export" }, [formats, exportButton, print]);
  };

  // --- start on every Interviews page ------------------------------------------------------

  var current = null;

  qbank.onAddress(function () {
    if (current && document.body.contains(current.root) && window.location.hash !== current.route) current.render();
  });
  window.addEventListener("pagehide", function () {
    if (current && document.body.contains(current.root)) current.leave();
  });
  window.addEventListener("beforeprint", function () {
    if (current && current.rec && document.body.contains(current.root)) current.refreshSummary(); // the times as printed
  });

  qbank.onPage(function () {
    if (current && !document.body.contains(current.root)) { // instant navigation left the page
      current.leave();
      current = null;
    }
  });
  qbank.component("[data-qb-interview]", function (root) {
    return qbank.loadData().then(function (data) { current = new InterviewPage(root, data); });
  });
})(window.qbank);
