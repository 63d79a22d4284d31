"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const record = require("../../docs/javascripts/interview-record.js");
const format = require("../../docs/javascripts/scorecard-format.js");
const { kitData } = require("./helpers.js");

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

function interview() {
  const rec = record.create(kitData(), ["a2", "a5", "m1"], { id: "iv-1", now: T0, level: "junior" });
  record.setDetail(rec, "candidate", "Ada Lovelace", T0);
  record.setDetail(rec, "interviewer", "Grace", T0);
  record.goTo(rec, 0, T0);
  record.setScore(rec, "a2", 3, T0);
  record.setTick(rec, "a2", "look_for", 1, true, T0);
  record.setNotes(rec, "a2", "=SUM(A1) said \"yes\", then paused", T0);
  record.goTo(rec, 1, T0 + 120000);
  record.setScore(rec, "a5", 1, T0);
  record.goTo(rec, 2, T0 + 180000);
  record.setChoice(rec, "m1", 0, T0);
  record.goTo(rec, 3, T0 + 200000);
  return rec;
}

// A CSV reader for the test: quoted fields, doubled quotes, CRLF rows.
function readCSV(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  return rows;
}

test("the export is versioned and holds every question's score, ticks, notes and time", () => {
  const card = format.toExport(interview(), T0 + 300000);
  assert.equal(card.format, "qbank-scorecard");
  assert.equal(card.version, 2);
  assert.equal(card.exported, "2025-01-06T09:05:00.000Z");
  assert.deepEqual(card.bank, { title: "Test bank", slug: "test-bank" });
  assert.deepEqual(card.interview, { id: "iv-1", started: "2025-01-06T09:00:00.000Z", candidate: "Ada Lovelace", role: "Junior",
                                     interviewer: "Grace", planned_minutes: 16, finished: true, recommendation: null, summary: "" });
  const [a2, a5, m1] = card.questions;
  assert.equal(a2.kind, "open");
  assert.equal(a2.score, 3);
  assert.equal(a2.seconds, 120);
  assert.deepEqual(a2.look_for, [{ text: "signal one", ticked: false }, { text: "signal two", ticked: true }]);
  assert.equal(a5.score, 1);
  assert.deepEqual({ kind: m1.kind, key: m1.key, choice: m1.choice, correct: m1.correct, score: m1.score },
                   { kind: "mcq", key: 1, choice: 0, correct: false, score: 1 });
  const ml = card.skills.find((s) => s.id === "ml");
  assert.deepEqual(ml, { id: "ml", title: "Machine learning", weight: 1, must_have: false, questions: 2, scored: 2, average: 2 });
  assert.equal(card.overall.average, 2); // ml (3+1)/2 = 2, data 3, ops 1
});

test("an export reads back; other files are refused with the reason", () => {
  const card = format.toExport(interview(), T0);
  assert.deepEqual(format.parse(JSON.stringify(card)).card, card);
  assert.match(format.parse("not json").error, /not JSON/);
  assert.match(format.parse(JSON.stringify({ title: "a bank" })).error, /^is not a scorecard/);
  assert.match(format.parse("[1, 2]").error, /^is not a scorecard/);
  assert.equal(format.parse(JSON.stringify({ ...card, version: 3 })).error,
               "is a scorecard of another version (3); this page reads versions 1 and 2");
  const damaged = JSON.parse(JSON.stringify(card));
  damaged.questions[1].score = 5;
  assert.equal(format.parse(JSON.stringify(damaged)).error, "is a damaged scorecard: question 2 has a score that is neither 1 to 4 nor null");
  const repeated = JSON.parse(JSON.stringify(card));
  repeated.questions = Array(4000).fill(repeated.questions[0]);
  assert.equal(format.parse(JSON.stringify(repeated)).error, "is a damaged scorecard: question 2 repeats question 1 (a2)");
  const odd = JSON.parse(JSON.stringify(card));
  odd.interview.recommendation = "maybe";
  assert.match(format.parse(JSON.stringify(odd)).error, /^is a damaged scorecard: its recommendation is none of strong-no, no, yes, strong-yes/);
  const noSkills = { ...card, skills: [{ id: "ml" }] };
  assert.match(format.parse(JSON.stringify(noSkills)).error, /^is a damaged scorecard: skill 1 /);
  const noInterviewer = JSON.parse(JSON.stringify(card));
  delete noInterviewer.interview.interviewer;
  assert.match(format.parse(JSON.stringify(noInterviewer)).error, /^is a damaged scorecard: its "interview"/);
});

test("a version-1 file still reads, as version 2 with nothing marked not assessed and no recommendation", () => {
  const card = format.toExport(interview(), T0);
  const old = JSON.parse(JSON.stringify(card));
  old.version = 1;
  delete old.interview.recommendation;
  delete old.interview.summary;
  delete old.also_touches;
  old.questions.forEach((q) => delete q.not_assessed);
  assert.deepEqual(format.parse(JSON.stringify(old)).card, card);
});

test("not assessed and the recommendation reach the export and the CSV", () => {
  const rec = interview();
  record.setScore(rec, "a5", record.NOT_ASSESSED, T0);
  record.setRecommendation(rec, "strong-yes", T0);
  record.setDetail(rec, "summary", "Clear on trade-offs.", T0);
  const card = format.toExport(rec, T0);
  assert.deepEqual([card.questions[1].score, card.questions[1].not_assessed], [null, true]);
  assert.deepEqual([card.interview.recommendation, card.interview.summary], ["strong-yes", "Clear on trade-offs."]);
  const rows = readCSV(format.toCSV(card).slice(1));
  assert.equal(rows[2][format.CSV_COLUMNS.indexOf("score")], "not assessed");
  assert.deepEqual(rows[rows.length - 1].slice(0, 1).concat([rows[rows.length - 1][5], rows[rows.length - 1][16]]),
                   ["recommendation", "Strong yes", "Clear on trade-offs."]);
});

test("the CSV has a row per question, per skill and the overall result, and keeps notes as text", () => {
  const text = format.toCSV(format.toExport(interview(), T0));
  assert.ok(text.startsWith("\ufeff"), "a byte order mark tells spreadsheets it is UTF-8");
  const rows = readCSV(text.slice(1));
  assert.deepEqual(rows[0], format.CSV_COLUMNS);
  const records = rows.slice(1).map((row) => Object.fromEntries(format.CSV_COLUMNS.map((c, i) => [c, row[i]])));
  assert.deepEqual(records.map((r) => r.row), ["question", "question", "question", "skill", "skill", "skill", "overall", "recommendation"]);
  const a2 = records[0];
  assert.deepEqual([a2.candidate, a2.interviewer, a2.id, a2.score, a2.look_for_ticked, a2.minutes_spent],
                   ["Ada Lovelace", "Grace", "a2", "3", "signal two", "2"]);
  assert.equal(a2.notes, "'=SUM(A1) said \"yes\", then paused", "a formula stays text");
  assert.deepEqual([records[2].choice, records[2].correct], ["A", "false"]);
  assert.deepEqual([records[3].id, records[3].score, records[3].weight], ["ml", "2", "1"]);
  assert.equal(records[6].score, "2");
});

test("file names say whose scorecard it is", () => {
  const card = format.toExport(interview(), T0);
  assert.equal(format.fileName(card, "json"), "scorecard-ada-lovelace-grace-2025-01-06.json");
  card.interview.candidate = "";
  assert.equal(format.fileName(card, "csv"), "scorecard-grace-2025-01-06.csv");
});
