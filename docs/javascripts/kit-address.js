// The addresses that share a kit or a plan, with how it is scored: the skills assessed, their
// weights and the must-haves. Everything read from an address is checked against the bank with
// own-property lookups (an id such as "__proto__" is just an unknown id), and each unknown value is
// named once. Pure: no DOM, so Node's test runner loads it too (tests/js/kit-address.test.js).
//   #ids=a,b,c[&skills=…][&weights=s:2,t:1][&must=s]            a kit
//   #level=…&skills=…&minutes=…&variant=…[&weights=…][&must=…]   a plan (old links say seed=…)
((address) => {
  "use strict";

  const MINUTES = { min: 5, max: 480 };
  const WEIGHT = { min: 0, max: 5 };
  const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
  const list = (text) => (text ? text.split(",").filter(Boolean) : []);
  const unique = (values) => values.filter((value, i) => values.indexOf(value) === i);

  // A whole number within [min, max], or null ("1e309", "2.5", "" are not).
  const wholeNumber = (text, range) => {
    if (!/^\d{1,6}$/.test(text || "")) return null;
    const value = Number(text);
    return value >= range.min && value <= range.max ? value : null;
  };

  // params: the fragment's parameters (qbank.readHash); data: the kit data. Returns the kit or plan
  // the address holds, or null, with `problems`: what was left out and why, one sentence each.
  const parse = (params, data) => {
    const problems = [];
    const unknown = (kind, values) => {
      const names = unique(values);
      if (names.length) problems.push(`Not in this bank, so left out: ${kind} ${names.join(", ")}.`);
    };
    const known = (ids, table, kind) => {
      const all = list(ids);
      unknown(kind, all.filter((id) => !own(table, id)));
      return unique(all.filter((id) => own(table, id)));
    };
    const scoring = {};
    if (params.skills !== undefined) scoring.skills = known(params.skills, data.skills, "skills");
    if (params.weights !== undefined) {
      scoring.weights = {};
      const bad = [];
      list(params.weights).forEach((pair) => {
        const [skill, text] = pair.split(":");
        const weight = wholeNumber(text, WEIGHT);
        if (!own(data.skills, skill)) bad.push(skill);
        else if (weight === null) problems.push(`The weight of ${data.skills[skill]} must be a whole number from ${WEIGHT.min} to ${WEIGHT.max}.`);
        else scoring.weights[skill] = weight;
      });
      unknown("skills", bad);
    }
    if (params.must !== undefined) scoring.must = known(params.must, data.skills, "skills");

    if (params.ids !== undefined) {
      return { kind: "kit", ids: known(params.ids, data.items, "questions"), ...scoring, problems };
    }
    if (params.level === undefined && params.minutes === undefined) return problems.length ? { kind: null, problems } : null;
    const level = data.levels.find((l) => l.id === params.level);
    if (!level) problems.push(`Not in this bank: the level ${params.level || "(none)"}. Choose one of ${data.levels.map((l) => l.title).join(", ")}.`);
    const minutes = wholeNumber(params.minutes, MINUTES);
    if (minutes === null) problems.push(`The time must be a whole number of minutes from ${MINUTES.min} to ${MINUTES.max}.`);
    const variant = wholeNumber(params.variant ?? params.seed, { min: 1, max: 999999 });
    if (variant === null) problems.push("The variant must be a whole number from 1 to 999999.");
    if (!scoring.skills || !scoring.skills.length) problems.push("Choose at least one skill of this bank.");
    const complete = level && minutes !== null && variant !== null && scoring.skills && scoring.skills.length;
    return { kind: complete ? "plan" : null, level: level && level.id, minutes, variant, ...scoring, problems };
  };

  // The fragment of an address for a kit ({ids, …}) or a plan ({level, minutes, variant, …}).
  const format = (setup) => {
    const parts = setup.ids
      ? [`ids=${setup.ids.map(encodeURIComponent).join(",")}`]
      : [`level=${encodeURIComponent(setup.level)}`, `skills=${setup.skills.map(encodeURIComponent).join(",")}`,
        `minutes=${setup.minutes}`, `variant=${setup.variant}`];
    if (setup.ids && setup.skills) parts.push(`skills=${setup.skills.map(encodeURIComponent).join(",")}`);
    const weights = Object.keys(setup.weights || {}).filter((skill) => setup.weights[skill] !== 1);
    if (weights.length) parts.push(`weights=${weights.map((s) => `${encodeURIComponent(s)}:${setup.weights[s]}`).join(",")}`);
    if (setup.must && setup.must.length) parts.push(`must=${setup.must.map(encodeURIComponent).join(",")}`);
    return `#${parts.join("&")}`;
  };

  address.MINUTES = MINUTES;
  address.WEIGHT = WEIGHT;
  address.own = own;
  address.parse = parse;
  address.format = format;
})(typeof module !== "undefined" ? module.exports : ((window.qbank = window.qbank || {}).address = {}));
