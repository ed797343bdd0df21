// Zhijian's service worker (issue 14): the app shell and static files from the cache, pages
// from the network with the last copy as a fallback, so a form page opened before the
// connection dropped still opens. Posts are never cached or replayed here: js/offline.js keeps
// unsent forms in IndexedDB and sends them itself, with their submission key.
'use strict';
var SHELL = 'zhijian-shell-v1';
var PAGES = 'zhijian-pages';
var scope = self.registration.scope;
var ASSETS = ['css/zhijian.css', 'js/offline.js', 'js/batch-form.js', 'js/enterprise-typeahead.js',
    'webjars/bootstrap/css/bootstrap.min.css', 'webjars/bootstrap/js/bootstrap.bundle.min.js',
    'manifest.json', 'img/icon.svg'].map(function (p) { return new URL(p, scope).toString(); });

self.addEventListener('install', function (event) {
    event.waitUntil(caches.open(SHELL).then(function (c) { return c.addAll(ASSETS); }).then(function () {
        return self.skipWaiting();
    }));
});

self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k !== SHELL && k !== PAGES; })
            .map(function (k) { return caches.delete(k); }));
    }).then(function () { return self.clients.claim(); }));
});

function isStatic(url) {
    return /\/(css|js|webjars|img)\//.test(url.pathname) || /\/manifest\.json$/.test(url.pathname);
}

self.addEventListener('fetch', function (event) {
    var req = event.request;
    var url = new URL(req.url);
    if (req.method !== 'GET' || url.origin !== self.location.origin) {
        return;
    }
    if (isStatic(url)) {
        // from the cache at once; refreshed behind it, so a new release shows on the next visit
        event.respondWith(caches.match(req, { ignoreSearch: true }).then(function (hit) {
            var refresh = fetch(req).then(function (res) {
                if (res.ok) {
                    var copy = res.clone();
                    caches.open(SHELL).then(function (c) { return c.put(req, copy); });
                }
                return res;
            });
            if (hit) {
                event.waitUntil(refresh.catch(function () { /* offline */ }));
                return hit;
            }
            return refresh;
        }));
        return;
    }
    if (req.mode === 'navigate') {
        event.respondWith(fetch(req).then(function (res) {
            // keep the page for offline use, unless it is the login page (an expired session)
            if (res.ok && /text\/html/.test(res.headers.get('Content-Type') || '')
                    && !/\/login/.test(new URL(res.url).pathname)) {
                var copy = res.clone();
                caches.open(PAGES).then(function (c) { c.put(req, copy); });
            }
            return res;
        }).catch(function () {
            return caches.match(req, { cacheName: PAGES }).then(function (hit) {
                return hit || new Response('<!DOCTYPE html><meta charset="utf-8"><title>Zhijian</title>'
                    + '<p>离线：此页面尚未在本机保存。Offline: this page was not saved on this phone.</p>',
                    { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
            });
        }));
    }
});
