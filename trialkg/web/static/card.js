// Trial card: pointing at a fact in the list lights up its words in the criteria, and back.
"use strict";

(function () {
  function light(n, on) {
    for (const node of document.querySelectorAll(`[data-fact="${CSS.escape(n)}"]`)) {
      node.classList.toggle("lit", on);
    }
  }
  for (const node of document.querySelectorAll("[data-fact]")) {
    const n = node.dataset.fact;
    node.addEventListener("mouseenter", () => light(n, true));
    node.addEventListener("mouseleave", () => light(n, false));
    if (node.tagName === "MARK") {
      node.addEventListener("click", () => {
        const item = document.getElementById("fact-" + n);
        if (item) item.scrollIntoView({ block: "nearest", behavior: "smooth" });
      });
    }
  }
})();
