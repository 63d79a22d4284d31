// What the browser keeps for the reader: the kit (a list of question ids, and how it is scored) and the interviews, each
// under its own key so that several can be kept, resumed and deleted. Works on any object with
// the Storage interface (getItem, setItem, removeItem, key, length), so Node tests pass a fake;
// in pages, `local()` opens localStorage, which can be full, turned off or refused (some file://
// setups): writes then return false and the caller says so; nothing throws.
((storage) => {
  "use strict";

  const KIT_KEY = "qb-kit";
  const KIT_SETUP_KEY = "qb-kit-setup"; // how the kit is scored: {skills, weights, must, level, minutes}
  const INTERVIEW_PREFIX = "qb-interview:";

  function readJSON(backend, key) {
    if (!backend) return null;
    try {
      return JSON.parse(backend.getItem(key) || "null");
    } catch {
      return null; // unreadable or refused: as if absent
    }
  }

  function writeJSON(backend, key, value) {
    if (!backend) return false;
    try {
      backend.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      return false; // quota exceeded or storage refused
    }
  }

  function open(backend) {
    return {
      available: Boolean(backend),

      kit() {
        const ids = readJSON(backend, KIT_KEY);
        return Array.isArray(ids) ? ids.filter((id) => typeof id === "string") : [];
      },

      setKit(ids) {
        return writeJSON(backend, KIT_KEY, ids);
      },

      kitSetup() {
        const setup = readJSON(backend, KIT_SETUP_KEY);
        return setup && typeof setup === "object" && !Array.isArray(setup) ? setup : {};
      },

      setKitSetup(setup) {
        return writeJSON(backend, KIT_SETUP_KEY, setup);
      },

      isKitKey(key) {
        return key === KIT_KEY || key === KIT_SETUP_KEY;
      },

      interview(id) {
        const record = readJSON(backend, INTERVIEW_PREFIX + id);
        return record && record.id === id ? record : null;
      },

      // Every saved interview, the most recently changed first.
      interviews() {
        const found = [];
        if (!backend) return found;
        try {
          for (let i = 0; i < backend.length; i++) {
            const key = backend.key(i);
            if (key?.startsWith(INTERVIEW_PREFIX)) {
              const record = this.interview(key.slice(INTERVIEW_PREFIX.length));
              if (record) found.push(record);
            }
          }
        } catch {
          return found;
        }
        return found.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
      },

      saveInterview(record) {
        return writeJSON(backend, INTERVIEW_PREFIX + record.id, record);
      },

      deleteInterview(id) {
        if (!backend) return;
        try {
          backend.removeItem(INTERVIEW_PREFIX + id);
        } catch {
          // refused: nothing was kept either
        }
      },
    };
  }

  // The page's localStorage, or none when the browser refuses access to it.
  function local() {
    let backend;
    try {
      backend = window.localStorage;
    } catch {
      backend = null;
    }
    return open(backend);
  }

  storage.open = open;
  storage.local = local;
})(typeof module !== "undefined" ? module.exports : ((window.qbank = window.qbank || {}).storage = {}));
