// The scorecard's arithmetic, as docs/rubric.md says: per skill, the average of the scores of the
// questions tagged with it (a question with two skills counts for both); overall, the average of
// the skill averages weighted by weights chosen before the interview; a must-have skill is a
// threshold instead: an average under 2.5 on it is a "no", whatever the total. Pure: no DOM.
(function (scorecard) {
  "use strict";

  var LEVELS = [
    { score: 4, label: "Strong" },
    { score: 3, label: "Solid" },
    { score: 2, label: "Weak" },
    { score: 1, label: "Missing or wrong" },
  ];
  var THRESHOLD = 2.5; // a must-have skill's average under this is a "no"
  var GAP = 2; // interviewers this many points apart on one question should compare notes
  var MCQ_RIGHT = 4, MCQ_WRONG = 1; // an MCQ is right or wrong: the top or the bottom of the scale

  function round(value) {
    return value === null ? null : Math.round(value * 100) / 100;
  }

  function mean(values) {
    return values.length ? values.reduce(function (a, b) { return a + b; }, 0) / values.length : null;
  }

  // A question's score: the interviewer's 1–4 for an open question, the key for an MCQ; or null.
  function questionScore(item, answer) {
    if (!answer || answer.not_assessed) return null;
    if (item.options) return answer.choice === null || answer.choice === undefined ? null : answer.choice === item.key ? MCQ_RIGHT : MCQ_WRONG;
    return answer.score >= 1 && answer.score <= 4 ? answer.score : null;
  }

  // input: {questions: [{skills, score}], skills: [{id, title}], weights: {id: n}, must_have: [id]}
  function compute(input) {
    var skills = input.skills.map(function (skill) {
      var tagged = input.questions.filter(function (q) { return q.skills.indexOf(skill.id) >= 0; });
      var scores = tagged.map(function (q) { return q.score; }).filter(function (s) { return s !== null; });
      var average = mean(scores);
      var mustHave = input.must_have.indexOf(skill.id) >= 0;
      var weight = input.weights[skill.id];
      return {
        id: skill.id, title: skill.title, weight: typeof weight === "number" ? weight : 1, must_have: mustHave,
        questions: tagged.length, scored: scores.length, average: average,
        below_threshold: mustHave && average !== null && average < THRESHOLD,
      };
    });
    return { skills: skills.map(function (s) { return Object.assign({}, s, { average: round(s.average) }); }), overall: overall(skills) };
  }

  // skills: [{id, weight, must_have, average}] (averages unrounded) → the overall result.
  function overall(skills) {
    var counted = skills.filter(function (s) { return s.average !== null && s.weight > 0; });
    var weights = counted.reduce(function (sum, s) { return sum + s.weight; }, 0);
    var average = weights ? counted.reduce(function (sum, s) { return sum + s.weight * s.average; }, 0) / weights : null;
    return {
      average: round(average),
      must_have_missed: skills.filter(function (s) { return s.must_have && s.average !== null && s.average < THRESHOLD; })
        .map(function (s) { return s.id; }),
      must_have_unscored: skills.filter(function (s) { return s.must_have && s.average === null; }).map(function (s) { return s.id; }),
    };
  }

  // An interview record (interview-record.js) as the input of compute().
  function fromRecord(rec) {
    return {
      questions: rec.items.map(function (item) {
        return { id: item.id, skills: item.skills, score: questionScore(item, rec.answers[item.id]) };
      }),
      skills: Object.keys(rec.skills).map(function (id) { return { id: id, title: rec.skills[id] }; }),
      weights: rec.weights,
      must_have: rec.must_have,
    };
  }

  // The result in words, for the scorecard and the debrief.
  function verdict(result, titles) {
    var o = result.overall;
    var name = function (id) { return titles[id] || id; };
    if (o.must_have_missed.length) {
      return { kind: "no", text: "No: under " + THRESHOLD + " on the must-have skill" + (o.must_have_missed.length > 1 ? "s " : " ") +
        o.must_have_missed.map(name).join(", ") + (o.average === null ? "." : " (overall " + o.average.toFixed(2) + " of 4).") };
    }
    if (o.average === null) return { kind: "none", text: "No question scored yet." };
    var text = "Overall " + o.average.toFixed(2) + " of 4 (weighted average of the skill averages).";
    if (o.must_have_unscored.length) text += " Not scored yet on the must-have skill" + (o.must_have_unscored.length > 1 ? "s " : " ") + o.must_have_unscored.map(name).join(", ") + ".";
    return { kind: "score", text: text };
  }

  // An average in the scale's words: 3.5 and up reads as Strong, 2.5 as Solid, 1.5 as Weak.
  function band(average) {
    if (average === null || average === undefined) return null;
    return LEVELS.find(function (l) { return average >= l.score - 0.5; }) || LEVELS[LEVELS.length - 1];
  }

  // The result in plain words beside the numbers: "Overall 2.73 of 4, which reads as Solid. Solid
  // or better on 3 of 4 skills scored; must-have Data Analysis met."
  function reading(result, titles) {
    var o = result.overall;
    if (o.average === null) return "";
    var name = function (id) { return titles[id] || id; };
    var scored = result.skills.filter(function (s) { return s.average !== null; });
    var good = scored.filter(function (s) { return s.average >= THRESHOLD; }).length;
    var parts = ["Overall " + o.average.toFixed(2) + " of 4, which reads as " + band(o.average).label + ".",
                 "Solid or better on " + good + " of " + scored.length + " skill" + (scored.length === 1 ? "" : "s") + " scored"];
    var musts = result.skills.filter(function (s) { return s.must_have && s.average !== null; });
    var met = musts.filter(function (s) { return s.average >= THRESHOLD; }).map(function (s) { return name(s.id); });
    var missed = musts.filter(function (s) { return s.average < THRESHOLD; }).map(function (s) { return name(s.id); });
    if (met.length) parts.push("must-have " + met.join(", ") + " met");
    if (missed.length) parts.push("must-have " + missed.join(", ") + " not met");
    var unassessed = result.skills.filter(function (s) { return s.average === null; }).map(function (s) { return name(s.id); });
    if (unassessed.length) parts.push("not assessed: " + unassessed.join(", "));
    return parts[0] + " " + parts.slice(1).join("; ") + ".";
  }

  function label(score) {
    var level = LEVELS.find(function (l) { return l.score === score; });
    return level ? score + " " + level.label : "";
  }

  scorecard.LEVELS = LEVELS;
  scorecard.THRESHOLD = THRESHOLD;
  scorecard.GAP = GAP;
  scorecard.mean = mean;
  scorecard.round = round;
  scorecard.questionScore = questionScore;
  scorecard.compute = compute;
  scorecard.overall = overall;
  scorecard.fromRecord = fromRecord;
  scorecard.verdict = verdict;
  scorecard.label = label;
  scorecard.band = band;
  scorecard.reading = reading;
})(typeof module !== "undefined" ? module.exports : ((window.qbank = window.qbank || {}).scorecard = {}));
