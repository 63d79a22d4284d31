"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const storage = require("../../docs/javascripts/qbank-storage.js");
const { fakeStorage } = require("./helpers.js");

test("the kit is a list of ids", () => {
  const store = storage.open(fakeStorage());
  assert.deepEqual(store.kit(), []);
  assert.equal(store.setKit(["a", "b"]), true);
  assert.deepEqual(store.kit(), ["a", "b"]);
});

test("a damaged kit reads as empty, and only its strings count", () => {
  const backend = fakeStorage();
  backend.setItem("qb-kit", "{not json");
  assert.deepEqual(storage.open(backend).kit(), []);
  backend.setItem("qb-kit", JSON.stringify(["a", 3, null, "b"]));
  assert.deepEqual(storage.open(backend).kit(), ["a", "b"]);
});

test("interviews are kept each under its own key, listed newest first, and deleted one by one", () => {
  const backend = fakeStorage();
  const store = storage.open(backend);
  backend.setItem("qb-kit", "[]");
  store.saveInterview({ id: "one", updated: "2025-01-06T09:00:00.000Z" });
  store.saveInterview({ id: "two", updated: "2025-01-07T09:00:00.000Z" });
  store.saveInterview({ id: "one", updated: "2025-01-08T09:00:00.000Z", candidate: "Ada" });
  assert.deepEqual(store.interviews().map((r) => r.id), ["one", "two"]);
  assert.equal(store.interview("one").candidate, "Ada");
  store.deleteInterview("one");
  assert.deepEqual(store.interviews().map((r) => r.id), ["two"]);
  assert.equal(store.interview("one"), null);
});

test("a full storage makes a save return false, and keeps what was saved before", () => {
  const store = storage.open(fakeStorage(200));
  assert.equal(store.saveInterview({ id: "a", notes: "short" }), true);
  assert.equal(store.saveInterview({ id: "a", notes: "x".repeat(500) }), false);
  assert.equal(store.interview("a").notes, "short");
});

test("without storage, nothing is kept and nothing throws", () => {
  const store = storage.open(null);
  assert.equal(store.available, false);
  assert.equal(store.setKit(["a"]), false);
  assert.deepEqual(store.kit(), []);
  assert.equal(store.saveInterview({ id: "a" }), false);
  assert.deepEqual(store.interviews(), []);
  store.deleteInterview("a");
});

test("storage that refuses every call (some file:// setups) behaves like none", () => {
  const refuse = () => { throw new Error("SecurityError"); };
  const store = storage.open({ getItem: refuse, setItem: refuse, removeItem: refuse, key: refuse, get length() { return refuse(); } });
  assert.deepEqual(store.kit(), []);
  assert.equal(store.saveInterview({ id: "a" }), false);
  assert.deepEqual(store.interviews(), []);
  store.deleteInterview("a");
});
