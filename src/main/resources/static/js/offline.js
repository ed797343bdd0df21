// In the field without a connection (issue 14). Registers the service worker (the app shell
// and static files work offline); keeps a form saved without a connection in IndexedDB, shows
// it as "waiting to send", and sends it when the connection returns with the same submission
// key, so a retry never records twice. A conflict or a refusal is shown, never overwritten.
// Loaded from a file: the Content-Security-Policy allows no inline script.
(function () {
    'use strict';
    var panel = document.getElementById('offline-drafts');
    var list = document.getElementById('offline-draft-list');
    var DB = 'zhijian-field', STORE = 'drafts', MAX_SIDE = 1600;

    var swMeta = document.querySelector('meta[name="zj-service-worker"]');
    if ('serviceWorker' in navigator && swMeta) {
        navigator.serviceWorker.register(swMeta.content).catch(function () { /* the forms still work */ });
    }
    var logout = document.getElementById('logout');
    if (logout && 'caches' in window) {
        // pages kept for offline reading belong to this user: gone at logout (drafts stay until sent)
        logout.form.addEventListener('submit', function () { caches.delete('zhijian-pages'); });
    }
    if (!panel || !window.indexedDB) {
        return;
    }

    function msg(name) { return panel.getAttribute('data-msg-' + name) || name; }

    function open() {
        return new Promise(function (resolve, reject) {
            var req = indexedDB.open(DB, 1);
            req.onupgradeneeded = function () { req.result.createObjectStore(STORE, { keyPath: 'key' }); };
            req.onsuccess = function () { resolve(req.result); };
            req.onerror = function () { reject(req.error); };
        });
    }

    function store(mode, work) {
        return open().then(function (db) {
            return new Promise(function (resolve, reject) {
                var tx = db.transaction(STORE, mode);
                var result = work(tx.objectStore(STORE));
                tx.oncomplete = function () { db.close(); resolve(result && result.result); };
                tx.onerror = function () { db.close(); reject(tx.error); };
            });
        });
    }

    function all() { return store('readonly', function (s) { return s.getAll(); }); }
    function put(draft) { return store('readwrite', function (s) { s.put(draft); }); }
    function remove(key) { return store('readwrite', function (s) { s.delete(key); }); }

    function newKey() {
        return window.crypto && crypto.randomUUID ? crypto.randomUUID()
            : Date.now().toString(36) + Math.random().toString(36).slice(2);
    }

    // ---- photos: resized on the phone, with the time taken and the position when already allowed
    function position() {
        if (!navigator.geolocation || !navigator.permissions) {
            return Promise.resolve(null);
        }
        return navigator.permissions.query({ name: 'geolocation' }).then(function (p) {
            if (p.state !== 'granted') {
                return null; // never ask while the inspector is saving a form
            }
            return new Promise(function (resolve) {
                navigator.geolocation.getCurrentPosition(function (pos) {
                    resolve({ lat: pos.coords.latitude, lng: pos.coords.longitude });
                }, function () { resolve(null); }, { timeout: 3000, maximumAge: 600000 });
            });
        }).catch(function () { return null; });
    }

    function resize(file) {
        if (!window.createImageBitmap || !/^image\//.test(file.type)) {
            return Promise.resolve(file);
        }
        return createImageBitmap(file).then(function (img) {
            var scale = Math.min(1, MAX_SIDE / Math.max(img.width, img.height));
            var canvas = document.createElement('canvas');
            canvas.width = Math.round(img.width * scale);
            canvas.height = Math.round(img.height * scale);
            canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
            return new Promise(function (resolve) {
                canvas.toBlob(function (blob) { resolve(blob || file); }, 'image/jpeg', 0.85);
            });
        }).catch(function () { return file; });
    }

    function pad(n) { return (n < 10 ? '0' : '') + n; }

    // The time taken (and position) travel in the file name the server keeps with the photo
    function photoName(takenAt, where) {
        var d = new Date(takenAt);
        var name = 'IMG_' + d.getFullYear() + pad(d.getMonth() + 1) + pad(d.getDate()) + '_'
            + pad(d.getHours()) + pad(d.getMinutes()) + pad(d.getSeconds());
        if (where) {
            name += '_' + where.lat.toFixed(5) + ',' + where.lng.toFixed(5);
        }
        return name + '.jpg';
    }

    function readForm(form) {
        var fields = [], files = [];
        var data = new FormData(form);
        data.forEach(function (value, name) {
            if (value instanceof File) {
                if (value.size > 0) {
                    files.push({ field: name, file: value });
                }
            } else if (name !== '_csrf') {
                fields.push([name, value]);
            }
        });
        return position().then(function (where) {
            return Promise.all(files.map(function (f) {
                var takenAt = f.file.lastModified || Date.now();
                return resize(f.file).then(function (blob) {
                    return { field: f.field, blob: blob, name: photoName(takenAt, where),
                             takenAt: new Date(takenAt).toISOString(), position: where };
                });
            }));
        }).then(function (photos) { return { fields: fields, photos: photos }; });
    }

    function saveDraft(form) {
        var tokenField = form.querySelector('input[name="submissionToken"]');
        var key = tokenField && tokenField.value ? tokenField.value : (form.dataset.draftKey || newKey());
        form.dataset.draftKey = key;
        return readForm(form).then(function (content) {
            return put({
                key: key,
                action: form.action,
                page: location.href.split('#')[0],
                title: form.dataset.draftTitle || document.title,
                fields: content.fields,
                photos: content.photos,
                status: 'waiting',
                savedAt: new Date().toISOString()
            });
        });
    }

    // A refused or conflicting draft opens its form again, filled with what was typed (not the old
    // version: the page carries the current one, so the inspector sees and decides)
    function restore(form, draft) {
        var skip = { _csrf: true, version: true };
        form.querySelectorAll('input[type="checkbox"], input[type="radio"]').forEach(function (box) {
            if (box.name && !skip[box.name]) {
                box.checked = draft.fields.some(function (f) { return f[0] === box.name && f[1] === box.value; });
            }
        });
        draft.fields.forEach(function (f) {
            var el = form.elements.namedItem(f[0]);
            if (el && !skip[f[0]] && el.type !== 'checkbox' && el.type !== 'radio' && el.type !== 'file'
                    && !(el instanceof RadioNodeList)) {
                el.value = f[1];
            }
        });
        var byField = {};
        draft.photos.forEach(function (p) {
            (byField[p.field] = byField[p.field] || new DataTransfer())
                .items.add(new File([p.blob], p.name, { type: p.blob.type || 'image/jpeg' }));
        });
        Object.keys(byField).forEach(function (name) {
            var input = form.querySelector('input[type="file"][name="' + name + '"]');
            if (input) {
                input.files = byField[name].files;
            }
        });
        form.dataset.draftKey = draft.key;
    }

    var wanted = /#draft=([\w-]+)/.exec(location.hash);
    if (wanted) {
        all().then(function (drafts) {
            var draft = drafts.find(function (d) { return d.key === wanted[1]; });
            var form = document.querySelector('form[data-offline-draft]');
            if (draft && form && draft.fields.length) {
                restore(form, draft);
            }
        });
    }

    document.querySelectorAll('form[data-offline-draft]').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            if (navigator.onLine) {
                if (form.dataset.draftKey) {
                    remove(form.dataset.draftKey); // sent by hand, filled from the draft: the page shows what follows
                }
                return; // the ordinary post, with errors beside the fields
            }
            event.preventDefault();
            saveDraft(form).then(function () {
                var save = form.querySelector('[type="submit"]');
                if (save) {
                    save.disabled = false; // saving again replaces the same draft (same key)
                }
                var note = document.getElementById('draft-saved') || document.createElement('div');
                note.id = 'draft-saved';
                note.className = 'alert alert-warning';
                note.setAttribute('role', 'status');
                note.textContent = msg('saved');
                form.parentNode.insertBefore(note, form);
                note.scrollIntoView();
                return render();
            });
        });
    });

    // ---- sending, when the connection returns
    var sending = false;

    function freshToken(page) {
        // the page the draft came from: proves the session is alive and gives this session's CSRF token
        return fetch(page, { credentials: 'same-origin', cache: 'no-store' }).then(function (res) {
            if (res.url.indexOf(panel.dataset.loginUrl) >= 0) {
                return { login: true };
            }
            if (!res.ok) {
                return { status: res.status };
            }
            return res.text().then(function (html) {
                var doc = new DOMParser().parseFromString(html, 'text/html');
                var token = doc.querySelector('meta[name="_csrf"]') || doc.querySelector('input[name="_csrf"]');
                var header = doc.querySelector('meta[name="_csrf_header"]');
                if (!token) {
                    return { login: doc.querySelector('#login-submit') != null };
                }
                return { token: token.content || token.value, header: header ? header.content : 'X-CSRF-TOKEN' };
            });
        });
    }

    function send(draft) {
        return freshToken(draft.page).then(function (csrf) {
            if (csrf.login) {
                return 'login';
            }
            if (!csrf.token) {
                return csrf.status === 404 || csrf.status === 403 ? 'rejected' : 'waiting';
            }
            var body = new FormData();
            draft.fields.forEach(function (f) { body.append(f[0], f[1]); });
            body.append('_csrf', csrf.token);
            draft.photos.forEach(function (p) { body.append(p.field, p.blob, p.name); });
            var headers = {};
            headers[csrf.header] = csrf.token;
            headers['Idempotency-Key'] = draft.key;
            return fetch(draft.action, { method: 'POST', body: body, headers: headers, credentials: 'same-origin' })
                .then(function (res) {
                    if (res.url.indexOf(panel.dataset.loginUrl) >= 0) {
                        return 'login';
                    }
                    if (res.status === 409) {
                        return 'conflict';
                    }
                    if (res.ok && res.redirected) {
                        draft.link = res.url; // redirect-after-post: the record made (or found by its key)
                        return 'sent';
                    }
                    return res.status >= 500 ? 'waiting' : 'rejected';
                });
        }).catch(function () { return 'waiting'; }); // still no connection: next time
    }

    function sendAll() {
        if (sending || !navigator.onLine) {
            return Promise.resolve();
        }
        sending = true;
        return all().then(function (drafts) {
            var waiting = drafts.filter(function (d) { return d.status === 'waiting' || d.status === 'login'; });
            return waiting.reduce(function (chain, draft) {
                return chain.then(function () {
                    draft.status = 'sending';
                    return render().then(function () { return send(draft); }).then(function (status) {
                        draft.status = status;
                        if (status === 'sent') {
                            draft.photos = []; // the photos are on the server now
                            draft.fields = [];
                        }
                        return put(draft);
                    });
                });
            }, Promise.resolve());
        }).then(render, render).then(function () { sending = false; }, function () { sending = false; });
    }

    var BADGE = { waiting: 'text-bg-warning', sending: 'text-bg-info', sent: 'text-bg-success',
                  conflict: 'text-bg-danger', rejected: 'text-bg-danger', login: 'text-bg-secondary' };

    function render() {
        return all().then(function (drafts) {
            document.getElementById('offline-indicator').hidden = navigator.onLine;
            list.textContent = '';
            drafts.sort(function (a, b) { return a.savedAt < b.savedAt ? -1 : 1; });
            drafts.forEach(function (d) {
                var li = document.createElement('li');
                li.className = 'list-group-item d-flex flex-wrap align-items-center gap-2 offline-draft';
                li.dataset.key = d.key;
                li.dataset.status = d.status;
                var title = document.createElement('span');
                title.className = 'me-auto';
                var saved = new Date(d.savedAt); // shown in the phone's time zone
                title.textContent = d.title + ' · ' + saved.getFullYear() + '-' + pad(saved.getMonth() + 1) + '-'
                    + pad(saved.getDate()) + ' ' + pad(saved.getHours()) + ':' + pad(saved.getMinutes())
                    + (d.photos && d.photos.length ? ' · ' + msg('photos').replace('{0}', d.photos.length) : '');
                var badge = document.createElement('span');
                badge.className = 'badge draft-status ' + (BADGE[d.status] || 'text-bg-secondary');
                badge.textContent = msg(d.status);
                li.appendChild(title);
                li.appendChild(badge);
                var target = d.status === 'sent' ? d.link : (d.status === 'login' ? panel.dataset.loginUrl
                    : d.page + '#draft=' + d.key);
                if (target) {
                    var a = document.createElement('a');
                    a.className = 'btn btn-sm btn-link';
                    a.href = target;
                    a.textContent = msg('open');
                    li.appendChild(a);
                }
                if (d.status !== 'waiting' && d.status !== 'sending') {
                    var x = document.createElement('button');
                    x.type = 'button';
                    x.className = 'btn btn-sm btn-outline-secondary';
                    x.textContent = msg('discard');
                    x.addEventListener('click', function () { remove(d.key).then(render); });
                    li.appendChild(x);
                }
                list.appendChild(li);
            });
            panel.hidden = drafts.length === 0 && navigator.onLine;
        });
    }

    document.getElementById('drafts-send').addEventListener('click', sendAll);
    window.addEventListener('online', sendAll);
    window.addEventListener('offline', render);
    render().then(sendAll);
})();
