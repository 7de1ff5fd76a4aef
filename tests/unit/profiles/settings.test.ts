/** Reading settings per learner: parsing with defaults, and every action. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './arbitraries';

let local: MemoryStorage;
beforeEach(() => {
  local = new MemoryStorage();
  vi.stubGlobal('localStorage', local);
});
afterEach(() => vi.unstubAllGlobals());

const openPage = async () => {
  vi.resetModules();
  return { ...(await import('../../../src/stores/settings')), profiles: await import('../../../src/stores/profiles') };
};

describe('parseSettingsEntry', () => {
  it('gives the defaults for anything that is not settings', async () => {
    const { parseSettingsEntry, DEFAULT_SETTINGS } = await openPage();
    expect(parseSettingsEntry(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettingsEntry('lớn')).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps each valid field and replaces each broken one by its default', async () => {
    const { parseSettingsEntry } = await openPage();
    expect(parseSettingsEntry({ textSize: 'rat-lon', voice: 'vi-VN-x', rate: 0.8, contrast: 'cao' })).toEqual({ textSize: 'rat-lon', voice: 'vi-VN-x', rate: 0.8, contrast: 'cao' });
    expect(parseSettingsEntry({ textSize: 'khổng lồ', voice: '', rate: 'nhanh', contrast: 'cao' })).toEqual({ textSize: 'vua', voice: null, rate: 1, contrast: 'cao' });
  });
  it('clamps the speech rate to 0.5–2 in steps of 0.1', async () => {
    const { parseSettingsEntry } = await openPage();
    expect(parseSettingsEntry({ rate: 9 }).rate).toBe(2);
    expect(parseSettingsEntry({ rate: 0.01 }).rate).toBe(0.5);
    expect(parseSettingsEntry({ rate: 1.234 }).rate).toBe(1.2);
  });
});

describe('parseSettings', () => {
  it('refuses a stored value that is not an object by learner', async () => {
    const { parseSettings } = await openPage();
    expect(parseSettings([])).toBeUndefined();
    expect(parseSettings({ 'mac-dinh': { textSize: 'lon' } })?.['mac-dinh']?.textSize).toBe('lon');
  });
});

describe('settings actions', () => {
  it('change the active learner’s settings only, and survive a reload', async () => {
    let page = await openPage();
    page.setTextSize('rat-lon');
    page.setContrast('cao');
    page.setVoice('vi-VN-Standard-A');
    page.setRate(0.7);
    expect(page.$settings.get()).toEqual({ textSize: 'rat-lon', voice: 'vi-VN-Standard-A', rate: 0.7, contrast: 'cao' });
    page.profiles.selectProfile('ba-lan');
    expect(page.$settings.get()).toEqual(page.DEFAULT_SETTINGS);
    page = await openPage();
    page.profiles.selectProfile('mac-dinh');
    expect(page.$settings.get().textSize).toBe('rat-lon');
    expect(JSON.parse(local.getItem('hocso:cai-dat')!).version).toBe(1);
  });
  it('ignore values outside the choices', async () => {
    const page = await openPage();
    page.setTextSize('to' as never);
    page.setContrast('vừa' as never);
    page.setRate(Number.NaN);
    expect(page.$settings.get()).toEqual(page.DEFAULT_SETTINGS);
  });
  it('resetSettings goes back to the defaults', async () => {
    const page = await openPage();
    page.setTextSize('lon');
    page.setVoice(null);
    page.resetSettings();
    expect(page.$settings.get()).toEqual(page.DEFAULT_SETTINGS);
    expect(JSON.parse(local.getItem('hocso:cai-dat')!).data).toEqual({});
  });
});
