// Live preview of item judgements and the derived verdict. The server judges again on save;
// this only shows the inspector what the rule will say. Texts come from data attributes (message files).
(function () {
  function normalise(s) {
    return (s || '').replace(/[\uFF01-\uFF5E]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); })
      .replace(/\u3002/g, '.').replace(/[\s\u3000,]/g, '');
  }
  function judge(row) {
    var input = row.querySelector('.result-value');
    var v = normalise(input.value);
    if (v === '') return null;
    var kind = row.dataset.kind;
    if (kind === 'PASS_FAIL') return v === 'pass';
    var x = Number(v);
    if (isNaN(x)) return null;
    var lo = row.dataset.lower === undefined || row.dataset.lower === '' ? null : Number(row.dataset.lower);
    var hi = row.dataset.upper === undefined || row.dataset.upper === '' ? null : Number(row.dataset.upper);
    return (lo === null || x >= lo) && (hi === null || x <= hi);
  }
  function update(box) {
    var preview = box.querySelector('#verdict-preview');
    var any = false, fail = false;
    box.querySelectorAll('.result-row').forEach(function (row) {
      var j = judge(row);
      var mark = row.querySelector('.judgement');
      mark.textContent = j === null ? '' : (j ? preview.dataset.pass : preview.dataset.fail);
      mark.className = 'small judgement ' + (j === null ? '' : (j ? 'text-success' : 'text-danger fw-semibold'));
      if (j !== null) { any = true; if (!j) fail = true; }
    });
    var text = preview.querySelector('.verdict-text');
    text.textContent = !any ? preview.dataset.pending : (fail ? preview.dataset.fail : preview.dataset.pass);
    preview.className = 'alert py-2 ' + (!any ? 'alert-secondary' : (fail ? 'alert-danger' : 'alert-success'));
  }
  document.querySelectorAll('.result-rows').forEach(function (box) {
    box.addEventListener('input', function () { update(box); });
    box.addEventListener('change', function () { update(box); });
    update(box);
  });
})();
