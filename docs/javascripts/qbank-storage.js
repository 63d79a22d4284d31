// What the browser keeps for the reader: the kit (a list of question ids, and how it is scored) and the interviews, each
// under its own key so that several can be kept, resumed and deleted. Works on any object with
// the Storage interface (getItem, setItem, removeItem, key, length), so Node tests pass a fake;
// in pages, `local()` opens localStorage, which can be full, turned off or refused (some file://
// setups): writes then return false and the caller says so; nothing throws.
(function (storage) {
  "use strict";

  var KIT_KEY = "qb-kit";
  var KIT_SETUP_KEY = "qb-kit-setup"; // how the kit is scored: {skills, weights, must, level, minutes}
  var INTERVIEW_PREFIX = "qb-interview:";

  function readJSON(backend, key) {
    if (!backend) return null;
    try {
      return JSON.parse(backend.getItem(key) || "null");
    } catch (e) {
      return null; // unreadable or refused: as if absent
    }
  }

  function writeJSON(backend, key, value) {
    if (!backend) return false;
    try {
      backend.setItem(key, JSON.stringify(value));
      return true;
    } catch (e) {
      return false; // quota exceeded or storage refused
    }
  }

  function open(backend) {
    return {
      available: Boolean(backend),

      kit: function () {
        var ids = readJSON(backend, KIT_KEY);
        return Array.isArray(ids) ? ids.filter(function (id) { return typeof id === "string"; }) : [];
      },

      setKit: function (ids) {
        return writeJSON(backend, KIT_KEY, ids);
      },

      kitSetup: function () {
        var setup = readJSON(backend, KIT_SETUP_KEY);
        return setup && typeof setup === "object" && !Array.isArray(setup) ? setup : {};
      },

      setKitSetup: function (setup) {
        return writeJSON(backend, KIT_SETUP_KEY, setup);
      },

      isKitKey: function (key) {
        return key === KIT_KEY || key === KIT_SETUP_KEY;
      },

      interview: function (id) {
        var record = readJSON(backend, INTERVIEW_PREFIX + id);
        return record && record.id === id ? record : null;
      },

      // Every saved interview, the most recently changed first.
      interviews: function () {
        var found = [];
        if (!backend) return found;
        try {
          for (var i = 0; i < backend.length; i++) {
            var key = backend.key(i);
            if (key && key.indexOf(INTERVIEW_PREFIX) === 0) {
              var record = this.interview(key.slice(INTERVIEW_PREFIX.length));
              if (record) found.push(record);
            }
          }
        } catch (e) {
          return found;
        }
        return found.sort(function (a, b) { return a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0; });
      },

      saveInterview: function (record) {
        return writeJSON(backend, INTERVIEW_PREFIX + record.id, record);
      },

      deleteInterview: function (id) {
        if (!backend) return;
        try {
          backend.removeItem(INTERVIEW_PREFIX + id);
        } catch (e) {
          // refused: nothing was kept either
        }
      },
    };
  }

  // The page's localStorage, or none when the browser refuses access to it.
  function local() {
    var backend = null;
    try {
      backend = window.localStorage;
    } catch (e) {
      backend = null;
    }
    return open(backend);
  }

  storage.open = open;
  storage.local = local;
})(typeof module !== "undefined" ? module.exports : ((window.qbank = window.qbank || {}).storage = {}));
