// The reader chooses what a printed page holds: questions with their answers and notes (Material
// opens every collapsed block when printing), or the questions only. The choice is remembered.
((qbank) => {
  "use strict";

  const KEY = "qb-print";
  const QUESTIONS_ONLY = "qb-print-questions-only";

  function stored() {
    try {
      return window.localStorage.getItem(KEY) === "questions" ? "questions" : "answers";
    } catch {
      return "answers"; // storage can be blocked (privacy settings, some file:// setups)
    }
  }

  function apply(choice) {
    document.documentElement.classList.toggle(QUESTIONS_ONLY, choice === "questions");
  }

  function bind(form) {
    const choice = stored();
    for (const input of form.querySelectorAll("input[name=qb-print]")) {
      input.checked = input.value === choice;
      input.addEventListener("change", () => {
        try {
          window.localStorage.setItem(KEY, input.value);
        } catch {
          // not remembered (storage blocked): the page still prints as chosen
        }
        apply(input.value);
      });
    }
  }

  qbank.onPage(() => apply(stored()));
  qbank.component("[data-qb-print-choice]", bind);
})(window.qbank);
