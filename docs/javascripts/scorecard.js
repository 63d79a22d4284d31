// The scorecard's arithmetic, as docs/rubric.md says: per skill, the average of the scores of the
// questions tagged with it (a question with two skills counts for both); overall, the average of
// the skill averages weighted by weights chosen before the interview; a must-have skill is a
// threshold instead: an average under 2.5 on it is a "no", whatever the total. Pure: no DOM.
((scorecard) => {
  "use strict";

  const LEVELS = [
    { score: 4, label: "Strong" },
    { score: 3, label: "Solid" },
    { score: 2, label: "Weak" },
    { score: 1, label: "Missing or wrong" },
  ];
  const THRESHOLD = 2.5; // a must-have skill's average under this is a "no"
  const GAP = 2; // interviewers this many points apart on one question should compare notes
  const MCQ_RIGHT = 4, MCQ_WRONG = 1; // an MCQ is right or wrong: the top or the bottom of the scale

  function round(value) {
    return value === null ? null : Math.round(value * 100) / 100;
  }

  function mean(values) {
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  }

  // A question's score: the interviewer's 1–4 for an open question, the key for an MCQ; or null.
  function questionScore(item, answer) {
    if (!answer || answer.not_assessed) return null;
    if (item.options) return answer.choice === null || answer.choice === undefined ? null : answer.choice === item.key ? MCQ_RIGHT : MCQ_WRONG;
    return answer.score >= 1 && answer.score <= 4 ? answer.score : null;
  }

  // input: {questions: [{skills, score}], skills: [{id, title}], weights: {id: n}, must_have: [id]}
  function compute(input) {
    const skills = input.skills.map((skill) => {
      const tagged = input.questions.filter((q) => q.skills.includes(skill.id));
      const scores = tagged.map((q) => q.score).filter((s) => s !== null);
      const average = mean(scores);
      const mustHave = input.must_have.includes(skill.id);
      const weight = input.weights[skill.id];
      return {
        id: skill.id, title: skill.title, weight: typeof weight === "number" ? weight : 1, must_have: mustHave,
        questions: tagged.length, scored: scores.length, average,
        below_threshold: mustHave && average !== null && average < THRESHOLD,
      };
    });
    return { skills: skills.map((s) => ({ ...s, average: round(s.average) })), overall: overall(skills) };
  }

  // skills: [{id, weight, must_have, average}] (averages unrounded) → the overall result.
  function overall(skills) {
    const counted = skills.filter((s) => s.average !== null && s.weight > 0);
    const weights = counted.reduce((sum, s) => sum + s.weight, 0);
    const average = weights ? counted.reduce((sum, s) => sum + s.weight * s.average, 0) / weights : null;
    return {
      average: round(average),
      must_have_missed: skills.filter((s) => s.must_have && s.average !== null && s.average < THRESHOLD).map((s) => s.id),
      must_have_unscored: skills.filter((s) => s.must_have && s.average === null).map((s) => s.id),
    };
  }

  // An interview record (interview-record.js) as the input of compute().
  function fromRecord(rec) {
    return {
      questions: rec.items.map((item) => ({ id: item.id, skills: item.skills, score: questionScore(item, rec.answers[item.id]) })),
      skills: Object.keys(rec.skills).map((id) => ({ id, title: rec.skills[id] })),
      weights: rec.weights,
      must_have: rec.must_have,
    };
  }

  // The result in words, for the scorecard and the debrief.
  function verdict(result, titles) {
    const o = result.overall;
    const name = (id) => titles[id] || id;
    const skillsWord = (list) => (list.length > 1 ? "skills" : "skill");
    if (o.must_have_missed.length) {
      return { kind: "no", text: `No: under ${THRESHOLD} on the must-have ${skillsWord(o.must_have_missed)} ` +
        o.must_have_missed.map(name).join(", ") + (o.average === null ? "." : ` (overall ${o.average.toFixed(2)} of 4).`) };
    }
    if (o.average === null) return { kind: "none", text: "No question scored yet." };
    let text = `Overall ${o.average.toFixed(2)} of 4 (weighted average of the skill averages).`;
    if (o.must_have_unscored.length) {
      text += ` Not scored yet on the must-have ${skillsWord(o.must_have_unscored)} ${o.must_have_unscored.map(name).join(", ")}.`;
    }
    return { kind: "score", text };
  }

  // An average in the scale's words: 3.5 and up reads as Strong, 2.5 as Solid, 1.5 as Weak.
  function band(average) {
    if (average === null || average === undefined) return null;
    return LEVELS.find((l) => average >= l.score - 0.5) || LEVELS[LEVELS.length - 1];
  }

  // The result in plain words beside the numbers: "Overall 2.73 of 4, which reads as Solid. Solid
  // or better on 3 of 4 skills scored; must-have Data Analysis met."
  function reading(result, titles) {
    const o = result.overall;
    if (o.average === null) return "";
    const name = (id) => titles[id] || id;
    const scored = result.skills.filter((s) => s.average !== null);
    const good = scored.filter((s) => s.average >= THRESHOLD).length;
    const parts = [`Overall ${o.average.toFixed(2)} of 4, which reads as ${band(o.average).label}.`,
                   `Solid or better on ${good} of ${scored.length} skill${scored.length === 1 ? "" : "s"} scored`];
    const musts = result.skills.filter((s) => s.must_have && s.average !== null);
    const met = musts.filter((s) => s.average >= THRESHOLD).map((s) => name(s.id));
    const missed = musts.filter((s) => s.average < THRESHOLD).map((s) => name(s.id));
    if (met.length) parts.push(`must-have ${met.join(", ")} met`);
    if (missed.length) parts.push(`must-have ${missed.join(", ")} not met`);
    const unassessed = result.skills.filter((s) => s.average === null).map((s) => name(s.id));
    if (unassessed.length) parts.push(`not assessed: ${unassessed.join(", ")}`);
    return `${parts[0]} ${parts.slice(1).join("; ")}.`;
  }

  function label(score) {
    const level = LEVELS.find((l) => l.score === score);
    return level ? `${score} ${level.label}` : "";
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
