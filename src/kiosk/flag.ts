/**
 * The one thing every page must know about kiosk mode, read straight from localStorage before
 * any store exists: is it on on this device? Kept apart (and free of imports) because the page
 * script of every lesson carries it, and lesson pages have almost no JavaScript budget left.
 */

/** Same value as KIOSK_KEY in settings.ts (repeated so that lazy code never imports this file). */
export const KIOSK_KEY = 'hocso:ngay-hoi';

/** Same value as GUEST_FLAG_KEY in stores/profiles.ts (a unit test keeps them equal). */
export const GUEST_FLAG = 'hocso:khach';

/** True only for a stored `{ version, data: { on: true } }`; anything unreadable means off. */
export function kioskOnIn(raw: string | null): boolean {
  try {
    return JSON.parse(raw ?? '0').data.on === true;
  } catch {
    return false;
  }
}
