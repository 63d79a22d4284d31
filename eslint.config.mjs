// ESLint (`make lint`, `npx eslint docs/javascripts tests/js`; `npx eslint --fix` fixes what it can).
// The recommended rules, and a few more that catch real mistakes in this code. The browser scripts
// are classic scripts (no ES modules: the offline copy runs from file://) sharing `window.qbank`;
// the tests are CommonJS files that Node's test runner loads.
import js from "@eslint/js";
import globals from "globals";

// The files that Node's tests also load, through `typeof module !== "undefined" ? module.exports : …`.
const PURE = ["plan", "qbank-storage", "interview-record", "scorecard", "scorecard-format", "merge", "kit-address"];

export default [
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "no-var": "error", // `var` is function-scoped and hoisted: a loop's closures share one variable
      "prefer-const": "error", // a name never reassigned says so; a reassignment by mistake then fails
      eqeqeq: "error", // `==` converts types ("" == 0)
      "no-shadow": "error", // an inner name hiding an outer one: the outer is read by mistake
      // A variable, constant or class read before its declaration in the same scope: code that runs
      // at once throws there (the temporal dead zone). A function declaration is hoisted, and a
      // function that runs later may name what is declared after it.
      "no-use-before-define": ["error", { functions: false, classes: false, variables: false }],
      // Unused arguments before a used one are kept (callbacks' signatures); `const { a, ...rest }`
      // may drop `a` on purpose.
      "no-unused-vars": ["error", { args: "after-used", ignoreRestSiblings: true }],
      strict: ["error", "safe"], // "use strict" in every script's outer function, once per CommonJS file
    },
  },
  {
    files: ["docs/javascripts/**/*.js"],
    languageOptions: {
      sourceType: "script",
      globals: {
        ...globals.browser,
        // Material for MkDocs' observables, present when its bundle runs (not in the offline copy).
        document$: "readonly",
        location$: "readonly",
        // The site's namespace (window.qbank, begun by qbank.js) and the kit data (assets/kit-data.js).
        qbank: "readonly",
        qbankKit: "readonly",
      },
    },
    rules: {
      // Top-level names of a classic script would be globals shared by every script of the page:
      // each file keeps its names inside a function and exports through `window.qbank`.
      "no-implicit-globals": "error",
    },
  },
  {
    files: PURE.map((name) => `docs/javascripts/${name}.js`),
    languageOptions: {
      globals: { module: "readonly", require: "readonly" },
    },
  },
  {
    files: ["tests/js/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { ...globals.node },
    },
  },
];
