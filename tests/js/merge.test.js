"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const merge = require("../../docs/javascripts/merge.js");

function card(id, interviewer, scores, options = {}) {
  return {
    format: "qbank-scorecard", version: 1,
    interview: { id, candidate: options.candidate === undefined ? "Ada Lovelace" : options.candidate, role: "Junior", interviewer },
    questions: [
      { id: "q1", question: "One?", skills: ["ml"], score: scores[0] },
      { id: "q2", question: "Two?", skills: ["ml", "data"], score: scores[1] },
      { id: "q3", question: "Three?", skills: ["data"], score: scores[2] },
    ],
    skills: [
      { id: "ml", title: "Machine learning", weight: options.mlWeight || 1, must_have: false },
      { id: "data", title: "Data", weight: 1, must_have: Boolean(options.dataMustHave) },
    ],
    overall: { average: null, must_have_missed: [], must_have_unscored: [] },
  };
}

test("question by question, a gap of 2 points or more is flagged", () => {
  const result = merge.combine([card("a", "Grace", [4, 3, 2]), card("b", "Alan", [2, 2, 2])]);
  assert.deepEqual(result.interviewers, ["Grace", "Alan"]);
  assert.deepEqual(result.questions.map((q) => [q.id, q.scores, q.spread, q.gap]),
                   [["q1", [4, 2], 2, true], ["q2", [3, 2], 1, false], ["q3", [2, 2], 0, false]]);
  assert.equal(result.gaps, 1);
});

test("an unscored question has no gap; one interviewer's question is still listed", () => {
  const other = card("b", "Alan", [1, null, 2]);
  other.questions.push({ id: "q4", question: "Four?", skills: ["ml"], score: 4 });
  const result = merge.combine([card("a", "Grace", [3, 4, 2]), other]);
  const q2 = result.questions.find((q) => q.id === "q2");
  assert.deepEqual([q2.scores, q2.gap], [[4, null], false]);
  assert.deepEqual(result.questions.find((q) => q.id === "q4").scores, [null, 4]);
});

test("skill by skill, each interviewer's average and the combined one, then the overall result", () => {
  // Grace: ml (4+2)/2 = 3, data (2+2)/2 = 2; Alan: ml (2+4)/2 = 3, data (4+1)/2 = 2.5
  const result = merge.combine([card("a", "Grace", [4, 2, 2]), card("b", "Alan", [2, 4, 1])]);
  const ml = result.skills.find((s) => s.id === "ml");
  const data = result.skills.find((s) => s.id === "data");
  assert.deepEqual([ml.averages, ml.combined], [[3, 3], 3]);
  assert.deepEqual([data.averages, data.combined], [[2, 2.5], 2.25]);
  assert.equal(result.overall.average, 2.63); // (3 + 2.25) / 2 = 2.625
  assert.deepEqual(result.overall.must_have_missed, []);
});

test("a must-have skill under 2.5 combined is a no", () => {
  const result = merge.combine([card("a", "Grace", [4, 2, 2], { dataMustHave: true }), card("b", "Alan", [2, 4, 1], { dataMustHave: true })]);
  assert.deepEqual(result.overall.must_have_missed, ["data"]);
});

test("different weights are reported and the first scorecard's are used", () => {
  const result = merge.combine([card("a", "Grace", [4, 4, 2], { mlWeight: 3 }), card("b", "Alan", [4, 4, 2])]);
  assert.equal(result.skills.find((s) => s.id === "ml").weight, 3);
  assert.equal(result.notes.length, 1);
  assert.match(result.notes[0], /“Machine learning” differently/);
});

test("interviewers without a name, or with the same one, are told apart", () => {
  const result = merge.combine([card("a", "", [4, 4, 4]), card("b", "Grace", [4, 4, 4]), card("c", "Grace", [4, 4, 4])]);
  assert.deepEqual(result.interviewers, ["Interviewer 1", "Grace", "Grace (2)"]);
});

test("the same interview twice is refused; another candidate needs a confirmation", () => {
  const loaded = [card("a", "Grace", [4, 4, 4])];
  assert.equal(merge.conflict(loaded, card("a", "Grace", [4, 4, 4])).reason, "duplicate");
  const other = merge.conflict(loaded, card("b", "Alan", [4, 4, 4], { candidate: "Charles Babbage" }));
  assert.deepEqual(other, { reason: "candidate", message: "is for another candidate (Charles Babbage, not Ada Lovelace)" });
  assert.equal(merge.conflict(loaded, card("b", "Alan", [1, 1, 1], { candidate: "  ada lovelace " })), null, "same name, other case");
  assert.equal(merge.conflict(loaded, card("b", "Alan", [1, 1, 1], { candidate: "" })), null, "a card without a name");
  assert.equal(merge.combine([card("x", "A", [1, 1, 1], { candidate: "" }), loaded[0]]).candidate, "Ada Lovelace");
});

test("names that differ only by spacing, case or Unicode form are the same candidate", () => {
  const loaded = [card("a", "Grace", [4, 4, 4], { candidate: "Alex Rivera" })];
  for (const name of ["Alex  Rivera", "alex\u00a0rivera", " ALEX RIVERA "]) {
    assert.equal(merge.conflict(loaded, card("b", "Alan", [4, 4, 4], { candidate: name })), null, JSON.stringify(name));
  }
  assert.equal(merge.conflict(loaded, card("b", "Alan", [4, 4, 4], { candidate: "Alex  Riviera" })).message,
               "is for another candidate (Alex Riviera, not Alex Rivera)");
});

test("a gap comes with what each interviewer heard; recommendations side by side; skills nobody assessed", () => {
  const grace = card("a", "Grace", [4, 3, null]);
  grace.questions[0].look_for = [{ text: "names the trade-off", ticked: true }, { text: "measures it", ticked: false }];
  grace.questions[0].notes = "Clear example.";
  grace.interview.recommendation = "yes";
  const alan = card("b", "Alan", [2, 3, null]);
  alan.questions[0].red_flags = [{ text: "confuses the terms", ticked: true }];
  alan.questions[2].not_assessed = true;
  alan.interview.recommendation = "no";
  alan.interview.summary = "Shaky on basics.";
  grace.skills.push({ id: "ops", title: "Operations", weight: 1, must_have: false });
  const result = merge.combine([grace, alan]);
  const [q1, , q3] = result.questions;
  assert.equal(q1.gap, true);
  assert.deepEqual(q1.evidence, [
    { score: 4, not_assessed: false, look_for: ["names the trade-off"], red_flags: [], notes: "Clear example." },
    { score: 2, not_assessed: false, look_for: [], red_flags: ["confuses the terms"], notes: "" },
  ]);
  assert.deepEqual(q3.not_assessed, [false, true]);
  assert.deepEqual(result.recommendations, [{ value: "yes", summary: "" }, { value: "no", summary: "Shaky on basics." }]);
  assert.deepEqual(result.unassessed, ["ops"]);
});
