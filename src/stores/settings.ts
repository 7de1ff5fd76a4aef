/**
 * Each learner's reading settings: text size, line spacing, contrast, motion, read-aloud voice
 * and speed. Kept per profile because the grandfather and the pupil sharing a phone need
 * different ones.
 *
 * The display settings become data-* attributes on <html> (data-text-size="150" …) that
 * global.css styles. A tiny inline script in Base.astro sets them from storage before the first
 * paint (src/lib/settings-apply.ts, configured by READING_APPLY_CONFIG below); this module sets
 * them again whenever the settings or the active learner change, so the page follows at once.
 */
import { computed } from 'nanostores';
import { persistentAtom } from './storage';
import { $activeProfileId, DEFAULT_PROFILE_ID, GUEST_FLAG_KEY, GUEST_ID, GUEST_SHADOW_PREFIX, LEARNERS_KEY } from './profiles';
import { applyReadingSettings, type ApplyConfig } from '../lib/settings-apply';

export const SETTINGS_KEY = 'hocso:cai-dat';
export const SETTINGS_VERSION = 2;

/* Each list starts with its default: the inline script falls back to the first value. */

/** Text size in percent of the normal size. */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Space between lines: normal, wide, very wide. */
export const LINE_SPACINGS = ['thuong', 'rong', 'rat-rong'] as const;
export type LineSpacing = (typeof LINE_SPACINGS)[number];

export const CONTRASTS = ['thuong', 'cao'] as const;
export type Contrast = (typeof CONTRASTS)[number];

/** "may": follow the device's reduced-motion setting; "giam": always reduce motion. */
export const MOTIONS = ['may', 'giam'] as const;
export type Motion = (typeof MOTIONS)[number];

/** v1 text sizes, kept so old backups and stored values keep the learner's choice. */
export const LEGACY_TEXT_SIZES: Readonly<Record<string, TextSize>> = { vua: 100, lon: 125, 'rat-lon': 150 };

/** Speech rates the Web Speech API accepts everywhere, slower ones for slow listeners. */
export const RATE_MIN = 0.5;
export const RATE_MAX = 2;

export interface Settings {
  textSize: TextSize;
  lineSpacing: LineSpacing;
  contrast: Contrast;
  motion: Motion;
  /** voiceURI of a speechSynthesis voice, or null for the browser's Vietnamese default. */
  voice: string | null;
  /** 1 is the normal speed. */
  rate: number;
}

/** The settings shown on the page, each with its allowed values (default first). */
export const DISPLAY_CHOICES = {
  textSize: TEXT_SIZES,
  lineSpacing: LINE_SPACINGS,
  contrast: CONTRASTS,
  motion: MOTIONS,
} as const satisfies { [K in keyof Settings]?: readonly Settings[K][] };

export type DisplaySetting = keyof typeof DISPLAY_CHOICES;

export const DEFAULT_SETTINGS: Settings = {
  textSize: TEXT_SIZES[0],
  lineSpacing: LINE_SPACINGS[0],
  contrast: CONTRASTS[0],
  motion: MOTIONS[0],
  voice: null,
  rate: 1,
};

/**
 * What the inline script needs to find the active learner's settings in storage, built from
 * the stores' own constants so a renamed key cannot silently break it.
 */
export const READING_APPLY_CONFIG: ApplyConfig = [
  LEARNERS_KEY,
  DEFAULT_PROFILE_ID,
  SETTINGS_KEY,
  GUEST_FLAG_KEY,
  GUEST_SHADOW_PREFIX,
  GUEST_ID,
  DISPLAY_CHOICES,
];

/** By profile id. */
export type SettingsData = Record<string, Settings>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const clampRate = (rate: number) => Math.round(Math.min(RATE_MAX, Math.max(RATE_MIN, rate)) * 10) / 10;

// Object.hasOwn is newer than the ES2020 browsers we support.
const legacySize = (v: unknown): TextSize | undefined =>
  typeof v === 'string' && Object.prototype.hasOwnProperty.call(LEGACY_TEXT_SIZES, v) ? LEGACY_TEXT_SIZES[v] : undefined;

const pick = <T>(list: readonly T[], v: unknown, fallback: T): T => (list.includes(v as T) ? (v as T) : fallback);

/**
 * One learner's settings; each unusable field falls back to its default, the others are kept.
 * A v1 text size ("lon") is read as its v2 percentage, so old backup files keep the choice.
 */
export function parseSettingsEntry(v: unknown): Settings {
  if (!isRecord(v)) return { ...DEFAULT_SETTINGS };
  const { textSize, lineSpacing, contrast, motion, voice, rate } = v;
  const legacy = legacySize(textSize);
  return {
    textSize: legacy ?? pick(TEXT_SIZES, textSize, DEFAULT_SETTINGS.textSize),
    lineSpacing: pick(LINE_SPACINGS, lineSpacing, DEFAULT_SETTINGS.lineSpacing),
    contrast: pick(CONTRASTS, contrast, DEFAULT_SETTINGS.contrast),
    motion: pick(MOTIONS, motion, DEFAULT_SETTINGS.motion),
    voice: typeof voice === 'string' && voice.length > 0 && voice.length <= 200 ? voice : null,
    rate: typeof rate === 'number' && Number.isFinite(rate) ? clampRate(rate) : DEFAULT_SETTINGS.rate,
  };
}

/** Validates stored data: an object by profile id; a broken entry becomes the defaults. */
export function parseSettings(data: unknown): SettingsData | undefined {
  if (!isRecord(data)) return undefined;
  const out: SettingsData = {};
  for (const [profile, entry] of Object.entries(data)) out[profile] = parseSettingsEntry(entry);
  return out;
}

/**
 * v1 → v2: text sizes become percentages (vua → 100, lon → 125, rat-lon → 150); voice, speed
 * and contrast are kept; line spacing and motion start at their defaults.
 */
export function migrateSettingsV1(data: unknown): unknown {
  if (!isRecord(data)) return data;
  const out: Record<string, unknown> = {};
  for (const [profile, entry] of Object.entries(data)) {
    if (!isRecord(entry)) {
      out[profile] = entry;
      continue;
    }
    const { textSize, ...rest } = entry;
    const size = legacySize(textSize);
    out[profile] = { ...rest, textSize: size ?? DEFAULT_SETTINGS.textSize, lineSpacing: DEFAULT_SETTINGS.lineSpacing, motion: DEFAULT_SETTINGS.motion };
  }
  return out;
}

export const $settingsAll = persistentAtom<SettingsData>({
  key: SETTINGS_KEY,
  version: SETTINGS_VERSION,
  parse: parseSettings,
  migrations: { 1: migrateSettingsV1 },
  initial: () => ({}),
});

/** Settings of the active learner. */
export const $settings = computed([$settingsAll, $activeProfileId], (all, id) => all[id] ?? DEFAULT_SETTINGS);

// The page follows every change at once: a choice on /cai-dat/, another learner chosen on
// /nguoi-hoc/, another tab writing the settings.
if (typeof document !== 'undefined') {
  $settings.subscribe((settings) => applyReadingSettings(READING_APPLY_CONFIG, settings));
}

function update(change: Partial<Settings>): void {
  const all = $settingsAll.get();
  const profile = $activeProfileId.get();
  $settingsAll.save({ ...all, [profile]: parseSettingsEntry({ ...(all[profile] ?? DEFAULT_SETTINGS), ...change }) });
}

export function setTextSize(textSize: TextSize): void {
  if (TEXT_SIZES.includes(textSize)) update({ textSize });
}

export function setLineSpacing(lineSpacing: LineSpacing): void {
  if (LINE_SPACINGS.includes(lineSpacing)) update({ lineSpacing });
}

export function setContrast(contrast: Contrast): void {
  if (CONTRASTS.includes(contrast)) update({ contrast });
}

export function setMotion(motion: Motion): void {
  if (MOTIONS.includes(motion)) update({ motion });
}

/** null goes back to the browser's default Vietnamese voice. */
export function setVoice(voice: string | null): void {
  update({ voice });
}

/** Clamped to 0.5–2 in steps of 0.1. */
export function setRate(rate: number): void {
  if (Number.isFinite(rate)) update({ rate: clampRate(rate) });
}

/** Back to the defaults: the display settings only, so the read-aloud voice and speed stay. */
export function resetDisplaySettings(): void {
  const { voice, rate } = $settings.get();
  update({ ...DEFAULT_SETTINGS, voice, rate });
}

/** Forgets every setting of the active learner, read-aloud included. */
export function resetSettings(): void {
  const all = { ...$settingsAll.get() };
  delete all[$activeProfileId.get()];
  $settingsAll.save(all);
}
