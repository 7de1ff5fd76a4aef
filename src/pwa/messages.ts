/**
 * Messages between the service worker and the pages. Shared by both sides so neither can
 * send a shape the other does not understand.
 */
export type WorkerMessage =
  /** Precaching in progress: entries stored so far out of the total. */
  | { type: 'precache-progress'; done: number; total: number }
  /** Every entry is stored: the whole site works offline. */
  | { type: 'precache-done'; total: number }
  /** Precaching failed (an entry could not be fetched, or storage is full). */
  | { type: 'precache-error'; message: string; quota: boolean };

/** Sent by workbox-window's messageSkipWaiting() when the learner accepts an update. */
export type PageMessage = { type: 'SKIP_WAITING' };

/** The page shown for an address the device has not stored, when there is no network. */
export const OFFLINE_PAGE = '/offline/';
