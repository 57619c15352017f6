// Voordeur page behaviour. No inline script is allowed (CSP), so everything lives here.
(function () {
  "use strict";

  // htmx sends the CSRF token with every request it makes.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.getAttribute("content")] = token.getAttribute("content");
    }
    var elt = event.detail.elt;
    if (elt.closest("[data-retry]")) {
      // Remember exactly what was sent, so a retry sends the same (including the button pressed).
      elt._vdRequest = { verb: event.detail.verb, path: event.detail.path, values: copy(event.detail.parameters) };
    }
  });

  function copy(parameters) {
    var values = {};
    if (parameters instanceof FormData) {
      parameters.forEach(function (value, key) {
        if (values[key] === undefined) { values[key] = value; }
        else { values[key] = [].concat(values[key], value); }
      });
      return values;
    }
    for (var key in parameters) { values[key] = parameters[key]; }
    return values;
  }

  // "Nothing lost at the door": a request that fails for lack of a connection is retried,
  // and the page says so until it got through.
  var pending = [];

  function status(kind) {
    document.querySelectorAll("[data-connection-status]").forEach(function (region) {
      var text = region.getAttribute("data-" + kind);
      region.textContent = text || "";
      region.hidden = !text;
      region.classList.toggle("alert--success", kind === "back");
      region.classList.toggle("alert--warning", kind !== "back");
    });
  }

  function retry(elt) {
    var request = elt._vdRequest;
    if (!request) { return; }
    status("retrying");
    // A failed retry is handled by htmx:sendError below; the promise must not reject unhandled.
    var sent = htmx.ajax(request.verb.toUpperCase(), request.path, { source: elt, values: request.values });
    if (sent && sent.catch) { sent.catch(function () {}); }
  }

  function retryAll() {
    var waiting = pending;
    pending = [];
    waiting.forEach(function (elt) { retry(elt); });
  }

  document.addEventListener("htmx:sendError", function (event) {
    var elt = event.detail.elt;
    if (!elt.closest("[data-retry]")) { return; }
    status("offline");
    if (pending.indexOf(elt) < 0) { pending.push(elt); }
    elt._vdDelay = Math.min(20000, (elt._vdDelay || 1000) * 2);
    setTimeout(function () { if (pending.indexOf(elt) >= 0) { pending.splice(pending.indexOf(elt), 1); retry(elt); } },
      elt._vdDelay);
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var elt = event.detail.elt;
    if (event.detail.successful && elt._vdDelay) {
      elt._vdDelay = 0;
      if (pending.length === 0) { status("back"); }
    }
  });

  window.addEventListener("online", retryAll);

  // Buttons that print the page.
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-print]");
    if (target) {
      event.preventDefault();
      window.print();
    }
  });

  // A form that comes back with errors (NL Design System / GOV.UK pattern): focus moves to the
  // summary at the top, and each link in it moves focus to its field.
  function focusErrorSummary(root) {
    var summary = (root || document).querySelector(".alert--error[role=alert][tabindex]");
    if (summary) summary.focus();
  }
  document.addEventListener("DOMContentLoaded", function () { focusErrorSummary(document); });
  document.addEventListener("htmx:afterSwap", function (event) { focusErrorSummary(event.target); });
  document.addEventListener("click", function (event) {
    var link = event.target.closest(".alert--error a[href^='#']");
    if (!link) return;
    var field = document.getElementById(link.getAttribute("href").substring(1));
    if (field) {
      event.preventDefault();
      field.focus();
      field.scrollIntoView({block: "center"});
    }
  });

  // An undo is offered for a short while (the server checks the time too): then it goes.
  function expireUndo(root) {
    (root || document).querySelectorAll("form[data-undo]:not([data-scheduled])").forEach(function (form) {
      form.setAttribute("data-scheduled", "");
      var seconds = parseInt(form.getAttribute("data-expires-in"), 10) || 60;
      setTimeout(function () { form.remove(); }, seconds * 1000);
    });
  }
  document.addEventListener("DOMContentLoaded", function () { expireUndo(document); });
  document.addEventListener("htmx:afterSettle", function (event) { expireUndo(event.target.parentNode || document); });
})();
