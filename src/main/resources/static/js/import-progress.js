// Polls a running import's progress and reloads the page when it has finished.
// URL and texts come from the data attributes of #import-progress (message files).
(function () {
    var box = document.getElementById('import-progress');
    if (!box) {
        return;
    }
    var bar = box.querySelector('.progress-bar');
    var text = box.querySelector('.progress-text');
    function poll() {
        fetch(box.dataset.url, {headers: {'Accept': 'application/json'}}).then(function (r) { return r.json(); })
            .then(function (p) {
                if (p.status !== 'RUNNING') { location.reload(); return; }
                var pct = p.percent == null ? 50 : p.percent;
                bar.style.width = pct + '%';
                bar.textContent = p.percent == null ? '…' : pct + '%';
                text.textContent = (p.phase === 'WRITING' ? box.dataset.writing : box.dataset.rows + ' ' + p.rowsRead
                    + (p.rowsTotal ? ' / ' + p.rowsTotal : ''));
                setTimeout(poll, 1000);
            }).catch(function () { setTimeout(poll, 3000); });
    }
    poll();
})();
