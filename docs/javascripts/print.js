// The reader chooses what a printed page holds: questions with their answers and notes (Material
// opens every collapsed block when printing), or the questions only. The choice is remembered.
(function (qbank) {
  "use strict";

  var KEY = "qb-print";
  var QUESTIONS_ONLY = "qb-print-questions-only";

  function stored() {
    try {
      return window.localStorage.getItem(KEY) === "questions" ? "questions" : "answers";
    } catch (e) {
      return "answers"; // storage can be blocked (privacy settings, some file:// setups)
    }
  }

  function apply(choice) {
    document.documentElement.classList.toggle(QUESTIONS_ONLY, choice === "questions");
  }

  function bind(form) {
    var choice = stored();
    form.querySelectorAll("input[name=qb-print]").forEach(function (input) {
      input.checked = input.value === choice;
      input.addEventListener("change", function () {
        try {
          window.localStorage.setItem(KEY, input.value);
        } catch (e) {}
        apply(input.value);
      });
    });
  }

  qbank.onPage(function () { apply(stored()); });
  qbank.component("[data-qb-print-choice]", bind);
})(window.qbank);
