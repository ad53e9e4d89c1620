// Progressive enhancement of the mentor directory: filters apply as soon as they change, results are
// replaced without a full reload, and the address follows so it can be shared or bookmarked. On narrow
// screens the filters' disclosure stays as it was while the results change behind it, and its button
// says how many mentors it will show. Without JavaScript the same form works with its submit buttons.
(function () {
    "use strict";
    const form = document.querySelector("[data-directory]");
    if (!form || !window.fetch || !window.history.pushState) {
        return;
    }
    const body = document.getElementById("directory-body");
    const searchBox = document.getElementById("directory-q");
    const announcer = form.querySelector("[data-directory-announce]");
    const wide = window.matchMedia("(min-width: 56rem)");
    let controller = null;

    form.classList.add("directory--enhanced");

    function drawer() {
        return body.querySelector("[data-filters]");
    }

    function prepareDrawer(open) {
        const filters = drawer();
        if (!filters) {
            return;
        }
        // A browser that cannot show a closed <details>' content as a sidebar gets it opened instead.
        const sidebarByCss = window.CSS && CSS.supports && CSS.supports("selector(::details-content)");
        filters.open = open || (wide.matches && !sidebarByCss);
        const show = filters.querySelector("[data-filters-show]");
        if (show && show.dataset.liveLabel) {
            show.textContent = show.dataset.liveLabel;
        }
    }

    function announce() {
        // The count's own live region is replaced with the results, which screen readers may not
        // read out; this one stays in the page and says the new count.
        const count = body.querySelector(".directory__count");
        if (announcer && count) {
            announcer.textContent = count.textContent.trim();
        }
    }

    function focusCount() {
        const count = body.querySelector(".directory__count");
        if (count) {
            count.focus({ preventScroll: true });
        }
    }

    function queryOf(formElement) {
        const params = new URLSearchParams(new FormData(formElement));
        for (const [key, value] of Array.from(params.entries())) {
            if (value === "") {
                params.delete(key);
            }
        }
        if (params.get("sort") === "relevance") {
            params.delete("sort");
        }
        return params;
    }

    async function load(params, push) {
        if (controller) {
            controller.abort();
        }
        controller = new AbortController();
        const focusedId = document.activeElement && document.activeElement.id;
        const focusInBody = body.contains(document.activeElement);
        const partial = new URLSearchParams(params);
        partial.set("partial", "1");
        body.setAttribute("aria-busy", "true");
        try {
            const response = await fetch(form.action + "?" + partial.toString(), {
                headers: { "X-Requested-With": "fetch" },
                signal: controller.signal,
            });
            if (!response.ok) {
                throw new Error(response.statusText);
            }
            const open = Boolean(drawer() && drawer().open);
            body.innerHTML = await response.text();
            prepareDrawer(open);
            announce();
            if (searchBox && document.activeElement !== searchBox) {
                searchBox.value = params.get("q") || "";
            }
            const query = params.toString();
            const url = form.action + (query ? "?" + query : "");
            if (push) {
                window.history.pushState({ directory: true }, "", url);
            }
            const again = focusedId && document.getElementById(focusedId);
            if (again) {
                again.focus();
            } else if (focusInBody) {
                focusCount(); // the chip or link that had focus is gone with the old results
            }
        } catch (error) {
            if (error.name !== "AbortError") {
                // Fall back to an ordinary page load, which always works.
                window.location.assign(form.action + "?" + params.toString());
            }
        } finally {
            body.removeAttribute("aria-busy");
        }
    }

    form.addEventListener("change", function (event) {
        if (event.target.name === "q") {
            return; // the text box searches on submit, not on every change
        }
        const params = queryOf(form);
        params.delete("page");
        load(params, true);
    });

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        const params = queryOf(form);
        params.delete("page");
        if (event.submitter && event.submitter.hasAttribute("data-filters-show")) {
            // "Show N mentors": the results are current already; close the filters and go to them.
            drawer().open = false;
            drawer().scrollIntoView({ block: "start" });
            focusCount();
        }
        load(params, true);
    });

    body.addEventListener("click", function (event) {
        const link = event.target.closest("a[href^='?'], a[data-directory-link]");
        if (!link || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        event.preventDefault();
        const url = new URL(link.href, window.location.href);
        url.searchParams.delete("partial");
        load(url.searchParams, true);
        const results = body.querySelector(".directory__results");
        if (results && link.closest(".pagination")) {
            results.scrollIntoView({ block: "start" });
        }
    });

    window.addEventListener("popstate", function () {
        // Back and forward restore the search the address describes, filters included.
        const params = new URLSearchParams(window.location.search);
        if (searchBox) {
            searchBox.value = params.get("q") || "";
        }
        load(params, false);
    });

    wide.addEventListener("change", function () {
        prepareDrawer(drawer() && drawer().open);
    });
    prepareDrawer(false);
})();
