// Polls a special inspection's progress per district every few seconds and updates the table,
// until every task is done. URL and texts come from the data attributes of #inspection-progress.
(function () {
    var box = document.getElementById('inspection-progress');
    if (!box) {
        return;
    }
    var state = document.getElementById('progress-state');
    var body = box.querySelector('#progress-table tbody');
    function row(p) {
        var tr = body.querySelector('tr[data-district="' + p.districtId + '"]');
        if (!tr) {
            tr = document.createElement('tr');
            tr.setAttribute('data-district', p.districtId);
            ['p-name', 'p-tasks', 'p-done', 'p-overdue', 'p-bar'].forEach(function (c) {
                var td = document.createElement('td');
                td.className = c;
                tr.appendChild(td);
            });
            var bar = document.createElement('div');
            bar.className = 'progress';
            var inner = document.createElement('div');
            inner.className = 'progress-bar';
            bar.appendChild(inner);
            tr.lastChild.appendChild(bar);
            tr.firstChild.textContent = p.district;
            body.appendChild(tr);
        }
        return tr;
    }
    function show(view) {
        view.districts.forEach(function (p) {
            var tr = row(p);
            tr.querySelector('.p-tasks').textContent = p.tasks;
            tr.querySelector('.p-done').textContent = p.done;
            tr.querySelector('.p-overdue').textContent = p.overdue;
            var bar = tr.querySelector('.progress-bar');
            bar.style.width = (p.tasks === 0 ? 0 : Math.floor(p.done * 100 / p.tasks)) + '%';
            bar.classList.toggle('bg-success', p.finished);
        });
        state.textContent = view.finished ? box.dataset.done : box.dataset.running;
    }
    function poll() {
        fetch(box.dataset.url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (r) { return r.json(); })
            .then(function (view) {
                show(view);
                if (!view.finished) {
                    setTimeout(poll, 3000);
                }
            }).catch(function () { setTimeout(poll, 10000); });
    }
    setTimeout(poll, 3000);
})();
