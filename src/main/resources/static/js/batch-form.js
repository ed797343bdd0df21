// New batch: choosing the product reloads the form with its test items; saving
// disables the button so a double click does not post twice. The last plan, product
// and testing agency are remembered on this phone (localStorage) and offered next time.
// (No inline handlers: the Content-Security-Policy allows only scripts from files.)
(function () {
    var KEY = 'zhijian.batch.last';
    function last() {
        try {
            return JSON.parse(localStorage.getItem(KEY)) || {};
        } catch (e) {
            return {};
        }
    }
    function remember(name, value) {
        var l = last();
        l[name] = value;
        try {
            localStorage.setItem(KEY, JSON.stringify(l));
        } catch (e) { /* private mode: nothing remembered */ }
    }
    function offer(el, name) {
        var value = last()[name];
        if (el && !el.value && value && Array.prototype.some.call(el.options || [], function (o) { return o.value === value; })) {
            el.value = value;
        }
    }

    var plan = document.getElementById('choose-plan');
    var category = document.getElementById('choose-category');
    var form = document.getElementById('batch-form');
    if (plan && !form && location.search.indexOf('planId') < 0) {
        offer(plan, 'planId');
    }
    if (plan) {
        plan.addEventListener('change', function () { remember('planId', plan.value); });
    }
    if (category) {
        category.addEventListener('change', function () {
            remember('categoryId', category.value);
            category.form.submit();
        });
        if (!category.value && !form) {
            offer(category, 'categoryId');
        }
    }
    var save = document.getElementById('save');
    if (form && save) {
        var agency = document.getElementById('agency');
        if (agency && !agency.value && last().agency) {
            agency.value = last().agency;
        }
        form.addEventListener('submit', function () {
            save.disabled = true;
            if (agency && agency.value) {
                remember('agency', agency.value);
            }
        });
    }
})();
