// Sorting and filtering of the findings table. The URL hash may preset them:
// #filter=<text>&truth=<id>&sort=<column>&order=desc
(function () {
  'use strict';
  var table = document.getElementById('findings');
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var rows = Array.prototype.slice.call(body.rows);
  var text = document.getElementById('filter');
  var truth = document.getElementById('truth-filter');
  var shown = document.getElementById('shown');

  function apply() {
    var query = text.value.trim().toLowerCase();
    var id = truth.value;
    var count = 0;
    rows.forEach(function (row) {
      var visible = (!id || row.getAttribute('data-truth') === id) &&
          (!query || row.textContent.toLowerCase().indexOf(query) >= 0);
      row.hidden = !visible;
      if (visible) { count++; }
    });
    shown.textContent = count + ' of ' + rows.length;
  }

  function key(row, index) {
    var cell = row.cells[index];
    return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
  }

  function sortBy(th, direction) {
    var index = th.cellIndex;
    var numeric = th.getAttribute('data-type') === 'number';
    headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', direction > 0 ? 'ascending' : 'descending');
    rows.sort(function (a, b) {
      var x = key(a, index);
      var y = key(b, index);
      return direction * (numeric ? Number(x) - Number(y) : x.localeCompare(y));
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function fromHash() {
    var params = new URLSearchParams(window.location.hash.slice(1));
    if (params.has('filter')) { text.value = params.get('filter'); }
    if (params.has('truth')) { truth.value = params.get('truth'); }
    var column = params.get('sort');
    headers.forEach(function (th) {
      if (th.getAttribute('data-key') === column) {
        sortBy(th, params.get('order') === 'desc' ? -1 : 1);
      }
    });
    apply();
  }

  table.tHead.addEventListener('click', function (event) {
    var th = event.target.closest('th');
    if (th) { sortBy(th, th.getAttribute('aria-sort') === 'ascending' ? -1 : 1); }
  });
  text.addEventListener('input', apply);
  truth.addEventListener('change', apply);
  window.addEventListener('hashchange', fromHash);
  fromHash();
}());
