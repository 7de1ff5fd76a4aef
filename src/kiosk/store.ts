/**
 * Kiosk settings of this device in localStorage (key "hocso:ngay-hoi"), with the verbs the setup
 * screen uses. A device setting, not a learner's: it is not in learner-data.ts's list, so no
 * backup, transfer or "Xóa dữ liệu của tôi" carries or removes it.
 */
import { persistentAtom } from '../stores/storage';
import { $guest, leaveGuest } from '../stores/profiles';
import { defaultKioskSettings, KIOSK_KEY, KIOSK_VERSION, parseKioskSettings, type KioskSettings, type TimeoutMinutes } from './settings';

export const $kiosk = persistentAtom<KioskSettings>({
  key: KIOSK_KEY,
  version: KIOSK_VERSION,
  parse: parseKioskSettings,
  initial: defaultKioskSettings,
});

function save(change: Partial<KioskSettings>): void {
  // A guest's writes go to the tab's shadow copy and vanish with it: settings must not.
  if ($guest.get()) leaveGuest();
  $kiosk.save({ ...$kiosk.get(), ...change });
}

export const turnKioskOn = () => save({ on: true });
export const turnKioskOff = () => save({ on: false });
export const chooseTimeout = (minutes: TimeoutMinutes) => save({ minutes });
export const chooseLesson = (lesson: string) => save({ lesson });
