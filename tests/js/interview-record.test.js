"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const record = require("../../docs/javascripts/interview-record.js");
const { kitData } = require("./helpers.js");

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const data = kitData();

function fresh(options) {
  return record.create(data, ["a2", "a5", "m1", "gone"], { id: "x", now: T0, ...options });
}

test("a new interview copies its questions and the skills they cover, with weight 1 each", () => {
  const rec = fresh({ level: "junior" });
  assert.deepEqual(rec.items.map((i) => i.id), ["a2", "a5", "m1"], "unknown ids are left out");
  assert.deepEqual(rec.skills, { ml: "Machine learning", data: "Data", ops: "Operations" });
  assert.deepEqual(rec.weights, { ml: 1, data: 1, ops: 1 });
  assert.equal(rec.role, "Junior");
  assert.equal(rec.planned_minutes, 16, "the questions' minutes when no plan gives a time");
  assert.equal(fresh({ minutes: 45 }).planned_minutes, 45);
  assert.equal(rec.step, record.SETUP);
  rec.items[0].question = "changed";
  assert.notEqual(data.items.a2.question, "changed", "a copy, not the bank's own object");
});

test("each question's time runs while it is on screen and stops when paused", () => {
  const rec = fresh();
  record.goTo(rec, 0, T0);
  assert.equal(record.elapsed(rec, "a2", T0 + 30000), 30000);
  record.goTo(rec, 1, T0 + 60000);
  assert.equal(record.elapsed(rec, "a2", T0 + 90000), 60000, "stopped when left");
  assert.equal(record.elapsed(rec, "a5", T0 + 90000), 30000);
  record.setPaused(rec, true, T0 + 90000);
  assert.equal(record.elapsed(rec, "a5", T0 + 500000), 30000, "paused");
  record.setPaused(rec, false, T0 + 500000);
  assert.equal(record.elapsed(rec, "a5", T0 + 510000), 40000);
  assert.equal(record.totalElapsed(rec, T0 + 510000), 100000);
  record.goTo(rec, 3, T0 + 520000);
  assert.equal(rec.finished, true);
  assert.equal(record.totalElapsed(rec, T0 + 999999), 110000, "the scorecard step counts no time");
});

test("a reload finds the clock running where it was: the record is plain JSON", () => {
  const rec = fresh();
  record.goTo(rec, 0, T0);
  const reloaded = JSON.parse(JSON.stringify(rec));
  assert.equal(record.elapsed(reloaded, "a2", T0 + 45000), 45000);
});

test("leaving the interview stops its clock, coming back starts it on the same question", () => {
  const rec = fresh();
  record.goTo(rec, 1, T0);
  record.leave(rec, T0 + 20000);
  const later = JSON.parse(JSON.stringify(rec)); // the next day, the interview is opened again
  record.resume(later, T0 + 86400000);
  assert.equal(record.elapsed(later, "a5", T0 + 86400000 + 5000), 25000);
  record.setPaused(later, true, T0 + 86400000 + 5000);
  record.leave(later, T0 + 86400000 + 6000);
  record.resume(later, T0 + 86400000 + 9000);
  assert.equal(later.clock, null, "paused timers stay paused");
});

test("scores, ticks, notes and choices are kept per question", () => {
  const rec = fresh();
  record.setScore(rec, "a2", 3, T0 + 1000);
  record.setTick(rec, "a2", "look_for", 1, true, T0);
  record.setTick(rec, "a2", "look_for", 0, true, T0);
  record.setTick(rec, "a2", "look_for", 1, false, T0);
  record.setTick(rec, "a2", "red_flags", 0, true, T0);
  record.setNotes(rec, "a2", "Talked about bias.", T0);
  record.setChoice(rec, "m1", 2, T0);
  assert.deepEqual(rec.answers.a2, { score: 3, not_assessed: false, look_for: [0], red_flags: [0], notes: "Talked about bias.", choice: null });
  assert.equal(rec.answers.m1.choice, 2);
  record.setScore(rec, "a2", 9, T0);
  assert.equal(rec.answers.a2.score, null, "only 1 to 4");
  assert.equal(rec.updated, new Date(T0).toISOString());
});

test("a question can be marked not assessed, which clears its score; a score clears the mark", () => {
  const rec = fresh();
  record.setScore(rec, "a2", 3, T0);
  record.setScore(rec, "a2", record.NOT_ASSESSED, T0);
  assert.deepEqual([rec.answers.a2.score, rec.answers.a2.not_assessed], [null, true]);
  record.setScore(rec, "a2", 2, T0);
  assert.deepEqual([rec.answers.a2.score, rec.answers.a2.not_assessed], [2, false]);
});

test("the overall recommendation is one of four, with no middle", () => {
  const rec = fresh();
  assert.deepEqual(record.RECOMMENDATIONS.map((r) => r.label), ["Strong no", "No", "Yes", "Strong yes"]);
  record.setRecommendation(rec, "yes", T0);
  assert.equal(rec.recommendation, "yes");
  record.setRecommendation(rec, "maybe", T0);
  assert.equal(rec.recommendation, null);
});

test("the chosen skills are the interview's skills; the others a question touches are only shown", () => {
  const rec = record.create(kitData(), ["a2", "a5"], { id: "x", now: T0, skills: ["data", "__proto__"], weights: { data: 3, ops: 2 }, must: ["data", "ops"] });
  assert.deepEqual(rec.skills, { data: "Data" });
  assert.deepEqual(rec.also, { ml: "Machine learning", ops: "Operations" });
  assert.deepEqual([rec.weights, rec.must_have], [{ data: 3 }, ["data"]]);
  const all = record.create(kitData(), ["a2", "a5"], { id: "y", now: T0 });
  assert.deepEqual(Object.keys(all.skills), ["ml", "data", "ops"], "without a choice, every skill the questions touch");
});

test("weights and must-have skills", () => {
  const rec = fresh();
  record.setWeight(rec, "ml", 3, T0);
  record.setWeight(rec, "ops", -1, T0);
  record.setMustHave(rec, "data", true, T0);
  record.setMustHave(rec, "ml", true, T0);
  record.setMustHave(rec, "data", false, T0);
  assert.deepEqual(rec.weights, { ml: 3, data: 1, ops: 0 });
  assert.deepEqual(rec.must_have, ["ml"]);
});

test("clocks read as minutes and seconds", () => {
  assert.equal(record.clock(0), "0:00");
  assert.equal(record.clock(65500), "1:05");
  assert.equal(record.clock(3723000), "1:02:03");
});

test("ids sort by time and differ between two at the same moment", () => {
  assert.notEqual(record.newId(T0, 0.1), record.newId(T0, 0.2));
  assert.ok(record.newId(T0, 0.9) < record.newId(T0 + 100000, 0.1));
});
