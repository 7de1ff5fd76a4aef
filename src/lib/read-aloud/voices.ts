/**
 * Which voice reads. Only a Vietnamese voice may: an English voice reading Vietnamese mangles
 * every tone mark and teaches nothing, so with no Vietnamese voice the feature says so and
 * explains how to add one instead of speaking. The voices list arrives asynchronously (Chrome
 * returns [] first and fires "voiceschanged" later; some browsers never fire it), hence
 * loadVoices() with a timeout.
 */

/** The parts of SpeechSynthesisVoice this module reads. */
export interface VoiceInfo {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
}

/** The parts of speechSynthesis loadVoices() needs. */
export interface VoiceSource<V extends VoiceInfo> {
  getVoices(): V[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/** vi, vi-VN, vi_VN, VI-vn… but not "vie" or anything else. */
export function isVietnamese(voice: VoiceInfo): boolean {
  return /^vi(?:[-_]|$)/i.test(voice.lang.trim());
}

/**
 * The learner's saved voice if it is still installed and Vietnamese, else a voice on the
 * device (works offline), else any Vietnamese voice; undefined when there is none.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], saved: string | null): V | undefined {
  const vi = voices.filter(isVietnamese);
  return (saved === null ? undefined : vi.find((v) => v.voiceURI === saved)) ?? vi.find((v) => v.localService) ?? vi[0];
}

/** The device's Vietnamese voices, device ones first, for the settings list. */
export function vietnameseVoices<V extends VoiceInfo>(voices: readonly V[]): V[] {
  return voices.filter(isVietnamese).sort((a, b) => Number(b.localService) - Number(a.localService));
}

/**
 * The voices list once the browser has it: at once if it is already filled, else at the first
 * "voiceschanged", else whatever there is after timeoutMs (possibly []).
 */
export function loadVoices<V extends VoiceInfo>(source: VoiceSource<V>, timeoutMs = 1500): Promise<V[]> {
  const now = source.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      source.removeEventListener?.('voiceschanged', onChange);
      resolve(source.getVoices());
    };
    const onChange = () => {
      if (source.getVoices().length > 0) done();
    };
    const timer = setTimeout(done, timeoutMs);
    source.addEventListener?.('voiceschanged', onChange);
  });
}
