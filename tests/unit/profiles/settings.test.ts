/** Reading settings per learner: parsing with defaults, the v1 → v2 migration, and every action. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
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
    expect(parseSettingsEntry([150])).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps each valid field and replaces each broken one by its default', async () => {
    const { parseSettingsEntry } = await openPage();
    const full = { textSize: 175, lineSpacing: 'rat-rong', contrast: 'cao', motion: 'giam', voice: 'vi-VN-x', rate: 0.8 } as const;
    expect(parseSettingsEntry(full)).toEqual(full);
    expect(parseSettingsEntry({ textSize: 130, lineSpacing: 'hẹp', contrast: 'cao', motion: 1, voice: '', rate: 'nhanh' })).toEqual({
      textSize: 100,
      lineSpacing: 'thuong',
      contrast: 'cao',
      motion: 'may',
      voice: null,
      rate: 1,
    });
  });
  it('reads a v1 text size (from an old backup file) as its percentage', async () => {
    const { parseSettingsEntry } = await openPage();
    expect(parseSettingsEntry({ textSize: 'lon' }).textSize).toBe(125);
    expect(parseSettingsEntry({ textSize: 'rat-lon' }).textSize).toBe(150);
    expect(parseSettingsEntry({ textSize: 'toString' }).textSize).toBe(100);
  });
  it('clamps the speech rate to 0.5–2 in steps of 0.1', async () => {
    const { parseSettingsEntry } = await openPage();
    expect(parseSettingsEntry({ rate: 9 }).rate).toBe(2);
    expect(parseSettingsEntry({ rate: 0.01 }).rate).toBe(0.5);
    expect(parseSettingsEntry({ rate: 1.234 }).rate).toBe(1.2);
  });
  it('always gives settings made only of allowed values', async () => {
    const { parseSettingsEntry, DISPLAY_CHOICES } = await openPage();
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('textSize', 'lineSpacing', 'contrast', 'motion', 'rate'), fc.anything()), (raw) => {
        const s = parseSettingsEntry(raw);
        for (const [name, allowed] of Object.entries(DISPLAY_CHOICES)) expect(allowed).toContain(s[name as keyof typeof DISPLAY_CHOICES]);
        expect(s.rate).toBeGreaterThanOrEqual(0.5);
      }),
    );
  });
});

describe('parseSettings', () => {
  it('refuses a stored value that is not an object by learner', async () => {
    const { parseSettings } = await openPage();
    expect(parseSettings([])).toBeUndefined();
    expect(parseSettings({ 'mac-dinh': { textSize: 125 } })?.['mac-dinh']?.textSize).toBe(125);
  });
});

describe('migrateSettingsV1', () => {
  it('keeps each learner’s choice: vua → 100, lon → 125, rat-lon → 150, voice, speed and contrast unchanged', async () => {
    const { migrateSettingsV1, parseSettings } = await openPage();
    const v1 = {
      'mac-dinh': { textSize: 'vua', voice: null, rate: 1, contrast: 'thuong' },
      'ba-lan': { textSize: 'lon', voice: 'vi-VN-A', rate: 0.7, contrast: 'cao' },
      'ong-nam': { textSize: 'rat-lon', voice: null, rate: 1.5, contrast: 'thuong' },
    };
    expect(parseSettings(migrateSettingsV1(v1))).toEqual({
      'mac-dinh': { textSize: 100, lineSpacing: 'thuong', contrast: 'thuong', motion: 'may', voice: null, rate: 1 },
      'ba-lan': { textSize: 125, lineSpacing: 'thuong', contrast: 'cao', motion: 'may', voice: 'vi-VN-A', rate: 0.7 },
      'ong-nam': { textSize: 150, lineSpacing: 'thuong', contrast: 'thuong', motion: 'may', voice: null, rate: 1.5 },
    });
  });
  it('gives the default size for an unknown v1 size and leaves non-objects to the parser', async () => {
    const { migrateSettingsV1, parseSettings } = await openPage();
    expect(parseSettings(migrateSettingsV1({ a: { textSize: 'khong-lo' }, b: 'hỏng' }))).toMatchObject({ a: { textSize: 100 }, b: { textSize: 100 } });
    expect(migrateSettingsV1('hỏng')).toBe('hỏng');
  });
  it('runs when a v1 value is read, which is then stored as v2', async () => {
    local.setItem('hocso:cai-dat', JSON.stringify({ version: 1, data: { 'mac-dinh': { textSize: 'rat-lon', voice: null, rate: 1, contrast: 'cao' } } }));
    const page = await openPage();
    expect(page.$settings.get()).toMatchObject({ textSize: 150, contrast: 'cao', lineSpacing: 'thuong', motion: 'may' });
    const stored = JSON.parse(local.getItem('hocso:cai-dat')!);
    expect(stored.version).toBe(2);
    expect(stored.data['mac-dinh'].textSize).toBe(150);
  });
});

describe('settings actions', () => {
  it('change the active learner’s settings only, and survive a reload', async () => {
    let page = await openPage();
    page.setTextSize(200);
    page.setLineSpacing('rong');
    page.setContrast('cao');
    page.setMotion('giam');
    page.setVoice('vi-VN-Standard-A');
    page.setRate(0.7);
    const chosen = { textSize: 200, lineSpacing: 'rong', contrast: 'cao', motion: 'giam', voice: 'vi-VN-Standard-A', rate: 0.7 };
    expect(page.$settings.get()).toEqual(chosen);
    page.profiles.selectProfile('ba-lan');
    expect(page.$settings.get()).toEqual(page.DEFAULT_SETTINGS);
    page = await openPage();
    page.profiles.selectProfile('mac-dinh');
    expect(page.$settings.get()).toEqual(chosen);
    expect(JSON.parse(local.getItem('hocso:cai-dat')!).version).toBe(2);
  });
  it('ignore values outside the choices', async () => {
    const page = await openPage();
    page.setTextSize(300 as never);
    page.setTextSize('lon' as never);
    page.setLineSpacing('hẹp' as never);
    page.setContrast('vừa' as never);
    page.setMotion('nhanh' as never);
    page.setRate(Number.NaN);
    expect(page.$settings.get()).toEqual(page.DEFAULT_SETTINGS);
  });
  it('resetDisplaySettings restores the display defaults and keeps the read-aloud voice and speed', async () => {
    const page = await openPage();
    page.setTextSize(150);
    page.setContrast('cao');
    page.setVoice('vi-VN-A');
    page.setRate(0.8);
    page.resetDisplaySettings();
    expect(page.$settings.get()).toEqual({ ...page.DEFAULT_SETTINGS, voice: 'vi-VN-A', rate: 0.8 });
  });
  it('resetSettings forgets everything of the active learner', async () => {
    const page = await openPage();
    page.setTextSize(125);
    page.setVoice(null);
    page.resetSettings();
    expect(page.$settings.get()).toEqual(page.DEFAULT_SETTINGS);
    expect(JSON.parse(local.getItem('hocso:cai-dat')!).data).toEqual({});
  });
});

describe('the page follows the settings', () => {
  it('sets the <html> attributes at once when the settings or the active learner change', async () => {
    const dataset: Record<string, string> = {};
    vi.stubGlobal('document', { documentElement: { dataset } });
    const page = await openPage();
    expect(dataset).toEqual({ textSize: '100', lineSpacing: 'thuong', contrast: 'thuong', motion: 'may' });
    page.setTextSize(175);
    page.setContrast('cao');
    expect(dataset).toMatchObject({ textSize: '175', contrast: 'cao' });
    page.profiles.selectProfile('ba-lan');
    expect(dataset).toMatchObject({ textSize: '100', contrast: 'thuong' });
    page.profiles.selectProfile('mac-dinh');
    expect(dataset).toMatchObject({ textSize: '175', contrast: 'cao' });
  });
});
