// Interview kit: pick questions on any page, then order, print, share, generate a plan or start an
// interview on the kit page ([data-qb-kit-page]). The kit is a list of question ids and how it is
// scored (the skills assessed, their weights and must-haves), kept by qbank-storage.js; plans come
// from plan.js, addresses from kit-address.js. Nothing replaces a kit without a way back: a plan or
// "Empty the kit" offers an undo, and a shared link opened over another kit asks what to do.
((qbank) => {
  "use strict";

  const { el } = qbank;
  const A = qbank.address;
  const store = qbank.storage.local();
  let data = null; // the kit data, once loaded on the kit page

  // --- the kit -----------------------------------------------------------------------------

  let unsaved = null; // the kit, when the storage refuses it: then it lives as long as the page

  const readKit = () => (unsaved ? unsaved.ids.slice() : store.kit());
  const readSetup = () => (unsaved ? { ...unsaved.setup } : store.kitSetup());

  const writeKit = (ids, setup = readSetup()) => {
    const saved = store.setKit(ids) && store.setKitSetup(setup);
    unsaved = saved ? null : { ids: ids.slice(), setup };
    refresh(ids);
  };

  // A change made by hand: the kit is no longer the plan it came from.
  const editKit = (ids) => {
    const { plan, ...setup } = readSetup();
    writeKit(ids, setup);
    showOwnAddress();
  };

  const sameIds = (a, b) => a.length === b.length && a.every((id, i) => id === b[i]);
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

  // --- the header counter and the "Add to kit" toggles -----------------------------------------

  const ensureCounter = () => {
    let counter = document.querySelector(".qb-kit-counter");
    if (counter) return counter;
    const inner = document.querySelector(".md-header__inner");
    if (!inner) return null;
    counter = el("a", { class: "qb-kit-counter" }, ["Kit ",
      el("span", { class: "qb-kit-counter__count", "aria-live": "polite", "aria-atomic": "true" })]);
    inner.insertBefore(counter, inner.querySelector(".md-search"));
    return counter;
  };

  function refresh(ids) {
    const counter = ensureCounter();
    if (counter) {
      counter.setAttribute("href", qbank.pageUrl("kit"));
      counter.querySelector(".qb-kit-counter__count").textContent = String(ids.length);
      counter.setAttribute("title", `Interview kit: ${plural(ids.length, "question")}`);
    }
    document.querySelectorAll("button[data-qb-kit-toggle]").forEach((button) => {
      button.setAttribute("aria-pressed", ids.includes(button.getAttribute("data-qb-kit-toggle")) ? "true" : "false");
    });
    const page = document.querySelector("[data-qb-kit-page][data-qb-ready=true]");
    if (page && data) renderKit(page, ids);
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest && event.target.closest("button[data-qb-kit-toggle]");
    if (!button) return;
    const id = button.getAttribute("data-qb-kit-toggle");
    const ids = readKit();
    editKit(ids.includes(id) ? ids.filter((other) => other !== id) : ids.concat([id]));
  });

  window.addEventListener("storage", (event) => {
    if (store.isKitKey(event.key)) refresh(readKit());
  });

  // --- what the kit assesses -------------------------------------------------------------------

  const known = (ids) => ids.filter((id) => A.own(data.items, id));

  // The skills the interview scores: those chosen for a plan, else every skill the questions touch.
  const assessedSkills = (ids, setup) => {
    if (Array.isArray(setup.skills)) return setup.skills.filter((id) => A.own(data.skills, id));
    return Object.keys(data.skills).filter((skill) => known(ids).some((id) => data.items[id].skills.includes(skill)));
  };

  const alsoTouches = (ids, assessed) => Object.keys(data.skills).filter((skill) =>
    !assessed.includes(skill) && known(ids).some((id) => data.items[id].skills.includes(skill)));

  const weightOf = (setup, skill) => (setup.weights && A.own(setup.weights, skill) ? setup.weights[skill] : 1);

  // The kit as an address: the plan it is, or its questions, with how it is scored.
  const ownHash = () => {
    const setup = readSetup();
    const scoring = { skills: setup.skills, weights: setup.weights, must: setup.must };
    return setup.plan ? A.format({ ...setup.plan, ...scoring }) : A.format({ ids: known(readKit()), ...scoring });
  };

  const showOwnAddress = () => {
    if (document.querySelector("[data-qb-kit-page][data-qb-ready=true]")) qbank.replaceAddress(ownHash());
  };

  // --- messages, with the actions they offer (undo, or a choice) --------------------------------

  let messageBox = null;

  const say = (text, actions = []) => {
    if (!messageBox) return;
    messageBox.textContent = "";
    messageBox.hidden = !text;
    if (!text) return;
    messageBox.appendChild(el("span", { text }));
    actions.forEach(({ label, run }) => {
      const button = el("button", { type: "button", class: "md-button qb-kit__action", text: label });
      button.addEventListener("click", run);
      messageBox.appendChild(button);
    });
    if (actions.length) messageBox.querySelector("button").focus();
  };

  // Replace the kit, keeping the one it replaces one click away.
  const replaceWithUndo = (next, text) => {
    const previous = { ids: readKit(), setup: readSetup() };
    writeKit(next.ids, next.setup);
    showOwnAddress();
    if (!previous.ids.length || sameIds(previous.ids, next.ids)) return say(text);
    say(`${text} It replaced your kit of ${plural(previous.ids.length, "question")}.`, [{
      label: "Undo",
      run: () => {
        writeKit(previous.ids, previous.setup);
        showOwnAddress();
        say(`Your kit of ${plural(previous.ids.length, "question")} is back.`);
      },
    }]);
  };

  // A kit that arrives (a shared link, a plan) over a kit of other questions: ask first.
  const receive = (incoming, notes, what) => {
    const mine = readKit();
    const prefix = notes.length ? `${notes.join(" ")} ` : "";
    if (!mine.length || sameIds(mine, incoming.ids)) {
      writeKit(incoming.ids, incoming.setup);
      showOwnAddress();
      return say(notes.join(" "));
    }
    say(`${prefix}This ${what} holds ${plural(incoming.ids.length, "question")}; your kit in this browser has ${mine.length}.`, [
      { label: `Open the ${what}'s kit`, run: () => replaceWithUndo(incoming, `The ${what}'s kit is open.`) },
      { label: "Keep my kit", run: () => { showOwnAddress(); say("Your kit is unchanged."); } },
      {
        label: `Add its questions to mine`,
        run: () => {
          const added = incoming.ids.filter((id) => !mine.includes(id));
          editKit(mine.concat(added));
          say(`${plural(added.length, "question")} added to your kit.`);
        },
      },
    ]);
  };

  // --- the kit page ----------------------------------------------------------------------------

  // Items of the kit grouped by level (in the bank's level order), MCQs last, keeping the kit's order.
  const groups = (ids) => {
    const result = data.levels.map((level) => ({ id: level.id, title: level.title, items: [] }));
    const mcq = { id: "mcq", title: "Multiple-choice questions", items: [] };
    ids.forEach((id) => {
      const item = data.items[id];
      (item.level ? result.find((g) => g.id === item.level) : mcq).items.push(item);
    });
    return result.concat([mcq]).filter((g) => g.items.length);
  };

  // The kit's questions come with their texts and notes (qbank.loadDetails): drawn at once when they
  // are loaded, else once they are, unless a later change has been drawn meanwhile.
  let drawing = 0;
  function renderKit(page, ids) {
    const ticket = ++drawing;
    if (qbank.hasDetails(data, ids)) {
      page.removeAttribute("aria-busy");
      return drawKit(page, ids);
    }
    page.setAttribute("aria-busy", "true"); // until the questions are drawn: tests and assistive technology wait
    return qbank.loadDetails(data, ids).then(() => {
      if (ticket !== drawing) return;
      page.removeAttribute("aria-busy");
      drawKit(page, ids);
    }, () => {
      if (ticket !== drawing) return;
      page.removeAttribute("aria-busy");
      say("The questions' texts could not be loaded: reload the page to try again.");
    });
  }

  function drawKit(page, ids) {
    const present = known(ids);
    const setup = readSetup();
    const total = present.reduce((sum, id) => sum + data.items[id].minutes, 0);
    page.querySelector(".qb-kit__summary").textContent = present.length
      ? `${plural(present.length, "question")}, about ${total} minutes`
      : "The kit is empty: add questions with the “Add to kit” buttons on the level and skill pages, or generate a plan above.";
    page.querySelectorAll("[data-qb-kit-needs-questions]").forEach((button) => { button.disabled = !present.length; });
    const assessed = assessedSkills(present, setup);
    page.querySelector(".qb-kit__scoring").replaceWith(scoringSetup(present, setup, assessed));
    const sheet = page.querySelector(".qb-kit__sheet");
    sheet.textContent = "";
    if (!present.length) return;
    sheet.appendChild(sheetHead());
    groups(present).forEach((group) => {
      sheet.appendChild(el("h2", { text: group.title, class: "qb-kit__level" }));
      group.items.forEach((item) => sheet.appendChild(renderItem(item, assessed)));
    });
    sheet.appendChild(printedScorecard(present, setup, assessed));
    qbank.explainTerms(sheet, data);
  }

  // The skills the interview scores, with weights and must-haves that travel with the kit's link.
  const scoringSetup = (ids, setup, assessed) => {
    const section = el("section", { class: "qb-kit__scoring qb-kit__controls", "aria-labelledby": "qb-kit-scoring" });
    if (!ids.length) return section;
    const save = (change) => {
      const next = { ...readSetup(), weights: { ...(readSetup().weights || {}) } };
      change(next);
      if (!(store.setKitSetup(next))) unsaved = { ids: readKit(), setup: next };
      showOwnAddress();
    };
    const rows = assessed.map((skill) => {
      const title = data.skills[skill];
      const count = ids.filter((id) => data.items[id].skills.includes(skill)).length;
      const weight = el("input", { type: "number", min: String(A.WEIGHT.min), max: String(A.WEIGHT.max), step: "1",
                                   value: String(weightOf(setup, skill)), "aria-label": `Weight of ${title}`, class: "qb-kit__weight" });
      weight.addEventListener("input", () => {
        const value = Number(weight.value);
        if (Number.isInteger(value) && value >= A.WEIGHT.min && value <= A.WEIGHT.max) save((next) => { next.weights[skill] = value; });
      });
      const must = el("input", { type: "checkbox", "aria-label": `${title} is a must-have`, checked: (setup.must || []).includes(skill) });
      must.addEventListener("change", () => save((next) => {
        next.must = (next.must || []).filter((s) => s !== skill).concat(must.checked ? [skill] : []);
      }));
      return el("tr", {}, [
        el("th", { scope: "row", "data-label": "Skill", text: title }),
        el("td", { "data-label": "Questions", text: plural(count, "question") + (count && count < 2 ? " (the rubric advises two)" : count ? "" : ": none fits, choose more minutes") }),
        el("td", { "data-label": "Weight" }, [weight]),
        el("td", { "data-label": "Must-have" }, [must]),
      ]);
    });
    const others = alsoTouches(ids, assessed).map((skill) => data.skills[skill]);
    section.append(
      el("h2", { id: "qb-kit-scoring", text: "Skills, weights and must-haves" }),
      el("p", { class: "qb-kit__help", text: "The interview scores these skills. Set them from the role and use the same for every " +
        "candidate: they travel with the kit's link and into interview mode." }),
      qbank.table("qb-kit__weights qb-stack", null, ["Skill", "Questions", "Weight", "Must-have"], rows),
      others.length ? el("p", { class: "qb-kit__also", text: `Also touches, not scored: ${others.join(", ")}.` }) : null,
    );
    return section;
  };

  // The interviewer sheet starts with who, when, and the scale (printed only).
  const sheetHead = () => el("div", { class: "qb-kit__sheet-head" }, [
    el("p", { class: "qb-kit__blanks" }, ["Candidate", "Interviewer", "Date"].map((label) =>
      el("span", { class: "qb-kit__blank" }, [`${label}: `, el("span", { class: "qb-kit__line" })]))),
    el("p", { class: "qb-kit__legend", text: `Score each question right after it: ${data.scale.join(" · ")}. ` +
      "Each question's scoring guide says what each score means for it." }),
  ]);

  const list = (title, bullets, className) => (bullets && bullets.length ? el("div", { class: className }, [
    el("p", { class: "qb-kit__label", text: title }),
    el("ul", {}, bullets.map((text) => el("li", { text }))),
  ]) : null);

  // This question's scoring guide, one line per score ("4 Strong: …"), to score against on paper.
  const scoringGuide = (item) => {
    if (!item.guide_html) return null;
    return el("div", { class: "qb-kit__guide" }, [
      el("p", { class: "qb-kit__label", text: "Scoring guide" }),
      el("ul", {}, item.guide_html.map((html, i) => {
        const anchor = el("span");
        anchor.innerHTML = html; // rendered by the build from the data file (qbank/kit.py), never typed here
        return el("li", {}, [el("strong", { text: `${data.scale[i]}: ` }), anchor]);
      })),
    ]);
  };

  const renderItem = (item, assessed) => {
    const scored = item.skills.filter((s) => assessed.includes(s)).map((s) => data.skills[s]);
    const touches = item.skills.filter((s) => !assessed.includes(s)).map((s) => data.skills[s]);
    const meta = [scored.join(", "), touches.length ? `also touches ${touches.join(", ")}` : "",
                  item.minutes ? `about ${item.minutes} min` : ""].filter(Boolean).join(" · ");
    const button = (attributes, label, text) => el("button", { type: "button", class: "md-button", "data-qb-kit-id": item.id,
                                                              "aria-label": `${label}: ${item.question}`, text, ...attributes });
    return el("article", { class: "qb-kit__item", "data-qb-kit-item": item.id }, [
      el("h3", {}, [el("a", { href: qbank.ROOT + item.url, text: item.question })]),
      el("p", { class: "qb-kit__meta", text: meta }),
      item.written_for_bank ? el("p", { class: "qb-kit__meta" }, [el("span", { class: "qb-origin", text: "Written for this bank" })]) : null,
      item.options ? el("ul", { class: "qb-kit__options" }, item.options.map((text) => el("li", { text }))) : null,
      el("div", { class: "qb-kit__controls" }, [
        button({ "data-qb-kit-move": "-1" }, "Move up", "↑ Up"),
        button({ "data-qb-kit-move": "1" }, "Move down", "↓ Down"),
        button({ "data-qb-kit-remove": item.id }, "Remove from the kit", "Remove"),
      ]),
      el("div", { class: "qb-kit__guidance" }, guidance(item)),
    ]);
  };

  // What the interviewer reads and fills in on paper. The last list and the score box are one
  // block, which a printed page does not split: the score box never starts a page on its own.
  const guidance = (item) => {
    const blocks = [
      item.answer ? el("p", { class: "qb-kit__key", text: `Answer: ${item.answer}` }) : null,
      list("Look for", item.look_for, "qb-kit__look-for"),
      list("Red flags", item.red_flags, "qb-kit__red-flags"),
      list("Follow-up questions", item.follow_ups, "qb-kit__follow-ups"),
      scoringGuide(item),
    ].filter(Boolean);
    const scoreBox = el("div", { class: "qb-kit__score-box" }, [
      el("p", { class: "qb-kit__score", text: "Score (circle one):  4   3   2   1   Not assessed" }),
      el("div", { class: "qb-kit__notes" }, [el("p", { class: "qb-kit__label", text: "Notes" })]),
    ]);
    return blocks.slice(0, -1).concat([el("div", { class: "qb-kit__closing" }, blocks.slice(-1).concat([scoreBox]))]);
  };

  // A scorecard to fill in by hand; interview mode computes it on screen.
  const printedScorecard = (ids, setup, assessed) => {
    const rows = assessed.map((skill) => el("tr", {}, [
      el("td", { text: data.skills[skill] }),
      el("td", { text: String(ids.filter((id) => data.items[id].skills.includes(skill)).length) }),
      el("td", { text: String(weightOf(setup, skill)) }),
      el("td", { text: (setup.must || []).includes(skill) ? "yes" : "" }),
      el("td"),
    ]));
    return el("div", { class: "qb-kit__scorecard" }, [
      el("h2", { text: "Scorecard" }),
      el("table", {}, [
        el("thead", {}, [el("tr", {}, ["Skill", "Questions", "Weight", "Must-have", "Average"].map((text) => el("th", { text })))]),
        el("tbody", {}, rows),
      ]),
      el("p", { class: "qb-kit__blank" }, ["Overall recommendation (circle one):  Strong no   No   Yes   Strong yes"]),
    ]);
  };

  const move = (id, step) => {
    const ids = readKit();
    const level = data.items[id] && data.items[id].level;
    const at = ids.indexOf(id);
    // The neighbour in the same group: the list is shown grouped by level.
    for (let j = at + step; j >= 0 && j < ids.length; j += step) {
      if (A.own(data.items, ids[j]) && data.items[ids[j]].level === level) {
        [ids[at], ids[j]] = [ids[j], ids[at]];
        editKit(ids);
        return;
      }
    }
  };

  // --- the address: a shared kit or a plan -------------------------------------------------------

  const scoringOf = (found) => {
    const setup = {};
    if (found.skills) setup.skills = found.skills;
    if (found.weights) setup.weights = found.weights;
    if (found.must) setup.must = found.must;
    return setup;
  };

  const missedNote = (skills, ids) => {
    const missed = qbank.plan.missedSkills(data, skills, ids).map((s) => data.skills[s]);
    return missed.length ? [`No question fits the time for: ${missed.join(", ")}.`] : [];
  };

  const planKit = (found) => {
    const ids = qbank.plan.generate(data, found.level, found.skills, found.minutes, found.variant);
    return { ids, setup: { ...scoringOf(found), plan: { level: found.level, minutes: found.minutes, variant: found.variant } } };
  };

  const applyHash = (page) => {
    const found = A.parse(qbank.readHash(), data);
    if (!found) return;
    if (found.kind === "kit") return receive({ ids: found.ids, setup: scoringOf(found) }, found.problems, "link");
    if (found.kind === "plan") {
      fillForm(page, found);
      const incoming = planKit(found);
      return receive(incoming, found.problems.concat(missedNote(found.skills, incoming.ids)), "plan");
    }
    say(found.problems.join(" "));
  };

  const fillForm = (page, found) => {
    const form = page.querySelector(".qb-kit__plan");
    form.elements.level.value = found.level;
    form.querySelectorAll("input[name=skill]").forEach((box) => { box.checked = found.skills.includes(box.value); });
    form.elements.minutes.value = String(found.minutes);
    form.elements.variant.value = String(found.variant);
  };

  // The interview page starts an interview of the kit's questions, scored as the kit says (with
  // the plan's time, when the kit is a plan); it keeps the interview, so a reload there resumes it.
  const startInterview = () => {
    const setup = readSetup();
    const plan = setup.plan ? `&minutes=${setup.plan.minutes}&level=${encodeURIComponent(setup.plan.level)}` : "";
    const link = A.format({ ids: known(readKit()), skills: setup.skills, weights: setup.weights, must: setup.must });
    window.location.assign(`${qbank.pageUrl("interview")}${link}${plan}&start`);
  };

  const buildControls = (page) => {
    const field = (label, input, help) => el("p", { class: "qb-kit__field" }, [
      el("label", { for: input.id, text: label }), input, help ? el("span", { class: "qb-kit__help", id: `${input.id}-help`, text: help }) : null,
    ]);
    const level = el("select", { name: "level", id: "qb-kit-level" },
      data.levels.map((l) => el("option", { value: l.id, text: l.title })));
    const skills = el("div", { class: "qb-kit__skills", role: "group", "aria-label": "Skills to cover" },
      Object.keys(data.skills).map((id) => el("label", { class: "qb-kit__skill" }, [
        el("input", { type: "checkbox", name: "skill", value: id }), ` ${data.skills[id]}`])));
    const minutes = el("input", { type: "number", name: "minutes", id: "qb-kit-minutes", min: String(A.MINUTES.min),
                                  max: String(A.MINUTES.max), value: "45" });
    const variant = el("input", { type: "number", name: "variant", id: "qb-kit-variant", min: "1", max: "999999",
                                  value: String(1 + Math.floor(Math.random() * 9999)), "aria-describedby": "qb-kit-variant-help" });
    const form = el("form", { class: "qb-kit__plan qb-kit__controls" }, [
      el("fieldset", {}, [
        el("legend", { text: "Generate a plan" }),
        field("Level ", level),
        skills,
        field("Minutes ", minutes),
        field("Variant ", variant, "Another number picks another set of questions for the same choices; the same number, the same set on any computer."),
        el("button", { type: "submit", class: "md-button md-button--primary", text: "Generate" }),
      ]),
    ]);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const params = {
        level: level.value, minutes: minutes.value, variant: variant.value,
        skills: [...form.querySelectorAll("input[name=skill]:checked")].map((box) => box.value).join(","),
      };
      const found = A.parse(params, data);
      if (found.kind !== "plan") return say(found.problems.join(" "));
      const keep = readSetup();
      const incoming = planKit(found);
      // Weights and must-haves already set for a chosen skill stay.
      const weights = {};
      found.skills.forEach((s) => { if (keep.weights && A.own(keep.weights, s)) weights[s] = keep.weights[s]; });
      incoming.setup.weights = weights;
      incoming.setup.must = (keep.must || []).filter((s) => found.skills.includes(s));
      const notes = missedNote(found.skills, incoming.ids);
      replaceWithUndo(incoming, [`A plan of ${plural(incoming.ids.length, "question")} for ${found.minutes} minutes.`, ...notes].join(" "));
    });

    const layouts = el("fieldset", { class: "qb-kit__layout" }, [
      el("legend", { text: "Print layout" }),
      el("label", {}, [el("input", { type: "radio", name: "qb-kit-layout", value: "interviewer", checked: true }), " Interviewer sheet (notes, scoring guides, score boxes)"]),
      el("label", {}, [el("input", { type: "radio", name: "qb-kit-layout", value: "candidate" }), " Candidate-free sheet (questions only)"]),
    ]);
    layouts.addEventListener("change", (event) => page.classList.toggle("qb-kit--candidate", event.target.value === "candidate"));
    const linkOutput = el("input", { type: "text", readonly: true, class: "qb-kit__link", "aria-label": "Link to this kit", hidden: true });
    const action = (name, text, primary) => el("button", { type: "button", class: `md-button${primary ? " md-button--primary" : ""}`,
                                                           [`data-qb-kit-${name}`]: "", "data-qb-kit-needs-questions": "", text });
    const toolbar = el("div", { class: "qb-kit__toolbar qb-kit__controls" }, [
      action("start", "Start interview", true),
      el("a", { href: qbank.pageUrl("interview"), class: "qb-kit__saved", text: "Saved interviews" }),
      layouts,
      action("print", "Print"),
      action("share", "Copy link"),
      action("clear", "Empty the kit"),
      linkOutput,
    ]);
    toolbar.addEventListener("click", (event) => {
      const target = event.target;
      if (target.hasAttribute("data-qb-kit-start")) startInterview();
      if (target.hasAttribute("data-qb-kit-print")) window.print();
      if (target.hasAttribute("data-qb-kit-clear")) replaceWithUndo({ ids: [], setup: {} }, "The kit is empty.");
      if (target.hasAttribute("data-qb-kit-share")) {
        const link = qbank.pageUrl("kit") + ownHash();
        linkOutput.value = link;
        linkOutput.hidden = false;
        linkOutput.select();
        if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(link).catch(() => {});
      }
    });
    page.addEventListener("click", (event) => {
      const target = event.target;
      if (target.hasAttribute("data-qb-kit-remove")) {
        editKit(readKit().filter((id) => id !== target.getAttribute("data-qb-kit-remove")));
      } else if (target.hasAttribute("data-qb-kit-move")) {
        move(target.getAttribute("data-qb-kit-id"), Number(target.getAttribute("data-qb-kit-move")));
      }
    });
    messageBox = el("div", { class: "qb-kit__message", role: "status", hidden: true });
    page.textContent = "";
    page.append(form, toolbar, messageBox, el("p", { class: "qb-kit__summary", "aria-live": "polite" }),
                el("section", { class: "qb-kit__scoring" }), el("div", { class: "qb-kit__sheet" }));
  };

  const setUpKitPage = (page) => qbank.loadData().then((loaded) => qbank.loadDetails(loaded, readKit())).then((loaded) => {
    data = loaded;
    buildControls(page);
    page.setAttribute("data-qb-ready", "true"); // before the first rendering, which looks for it
    refresh(readKit());
    applyHash(page);
  });

  qbank.onAddress(() => {
    const page = document.querySelector("[data-qb-kit-page][data-qb-ready=true]");
    if (page) applyHash(page);
  });

  // The counter and the toggles on every page; the kit page reads its address (a shared kit or a
  // plan) whenever it is shown.
  qbank.onPage(() => refresh(readKit()));
  qbank.component("[data-qb-kit-page]", setUpKitPage);
})(window.qbank);
