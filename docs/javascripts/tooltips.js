// Tooltips for elements with a title: glossary terms (<abbr title="definition">), permanent links,
// "Related questions" links, the header's buttons. They look and behave as Material's own
// (`content.tooltips`, its markup and styles), but Material starts one component per element when
// a page opens: with a full glossary a level page has hundreds, and starting them took most of a
// phone's main thread (seconds of Lighthouse's blocking time). Here one set of listeners serves the
// whole page and a tooltip is made only when the pointer, a tap or the keyboard focus reaches its
// element. Without JavaScript the browser shows the titles itself.
(() => {
  "use strict";

  const HOSTS = ".md-content [title], .md-header [title]";
  let host = null; // the element whose tooltip is shown
  let tip = null;

  function show(el) {
    if (el === host) return;
    hide();
    const title = el.getAttribute("title");
    if (!title) return;
    host = el;
    // While shown, the title moves aside, or the browser would show its own tooltip as well.
    el.setAttribute("data-qb-title", title);
    el.removeAttribute("title");
    tip = document.createElement("div");
    tip.className = "md-tooltip2 md-tooltip2--bottom";
    tip.setAttribute("role", "tooltip");
    tip.id = "qb-tooltip";
    const inner = document.createElement("div");
    inner.className = "md-tooltip2__inner md-typeset";
    inner.textContent = title;
    tip.appendChild(inner);
    document.body.appendChild(tip);
    el.setAttribute("aria-describedby", tip.id);
    // Below the element and centred on it, as Material places a non-interactive tooltip.
    const box = el.getBoundingClientRect();
    tip.style.setProperty("--md-tooltip-host-x", `${box.left + window.scrollX}px`);
    tip.style.setProperty("--md-tooltip-host-y", `${box.top + window.scrollY}px`);
    tip.style.setProperty("--md-tooltip-x", `${box.width / 2}px`);
    tip.style.setProperty("--md-tooltip-y", `${8 + box.height}px`);
    tip.style.setProperty("--md-tooltip-width", `${inner.getBoundingClientRect().width}px`);
    tip.style.setProperty("--md-tooltip-tail", "0px");
    const shown = tip;
    window.requestAnimationFrame(() => shown.classList.add("md-tooltip2--active"));
  }

  function hide() {
    if (!host) return;
    host.setAttribute("title", host.getAttribute("data-qb-title"));
    host.removeAttribute("data-qb-title");
    host.removeAttribute("aria-describedby");
    const gone = tip;
    gone.classList.remove("md-tooltip2--active");
    window.setTimeout(() => gone.remove(), 250); // after Material's fade-out
    host = null;
    tip = null;
  }

  function hostOf(node) {
    if (host && host.contains(node)) return host;
    return node?.closest ? node.closest(HOSTS) : null;
  }

  // A tap on a touch screen also comes as mouseover, and a tap elsewhere as mouseout.
  document.addEventListener("mouseover", (event) => {
    const el = hostOf(event.target);
    if (el) show(el);
  });
  document.addEventListener("mouseout", (event) => {
    if (host && !host.contains(event.relatedTarget)) hide();
  });
  document.addEventListener("focusin", (event) => {
    const el = hostOf(event.target);
    if (el) show(el);
  });
  document.addEventListener("focusout", (event) => {
    if (host && host.contains(event.target)) hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
  // Placed in the page, the tooltip follows it as it scrolls; an inner scroll (a wide table) or a
  // new page (instant navigation) would leave it behind.
  document.addEventListener("scroll", (event) => {
    if (event.target !== document) hide();
  }, true);
  if (typeof document$ !== "undefined") document$.subscribe(hide);
})();
