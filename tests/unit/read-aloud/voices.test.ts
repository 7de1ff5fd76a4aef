/**
 * Voice choice: only a Vietnamese voice ever reads; the learner's saved voice wins when it is
 * still there; otherwise a voice on the device, otherwise any Vietnamese one; none means none.
 * The voices list may arrive late (Chrome gives [] first).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isVietnamese, loadVoices, pickVoice, vietnameseVoices, type VoiceInfo } from '../../../src/lib/read-aloud/voices';

const voice = (name: string, lang: string, localService = true): VoiceInfo => ({ name, lang, localService, voiceURI: `uri:${name}` });

const english = [voice('Samantha', 'en-US'), voice('Google UK English', 'en-GB', false), voice('Daniel', 'en')];
const linh = voice('Linh', 'vi-VN');
const googleVi = voice('Google Tiếng Việt', 'vi-VN', false);
const an = voice('An', 'vi_VN');

describe('isVietnamese', () => {
  it('accepts vi, vi-VN and vi_VN in any case', () => {
    for (const lang of ['vi', 'vi-VN', 'vi_VN', 'VI-vn', ' vi-VN ']) expect(isVietnamese(voice('x', lang))).toBe(true);
  });
  it('rejects every other language, including look-alikes', () => {
    for (const lang of ['en-US', 'vie', 'fil-PH', 'zh-VN', '', 'en-VI']) expect(isVietnamese(voice('x', lang))).toBe(false);
  });
});

describe('pickVoice', () => {
  it('uses the saved voice when it is installed and Vietnamese', () => {
    expect(pickVoice([...english, linh, googleVi], googleVi.voiceURI)).toBe(googleVi);
  });
  it('never uses a saved voice that is not Vietnamese', () => {
    expect(pickVoice([...english, googleVi], english[0]?.voiceURI ?? null)).toBe(googleVi);
  });
  it('prefers a voice on the device over a network one when nothing is saved or the saved one is gone', () => {
    expect(pickVoice([googleVi, ...english, linh], null)).toBe(linh);
    expect(pickVoice([googleVi, linh], 'uri:removed')).toBe(linh);
  });
  it('takes a network Vietnamese voice when it is the only one', () => {
    expect(pickVoice([...english, googleVi], null)).toBe(googleVi);
  });
  it('finds no voice, rather than an English one, when the device has no Vietnamese voice', () => {
    expect(pickVoice(english, null)).toBeUndefined();
    expect(pickVoice(english, 'uri:Samantha')).toBeUndefined();
    expect(pickVoice([], null)).toBeUndefined();
  });
});

describe('vietnameseVoices', () => {
  it('lists only Vietnamese voices, device ones first', () => {
    expect(vietnameseVoices([googleVi, ...english, linh, an])).toEqual([linh, an, googleVi]);
  });
});

/** A speechSynthesis stand-in whose voices appear when told to. */
class FakeVoices extends EventTarget {
  constructor(public voices: VoiceInfo[] = []) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  arrive(voices: VoiceInfo[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

describe('loadVoices', () => {
  afterEach(() => vi.useRealTimers());

  it('answers at once when the list is already there', async () => {
    await expect(loadVoices(new FakeVoices([linh]))).resolves.toEqual([linh]);
  });
  it('waits for "voiceschanged" when the first list is empty', async () => {
    vi.useFakeTimers();
    const synth = new FakeVoices();
    const loaded = loadVoices(synth, 1500);
    vi.advanceTimersByTime(300);
    synth.arrive([...english, linh]);
    await expect(loaded).resolves.toEqual([...english, linh]);
  });
  it('gives up after the timeout with what there is, when no event comes', async () => {
    vi.useFakeTimers();
    const loaded = loadVoices(new FakeVoices(), 1500);
    vi.advanceTimersByTime(1500);
    await expect(loaded).resolves.toEqual([]);
  });
});
