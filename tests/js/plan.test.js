"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const plan = require("../../docs/javascripts/plan.js");
const { kitData } = require("./helpers.js");

const data = kitData();

test("the same inputs and seed give the same plan; other seeds shuffle", () => {
  const first = plan.generate(data, "junior", ["ml", "data"], 30, 7);
  assert.deepEqual(plan.generate(data, "junior", ["ml", "data"], 30, 7), first);
  const plans = new Set([1, 2, 3, 4, 5, 6, 8, 9].map((seed) => plan.generate(data, "junior", ["ml", "data"], 30, seed).join()));
  assert.ok(plans.size > 1, "different seeds give different plans");
});

test("the seeded sequence is the one kit.js always used, so that shared plan links keep their plan", () => {
  const next = plan.random(42);
  assert.deepEqual([next(), next(), next()].map((x) => x.toFixed(6)), ["0.601104", "0.448291", "0.852466"]);
});

test("a plan stays within its level and its time", () => {
  for (let seed = 1; seed <= 30; seed++) {
    const ids = plan.generate(data, "junior", ["ml", "data", "ops"], 20, seed);
    assert.ok(ids.every((id) => data.items[id].level === "junior"));
    assert.ok(ids.reduce((sum, id) => sum + data.items[id].minutes, 0) <= 20);
  }
});

test("every chosen skill is covered before any is covered twice", () => {
  for (let seed = 1; seed <= 30; seed++) {
    const ids = plan.generate(data, "junior", ["ml", "data", "ops"], 23, seed);
    // 23 minutes always fit one question of each skill: at worst 10 (ml) + 8 (data) + 5 (ops).
    for (const skill of ["ml", "data", "ops"]) {
      assert.ok(ids.some((id) => data.items[id].skills.includes(skill)), `seed ${seed} covers ${skill}`);
    }
  }
});

test("a plan never asks two questions of the same topic", () => {
  for (let seed = 1; seed <= 50; seed++) {
    const ids = plan.generate(data, "junior", ["ml", "data"], 300, seed);
    const topics = ids.map((id) => data.items[id].topic).filter(Boolean);
    assert.equal(new Set(topics).size, topics.length, `seed ${seed}: ${ids}`);
    assert.ok(topics.includes("overfitting"), "the repeated topic is still asked once");
  }
});

test("the skills no question fits are reported", () => {
  const ids = plan.generate(data, "senior", ["ml", "ops"], 12, 3);
  assert.deepEqual(ids, ["b1"]);
  assert.deepEqual(plan.missedSkills(data, ["ml", "ops"], ids), ["ops"]);
});
