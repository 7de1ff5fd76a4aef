/**
 * Each learner's reading settings: text size, read-aloud voice and speed, contrast. Kept per
 * profile because the grandfather and the pupil sharing a phone need different ones. This
 * module only stores them; applying them to the page is another piece of work.
 */
import { computed } from 'nanostores';
import { persistentAtom } from './storage';
import { $activeProfileId } from './profiles';

export const TEXT_SIZES = ['vua', 'lon', 'rat-lon'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** What each size multiplies the base font by (global.css --text-scale). */
export const TEXT_SCALE: Record<TextSize, number> = { vua: 1, lon: 1.25, 'rat-lon': 1.5 };

export const CONTRASTS = ['thuong', 'cao'] as const;
export type Contrast = (typeof CONTRASTS)[number];

/** Speech rates the Web Speech API accepts everywhere, slower ones for slow listeners. */
export const RATE_MIN = 0.5;
export const RATE_MAX = 2;

export interface Settings {
  textSize: TextSize;
  /** voiceURI of a speechSynthesis voice, or null for the browser's Vietnamese default. */
  voice: string | null;
  /** 1 is the normal speed. */
  rate: number;
  contrast: Contrast;
}

export const DEFAULT_SETTINGS: Settings = { textSize: 'vua', voice: null, rate: 1, contrast: 'thuong' };

/** By profile id. */
export type SettingsData = Record<string, Settings>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const clampRate = (rate: number) => Math.round(Math.min(RATE_MAX, Math.max(RATE_MIN, rate)) * 10) / 10;

/** One learner's settings; each unusable field falls back to its default, the others are kept. */
export function parseSettingsEntry(v: unknown): Settings {
  if (!isRecord(v)) return { ...DEFAULT_SETTINGS };
  const { textSize, voice, rate, contrast } = v;
  return {
    textSize: TEXT_SIZES.includes(textSize as TextSize) ? (textSize as TextSize) : DEFAULT_SETTINGS.textSize,
    voice: typeof voice === 'string' && voice.length > 0 && voice.length <= 200 ? voice : null,
    rate: typeof rate === 'number' && Number.isFinite(rate) ? clampRate(rate) : DEFAULT_SETTINGS.rate,
    contrast: CONTRASTS.includes(contrast as Contrast) ? (contrast as Contrast) : DEFAULT_SETTINGS.contrast,
  };
}

/** Validates stored data: an object by profile id; a broken entry becomes the defaults. */
export function parseSettings(data: unknown): SettingsData | undefined {
  if (!isRecord(data)) return undefined;
  const out: SettingsData = {};
  for (const [profile, entry] of Object.entries(data)) out[profile] = parseSettingsEntry(entry);
  return out;
}

export const $settingsAll = persistentAtom<SettingsData>({
  key: 'hocso:cai-dat',
  version: 1,
  parse: parseSettings,
  initial: () => ({}),
});

/** Settings of the active learner. */
export const $settings = computed([$settingsAll, $activeProfileId], (all, id) => all[id] ?? DEFAULT_SETTINGS);

function update(change: Partial<Settings>): void {
  const all = $settingsAll.get();
  const profile = $activeProfileId.get();
  $settingsAll.save({ ...all, [profile]: parseSettingsEntry({ ...(all[profile] ?? DEFAULT_SETTINGS), ...change }) });
}

export function setTextSize(textSize: TextSize): void {
  if (TEXT_SIZES.includes(textSize)) update({ textSize });
}

/** null goes back to the browser's default Vietnamese voice. */
export function setVoice(voice: string | null): void {
  update({ voice });
}

/** Clamped to 0.5–2 in steps of 0.1. */
export function setRate(rate: number): void {
  if (Number.isFinite(rate)) update({ rate: clampRate(rate) });
}

export function setContrast(contrast: Contrast): void {
  if (CONTRASTS.includes(contrast)) update({ contrast });
}

export function resetSettings(): void {
  const all = { ...$settingsAll.get() };
  delete all[$activeProfileId.get()];
  $settingsAll.save(all);
}
