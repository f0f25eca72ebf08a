// Keeps "in 12 min" / "overdue by 3 min" current while the incident room stays open. The server
// renders the right text at load; without JavaScript it is only as fresh as the page.
(function () {
  function refresh() {
    document.querySelectorAll('.countdown[data-due]').forEach(function (el) {
      var minutes = Math.floor((Date.parse(el.dataset.due) - Date.now()) / 60000);
      el.textContent = minutes < 0 ? 'overdue by ' + -minutes + ' min' : 'in ' + minutes + ' min';
      var line = el.closest('.cadence');
      if (line) line.classList.toggle('overdue', minutes < 0);
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    refresh();
    setInterval(refresh, 15000);
  });
})();
