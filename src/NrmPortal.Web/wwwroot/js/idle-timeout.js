// The idle timeout warning (WCAG 2.2.1 Timing Adjustable). The layout renders #idle-warning for signed-in users, with
// data-idle-seconds (how long until the session ends without a request), data-warn-seconds (when to warn before that),
// data-idle-full-seconds (the whole idle time-out), data-extend-url (POST, answers 204 and moves the session on) and data-timeout-url (the login page, with the message).
// Activity in another tab of the portal counts too: the time of the last request is shared through localStorage.
(function () {
    'use strict';

    var dialog = document.getElementById('idle-warning');
    if (!dialog || typeof dialog.showModal !== 'function') return;

    var storageKey = 'nrm:session-ends-at';
    var safetyMs = 5000; // the server's clock started a moment before this page arrived
    var warnMs = parseInt(dialog.getAttribute('data-warn-seconds'), 10) * 1000;
    var extendUrl = dialog.getAttribute('data-extend-url');
    var timeoutUrl = dialog.getAttribute('data-timeout-url');
    var stay = document.getElementById('idle-stay');
    var tokenField = dialog.querySelector('input[name="__RequestVerificationToken"]');
    var endsAt = 0;
    var finished = false;

    function sessionStarted(seconds) {
        endsAt = Date.now() + seconds * 1000 - safetyMs;
        // The server only ever moves the end later, so the latest end any tab has seen is the true one.
        try { window.localStorage.setItem(storageKey, String(sharedEnd())); } catch (e) { /* storage off: this tab only */ }
    }

    function sharedEnd() {
        var shared = 0;
        try { shared = parseInt(window.localStorage.getItem(storageKey), 10) || 0; } catch (e) { shared = 0; }
        return Math.max(endsAt, shared);
    }

    function signedOut() {
        if (finished) return;
        finished = true;
        window.location.assign(timeoutUrl);
    }

    function tick() {
        if (finished) return;
        var remaining = sharedEnd() - Date.now();
        if (remaining <= 0) {
            signedOut();
        } else if (remaining <= warnMs) {
            if (!dialog.open) {
                dialog.showModal();
                stay.focus();
            }
        } else if (dialog.open) {
            dialog.close(); // another tab kept the session alive
        }
    }

    function extend() {
        var headers = {};
        if (tokenField) headers.RequestVerificationToken = tokenField.value;
        window.fetch(extendUrl, { method: 'POST', credentials: 'same-origin', redirect: 'manual', headers: headers })
            .then(function (response) {
                if (response.status === 204) {
                    sessionStarted(parseInt(dialog.getAttribute('data-idle-full-seconds'), 10) || 900);
                    if (dialog.open) dialog.close();
                } else {
                    signedOut();
                }
            })
            .catch(signedOut);
    }

    stay.addEventListener('click', extend);
    // Escape closes the dialog: take it as "stay signed in" rather than leaving the user without a warning.
    dialog.addEventListener('cancel', function (event) {
        event.preventDefault();
        extend();
    });
    window.addEventListener('storage', function (event) {
        if (event.key === storageKey) tick();
    });

    sessionStarted(parseInt(dialog.getAttribute('data-idle-seconds'), 10));
    window.setInterval(tick, 1000);
}());
