/**
 * Registers the service worker with workbox-window and drives the small offline panel in the
 * footer: download progress, "ready offline" with the size stored, plain errors with a retry,
 * and the update prompt between pages — never during an exam. Loaded on demand by ./boot.
 */
import { Workbox } from 'workbox-window';
import type { WorkerMessage } from './messages';
import { isExamInProgress } from './exam-guard';
import { t } from '../i18n/pwa';

const panel = document.querySelector<HTMLElement>('[data-offline-panel]');
const text = panel?.querySelector<HTMLElement>('[data-offline-text]');
const bar = panel?.querySelector<HTMLProgressElement>('progress');
const retry = panel?.querySelector<HTMLButtonElement>('[data-offline-retry]');
const updateBox = document.querySelector<HTMLElement>('[data-update-panel]');
const updateButton = updateBox?.querySelector<HTMLButtonElement>('button');

function show(message: string, percent?: number): void {
  if (!panel || !text || !bar) return;
  panel.hidden = false;
  text.textContent = message;
  bar.hidden = percent === undefined;
  if (percent !== undefined) bar.value = percent;
}

/** Bytes the site's stored copy takes, summed over the precache. */
async function storedBytes(): Promise<number> {
  let total = 0;
  for (const name of await caches.keys()) {
    if (!name.includes('precache')) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      if (response) total += (await response.clone().blob()).size;
    }
  }
  return total;
}

async function showReady(): Promise<void> {
  if (retry) retry.hidden = true;
  show(t.ready(await storedBytes()));
}

function onMessage(message: WorkerMessage): void {
  if (message.type === 'precache-progress') {
    const percent = Math.floor((message.done / message.total) * 100);
    show(t.downloading(percent), percent);
  } else if (message.type === 'precache-done') {
    void showReady();
  } else if (message.type === 'precache-error') {
    show(message.quota ? t.errorQuota : t.errorNetwork);
    if (retry) retry.hidden = false;
  }
}

function offerUpdate(wb: Workbox): void {
  if (!updateBox || !updateButton) return;
  const reveal = () => {
    if (isExamInProgress()) return;
    updateBox.hidden = false;
  };
  reveal();
  document.addEventListener('exam-state-change', reveal);
  updateButton.onclick = () => {
    updateButton.disabled = true;
    wb.messageSkipWaiting();
  };
}

let started = false;

export async function start(): Promise<void> {
  if (started || !panel) return;
  started = true;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  navigator.serviceWorker.addEventListener('message', (event) => onMessage(event.data as WorkerMessage));
  wb.addEventListener('waiting', () => offerUpdate(wb));
  if (retry) {
    retry.onclick = async () => {
      retry.hidden = true;
      show(t.retrying);
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.unregister();
      await wb.register({ immediate: true }).catch(() => onMessage({ type: 'precache-error', message: '', quota: false }));
    };
  }
  try {
    const registration = await wb.register();
    if (registration?.active && !registration.installing) await showReady();
  } catch {
    show(t.errorUnsupported);
  }
}
