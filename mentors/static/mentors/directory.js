// Progressive enhancement of the mentor directory: filters apply as soon as they change, results are
// replaced without a full reload, and the address follows so it can be shared or bookmarked.
// Without JavaScript the same form works with its submit buttons.
(function () {
    "use strict";
    const form = document.querySelector("[data-directory]");
    if (!form || !window.fetch || !window.history.pushState) {
        return;
    }
    const body = document.getElementById("directory-body");
    let controller = null;

    form.classList.add("directory--enhanced");

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
            body.innerHTML = await response.text();
            const query = params.toString();
            const url = form.action + (query ? "?" + query : "");
            if (push) {
                window.history.pushState({ directory: true }, "", url);
            }
            if (focusedId) {
                const again = document.getElementById(focusedId);
                if (again) {
                    again.focus();
                }
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
        const box = document.getElementById("directory-q");
        if (box) {
            box.value = params.get("q") || "";
        }
        load(params, false);
    });
})();
