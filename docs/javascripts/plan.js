// Plans: a balanced set of questions for a level, some skills and a time, the same from the same
// seed anywhere. Pure: no DOM, so Node's test runner loads it too (tests/js/plan.test.js).
(function (plan) {
  "use strict";

  // A small seeded random generator (mulberry32): same seed, same sequence, in every browser.
  function random(seed) {
    return function () {
      seed = (seed + 0x6d2b79f5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
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
    var next = random(seed);
    var pool = data.order.map(function (id) { return data.items[id]; }).filter(function (item) {
      return item.level === level && item.skills.some(function (s) { return skills.indexOf(s) >= 0; });
    });
    for (var i = pool.length - 1; i > 0; i--) {
      var j = Math.floor(next() * (i + 1));
      var swap = pool[i]; pool[i] = pool[j]; pool[j] = swap;
    }
    var picked = [], topics = [], left = minutes, progress = true;
    while (progress) {
      progress = false;
      skills.forEach(function (skill) {
        var found = pool.find(function (item) {
          return picked.indexOf(item.id) < 0 && item.skills.indexOf(skill) >= 0 && item.minutes <= left &&
            !(item.topic && topics.indexOf(item.topic) >= 0);
        });
        if (found) {
          picked.push(found.id);
          if (found.topic) topics.push(found.topic);
          left -= found.minutes;
          progress = true;
        }
      });
    }
    return picked;
  }

  // The chosen skills that no picked question covers (none fitted the time).
  function missedSkills(data, skills, ids) {
    return skills.filter(function (skill) {
      return !ids.some(function (id) { return data.items[id].skills.indexOf(skill) >= 0; });
    });
  }

  plan.random = random;
  plan.generate = generate;
  plan.missedSkills = missedSkills;
})(typeof module !== "undefined" ? module.exports : ((window.qbank = window.qbank || {}).plan = {}));
