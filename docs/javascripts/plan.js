// Plans: a balanced set of questions for a level, some skills and a time, the same from the same
// seed anywhere. Pure: no DOM, so Node's test runner loads it too (tests/js/plan.test.js).
((plan) => {
  "use strict";

  // A small seeded random generator (mulberry32): same seed, same sequence, in every browser.
  function random(seed) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  // Shuffle the level's questions with the seed, then take, skill after skill in the chosen order,
  // the first unused question of that skill that still fits the time and asks about a topic not
  // asked yet (the bank repeats some scenarios on purpose); repeat rounds until none fits.
  // Every chosen skill is covered once before any is covered twice; same inputs, same plan.
  // `data` is the kit data (assets/kit-data.js): its `order` and `items`.
  function generate(data, level, skills, minutes, seed) {
    const next = random(seed);
    const pool = data.order.map((id) => data.items[id])
      .filter((item) => item.level === level && item.skills.some((s) => skills.includes(s)));
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const picked = [], topics = [];
    let left = minutes, progress = true;
    while (progress) {
      progress = false;
      for (const skill of skills) {
        const found = pool.find((item) => !picked.includes(item.id) && item.skills.includes(skill) && item.minutes <= left &&
          !(item.topic && topics.includes(item.topic)));
        if (found) {
          picked.push(found.id);
          if (found.topic) topics.push(found.topic);
          left -= found.minutes;
          progress = true;
        }
      }
    }
    return picked;
  }

  // The chosen skills that no picked question covers (none fitted the time).
  function missedSkills(data, skills, ids) {
    return skills.filter((skill) => !ids.some((id) => data.items[id].skills.includes(skill)));
  }

  plan.random = random;
  plan.generate = generate;
  plan.missedSkills = missedSkills;
})(typeof module !== "undefined" ? module.exports : ((window.qbank = window.qbank || {}).plan = {}));
