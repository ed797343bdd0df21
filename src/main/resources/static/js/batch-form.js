// New batch: choosing the product reloads the form with its test items; saving
// disables the button so a double click does not post twice. (No inline handlers:
// the Content-Security-Policy allows only scripts from files.)
(function () {
    var category = document.getElementById('choose-category');
    if (category) {
        category.addEventListener('change', function () { category.form.submit(); });
    }
    var form = document.getElementById('batch-form');
    var save = document.getElementById('save');
    if (form && save) {
        form.addEventListener('submit', function () { save.disabled = true; });
    }
})();
