/**
 * The reader with a fake speechSynthesis (the real browserSpeaker wiring, fake engine): one
 * utterance per sentence in order, the learner's rate and the Vietnamese voice on each, the
 * engine's start/boundary/end events moving the sentence index, pause/resume/stop,
 * next/previous, a new speed, leaving the page, and only one reader at a time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserSpeaker, createReader, type ReaderState } from '../../../src/lib/read-aloud/controller';

class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  onstart: ((e: object) => void) | null = null;
  onend: ((e: object) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  onboundary: ((e: { name: string; charIndex: number }) => void) | null = null;
  constructor(public text: string) {}
}

/** Speaks nothing; the test plays the engine's part by firing the current utterance's events. */
class FakeSynth {
  spoken: FakeUtterance[] = [];
  current: FakeUtterance | undefined;
  cancels = 0;
  paused = false;
  speak(u: FakeUtterance) {
    this.spoken.push(u);
    this.current = u;
  }
  cancel() {
    this.cancels++;
    const u = this.current;
    this.current = undefined;
    // Like Chrome: the cancelled utterance reports "interrupted".
    u?.onerror?.({ error: 'interrupted' });
  }
  pause() {}
  resume() {}
  start() {
    this.current?.onstart?.({});
  }
  boundary(charIndex: number) {
    this.current?.onboundary?.({ name: 'word', charIndex });
  }
  end() {
    const u = this.current;
    this.current = undefined;
    u?.onend?.({});
  }
  /** Plays the current sentence through: start then end, then lets the next one be queued. */
  finishSentence() {
    this.start();
    this.end();
    vi.runAllTimers();
  }
}

const linh: SpeechSynthesisVoice = { name: 'Linh', lang: 'vi-VN', voiceURI: 'uri:linh', localService: true, default: false };
const SENTENCES = ['Câu thứ nhất của bài học.', 'Câu thứ hai nói về mã OTP.', 'Câu thứ ba là câu cuối.'];

let synth: FakeSynth;
let page: EventTarget;
let states: ReaderState[];

function reader(sentences: readonly string[] = SENTENCES, rate = 1) {
  return createReader({ speaker: browserSpeaker(linh), sentences, rate, page, onChange: (s) => states.push(s) });
}

beforeEach(() => {
  vi.useFakeTimers();
  synth = new FakeSynth();
  page = new EventTarget();
  states = [];
  vi.stubGlobal('window', { speechSynthesis: synth });
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('createReader', () => {
  it('speaks one utterance per sentence, in order, each with the Vietnamese voice and the rate', () => {
    const r = reader(SENTENCES, 0.8);
    r.play();
    vi.runAllTimers();
    synth.finishSentence();
    synth.finishSentence();
    synth.finishSentence();
    expect(synth.spoken.map((u) => u.text)).toEqual(SENTENCES);
    for (const u of synth.spoken) {
      expect(u.voice).toBe(linh);
      expect(u.lang).toBe('vi-VN');
      expect(u.rate).toBe(0.8);
    }
    expect(r.state.status).toBe('ended');
  });

  it('moves the sentence index with the engine: each end brings the next sentence and its index', () => {
    const r = reader();
    r.play();
    vi.runAllTimers();
    expect(r.state).toMatchObject({ status: 'playing', index: 0, total: 3 });
    synth.start();
    expect(states.at(-1)).toMatchObject({ status: 'playing', index: 0 });
    synth.end();
    expect(states.at(-1)).toMatchObject({ status: 'playing', index: 1 });
    vi.runAllTimers();
    expect(synth.current?.text).toBe(SENTENCES[1]);
    synth.finishSentence();
    expect(r.state.index).toBe(2);
    synth.finishSentence();
    expect(states.at(-1)).toMatchObject({ status: 'ended' });
    expect(states.map((s) => s.index)).toEqual([0, 0, 1, 1, 2, 2, 2]);
  });

  it('waits a tick after cancelling before it speaks (Chrome drops a speak() right after cancel())', () => {
    const r = reader();
    r.play();
    expect(synth.spoken).toHaveLength(0);
    vi.runAllTimers();
    expect(synth.spoken).toHaveLength(1);
  });

  it('pauses by cancelling and resumes the same sentence from the last word heard', () => {
    const r = reader();
    r.play();
    vi.runAllTimers();
    synth.start();
    synth.boundary(10);
    const before = synth.cancels;
    r.pause();
    expect(synth.cancels).toBe(before + 1);
    expect(r.state).toMatchObject({ status: 'paused', index: 0, charIndex: 10 });
    vi.runAllTimers();
    expect(synth.spoken).toHaveLength(1);
    r.resume();
    vi.runAllTimers();
    expect(r.state.status).toBe('playing');
    expect(synth.current?.text).toBe((SENTENCES[0] ?? '').slice(10));
    // Boundaries of the resumed text count from where it started.
    synth.boundary(4);
    r.pause();
    expect(r.state.charIndex).toBe(14);
  });

  it('ignores late events of an utterance it cancelled', () => {
    const r = reader();
    r.play();
    vi.runAllTimers();
    const first = synth.current;
    r.pause();
    first?.onend?.({});
    first?.onerror?.({ error: 'canceled' });
    vi.runAllTimers();
    expect(r.state).toMatchObject({ status: 'paused', index: 0 });
    expect(synth.spoken).toHaveLength(1);
  });

  it('stops: silence, back to idle, and nothing more is spoken', () => {
    const r = reader();
    r.play();
    vi.runAllTimers();
    const first = synth.current;
    r.stop();
    expect(r.state.status).toBe('idle');
    expect(synth.current).toBeUndefined();
    first?.onend?.({});
    vi.runAllTimers();
    expect(synth.spoken).toHaveLength(1);
  });

  it('goes to the next and previous sentence, speaking it at once while playing', () => {
    const r = reader();
    r.play();
    vi.runAllTimers();
    r.next();
    vi.runAllTimers();
    expect(r.state.index).toBe(1);
    expect(synth.current?.text).toBe(SENTENCES[1]);
    r.previous();
    vi.runAllTimers();
    expect(synth.current?.text).toBe(SENTENCES[0]);
    r.previous();
    vi.runAllTimers();
    expect(r.state.index).toBe(0);
    expect(synth.spoken.map((u) => u.text)).toEqual([SENTENCES[0], SENTENCES[1], SENTENCES[0], SENTENCES[0]]);
  });

  it('moves without speaking while paused, and ends after the last sentence', () => {
    const r = reader();
    r.play();
    vi.runAllTimers();
    r.pause();
    r.next();
    r.next();
    vi.runAllTimers();
    expect(r.state).toMatchObject({ status: 'paused', index: 2 });
    expect(synth.spoken).toHaveLength(1);
    r.next();
    expect(r.state.status).toBe('ended');
  });

  it('applies a new speed at once, going on from the last word heard', () => {
    const r = reader();
    r.play();
    vi.runAllTimers();
    synth.start();
    synth.boundary(5);
    r.setRate(1.5);
    vi.runAllTimers();
    expect(synth.current?.rate).toBe(1.5);
    expect(synth.current?.text).toBe((SENTENCES[0] ?? '').slice(5));
    expect(states.at(-1)?.rate).toBe(1.5);
    synth.finishSentence();
    expect(synth.current?.rate).toBe(1.5);
  });

  it('stops when the learner leaves the page', () => {
    const r = reader();
    r.play();
    vi.runAllTimers();
    const cancels = synth.cancels;
    page.dispatchEvent(new Event('pagehide'));
    expect(r.state.status).toBe('idle');
    expect(synth.cancels).toBeGreaterThan(cancels);
  });

  it('stops the other reader when one starts', () => {
    const lesson = reader();
    const question = reader(['Câu hỏi: ai được biết mã OTP?', 'Phương án A: Chỉ bạn.']);
    lesson.play();
    vi.runAllTimers();
    question.play();
    vi.runAllTimers();
    expect(lesson.state.status).toBe('idle');
    expect(question.state.status).toBe('playing');
    expect(synth.current?.text).toBe('Câu hỏi: ai được biết mã OTP?');
  });

  it('reports a real speech failure, but not the interruptions it causes itself', () => {
    const r = reader();
    r.play();
    vi.runAllTimers();
    synth.current?.onerror?.({ error: 'interrupted' });
    expect(r.state.status).toBe('playing');
    synth.current?.onerror?.({ error: 'synthesis-failed' });
    expect(r.state.status).toBe('error');
  });

  it('does nothing with nothing to read', () => {
    const r = reader([]);
    r.play();
    vi.runAllTimers();
    expect(synth.spoken).toHaveLength(0);
    expect(r.state.status).toBe('idle');
  });
});
