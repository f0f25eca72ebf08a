/*
 * Reveille status widget. Put this on any site:
 *   <div data-reveille-status></div>
 *   <script src="https://status.example.com/status/widget.js" async></script>
 * It reads status.json from the server it was loaded from and shows the overall status as a link to
 * the status page. No globals, no styles leaking into the page, text set with textContent only.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) {
    return;
  }
  var origin = new URL(script.src).origin;
  var colours = {
    none: "#1d7a46",
    maintenance: "#2452c4",
    minor: "#8a5a00",
    major: "#b34700",
    critical: "#b4232c"
  };

  function render(host, indicator, description, pageUrl) {
    var link = document.createElement("a");
    link.href = pageUrl;
    link.rel = "noopener";
    link.style.cssText =
      "display:inline-flex;align-items:center;gap:.45em;font:inherit;color:inherit;text-decoration:none";
    var dot = document.createElement("span");
    dot.setAttribute("aria-hidden", "true");
    dot.style.cssText =
      "display:inline-block;width:.7em;height:.7em;border-radius:50%;background:" +
      (colours[indicator] || "#555e70");
    var text = document.createElement("span");
    text.textContent = description;
    link.appendChild(dot);
    link.appendChild(text);
    host.replaceChildren(link);
  }

  function show() {
    var hosts = document.querySelectorAll("[data-reveille-status]");
    if (hosts.length === 0) {
      return;
    }
    fetch(origin + "/api/v2/status.json", { credentials: "omit" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("status " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        var status = data && data.status ? data.status : {};
        var page = data && data.page ? data.page : {};
        var url = typeof page.url === "string" && /^https?:\/\//.test(page.url) ? page.url : origin + "/status";
        hosts.forEach(function (host) {
          render(host, String(status.indicator || ""), String(status.description || "Status unknown"), url);
        });
      })
      .catch(function () {
        hosts.forEach(function (host) {
          render(host, "", "Status unavailable", origin + "/status");
        });
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
