// Type-ahead for the enterprise on the sampling form: name, credit code or pinyin initials
// (/enterprises/suggest, scoped to the user's districts on the server). Picking one selects it
// in the ordinary select, which stays the fallback without script.
(function () {
    'use strict';
    var input = document.getElementById('enterprise-typeahead');
    if (!input) {
        return;
    }
    var results = document.getElementById('enterprise-suggestions');
    var select = document.getElementById(input.dataset.target);
    var timer = null, seq = 0;

    function pick(e) {
        var option = Array.prototype.find.call(select.options, function (o) { return o.value === String(e.id); });
        if (!option) {
            option = new Option(e.name, e.id);
            select.add(option);
        }
        select.value = String(e.id);
        input.value = e.name;
        results.textContent = '';
    }

    function show(found, n) {
        if (n !== seq) {
            return; // an older answer arriving late
        }
        results.textContent = '';
        if (found.length === 0) {
            var none = document.createElement('div');
            none.className = 'list-group-item text-muted small';
            none.textContent = input.dataset.none;
            results.appendChild(none);
            return;
        }
        found.forEach(function (e) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'list-group-item list-group-item-action enterprise-suggestion';
            b.setAttribute('role', 'option');
            b.dataset.id = e.id;
            var name = document.createElement('span');
            name.textContent = e.name;
            var code = document.createElement('small');
            code.className = 'd-block text-muted mono';
            code.textContent = e.creditCode;
            b.appendChild(name);
            b.appendChild(code);
            b.addEventListener('click', function () { pick(e); });
            results.appendChild(b);
        });
    }

    input.addEventListener('input', function () {
        clearTimeout(timer);
        var q = input.value.trim();
        if (q.length === 0) {
            results.textContent = '';
            return;
        }
        timer = setTimeout(function () {
            var n = ++seq;
            var url = input.dataset.url + '?q=' + encodeURIComponent(q)
                + (input.dataset.industry ? '&industry=' + encodeURIComponent(input.dataset.industry) : '');
            fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                .then(function (res) { return res.ok ? res.json() : []; })
                .then(function (found) { show(found, n); })
                .catch(function () { /* offline: the select still works */ });
        }, 250);
    });
})();
