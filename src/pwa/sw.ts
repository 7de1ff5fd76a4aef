/**
 * The service worker: stores every page and asset of the site at install so the whole site
 * works offline after one visit, reports progress to the pages, serves stored pages for
 * "/x" and "/x/", shows the offline page for an address it does not have, and waits for the
 * learner's go-ahead before a new version takes over (never in the middle of an exam).
 * Built by src/pwa/build-sw.mjs after `astro build`; workbox-build injects the manifest.
 */
/// <reference lib="webworker" />
import { PrecacheController, PrecacheRoute, cleanupOutdatedCaches, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { PageMessage, WorkerMessage } from './messages';
import { OFFLINE_PAGE } from './messages';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const manifest = self.__WB_MANIFEST;
const base = new URL(self.registration.scope).pathname;

async function broadcast(message: WorkerMessage): Promise<void> {
  const clients = await self.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  for (const client of clients) client.postMessage(message);
}

let done = 0;
let lastSent = 0;
const controller = new PrecacheController({
  plugins: [
    {
      handlerDidComplete: async () => {
        done++;
        // Tell the pages at most every 2% so a slow phone is not flooded with messages.
        if (done === manifest.length || done - lastSent >= Math.max(1, Math.floor(manifest.length / 50))) {
          lastSent = done;
          await broadcast({ type: 'precache-progress', done, total: manifest.length });
        }
      },
    },
  ],
});
controller.addToCacheList(manifest);

self.addEventListener('install', (event) => {
  done = 0;
  event.waitUntil(
    controller.install(event).then(
      () => broadcast({ type: 'precache-done', total: manifest.length }),
      async (error: unknown) => {
        const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
        await broadcast({ type: 'precache-error', message: String(error), quota });
        // Failing the install keeps the previous version (or none) rather than half a site.
        throw error;
      },
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(controller.activate(event).then(() => self.clients.claim()));
});

cleanupOutdatedCaches();

self.addEventListener('message', (event) => {
  const data = event.data as PageMessage | undefined;
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Stored pages and assets: "/x/" → "/x/index.html", "/x" → "/x/index.html"; any query string
// (search terms, an exam's seed) is ignored for the lookup.
registerRoute(
  new PrecacheRoute(controller, {
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    cleanURLs: true,
    urlManipulation: ({ url }) => (url.pathname.endsWith('/') ? [] : [new URL(`${url.pathname}/index.html`, url.origin)]),
  }),
);

// Anything else the learner navigates to: the network, or the offline page without it.
const offlinePage = new URL(`${base.replace(/\/$/, '')}${OFFLINE_PAGE}index.html`, self.location.origin).href;
registerRoute(
  new NavigationRoute(async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      const cached = await caches.match(controller.getCacheKeyForURL(offlinePage) ?? offlinePage);
      return cached ?? Response.error();
    }
  }),
);
