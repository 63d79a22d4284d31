"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const address = require("../../docs/javascripts/kit-address.js");
const { kitData } = require("./helpers.js");

const data = kitData();

test("a kit link keeps its known questions in order, once, and names the unknown ones once", () => {
  const kit = address.parse({ ids: "a2,x,a1,x,a2,__proto__,constructor" }, data);
  assert.equal(kit.kind, "kit");
  assert.deepEqual(kit.ids, ["a2", "a1"]);
  assert.deepEqual(kit.problems, ["Not in this bank, so left out: questions x, __proto__, constructor."]);
});

test("twenty thousand repetitions of an unknown id make one short message", () => {
  const kit = address.parse({ ids: Array(20000).fill("x").join(",") }, data);
  assert.deepEqual(kit.problems, ["Not in this bank, so left out: questions x."]);
});

test("a plan link is read with its skills, weights and must-haves; old links say seed", () => {
  const plan = address.parse({ level: "junior", skills: "ml,data", minutes: "30", seed: "7", weights: "ml:2", must: "data" }, data);
  assert.deepEqual(plan, { kind: "plan", level: "junior", minutes: 30, variant: 7, skills: ["ml", "data"],
                           weights: { ml: 2 }, must: ["data"], problems: [] });
});

test("odd plan parameters are refused with a plain message, never read as objects or huge numbers", () => {
  const plan = address.parse({ level: "junior", skills: "__proto__", minutes: "1e309", variant: "1" }, data);
  assert.equal(plan.kind, null);
  assert.deepEqual(plan.problems, [
    "Not in this bank, so left out: skills __proto__.",
    "The time must be a whole number of minutes from 5 to 480.",
    "Choose at least one skill of this bank.",
  ]);
  assert.match(address.parse({ level: "toString", skills: "ml", minutes: "30", variant: "1" }, data).problems[0], /level toString/);
  assert.deepEqual(address.parse({ ids: "a1", weights: "ml:9,hasOwnProperty:1" }, data).problems, [
    "The weight of Machine learning must be a whole number from 0 to 5.",
    "Not in this bank, so left out: skills hasOwnProperty.",
  ]);
});

test("what format writes, parse reads back", () => {
  const plan = { level: "junior", skills: ["ml", "data"], minutes: 30, variant: 7, weights: { ml: 2, data: 1 }, must: ["data"] };
  const params = Object.fromEntries(address.format(plan).slice(1).split("&").map((pair) => pair.split("=")));
  assert.deepEqual(address.parse(params, data), { kind: "plan", ...plan, weights: { ml: 2 }, problems: [] });
  const kit = { ids: ["a1", "b2"], skills: ["ml"], weights: { ml: 3 }, must: ["ml"] };
  assert.equal(address.format(kit), "#ids=a1,b2&skills=ml&weights=ml:3&must=ml");
});

test("an address with neither a kit nor a plan is none", () => {
  assert.equal(address.parse({}, data), null);
  assert.equal(address.parse({ interview: "abc" }, data), null);
});
