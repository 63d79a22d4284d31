// The debrief's logic: several interviewers' scorecards of one candidate side by side. Question by
// question first, as docs/rubric.md asks, with a gap of 2 points or more flagged for discussion;
// then skill by skill and the combined result, computed the rubric's way by scorecard.js. Each
// scorecard is recomputed from its question scores, never taken on trust. Pure: no DOM.
((merge, scorecard, format) => {
  "use strict";

  // Names typed by different people: case, spacing (a double or non-breaking space) and Unicode's
  // different encodings of one letter do not make another candidate.
  function plainName(name) {
    return (name || "").normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
  }

  function sameName(a, b) {
    return plainName(a) === plainName(b);
  }

  // Why `card` should not join `cards`, or null: {reason: "duplicate" | "candidate", message}.
  // A duplicate is refused; another candidate's card may still be added when the user says so.
  function conflict(cards, card) {
    if (cards.some((c) => c.interview.id === card.interview.id)) {
      return { reason: "duplicate", message: "is already loaded (the same interview)" };
    }
    const other = cards.find((c) => c.interview.candidate.trim() && card.interview.candidate.trim() &&
      !sameName(c.interview.candidate, card.interview.candidate));
    if (other) {
      const shown = (name) => name.replace(/\s+/g, " ").trim();
      return { reason: "candidate", message: `is for another candidate (${shown(card.interview.candidate)}, not ${shown(other.interview.candidate)})` };
    }
    return null;
  }

  function interviewerNames(cards) {
    const seen = {};
    return cards.map((card, i) => {
      const name = card.interview.interviewer.trim() || `Interviewer ${i + 1}`;
      seen[name] = (seen[name] || 0) + 1;
      return seen[name] > 1 ? `${name} (${seen[name]})` : name;
    });
  }

  function union(lists, key) {
    const order = [], byId = {};
    for (const list of lists) {
      for (const entry of list) {
        if (!byId[entry[key]]) {
          byId[entry[key]] = entry;
          order.push(entry[key]);
        }
      }
    }
    return order.map((id) => byId[id]);
  }

  // The signals an interviewer ticked, as text.
  function ticked(list) {
    return (list || []).filter((t) => t.ticked).map((t) => t.text);
  }

  function combine(cards) {
    const results = cards.map((card) => scorecard.compute(format.toInput(card)));
    const questions = union(cards.map((c) => c.questions), "id").map((q) => {
      const answers = cards.map((card) => card.questions.find((x) => x.id === q.id) || null);
      const scores = answers.map((own) => (own ? own.score : null));
      const given = scores.filter((s) => s !== null);
      const spread = given.length > 1 ? Math.max(...given) - Math.min(...given) : null;
      // What each interviewer heard: the evidence to discuss a gap with.
      const evidence = answers.map((own) => (own ? {
        score: own.score, not_assessed: Boolean(own.not_assessed), look_for: ticked(own.look_for),
        red_flags: ticked(own.red_flags), notes: own.notes || "",
      } : null));
      return { id: q.id, question: q.question, skills: q.skills, scores, spread, evidence,
               not_assessed: answers.map((own) => Boolean(own?.not_assessed)),
               gap: spread !== null && spread >= scorecard.GAP };
    });
    // The first scorecard that weighs a skill sets its weight and whether it is a must-have: the
    // rubric asks for the same weights for every interviewer; differences are reported.
    const notes = [];
    const skills = union(cards.map((c) => c.skills), "id").map((s) => {
      const averages = results.map((r) => {
        const own = r.skills.find((x) => x.id === s.id);
        return own ? own.average : null;
      });
      const settings = cards.map((c) => c.skills.find((x) => x.id === s.id)).filter(Boolean);
      if (settings.some((x) => x.weight !== s.weight || x.must_have !== s.must_have)) {
        notes.push(`The scorecards weigh “${s.title}” differently; the combined result uses the first one's weight and must-have choice.`);
      }
      const given = averages.filter((a) => a !== null);
      return { id: s.id, title: s.title, weight: s.weight, must_have: s.must_have, averages,
               combined: scorecard.mean(given) };
    });
    const overall = scorecard.overall(skills.map((s) => ({ id: s.id, weight: s.weight, must_have: s.must_have, average: s.combined })));
    for (const s of skills) s.combined = scorecard.round(s.combined);
    const candidate = cards.map((c) => c.interview.candidate.trim()).find(Boolean) || "";
    const recommendations = cards.map((c) => ({ value: c.interview.recommendation || null, summary: c.interview.summary || "" }));
    return {
      candidate,
      interviewers: interviewerNames(cards),
      questions,
      skills,
      overall,
      recommendations,
      // Skills the interviews were to assess on which no interviewer scored a question.
      unassessed: skills.filter((s) => s.combined === null).map((s) => s.id),
      gaps: questions.filter((q) => q.gap).length,
      notes,
    };
  }

  merge.conflict = conflict;
  merge.combine = combine;
})(
  typeof module !== "undefined" ? module.exports : ((window.qbank = window.qbank || {}).merge = {}),
  typeof module !== "undefined" ? require("./scorecard.js") : window.qbank.scorecard,
  typeof module !== "undefined" ? require("./scorecard-format.js") : window.qbank.format
);
