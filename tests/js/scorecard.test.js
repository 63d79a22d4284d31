"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const scorecard = require("../../docs/javascripts/scorecard.js");

const skills = [{ id: "ml", title: "Machine learning" }, { id: "data", title: "Data" }, { id: "ops", title: "Operations" }];

function input(scores, weights, mustHave) {
  return {
    questions: [
      { id: "q1", skills: ["ml"], score: scores[0] },
      { id: "q2", skills: ["ml", "data"], score: scores[1] },
      { id: "q3", skills: ["data"], score: scores[2] },
      { id: "q4", skills: ["ops"], score: scores[3] },
    ],
    skills,
    weights: weights || {},
    must_have: mustHave || [],
  };
}

const bySkill = (result) => Object.fromEntries(result.skills.map((s) => [s.id, s]));

test("a skill's score is the average of its questions; a question with two skills counts for both", () => {
  const result = scorecard.compute(input([4, 3, 1, 2]));
  const s = bySkill(result);
  assert.equal(s.ml.average, 3.5);
  assert.equal(s.data.average, 2);
  assert.equal(s.ops.average, 2);
  assert.deepEqual([s.ml.questions, s.data.questions, s.ops.questions], [2, 2, 1]);
});

test("unscored questions are left out of the averages; a skill with none has no average", () => {
  const result = scorecard.compute(input([4, null, null, null]));
  const s = bySkill(result);
  assert.equal(s.ml.average, 4);
  assert.equal(s.ml.scored, 1);
  assert.equal(s.data.average, null);
  assert.equal(result.overall.average, 4);
  assert.equal(scorecard.compute(input([null, null, null, null])).overall.average, null);
});

test("overall is the average of the skill averages, weighted by the weights chosen beforehand", () => {
  // ml 3.5, data 2, ops 2
  assert.equal(scorecard.compute(input([4, 3, 1, 2])).overall.average, 2.5);
  assert.equal(scorecard.compute(input([4, 3, 1, 2], { ml: 2, data: 1, ops: 1 })).overall.average, 2.75);
  assert.equal(scorecard.compute(input([4, 3, 1, 2], { ml: 1, data: 0, ops: 0 })).overall.average, 3.5, "weight 0 leaves a skill out");
});

test("averages are rounded to two decimals", () => {
  const result = scorecard.compute({ questions: [{ skills: ["ml"], score: 4 }, { skills: ["ml"], score: 3 }, { skills: ["ml"], score: 3 }],
                                     skills: [skills[0]], weights: {}, must_have: [] });
  assert.equal(result.skills[0].average, 3.33);
  assert.equal(result.overall.average, 3.33);
});

test("a must-have skill under 2.5 is a no whatever the total; 2.5 itself passes", () => {
  const missed = scorecard.compute(input([4, 4, 1, 2], {}, ["data", "ops"]));
  assert.deepEqual(missed.overall.must_have_missed, ["ops"]); // data is (4 + 1) / 2 = 2.5
  assert.equal(bySkill(missed).ops.below_threshold, true);
  assert.equal(bySkill(missed).data.below_threshold, false);
  const verdict = scorecard.verdict(missed, { ops: "Operations" });
  assert.equal(verdict.kind, "no");
  // ml 4, data 2.5, ops 2: overall 2.83, a "no" all the same
  assert.equal(verdict.text, "No: under 2.5 on the must-have skill Operations (overall 2.83 of 4).");
});

test("a must-have skill not scored yet is said so, not failed", () => {
  const result = scorecard.compute(input([4, 3, 3, null], {}, ["ops"]));
  assert.deepEqual(result.overall.must_have_missed, []);
  assert.deepEqual(result.overall.must_have_unscored, ["ops"]);
  assert.match(scorecard.verdict(result, { ops: "Operations" }).text, /Not scored yet on the must-have skill Operations\./);
  assert.equal(scorecard.verdict(scorecard.compute(input([null, null, null, null])), {}).kind, "none");
});

test("an MCQ scores 4 when the choice is the key, 1 otherwise, nothing before a choice", () => {
  const mcq = { options: ["A. x", "B. y"], key: 1 };
  assert.equal(scorecard.questionScore(mcq, { choice: 1 }), 4);
  assert.equal(scorecard.questionScore(mcq, { choice: 0 }), 1);
  assert.equal(scorecard.questionScore(mcq, { choice: null }), null);
  assert.equal(scorecard.questionScore({}, { score: 3 }), 3);
  assert.equal(scorecard.questionScore({}, { score: 5 }), null);
  assert.equal(scorecard.questionScore({}, undefined), null);
});

test("the four levels are the rubric's", () => {
  assert.deepEqual(scorecard.LEVELS.map((l) => scorecard.label(l.score)), ["4 Strong", "3 Solid", "2 Weak", "1 Missing or wrong"]);
});

test("a question not assessed is left out of the averages", () => {
  assert.equal(scorecard.questionScore({}, { score: 4, not_assessed: true }), null);
});

test("the result reads in plain words: the overall band, the skills solid or better, the must-haves", () => {
  const result = scorecard.compute(input([4, 3, 2, null], {}, ["data"]));
  const titles = { ml: "Machine learning", data: "Data", ops: "Operations" };
  assert.equal(scorecard.reading(result, titles),
               "Overall 3.00 of 4, which reads as Solid. Solid or better on 2 of 2 skills scored; must-have Data met; not assessed: Operations.");
  assert.deepEqual([3.5, 3.49, 2.5, 1.5, 1.49, 1].map((a) => scorecard.band(a).label),
                   ["Strong", "Solid", "Solid", "Weak", "Missing or wrong", "Missing or wrong"]);
});
