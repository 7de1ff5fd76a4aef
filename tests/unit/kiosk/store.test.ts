/** The kiosk settings store: what it writes, and that a guest's tab cannot lose the setting. */
import { describe, expect, it } from 'vitest';
import { useFreshStores } from '../support/fresh-stores';

useFreshStores();

const storedSettings = () => JSON.parse(localStorage.getItem('hocso:ngay-hoi') ?? 'null') as { version: number; data: unknown } | null;

describe('turnKioskOn', () => {
  it('writes the device setting under its own key, with the defaults', async () => {
    const { turnKioskOn } = await import('../../../src/kiosk/store');
    turnKioskOn();
    expect(storedSettings()).toEqual({ version: 1, data: { on: true, minutes: 3, lesson: 'tin-gia-lua-dao/tin-nhan-ngan-hang-gia' } });
  });

  it('from a guest tab, ends the guest first so the setting reaches the real storage', async () => {
    const profiles = await import('../../../src/stores/profiles');
    const { turnKioskOn } = await import('../../../src/kiosk/store');
    const real = globalThis.localStorage;
    expect(profiles.startGuest()).toBe(true);
    expect(globalThis.localStorage).not.toBe(real);
    turnKioskOn();
    expect(profiles.$guest.get()).toBe(false);
    expect(real.getItem('hocso:ngay-hoi')).toContain('"on":true');
  });
});

describe('chooseTimeout and chooseLesson', () => {
  it('change one field and keep the rest', async () => {
    const { chooseLesson, chooseTimeout, turnKioskOff, turnKioskOn } = await import('../../../src/kiosk/store');
    turnKioskOn();
    chooseTimeout(10);
    chooseLesson('dich-vu-cong/vneid');
    expect(storedSettings()?.data).toEqual({ on: true, minutes: 10, lesson: 'dich-vu-cong/vneid' });
    turnKioskOff();
    expect(storedSettings()?.data).toEqual({ on: false, minutes: 10, lesson: 'dich-vu-cong/vneid' });
  });
});

describe('$kiosk', () => {
  it('keeps kiosk mode on when one stored field is damaged', async () => {
    localStorage.setItem('hocso:ngay-hoi', JSON.stringify({ version: 1, data: { on: true, minutes: 7 } }));
    const { $kiosk } = await import('../../../src/kiosk/store');
    expect($kiosk.get()).toEqual({ on: true, minutes: 3, lesson: 'tin-gia-lua-dao/tin-nhan-ngan-hang-gia' });
  });
});
