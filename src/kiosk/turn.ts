/**
 * A visitor's turn: it starts as the existing guest mode of stores/profiles.ts (a tab-local
 * shadow of localStorage, so nothing reaches the device's learners) and ends by forgetting that
 * shadow. Ending always loads the kiosk home page afresh, so no island keeps the visitor's
 * answers in memory either.
 */
import { leaveGuest, startGuest } from '../stores/profiles';
import { url } from '../lib/paths';

/** Address of the kiosk page (setup, welcome, finish). */
export const kioskHome = () => url('/ngay-hoi/');

/** Pages that manage the device's learners: not for visitors. */
export const learnerPages = () => [url('/nguoi-hoc/'), url('/tien-do/')];

/** True when `pathname` is `page` with or without its trailing slash. */
export const samePage = (pathname: string, page: string) => pathname === page || `${pathname}/` === page;

/** Starts a visitor's turn and opens the lesson; false when the guest could not start. */
export function startTurn(href: string): boolean {
  if (!startGuest()) return false;
  location.assign(href);
  return true;
}

/** Wipes the visitor's data (the guest's shadow) and returns to the welcome screen. */
export function endTurn(): void {
  leaveGuest();
  location.replace(kioskHome());
}
