// Fills the navigation's to-do badge after the page has loaded, so no page waits for every
// module's to-do query (the server keeps each user's count for a short while).
(function () {
    var badge = document.getElementById('todo-badge');
    if (!badge || !badge.dataset.url) {
        return;
    }
    fetch(badge.dataset.url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (c) {
            if (c && c.count > 0) {
                badge.textContent = c.count > 99 ? '99+' : String(c.count);
                badge.classList.remove('d-none');
            }
        })
        .catch(function () { /* the badge stays hidden */ });
})();
