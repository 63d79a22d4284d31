// A tiny bank in the shape of the kit data (qbank/kit.py), and a fake localStorage, for the tests.
"use strict";

function item(id, level, skills, minutes, topic, extra) {
  return {
    id, level, skills, topic: topic || null, question: `Question ${id}?`,
    url: `levels/${level}/#${id}`, minutes, look_for: ["signal one", "signal two"],
    red_flags: ["flag one"], follow_ups: ["follow up?"], corrections: [], answer_html: `<p>Answer ${id}.</p>`,
    ...extra,
  };
}

function kitData() {
  const items = [
    item("a1", "junior", ["ml"], 5, "overfitting"),
    item("a2", "junior", ["ml", "data"], 10),
    item("a3", "junior", ["data"], 5, "overfitting"),
    item("a4", "junior", ["data"], 8),
    item("a5", "junior", ["ops"], 5),
    item("a6", "junior", ["ml"], 7),
    item("b1", "senior", ["ml"], 10),
    item("b2", "senior", ["ops"], 15),
  ];
  const mcq = {
    id: "m1", level: null, skills: ["ml"], question: "Which one regularises?", url: "mcq/#m1", minutes: 1,
    options: ["A. More parameters", "B. Dropout", "C. Fewer examples"], answer: "B. Dropout", key: 1,
    corrections: [], answer_html: "<p>Dropout.</p>",
  };
  const data = {
    bank: { title: "Test bank", slug: "test-bank" },
    levels: [{ id: "junior", title: "Junior" }, { id: "senior", title: "Senior" }],
    skills: { ml: "Machine learning", data: "Data", ops: "Operations" },
    order: [...items.map((i) => i.id), "m1"],
    items: {},
  };
  for (const i of [...items, mcq]) data.items[i.id] = i;
  return data;
}

// The Storage interface over a Map; `quota` characters at most, like a full browser storage.
function fakeStorage(quota) {
  const map = new Map();
  return {
    get length() { return map.size; },
    key: (i) => Array.from(map.keys())[i] || null,
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem(k, v) {
      let used = 0;
      map.forEach((value, key) => { if (key !== k) used += key.length + value.length; });
      if (quota !== undefined && used + k.length + String(v).length > quota) {
        const error = new Error("The quota has been exceeded.");
        error.name = "QuotaExceededError";
        throw error;
      }
      map.set(k, String(v));
    },
    removeItem: (k) => { map.delete(k); },
  };
}

module.exports = { kitData, fakeStorage };
