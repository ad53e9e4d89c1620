// Progressive enhancement of the application form (a static file, so that the Content-Security-Policy
// allows no inline script): each thematic area's description box shows only when its box is ticked, the
// error summary takes the focus, and the submit button is disabled while the form is sent.
(function () {
    "use strict";
    var form = document.querySelector("[data-application-form]");
    if (!form) { return; }
    form.classList.add("application-form--enhanced");
    form.querySelectorAll("[data-area]").forEach(function (area) {
        var box = area.querySelector("input[type=checkbox]");
        var experience = area.querySelector("[data-experience]");
        var sync = function () { experience.hidden = !box.checked; };
        box.addEventListener("change", sync);
        sync();
    });
    var summary = document.getElementById("application-errors");
    if (summary) {  // after the browser has scrolled to #apply, so that the focus stays here
        window.addEventListener("load", function () { window.setTimeout(function () { summary.focus(); }, 0); });
    }
    var button = form.querySelector("button[type=submit]");
    form.addEventListener("submit", function () { button.disabled = true; button.setAttribute("aria-busy", "true"); });
    window.addEventListener("pageshow", function () { button.disabled = false; button.removeAttribute("aria-busy"); });
})();
