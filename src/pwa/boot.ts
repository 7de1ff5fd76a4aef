/**
 * Loaded by every page: the smallest part of the offline machinery. Once the site is stored
 * and up to date, a page needs nothing more than this; workbox-window and the offline panel
 * (./register) load only on the first visit, while a new version is downloading or waiting,
 * or when storing failed — so lesson pages stay light on old phones.
 */
import { isExamInProgress } from './exam-guard';

function start(): void {
  void import('./register').then((module) => module.start());
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // Another tab accepted an update: move to the new version together, except a tab in the
  // middle of an exam, which moves on its next page. The first install also changes the
  // controller (clients.claim): nothing to reload then.
  let hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!hadController) {
      hadController = true;
      return;
    }
    if (!isExamInProgress()) window.location.reload();
  });
  navigator.serviceWorker.getRegistration().then(
    (registration) => {
      if (!registration?.active || registration.waiting || registration.installing) start();
      else registration.addEventListener('updatefound', start, { once: true });
    },
    start,
  );
}
