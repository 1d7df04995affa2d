/*
 * The Content-Security-Policy runs inline scripts only with the page's nonce. PrimeFaces' own Ajax gives its
 * scripts the nonce; the Faces client (f:ajax, used by the push sockets) does not: it runs the scripts of an
 * update as new script elements and evaluates <eval> blocks with window.eval (refused without 'unsafe-eval').
 * Here its script elements get the nonce, and its evaluation (window.execScript, which it prefers when present)
 * becomes a nonce'd script element, so nothing needs 'unsafe-inline' or 'unsafe-eval'.
 */
(function () {
    function nonce() {
        return window.PrimeFaces && PrimeFaces.csp ? PrimeFaces.csp.NONCE_VALUE : "";
    }
    var createElement = document.createElement;
    document.createElement = function (tagName) {
        var element = createElement.apply(document, arguments);
        if (String(tagName).toLowerCase() === "script" && nonce()) {
            element.nonce = nonce();
        }
        return element;
    };
    window.execScript = function (source) {
        var script = document.createElement("script");
        script.text = source;
        document.head.appendChild(script);
        document.head.removeChild(script);
    };
})();
