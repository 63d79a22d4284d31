// The debrief's logic: several interviewers' scorecards of one candidate side by side. Question by
// question first, as docs/rubric.md asks, with a gap of 2 points or more flagged for discussion;
// then skill by skill and the combined result, computed the rubric's way by scorecard.js. Each
// scorecard is recomputed from its question scores, never taken on trust. Pure: no DOM.
(function (merge, scorecard, format) {
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
    if (cards.some(function (c) { return c.interview.id === card.interview.id; })) {
      return { reason: "duplicate", message: "is already loaded (the same interview)" };
    }
    var other = cards.find(function (c) { return c.interview.candidate.trim() && card.interview.candidate.trim() &&
      !sameName(c.interview.candidate, card.interview.candidate); });
    if (other) {
      var shown = function (name) { return name.replace(/\s+/g, " ").trim(); };
      return { reason: "candidate", message: "is for another candidate (" + shown(card.interview.candidate) + ", not " +
        shown(other.interview.candidate) + ")" };
    }
    return null;
  }

  function interviewerNames(cards) {
    var seen = {};
    return cards.map(function (card, i) {
      var name = card.interview.interviewer.trim() || "Interviewer " + (i + 1);
      seen[name] = (seen[name] || 0) + 1;
      return seen[name] > 1 ? name + " (" + seen[name] + ")" : name;
    });
  }

  function union(lists, key) {
    var order = [], byId = {};
    lists.forEach(function (list) {
      list.forEach(function (entry) {
        if (!byId[entry[key]]) {
          byId[entry[key]] = entry;
          order.push(entry[key]);
        }
      });
    });
    return order.map(function (id) { return byId[id]; });
  }

  function combine(cards) {
    var results = cards.map(function (card) { return scorecard.compute(format.toInput(card)); });
    var questions = union(cards.map(function (c) { return c.questions; }), "id").map(function (q) {
      var answers = cards.map(function (card) { return card.questions.find(function (x) { return x.id === q.id; }) || null; });
      var scores = answers.map(function (own) { return own ? own.score : null; });
      var given = scores.filter(function (s) { return s !== null; });
      var spread = given.length > 1 ? Math.max.apply(null, given) - Math.min.apply(null, given) : null;
      // What each interviewer heard: the evidence to discuss a gap with.
      var evidence = answers.map(function (own) {
        if (!own) return null;
        var ticked = function (list) { return (list || []).filter(function (t) { return t.ticked; }).map(function (t) { return t.text; }); };
        return { score: own.score, not_assessed: Boolean(own.not_assessed), look_for: ticked(own.look_for),
                 red_flags: ticked(own.red_flags), notes: own.notes || "" };
      });
      return { id: q.id, question: q.question, skills: q.skills, scores: scores, spread: spread, evidence: evidence,
               not_assessed: answers.map(function (own) { return Boolean(own && own.not_assessed); }),
               gap: spread !== null && spread >= scorecard.GAP };
    });
    // The first scorecard that weighs a skill sets its weight and whether it is a must-have: the
    // rubric asks for the same weights for every interviewer; differences are reported.
    var notes = [];
    var skills = union(cards.map(function (c) { return c.skills; }), "id").map(function (s) {
      var averages = results.map(function (r) {
        var own = r.skills.find(function (x) { return x.id === s.id; });
        return own ? own.average : null;
      });
      var settings = cards.map(function (c) { return c.skills.find(function (x) { return x.id === s.id; }); })
        .filter(Boolean);
      if (settings.some(function (x) { return x.weight !== s.weight || x.must_have !== s.must_have; })) {
        notes.push("The scorecards weigh “" + s.title + "” differently; the combined result uses the first one's weight and must-have choice.");
      }
      var given = averages.filter(function (a) { return a !== null; });
      return { id: s.id, title: s.title, weight: s.weight, must_have: s.must_have, averages: averages,
               combined: scorecard.mean(given) };
    });
    var overall = scorecard.overall(skills.map(function (s) {
      return { id: s.id, weight: s.weight, must_have: s.must_have, average: s.combined };
    }));
    skills.forEach(function (s) { s.combined = scorecard.round(s.combined); });
    var candidate = cards.map(function (c) { return c.interview.candidate.trim(); }).find(Boolean) || "";
    var recommendations = cards.map(function (c) {
      return { value: c.interview.recommendation || null, summary: c.interview.summary || "" };
    });
    return {
      candidate: candidate,
      interviewers: interviewerNames(cards),
      questions: questions,
      skills: skills,
      overall: overall,
      recommendations: recommendations,
      // Skills the interviews were to assess on which no interviewer scored a question.
      unassessed: skills.filter(function (s) { return s.combined === null; }).map(function (s) { return s.id; }),
      gaps: questions.filter(function (q) { return q.gap; }).length,
      notes: notes,
    };
  }

  merge.conflict = conflict;
  merge.combine = combine;
})(
  typeof module !== "undefined" ? module.exports : ((window.qbank = window.qbank || {}).merge = {}),
  typeof module !== "undefined" ? require("./scorecard.js") : window.qbank.scorecard,
  typeof module !== "undefined" ? require("./scorecard-format.js") : window.qbank.format
);
