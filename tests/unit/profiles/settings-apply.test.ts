/**
 * The reading settings on <html> before the first paint: applyReadingSettings reading storage
 * like the stores do (active learner, guest, broken or missing storage), and the inline script
 * built from it (small, self-contained, hashed for the CSP, agreeing with the store).
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { MemoryStorage } from './arbitraries';
import { applyReadingSettings } from '../../../src/lib/settings-apply';
import { readingSettingsScript } from '../../../src/lib/settings-inline';
import { DEFAULT_SETTINGS, DISPLAY_CHOICES, LEGACY_TEXT_SIZES, parseSettingsEntry, READING_APPLY_CONFIG } from '../../../src/stores/settings';

let local: MemoryStorage;
let session: MemoryStorage;
let dataset: Record<string, string>;
beforeEach(() => {
  local = new MemoryStorage();
  session = new MemoryStorage();
  dataset = {};
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', session);
  vi.stubGlobal('document', { documentElement: { dataset } });
});
afterEach(() => vi.unstubAllGlobals());

const DEFAULTS = { textSize: '100', lineSpacing: 'thuong', contrast: 'thuong', motion: 'may' };
const storeLearners = (active: string) =>
  local.setItem('hocso:nguoi-hoc-hien-tai', JSON.stringify({ version: 2, data: { active, profiles: [{ id: active, name: 'Bà Lan' }] } }));
const storeSettings = (storage: Storage, data: unknown) => storage.setItem('hocso:cai-dat', JSON.stringify({ version: 2, data }));
/** Runs the inline script as the browser does: its text alone, in the global scope. */
const runInline = () => new Function(readingSettingsScript().code)();

describe('applyReadingSettings with settings given (the store)', () => {
  it('puts each display setting on <html> as a data attribute', () => {
    applyReadingSettings(READING_APPLY_CONFIG, { textSize: 150, lineSpacing: 'rong', contrast: 'cao', motion: 'giam', voice: null, rate: 1 });
    expect(dataset).toEqual({ textSize: '150', lineSpacing: 'rong', contrast: 'cao', motion: 'giam' });
  });
  it('writes the default instead of a value that is not a choice', () => {
    applyReadingSettings(READING_APPLY_CONFIG, { textSize: '<b>', contrast: 'cao' });
    expect(dataset).toEqual({ ...DEFAULTS, contrast: 'cao' });
  });
});

describe('applyReadingSettings reading storage (the inline script)', () => {
  it('applies the active learner’s settings, not another learner’s', () => {
    storeLearners('ba-lan');
    storeSettings(local, { 'mac-dinh': { textSize: 200 }, 'ba-lan': { textSize: 175, contrast: 'cao' } });
    applyReadingSettings(READING_APPLY_CONFIG);
    expect(dataset).toEqual({ ...DEFAULTS, textSize: '175', contrast: 'cao' });
  });
  it('uses the first learner’s settings while no learner list is stored yet', () => {
    storeSettings(local, { 'mac-dinh': { textSize: 125 } });
    applyReadingSettings(READING_APPLY_CONFIG);
    expect(dataset.textSize).toBe('125');
  });
  it('applies the guest’s settings from this tab’s session, never a learner’s', () => {
    storeLearners('mac-dinh');
    storeSettings(local, { 'mac-dinh': { textSize: 200 } });
    session.setItem('hocso:khach', '1');
    applyReadingSettings(READING_APPLY_CONFIG);
    expect(dataset).toEqual(DEFAULTS);
    session.setItem('hocso:khach:hocso:cai-dat', JSON.stringify({ version: 2, data: { khach: { lineSpacing: 'rat-rong' } } }));
    applyReadingSettings(READING_APPLY_CONFIG);
    expect(dataset).toEqual({ ...DEFAULTS, lineSpacing: 'rat-rong' });
  });
  it('falls back to localStorage for a guest who has not changed anything in this tab', () => {
    storeSettings(local, { khach: { motion: 'giam' } });
    session.setItem('hocso:khach', '1');
    applyReadingSettings(READING_APPLY_CONFIG);
    expect(dataset.motion).toBe('giam');
  });
  it.each([
    ['corrupted JSON', () => local.setItem('hocso:cai-dat', '{"version":2,"data":')],
    ['corrupted learner list', () => (local.setItem('hocso:nguoi-hoc-hien-tai', '[1,'), storeSettings(local, { 'mac-dinh': { textSize: 200 } }))],
    ['a value of the wrong shape', () => local.setItem('hocso:cai-dat', '"to"')],
    ['a removed guest copy', () => (session.setItem('hocso:khach', '1'), session.setItem('hocso:khach:hocso:cai-dat', '\u0000removed'))],
  ])('gives the defaults without an error for %s', (_, arrange) => {
    arrange();
    expect(() => applyReadingSettings(READING_APPLY_CONFIG)).not.toThrow();
    expect(dataset).toEqual(DEFAULTS);
  });
  it('gives the defaults without an error when storage is disabled', () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: denied });
    Object.defineProperty(globalThis, 'sessionStorage', { configurable: true, get: denied });
    try {
      expect(() => applyReadingSettings(READING_APPLY_CONFIG)).not.toThrow();
      expect(dataset).toEqual(DEFAULTS);
    } finally {
      delete (globalThis as { localStorage?: Storage }).localStorage;
      delete (globalThis as { sessionStorage?: Storage }).sessionStorage;
    }
  });
});

describe('readingSettingsScript', () => {
  it('is at most 600 bytes', () => {
    expect(new TextEncoder().encode(readingSettingsScript().code).length).toBeLessThanOrEqual(600);
  });
  it('comes with the CSP hash of exactly its text', () => {
    const { code, hash } = readingSettingsScript();
    expect(hash).toBe(`sha256-${createHash('sha256').update(code).digest('base64')}`);
  });
  it('runs on its own, outside any module, and applies the stored settings', () => {
    storeLearners('ba-lan');
    storeSettings(local, { 'ba-lan': { textSize: 200, contrast: 'cao' } });
    runInline();
    expect(dataset).toEqual({ ...DEFAULTS, textSize: '200', contrast: 'cao' });
  });
  it('shows what the store will hold, for any stored entry', () => {
    // v1 names ("lon") never reach the script: the store migrates them before any v2 value exists.
    const junk = fc.anything().filter((v) => !(typeof v === 'string' && v in LEGACY_TEXT_SIZES));
    const value = (name: keyof typeof DISPLAY_CHOICES) => fc.oneof(fc.constantFrom(...DISPLAY_CHOICES[name]), junk);
    fc.assert(
      fc.property(fc.record({ textSize: value('textSize'), lineSpacing: value('lineSpacing'), contrast: value('contrast'), motion: value('motion') }, { requiredKeys: [] }), (entry) => {
        storeSettings(local, { 'mac-dinh': entry });
        runInline();
        const parsed = parseSettingsEntry(JSON.parse(JSON.stringify(entry)));
        expect(dataset).toEqual({ textSize: String(parsed.textSize), lineSpacing: parsed.lineSpacing, contrast: parsed.contrast, motion: parsed.motion });
      }),
    );
  });
  it('starts every list of choices with the default, which the script falls back to', () => {
    for (const [name, allowed] of Object.entries(DISPLAY_CHOICES)) expect(allowed[0]).toBe(DEFAULT_SETTINGS[name as keyof typeof DISPLAY_CHOICES]);
  });
});
