/**
 * Puts a learner's reading settings on <html> as data-* attributes (textSize → data-text-size,
 * …) that global.css styles. One function, two callers:
 * - Base.astro inlines its source in <head> (see settings-inline.ts), called with no settings:
 *   it reads the active learner's settings from storage before the first paint, so large text
 *   or high contrast never flash in after the page appeared;
 * - the settings store calls it with the settings whenever they or the active learner change.
 *
 * Because it is stringified, it must use nothing from outside its own body (no imports, no
 * helpers) and only ES2020. Any storage problem (disabled, corrupted JSON, odd shapes) leaves
 * the defaults; unknown values are never written to the page.
 */

/**
 * Where and what to read, as a tuple rather than an object so the inlined call carries no
 * property names (the script must stay within ~600 bytes on every page).
 */
export type ApplyConfig = readonly [
  /** localStorage key of the learners ({version, data: {active, profiles}}). */
  learnersKey: string,
  /** Learner whose settings apply while no learner list is stored yet. */
  defaultLearner: string,
  /** localStorage key of the settings ({version, data: {[learner]: settings}}). */
  settingsKey: string,
  /** sessionStorage key that is "1" while this tab learns as a guest. */
  guestFlagKey: string,
  /** sessionStorage prefix of the guest's copy of a localStorage key. */
  guestPrefix: string,
  /** The guest's learner id in the stored settings. */
  guestId: string,
  /** Each display setting with its allowed values, the default first. */
  choices: Readonly<Record<string, readonly (string | number)[]>>,
];

export function applyReadingSettings(
  [learnersKey, defaultLearner, settingsKey, guestFlagKey, guestPrefix, guestId, choices]: ApplyConfig,
  settings?: Readonly<Record<string, unknown>>,
): void {
  let chosen = settings;
  if (!chosen) {
    try {
      const guest = sessionStorage.getItem(guestFlagKey) === '1';
      const learners = guest ? 0 : JSON.parse(localStorage.getItem(learnersKey) as string);
      const id = guest ? guestId : learners ? learners.data.active : defaultLearner;
      const stored = (guest && sessionStorage.getItem(guestPrefix + settingsKey)) || localStorage.getItem(settingsKey);
      chosen = JSON.parse(stored as string).data[id];
    } catch (e) {
      // Storage disabled or a value nobody can read: the defaults below.
    }
  }
  const data = document.documentElement.dataset;
  for (const name in choices) {
    const allowed = choices[name] as readonly unknown[];
    const value = chosen && chosen[name];
    data[name] = String(allowed.indexOf(value) < 0 ? allowed[0] : value);
  }
}
