// Tells the server once that a person's browser showed the offer (the funnel's "opened"). Mail scanners fetch the
// link without running scripts, so they never count; the request is a POST with the page's antiforgery token.
(function () {
    "use strict";
    var beacon = document.querySelector("[data-opened-beacon]");
    var token = document.querySelector("input[name='__RequestVerificationToken']");
    if (!beacon || !token || !window.fetch) {
        return;
    }
    var body = new URLSearchParams();
    body.append("__RequestVerificationToken", token.value);
    window.fetch(beacon.getAttribute("data-opened-beacon"), { method: "POST", body: body, credentials: "same-origin", keepalive: true })
        .catch(function () { /* best effort: the answer itself also counts as opened */ });
})();
