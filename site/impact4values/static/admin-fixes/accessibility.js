// Accessible names the admin's editors leave out, added once their scripts have drawn the fields:
// - Wagtail's StreamField blocks label their input (a text input, a rich text editor) only with the
//   block's heading: the field is named after its block type ("Heading", "Paragraph");
// - the page editor's minimap list scrolls but cannot be reached by keyboard: it becomes focusable;
// - wagtail-localize's translation editor has an unlabelled PO file input: named after its tab.
(function () {
    "use strict";
    var gettext = window.django && window.django.gettext ? window.django.gettext : function (text) {
        return text;
    };

    function hasName(field) {
        if (field.getAttribute("aria-label") || field.getAttribute("aria-labelledby") || field.closest("label")) {
            return true;
        }
        return Boolean(field.id && document.querySelector('label[for="' + CSS.escape(field.id) + '"]'));
    }

    function nameFields() {
        var fields = document.querySelectorAll(
            '[data-streamfield-child] input:not([type="hidden"]), [data-streamfield-child] textarea, ' +
                '[data-streamfield-child] [contenteditable="true"]'
        );
        fields.forEach(function (field) {
            if (hasName(field)) {
                return;
            }
            var section = field.closest("section.w-panel");
            var type = section && section.querySelector(".c-sf-block__type");
            if (type && type.textContent.trim()) {
                field.setAttribute("aria-label", type.textContent.trim());
            }
        });
        document.querySelectorAll(".w-minimap__list:not([tabindex])").forEach(function (list) {
            list.setAttribute("tabindex", "0");
        });
        document.querySelectorAll('.js-translation-editor input[type="file"]').forEach(function (input) {
            if (!hasName(input)) {
                input.setAttribute("aria-label", gettext("Upload PO file"));
            }
        });
    }

    function start() {
        nameFields();
        new MutationObserver(nameFields).observe(document.body, { childList: true, subtree: true });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
