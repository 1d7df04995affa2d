/*
 * Tells the server the browser's time zone (cookie crmir_tz), so that pages show times in it (Finance → Reports).
 * The first page a browser opens is written before the server knows it: its times say UTC; every request after
 * (a push re-reading the table, the next page) carries the zone.
 */
(function () {
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return; // no Intl: times stay in UTC, as the page says
    }
    var cookie = "crmir_tz=" + encodeURIComponent(zone || "UTC");
    if (document.cookie.split("; ").indexOf(cookie) < 0) {
        document.cookie = cookie + "; path=/; SameSite=Lax";
    }
})();
