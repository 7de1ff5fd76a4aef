/**
 * Loaded by every page (one import in Base.astro), so it must stay tiny: when this device is in
 * "Ngày hội" kiosk mode, mark the tab as a guest's before any island reads storage (each visitor
 * learns as "Khách", so nothing reaches the device's learners), then load the kiosk bar and the
 * inactivity timer. With kiosk mode off it costs one localStorage read.
 */
import { GUEST_FLAG, KIOSK_KEY, kioskOnIn } from './flag';

let on = false;
try {
  on = kioskOnIn(localStorage.getItem(KIOSK_KEY));
} catch {
  /* storage disabled: kiosk mode cannot have been turned on */
}
if (on) {
  // The kiosk home page is where a turn starts and ends: the visitor is no guest there yet.
  if (!document.querySelector('[data-kiosk-home]')) {
    try {
      sessionStorage.setItem(GUEST_FLAG, '1');
    } catch {
      /* runtime.ts starts the guest in memory instead */
    }
  }
  void import('./runtime').then((runtime) => runtime.start());
}
