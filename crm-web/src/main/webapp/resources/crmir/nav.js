/*
 * On a phone the top menu folds behind one button (crmir.css, below 768 px). The button is in the menu's form, which
 * a push re-renders, so its clicks are taken on the document, and the open state is kept on the header, outside it.
 */
(function () {
    document.addEventListener("click", function (event) {
        var toggle = event.target.closest ? event.target.closest("#navToggle") : null;
        var header = document.querySelector(".crm-header");
        if (!header) {
            return;
        }
        if (toggle) {
            var open = header.classList.toggle("crm-nav-open");
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
        } else if (event.target.closest && event.target.closest(".crm-header .ui-menuitem-link:not(.ui-submenu-link)")) {
            header.classList.remove("crm-nav-open"); // a page was chosen
        }
    });
})();
