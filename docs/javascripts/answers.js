// Open a question's model answer when the address points at the question (a shared link or a
// click on a search result), and keep doing so as Material's instant navigation swaps pages.
(function () {
  function openAnswerForHash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    var heading = document.getElementById(id);
    if (!heading || !/^H[1-6]$/.test(heading.tagName)) return;
    // The answer is the first <details> after the heading, before the next heading.
    for (var el = heading.nextElementSibling; el && !/^H[1-6]$/.test(el.tagName); el = el.nextElementSibling) {
      if (el.tagName === "DETAILS") {
        el.open = true;
        return;
      }
    }
  }

  window.addEventListener("hashchange", openAnswerForHash);
  if (typeof document$ !== "undefined") {
    document$.subscribe(openAnswerForHash); // every page load, instant navigation included
  } else {
    document.addEventListener("DOMContentLoaded", openAnswerForHash);
  }
})();
