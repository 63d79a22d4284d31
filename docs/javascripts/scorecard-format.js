// The exported scorecard: a versioned JSON document (its JSON Schema is published as
// downloads/scorecard.schema.json), the same as CSV for a spreadsheet, and the checks the debrief
// runs on a file before trusting it. Pure: no DOM, tested in Node.
((format, scorecard, record) => {
  "use strict";

  const FORMAT = "qbank-scorecard";
  const VERSION = 2; // 2 added "Not assessed", the overall recommendation and the summary
  const READS = [1, 2]; // the versions a file may have: version 1 is read as version 2 without them

  // A question's signals, each with whether it was ticked (`indexes`: the ticked ones' positions).
  function ticks(list, indexes) {
    return (list || []).map((text, i) => ({ text, ticked: indexes.includes(i) }));
  }

  // An interview record (interview-record.js) as the exported document.
  function toExport(rec, now) {
    const result = scorecard.compute(scorecard.fromRecord(rec));
    return {
      format: FORMAT,
      version: VERSION,
      exported: new Date(now).toISOString(),
      bank: rec.bank ? { title: rec.bank.title, slug: rec.bank.slug } : null,
      interview: {
        id: rec.id, started: rec.created, candidate: rec.candidate, role: rec.role, interviewer: rec.interviewer,
        planned_minutes: rec.planned_minutes, finished: Boolean(rec.finished),
        recommendation: rec.recommendation || null, summary: rec.summary || "",
      },
      questions: rec.items.map((item) => {
        const answer = rec.answers[item.id] || { look_for: [], red_flags: [], notes: "", choice: null };
        const question = {
          id: item.id, kind: item.options ? "mcq" : "open", question: item.question, skills: item.skills.slice(),
          planned_minutes: item.minutes || 0, seconds: Math.round(record.elapsed(rec, item.id, now) / 1000),
          score: scorecard.questionScore(item, answer), not_assessed: Boolean(answer.not_assessed),
          look_for: ticks(item.look_for, answer.look_for || []), red_flags: ticks(item.red_flags, answer.red_flags || []),
          notes: answer.notes || "",
        };
        if (item.options) {
          const choice = typeof answer.choice === "number" ? answer.choice : null;
          question.options = item.options.slice();
          question.key = item.key;
          question.choice = choice;
          question.correct = choice === null ? null : choice === item.key;
        }
        return question;
      }),
      skills: result.skills.map((s) => ({
        id: s.id, title: s.title, weight: s.weight, must_have: s.must_have, questions: s.questions, scored: s.scored, average: s.average,
      })),
      also_touches: Object.keys(rec.also || {}).map((id) => ({ id, title: rec.also[id] })),
      overall: result.overall,
    };
  }

  // A version-1 document in version 2's shape: nothing was "not assessed", no recommendation yet.
  function upgrade(card) {
    if (card.version === VERSION) return card;
    const interview = { ...card.interview, recommendation: null, summary: "" };
    const questions = card.questions.map((q) => ({ ...q, not_assessed: false }));
    return { ...card, version: VERSION, interview, questions, also_touches: [] };
  }

  // An exported document as the input of scorecard.compute(): the debrief recomputes, never trusts.
  function toInput(card) {
    const weights = {};
    for (const s of card.skills) weights[s.id] = s.weight;
    return {
      questions: card.questions.map((q) => ({ id: q.id, skills: q.skills, score: q.score })),
      skills: card.skills.map((s) => ({ id: s.id, title: s.title })),
      weights,
      must_have: card.skills.filter((s) => s.must_have).map((s) => s.id),
    };
  }

  // --- reading a file back -----------------------------------------------------------------------

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function isStringList(value) {
    return Array.isArray(value) && value.every((s) => typeof s === "string");
  }

  // What is wrong with the document's shape, or null: the fields the debrief relies on.
  function shapeProblem(card) {
    const i = card.interview;
    if (!isObject(i) || typeof i.id !== "string" || ["candidate", "role", "interviewer"].some((k) => typeof i[k] !== "string")) {
      return "its \"interview\" needs an id, a candidate, a role and an interviewer";
    }
    if (i.recommendation !== undefined && i.recommendation !== null && !record.RECOMMENDATIONS.some((r) => r.value === i.recommendation)) {
      return `its recommendation is none of ${record.RECOMMENDATIONS.map((r) => r.value).join(", ")}`;
    }
    if (!Array.isArray(card.questions)) return "it has no list of \"questions\"";
    const seen = new Map();
    for (const [n, q] of card.questions.entries()) {
      if (!isObject(q) || typeof q.id !== "string" || typeof q.question !== "string" || !isStringList(q.skills)) {
        return `question ${n + 1} needs an id, a question and its skills`;
      }
      if (seen.has(q.id)) return `question ${n + 1} repeats question ${seen.get(q.id)} (${q.id})`;
      seen.set(q.id, n + 1);
      if (!(q.score === null || (q.score >= 1 && q.score <= 4 && Math.floor(q.score) === q.score))) {
        return `question ${n + 1} has a score that is neither 1 to 4 nor null`;
      }
    }
    if (!Array.isArray(card.skills)) return "it has no list of \"skills\"";
    for (const [k, s] of card.skills.entries()) {
      if (!isObject(s) || typeof s.id !== "string" || typeof s.title !== "string" || typeof s.weight !== "number" ||
          s.weight < 0 || typeof s.must_have !== "boolean") {
        return `skill ${k + 1} needs an id, a title, a weight of 0 or more and must_have`;
      }
    }
    return null;
  }

  // A file's text as a scorecard: {card} or {error: why it is refused, in words}.
  function parse(text) {
    let card;
    try {
      card = JSON.parse(text);
    } catch {
      return { error: "is not a scorecard: it is not JSON" };
    }
    if (!isObject(card) || card.format !== FORMAT) {
      return { error: `is not a scorecard: an exported scorecard starts with "format": "${FORMAT}"` };
    }
    if (!READS.includes(card.version)) {
      return { error: `is a scorecard of another version (${JSON.stringify(card.version)}); this page reads versions ${READS.join(" and ")}` };
    }
    const problem = shapeProblem(card);
    return problem ? { error: `is a damaged scorecard: ${problem}` } : { card: upgrade(card) };
  }

  // --- CSV -----------------------------------------------------------------------------------

  const CSV_COLUMNS = ["row", "candidate", "role", "interviewer", "id", "text", "skills", "score", "weight", "must_have",
                       "look_for_ticked", "red_flags_ticked", "choice", "correct", "planned_minutes", "minutes_spent", "notes"];
  const CSV_SCORE_NOT_ASSESSED = "not assessed";

  function cell(value) {
    if (value === null || value === undefined) return "";
    let text = String(value);
    // A typed note starting with = + - @ would run as a formula in a spreadsheet: keep it text.
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  function ticked(list) {
    return list.filter((t) => t.ticked).map((t) => t.text).join("\n");
  }

  function letter(index) {
    return index === null || index === undefined ? "" : String.fromCharCode(65 + index);
  }

  // One row per question, then one per skill, then the overall result; UTF-8 with a byte order mark.
  function toCSV(card) {
    const who = [card.interview.candidate, card.interview.role, card.interview.interviewer];
    const rows = [CSV_COLUMNS];
    for (const q of card.questions) {
      rows.push(["question", ...who, q.id, q.question, q.skills.join("; "), q.not_assessed ? CSV_SCORE_NOT_ASSESSED : q.score, "", "",
        ticked(q.look_for || []), ticked(q.red_flags || []), letter(q.choice), q.correct, q.planned_minutes,
        Math.round((q.seconds || 0) / 6) / 10, q.notes]);
    }
    for (const s of card.skills) {
      rows.push(["skill", ...who, s.id, s.title, "", s.average, s.weight, s.must_have, "", "", "", "", "", "", ""]);
    }
    rows.push(["overall", ...who, "", "weighted average of the skill averages", "", card.overall.average, "", "",
      "", "", "", "", "", "", card.overall.must_have_missed.length ? `under the threshold on: ${card.overall.must_have_missed.join("; ")}` : ""]);
    const recommendation = record.RECOMMENDATIONS.find((r) => r.value === card.interview.recommendation);
    rows.push(["recommendation", ...who, "", recommendation ? recommendation.label : "", "", "", "", "", "", "", "", "", "", "",
      card.interview.summary || ""]);
    return `\ufeff${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
  }

  // File names: scorecard-<candidate>-<interviewer>-<date>.json
  function fileName(card, extension) {
    const slug = (text) => (text || "").toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const parts = ["scorecard", slug(card.interview.candidate), slug(card.interview.interviewer), card.exported.slice(0, 10)];
    return `${parts.filter(Boolean).join("-")}.${extension}`;
  }

  format.FORMAT = FORMAT;
  format.VERSION = VERSION;
  format.upgrade = upgrade;
  format.CSV_COLUMNS = CSV_COLUMNS;
  format.toExport = toExport;
  format.toInput = toInput;
  format.parse = parse;
  format.toCSV = toCSV;
  format.fileName = fileName;
})(
  typeof module !== "undefined" ? module.exports : ((window.qbank = window.qbank || {}).format = {}),
  typeof module !== "undefined" ? require("./scorecard.js") : window.qbank.scorecard,
  typeof module !== "undefined" ? require("./interview-record.js") : window.qbank.record
);
