/**
 * Plays a list of sentences through speechSynthesis, one utterance per sentence, and reports
 * which sentence is being read so the page can highlight it. Free of page markup, so it is
 * tested with a fake speechSynthesis.
 *
 * Browser quirks it works around, and why:
 * - Chrome cuts off long utterances (about 15 s): sentences are short and spoken one by one.
 * - pause()/resume() is unreliable (Android Chrome ignores pause, desktop Chrome sometimes never
 *   resumes after a long pause, Safari loses onend): pausing cancels speech and resuming says
 *   the sentence again from the last word boundary heard.
 * - cancel() fires "end"/"error" on the cancelled utterance, sometimes late: every utterance
 *   carries a token and events from an old one are ignored.
 * - Chrome can garbage-collect a playing utterance and never fire its "end": the current one is
 *   kept referenced here.
 * - speak() right after cancel() is sometimes dropped by Chrome: speaking is deferred a tick.
 * Only one reader plays at a time on a page, and leaving the page (pagehide) stops it.
 */

/**
 * Speeds offered to the learner. Tenths only: the settings store keeps rates rounded to 0.1.
 * Slow ones first, for listeners who need time.
 */
export const RATE_STEPS = [0.6, 0.8, 1, 1.2, 1.5] as const;

export type ReaderStatus = 'idle' | 'playing' | 'paused' | 'ended' | 'error';

export interface ReaderState {
  status: ReaderStatus;
  /** Index of the sentence being read (or to read on resume). */
  index: number;
  total: number;
  rate: number;
  /** Where in the current sentence the voice is, from boundary events (0 when unknown). */
  charIndex: number;
}

/** What an utterance reports back to the reader. */
export interface UtteranceHandlers {
  start(): void;
  end(): void;
  error(kind: string): void;
  boundary(charIndex: number): void;
}

/** The parts of speechSynthesis the reader drives; U is the utterance type. */
export interface Speaker<U> {
  speak(utterance: U): void;
  cancel(): void;
  /** Makes an utterance for a text at a rate, wired to the handlers. */
  utterance(text: string, rate: number, handlers: UtteranceHandlers): U;
}

export interface ReaderOptions<U> {
  speaker: Speaker<U>;
  sentences: readonly string[];
  rate: number;
  onChange?: (state: ReaderState) => void;
  /** Where "pagehide" is listened for; the window by default. */
  page?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** Runs fn soon; setTimeout(fn, 0) by default. */
  defer?: (fn: () => void) => void;
}

export interface Reader {
  readonly state: ReaderState;
  /** Starts reading at a sentence (the first by default), stopping any other reader. */
  play(from?: number): void;
  pause(): void;
  resume(): void;
  stop(): void;
  next(): void;
  previous(): void;
  /** Takes effect at once: the current sentence restarts at the last word heard. */
  setRate(rate: number): void;
}

/** Errors a cancel() causes; not failures. */
const CANCEL_ERRORS = new Set(['interrupted', 'canceled']);

let active: Reader | undefined;

/** The reader playing now, if any. */
export function activeReader(): Reader | undefined {
  return active;
}

export function createReader<U>(options: ReaderOptions<U>): Reader {
  const { speaker, sentences, onChange } = options;
  const page = options.page ?? (typeof window === 'undefined' ? undefined : window);
  const defer = options.defer ?? ((fn: () => void) => void setTimeout(fn, 0));
  const state: ReaderState = { status: 'idle', index: 0, total: sentences.length, rate: options.rate, charIndex: 0 };
  let token = 0;
  // Held so Chrome cannot garbage-collect it mid-sentence (it would then never fire "end").
  const held: { utterance: U | undefined } = { utterance: undefined };

  const emit = () => onChange?.({ ...state });
  const onPageHide = () => reader.stop();

  const silence = () => {
    token++;
    held.utterance = undefined;
    speaker.cancel();
  };

  /** Speaks sentence state.index from state.charIndex, after any cancel has settled. */
  const speakCurrent = () => {
    silence();
    const mine = token;
    const index = state.index;
    const offset = state.charIndex;
    const text = (sentences[index] ?? '').slice(offset);
    defer(() => {
      if (mine !== token || state.status !== 'playing') return;
      const utterance = speaker.utterance(text, state.rate, {
        start: () => {
          if (mine !== token) return;
          emit();
        },
        boundary: (charIndex) => {
          if (mine !== token) return;
          state.charIndex = offset + charIndex;
        },
        end: () => {
          if (mine !== token) return;
          held.utterance = undefined;
          if (state.index + 1 < sentences.length) {
            state.index++;
            state.charIndex = 0;
            emit();
            speakCurrent();
          } else {
            finish('ended');
          }
        },
        error: (kind) => {
          if (mine !== token || CANCEL_ERRORS.has(kind)) return;
          finish('error');
        },
      });
      held.utterance = utterance;
      speaker.speak(utterance);
    });
  };

  const finish = (status: ReaderStatus) => {
    silence();
    state.status = status;
    state.charIndex = 0;
    if (active === reader) active = undefined;
    page?.removeEventListener('pagehide', onPageHide);
    emit();
  };

  const moveTo = (index: number) => {
    state.index = Math.max(0, Math.min(sentences.length - 1, index));
    state.charIndex = 0;
    if (state.status === 'playing') {
      emit();
      speakCurrent();
    } else if (state.status === 'paused') {
      emit();
    } else {
      reader.play(state.index);
    }
  };

  const reader: Reader = {
    get state() {
      return { ...state };
    },
    play(from = 0) {
      if (sentences.length === 0) return;
      if (active && active !== reader) active.stop();
      active = reader;
      page?.addEventListener('pagehide', onPageHide);
      state.index = Math.max(0, Math.min(sentences.length - 1, from));
      state.charIndex = 0;
      state.status = 'playing';
      emit();
      speakCurrent();
    },
    pause() {
      if (state.status !== 'playing') return;
      silence();
      state.status = 'paused';
      emit();
    },
    resume() {
      if (state.status !== 'paused') return;
      if (active && active !== reader) active.stop();
      active = reader;
      state.status = 'playing';
      emit();
      speakCurrent();
    },
    stop() {
      if (state.status === 'idle') return;
      finish('idle');
    },
    next() {
      if (state.index + 1 >= sentences.length) {
        if (state.status === 'playing' || state.status === 'paused') finish('ended');
        return;
      }
      moveTo(state.index + 1);
    },
    previous() {
      moveTo(state.index - 1);
    },
    setRate(rate) {
      if (!Number.isFinite(rate) || rate <= 0) return;
      state.rate = rate;
      if (state.status === 'playing') speakCurrent();
      emit();
    },
  };
  return reader;
}

/** A Speaker over the browser's speechSynthesis, always with the given Vietnamese voice. */
export function browserSpeaker(voice: SpeechSynthesisVoice): Speaker<SpeechSynthesisUtterance> {
  const synth = window.speechSynthesis;
  return {
    speak: (u) => {
      // A page left paused by another tab or reader would queue silently forever.
      if (synth.paused) synth.resume();
      synth.speak(u);
    },
    cancel: () => synth.cancel(),
    utterance: (text, rate, handlers) => {
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = rate;
      u.onstart = () => handlers.start();
      u.onend = () => handlers.end();
      u.onerror = (event) => handlers.error(event.error);
      u.onboundary = (event) => {
        if (event.name === undefined || event.name === 'word') handlers.boundary(event.charIndex);
      };
      return u;
    },
  };
}
