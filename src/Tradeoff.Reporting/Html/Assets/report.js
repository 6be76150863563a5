// Tradeoff report: sortable tables and live re-ranking. No framework, no network.
// The ranking rule is Tradeoff.Selection's (docs/SELECTION.md), on the scaled values the page ships: weights are
// normalized to sum 1; utility is the weighted sum of each quality's scaled value (its place on a fixed scale), and its half-width
// sqrt(sum (weight x scaled half-width)^2); two utilities differ beyond the noise when their difference exceeds the noise
// of that difference (data.margins, paired for fold scores of the same splits). Frontier candidates that may rank first come first: the one with the
// highest utility (then the smaller id, ordinal) and those within the noise of it, |U_top - U| <= sqrt(h_top^2 + h^2),
// are tied, ordered by the simplicity rule (interpretable first, then fewer parameters, a count before none, then the
// smaller id); then the rest of them by utility and id; then frontier candidates outranked inside a dominance cycle;
// then dominated candidates, each group by utility and id.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('tradeoff-data').textContent);
  var body = document.body;

  function ordinal(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function byUtility(a, b) { return b.utility - a.utility || ordinal(a.id, b.id); }

  function simpler(a, b) {
    if (a.interpretable !== b.interpretable) return a.interpretable ? -1 : 1;
    if ((a.parameters === null) !== (b.parameters === null)) return a.parameters === null ? 1 : -1;
    if (a.parameters !== null && a.parameters !== b.parameters) return a.parameters < b.parameters ? -1 : 1;
    return ordinal(a.id, b.id);
  }

  function rank(weights) {
    var ids = data.qualities.map(function (q) { return q.id; });
    var w = ids.map(function (id) { var x = weights[id]; return x > 0 && isFinite(x) ? x : 0; });
    var sum = 0;
    Object.keys(weights).forEach(function (id) { if (ids.indexOf(id) >= 0 && weights[id] > 0) sum += weights[id]; });
    if (!(sum > 0)) return null;
    if (Math.abs(sum - 1) > 1e-9) w = w.map(function (x) { return x / sum; });
    var entries = data.candidates.map(function (c, i) {
      var u = 0, h = 0;
      for (var k = 0; k < w.length; k++) {
        u += w[k] * c.scaled[k];
        var part = w[k] * c.halfWidths[k];
        h += part * part;
      }
      return { id: c.id, index: i, frontier: c.frontier, contender: c.contender, interpretable: c.interpretable, parameters: c.parameters, utility: u, halfWidth: Math.sqrt(h), tied: false };
    });
    // The noise of a difference of utilities: per quality the scaled noise of the two figures' difference (paired for
    // fold scores of the same splits), weighted, squared and summed, as Tradeoff.Selection's QualityMatrix.UtilityMargin.
    function margin(a, b) {
      var m = data.margins[a.index][b.index], h = 0;
      for (var k = 0; k < w.length; k++) { var part = w[k] * m[k]; h += part * part; }
      return Math.sqrt(h);
    }
    var contenders = entries.filter(function (e) { return e.contender; }).sort(byUtility);
    var top = contenders[0];
    var tied = contenders.filter(function (e) { return e === top || Math.abs(top.utility - e.utility) <= margin(top, e); });
    if (tied.length > 1) tied.forEach(function (e) { e.tied = true; });
    return tied.sort(simpler)
      .concat(contenders.filter(function (e) { return tied.indexOf(e) < 0; }))
      .concat(entries.filter(function (e) { return e.frontier && !e.contender; }).sort(byUtility))
      .concat(entries.filter(function (e) { return !e.frontier; }).sort(byUtility));
  }

  function fromHash() {
    var m = /(?:^#|&)weights=([^&]*)/.exec(location.hash);
    if (!m) return null;
    var weights = {};
    data.qualities.forEach(function (q) { weights[q.id] = 0; });
    decodeURIComponent(m[1]).split(',').forEach(function (pair) {
      var i = pair.lastIndexOf(':');
      var id = pair.slice(0, i), value = parseFloat(pair.slice(i + 1));
      if (i > 0 && Object.prototype.hasOwnProperty.call(weights, id) && value >= 0) weights[id] = value;
    });
    return weights;
  }

  function badge(parent, kind) { var b = document.createElement('span'); b.className = 'badge ' + kind; b.textContent = kind; parent.appendChild(b); }

  function cell(row, text, cls) { var td = document.createElement('td'); td.textContent = text; if (cls) td.className = cls; row.appendChild(td); return td; }

  function render(ranking, live) {
    var tbody = document.getElementById('ranking-body');
    if (!tbody || !ranking) return;
    var study = {};
    data.ranking.forEach(function (r) { study[r.candidate] = r.rank; });
    tbody.textContent = '';
    ranking.forEach(function (e, i) {
      var tr = document.createElement('tr');
      if (e.frontier) tr.className = 'frontier';
      cell(tr, String(i + 1), 'num');
      cell(tr, e.id);
      cell(tr, e.utility === null ? '-' : e.utility.toFixed(3) + (e.halfWidth > 0 ? ' \u00b1 ' + e.halfWidth.toFixed(3) : ''), 'num');
      var f = cell(tr, '');
      if (e.frontier) badge(f, 'frontier');
      if (e.tied) { f.appendChild(document.createTextNode(' ')); badge(f, 'tied'); }
      var moved = study[e.id] ? study[e.id] - (i + 1) : 0;
      cell(tr, !live || moved === 0 ? '' : (moved > 0 ? '\u2191' + moved : '\u2193' + (-moved)), 'num changed');
      tbody.appendChild(tr);
    });
    var top = ranking.length ? ranking[0].id : '';
    var name = document.getElementById('live-recommended');
    if (name) name.textContent = top || 'none';
    var changed = document.getElementById('live-changed');
    if (changed) {
      changed.hidden = !(live && top !== data.recommended);
      changed.textContent = live && top !== data.recommended ? 'With these weights: ' + top + ' (the study\u2019s weights recommend ' + data.recommended + '; the reasons below refer to those).' : '';
    }
    body.setAttribute('data-recommended', top);
    body.setAttribute('data-ranking', ranking.map(function (e) { return e.id; }).join(','));
    body.setAttribute('data-tied', ranking.filter(function (e) { return e.tied; }).map(function (e) { return e.id; }).join(','));
  }

  function setupWeights() {
    var panel = document.getElementById('weights-panel');
    if (!panel || data.candidates.length === 0 || data.qualities.length === 0) return;
    var inputs = {};
    function current() { var w = {}; Object.keys(inputs).forEach(function (id) { w[id] = parseFloat(inputs[id].value); }); return w; }
    function update(live) {
      var w = current(), sum = 0;
      Object.keys(w).forEach(function (id) { sum += w[id]; });
      Object.keys(inputs).forEach(function (id) { inputs[id].output.textContent = sum > 0 ? Math.round(100 * w[id] / sum) + '%' : '-'; });
      var ranking = rank(w);
      if (ranking) render(ranking, live);
      if (live) history.replaceState(null, '', '#weights=' + Object.keys(w).map(function (id) { return id + ':' + w[id]; }).join(','));
    }
    data.qualities.forEach(function (q) {
      var label = document.createElement('label');
      label.textContent = q.id + (q.direction === 'higher' ? ' \u2191' : ' \u2193');
      var input = document.createElement('input');
      input.type = 'range'; input.min = '0'; input.max = '1'; input.step = '0.01';
      input.value = String(data.weights[q.id] || 0);
      input.setAttribute('aria-label', 'weight of ' + q.id);
      label.htmlFor = input.id = 'weight-' + q.id.replace(/[^A-Za-z0-9_-]/g, '-');
      var output = document.createElement('output');
      input.output = output;
      input.addEventListener('input', function () { update(true); });
      inputs[q.id] = input;
      panel.appendChild(label); panel.appendChild(input); panel.appendChild(output);
    });
    var reset = document.getElementById('weights-reset');
    if (reset) reset.addEventListener('click', function () {
      Object.keys(inputs).forEach(function (id) { inputs[id].value = String(data.weights[id] || 0); });
      history.replaceState(null, '', location.pathname + location.search);
      update(false);
      render(data.mode === 'utility' ? rank(data.weights) : studyRanking(), false);
    });
    var hashed = fromHash();
    if (hashed) {
      Object.keys(inputs).forEach(function (id) { inputs[id].value = String(hashed[id]); });
      update(true);
    } else {
      update(false);
      if (data.mode !== 'utility') render(studyRanking(), false);
    }
  }

  function studyRanking() {
    return data.ranking.map(function (r) { return { id: r.candidate, frontier: r.onFrontier, utility: r.utility, halfWidth: r.utilityHalfWidth, tied: r.tiedAtTop }; });
  }

  function sortable(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, index) {
      th.tabIndex = 0;
      function sort() {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var tbody = table.tBodies[0];
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = a.cells[index], y = b.cells[index];
          var nx = parseFloat(x.getAttribute('data-sort')), ny = parseFloat(y.getAttribute('data-sort'));
          var c;
          if (!isNaN(nx) || !isNaN(ny)) c = isNaN(nx) ? 1 : isNaN(ny) ? -1 : nx - ny;
          else c = x.textContent.localeCompare(y.textContent);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), sortable);
  setupWeights();
  window.addEventListener('hashchange', function () { location.reload(); });
  body.setAttribute('data-ready', '1');
})();
