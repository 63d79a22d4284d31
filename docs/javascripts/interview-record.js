// One interview as plain data, saved as it is after every change (qbank-storage.js) and read back
// on a reload: the questions (a copy of their kit data, so that a later version of the bank does
// not change a past interview), the candidate, the skills' weights, and per question the score,
// the ticked signals, the notes, the MCQ choice and the time spent. Pure: no DOM, tested in Node.
((record) => {
  "use strict";

  const SETUP = -1; // the step before the first question; steps 0…n-1 are the questions, n the scorecard
  // An overall recommendation, as hiring tools ask for it: four points, no middle.
  const RECOMMENDATIONS = [
    { value: "strong-no", label: "Strong no" },
    { value: "no", label: "No" },
    { value: "yes", label: "Yes" },
    { value: "strong-yes", label: "Strong yes" },
  ];

  const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

  function create(data, ids, options = {}) {
    const items = ids.filter((id) => data.items[id]).map((id) => JSON.parse(JSON.stringify(data.items[id])));
    // The skills the interview scores: those chosen (a plan, a kit's link), else every skill its
    // questions touch; the other skills a question touches are shown, not scored.
    const touched = Object.keys(data.skills).filter((id) => items.some((item) => item.skills.includes(id)));
    const chosen = Array.isArray(options.skills) ? options.skills.filter((id) => own(data.skills, id)) : touched;
    const skills = {}, also = {};
    for (const id of chosen) skills[id] = data.skills[id];
    for (const id of touched) if (!own(skills, id)) also[id] = data.skills[id];
    const weights = {};
    for (const id of Object.keys(skills)) {
      weights[id] = options.weights && own(options.weights, id) ? options.weights[id] : 1;
    }
    const level = options.level && data.levels.find((l) => l.id === options.level);
    const stamp = new Date(options.now).toISOString();
    return {
      id: options.id,
      created: stamp,
      updated: stamp,
      bank: data.bank || null,
      candidate: "",
      role: level ? level.title : "",
      interviewer: "",
      planned_minutes: options.minutes || items.reduce((sum, item) => sum + (item.minutes || 0), 0),
      items,
      skills,
      also,
      weights,
      must_have: (options.must || []).filter((id) => own(skills, id)),
      step: SETUP,
      answers: {},
      spent: {}, // milliseconds per question id, counted while the question is on screen
      clock: null, // {question, since}: the question whose time is running, since when (ms)
      paused: false,
      finished: false,
      recommendation: null, // the interviewer's own call, apart from the average (RECOMMENDATIONS)
      summary: "",
    };
  }

  // An id that sorts by creation time and does not collide between tabs.
  function newId(now, random) {
    return `${now.toString(36)}-${Math.floor(random * 1e8).toString(36)}`;
  }

  function current(rec) {
    return rec.step >= 0 && rec.step < rec.items.length ? rec.items[rec.step] : null;
  }

  function stopClock(rec, now) {
    if (rec.clock) {
      const id = rec.clock.question;
      rec.spent[id] = (rec.spent[id] || 0) + Math.max(0, now - rec.clock.since);
      rec.clock = null;
    }
  }

  function startClock(rec, now) {
    const item = current(rec);
    if (item && !rec.paused && !rec.clock) rec.clock = { question: item.id, since: now };
  }

  function goTo(rec, step, now) {
    step = Math.max(SETUP, Math.min(rec.items.length, step));
    stopClock(rec, now);
    rec.step = step;
    if (step === rec.items.length) rec.finished = true;
    startClock(rec, now);
    touch(rec, now);
  }

  function setPaused(rec, paused, now) {
    rec.paused = paused;
    if (paused) stopClock(rec, now);
    else startClock(rec, now);
    touch(rec, now);
  }

  // Leaving the interview (another view, a closed or reloaded page) stops its clock; coming back
  // starts it again on the question on screen, unless the timers are paused.
  function leave(rec, now) {
    stopClock(rec, now);
    touch(rec, now);
  }

  function resume(rec, now) {
    startClock(rec, now);
  }

  function elapsed(rec, id, now) {
    const running = rec.clock && rec.clock.question === id ? Math.max(0, now - rec.clock.since) : 0;
    return (rec.spent[id] || 0) + running;
  }

  function totalElapsed(rec, now) {
    return rec.items.reduce((sum, item) => sum + elapsed(rec, item.id, now), 0);
  }

  function answer(rec, id) {
    if (!rec.answers[id]) rec.answers[id] = { score: null, not_assessed: false, look_for: [], red_flags: [], notes: "", choice: null };
    return rec.answers[id];
  }

  // A score from 1 to 4, or NOT_ASSESSED: the question was skipped (left out of every average).
  const NOT_ASSESSED = "not-assessed";

  function setScore(rec, id, score, now) {
    const a = answer(rec, id);
    a.not_assessed = score === NOT_ASSESSED;
    a.score = score >= 1 && score <= 4 ? score : null;
    touch(rec, now);
  }

  function setRecommendation(rec, value, now) {
    rec.recommendation = RECOMMENDATIONS.some((r) => r.value === value) ? value : null;
    touch(rec, now);
  }

  function setChoice(rec, id, choice, now) {
    answer(rec, id).choice = choice;
    touch(rec, now);
  }

  function setNotes(rec, id, text, now) {
    answer(rec, id).notes = text;
    touch(rec, now);
  }

  // list: "look_for" or "red_flags"; index: which signal of the question's list.
  function setTick(rec, id, list, index, ticked, now) {
    const ticks = answer(rec, id)[list].filter((i) => i !== index);
    if (ticked) ticks.push(index);
    answer(rec, id)[list] = ticks.sort((a, b) => a - b);
    touch(rec, now);
  }

  function setDetail(rec, field, value, now) {
    rec[field] = value;
    touch(rec, now);
  }

  function setWeight(rec, skill, weight, now) {
    rec.weights[skill] = weight >= 0 ? weight : 0;
    touch(rec, now);
  }

  function setMustHave(rec, skill, on, now) {
    rec.must_have = rec.must_have.filter((s) => s !== skill);
    if (on) rec.must_have.push(skill);
    touch(rec, now);
  }

  function touch(rec, now) {
    rec.updated = new Date(now).toISOString();
  }

  // "m:ss", or "h:mm:ss" past an hour.
  function clock(ms) {
    const seconds = Math.floor(ms / 1000);
    const h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    const pad = (n) => String(n).padStart(2, "0");
    return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  }

  record.SETUP = SETUP;
  record.RECOMMENDATIONS = RECOMMENDATIONS;
  record.NOT_ASSESSED = NOT_ASSESSED;
  record.setRecommendation = setRecommendation;
  record.create = create;
  record.newId = newId;
  record.current = current;
  record.goTo = goTo;
  record.setPaused = setPaused;
  record.leave = leave;
  record.resume = resume;
  record.elapsed = elapsed;
  record.totalElapsed = totalElapsed;
  record.answer = answer;
  record.setScore = setScore;
  record.setChoice = setChoice;
  record.setNotes = setNotes;
  record.setTick = setTick;
  record.setDetail = setDetail;
  record.setWeight = setWeight;
  record.setMustHave = setMustHave;
  record.clock = clock;
})(typeof module !== "undefined" ? module.exports : ((window.qbank = window.qbank || {}).record = {}));
