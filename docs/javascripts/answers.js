// Open a question's model answer when the address points at the question (a shared link or a
// click on a search result), and keep doing so as Material's instant navigation swaps pages. An
// address that points at a question which moved to a sub-page (levels/<level>/#<id> once a level
// is split) lands on its line in the index; that line's link is followed at once.
(() => {
  "use strict";

  let followed = null; // the last link clicked: where an instant navigation is going

  function questionAnswer(heading) {
    // The answer is the first <details> after the heading, before the next heading.
    for (let el = heading.nextElementSibling; el && !/^H[1-6]$/.test(el.tagName); el = el.nextElementSibling) {
      if (el.tagName === "DETAILS") return el;
    }
    return null;
  }

  function headingFor(hash) {
    const id = decodeURIComponent(hash.slice(1));
    const heading = id && document.getElementById(id);
    return heading && /^H[1-6]$/.test(heading.tagName) ? heading : null;
  }

  // Each line of an index page carries the id of the question it links to (qbank/templates/
  // question_entry.md.j2): readers without JavaScript land on the line and follow it themselves.
  function followMovedQuestion() {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const entry = id && document.getElementById(id);
    const link = entry && entry.classList.contains("qb-moved") ? entry.querySelector("a[href]") : null;
    if (link) window.location.replace(link.href);
    else if (id && !entry) findMovedQuestion(id);
    return Boolean(link);
  }

  // An index too long to list its questions (qbank/pages.py: listed_per_page) is marked
  // .qb-find-moved: there, an old address's question is found in the kit's data, which says where
  // each question lives, unless the reader has gone elsewhere meanwhile.
  function findMovedQuestion(id) {
    const { qbank } = window;
    if (!qbank || !document.querySelector(".qb-find-moved")) return;
    const address = window.location.href;
    qbank.loadData()
      .then((data) => (Object.hasOwn(data.items, id) ? qbank.loadDetails(data, [id]) : null))
      .then((data) => { if (data && window.location.href === address) window.location.replace(qbank.ROOT + data.items[id].url); })
      .catch(() => {}); // the index itself still shows the way, by skill
  }

  function openAnswerForHash() {
    if (followMovedQuestion()) return;
    const heading = headingFor(window.location.hash);
    const answer = heading && questionAnswer(heading);
    if (answer) answer.open = true;
  }

  // Material's instant navigation does not always leave a followed link's question in view: on
  // phones the search overlay keeps the page locked (data-md-scrolllock) for a moment after it
  // closes, and its scroll to the question can be lost or made before the page has its final
  // layout; a timer of the page being left can also rewrite the new address without its
  // #question. The link that was followed is the truth: once the page has settled, restore the
  // address (whose #question opens the answer) and bring the question into view if it is not.
  function arriveWhereTheLinkPointed() {
    const target = followed;
    followed = null;
    if (!target || !target.hash || target.pathname !== window.location.pathname) return;
    const heading = headingFor(target.hash);
    if (!heading) return;
    if (window.location.hash !== target.hash) window.history.replaceState(window.history.state, "", target.href);
    whenSettled(() => {
      const top = heading.getBoundingClientRect().top;
      if (top < 0 || top >= window.innerHeight) heading.scrollIntoView();
    });
  }

  // After the scroll lock is released, and the frame after Material's own scroll.
  function whenSettled(callback) {
    const later = () => {
      window.requestAnimationFrame(() => window.requestAnimationFrame(callback));
    };
    if (!document.body.hasAttribute("data-md-scrolllock")) return later();
    new MutationObserver((changes, observer) => {
      if (document.body.hasAttribute("data-md-scrolllock")) return;
      observer.disconnect();
      later();
    }).observe(document.body, { attributes: true, attributeFilter: ["data-md-scrolllock"] });
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest?.("a[href]");
    if (link) followed = new URL(link.href, window.location.href); // other clicks, like closing search, keep it
  }, true);
  window.addEventListener("popstate", () => {
    // Back and forward restore their own place; a click on a search result on a phone can also
    // fire one for the very address it pushed, which keeps the link.
    if (followed && followed.href !== window.location.href) followed = null;
  });
  window.addEventListener("hashchange", openAnswerForHash);
  if (typeof document$ !== "undefined") {
    document$.subscribe(() => { // every page load, instant navigation included
      arriveWhereTheLinkPointed(); // first: it may give the address back its #question
      openAnswerForHash();
    });
  } else {
    document.addEventListener("DOMContentLoaded", openAnswerForHash);
  }
})();
