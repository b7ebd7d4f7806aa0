// HọpSố's service worker: the web app still opens without a connection, so that a delegate can read the documents
// they took to read offline. Network first: online, every file comes from the server as if there were no worker, and
// a copy of the app's own files (the entry page and its content-hashed assets) is kept, to be served only when the
// server cannot be reached. The API, the WebSocket and the documents are never kept here (the app keeps the pages a
// delegate took, for them alone, and deletes them at logout).
const CACHE = 'hopso-app-v1';
const ENTRY = new URL('./', self.location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(keepTheApp().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** The entry page and the assets it names, kept at install so that the next start works offline. */
async function keepTheApp() {
  const cache = await caches.open(CACHE);
  const entry = await fetch(ENTRY, { cache: 'no-store' });
  if (!entry.ok) {
    return;
  }
  const html = await entry.clone().text();
  await cache.put(ENTRY, entry);
  const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((match) => new URL(match[1], ENTRY).href);
  await Promise.all(assets.map((asset) => cache.add(asset).catch(() => undefined)));
}

const ENTRY_PATH = new URL(ENTRY).pathname;

/** The entry page (opened by its address, the hash naming the screen) or one of the app's content-hashed files. */
// The app names the assets it loaded before this worker controlled it (the first visit), and keeps them too.
self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data?.keep) ? event.data.keep : [];
  const assets = urls.filter((url) => {
    const parsed = new URL(url, ENTRY);
    return parsed.origin === self.location.origin && parsed.pathname.includes('/assets/');
  });
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(assets.map((url) => cache.add(url).catch(() => undefined)))));
});

function isAppFile(request, url) {
  if (url.pathname.startsWith('/api/')) {
    return false; // a download is a navigation too: never kept, never answered from here
  }
  return url.pathname === ENTRY_PATH || url.pathname === `${ENTRY_PATH}index.html` || url.pathname.includes('/assets/');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !isAppFile(request, url)) {
    return; // the API and everything else go to the network untouched
  }
  event.respondWith(networkFirst(request));
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const key = new URL(request.url).pathname.includes('/assets/') ? request : ENTRY;
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(key, response.clone());
    }
    return response;
  } catch (failure) {
    const kept = await cache.match(key);
    if (kept) {
      return kept;
    }
    throw failure;
  }
}
