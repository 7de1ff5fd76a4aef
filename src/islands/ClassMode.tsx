/**
 * The projector class mode: one question at a time in large type for a whole room, the answer
 * and every option's explanation on the teacher's click, an optional countdown per question,
 * a blank screen and fullscreen. Driven by a laptop keyboard or a presentation clicker (the
 * step machine in src/lib/class-mode/steps.ts) and by on-screen buttons. The set comes from
 * the address the picker's form builds; nothing is stored.
 *
 * Questions and answers are shown with the quiz's own pieces (RichText, SpotPicture, Review,
 * answerKey), so the projector can never disagree with the exam, the practice or the paper.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { answerKey } from '../quiz/answer-key';
import type { AnyPrepared, BankQuestion } from '../quiz/types';
import { buildSet, DEFAULT_SET, parseSetParam, type SetChoice } from '../lib/class-mode/sets';
import {
  actionForKey,
  applyCommand,
  isEnd,
  isRevealed,
  questionAt,
  startState,
  type KeyAction,
  type ShowState,
} from '../lib/class-mode/steps';
import {
  COUNTDOWN_CHOICES,
  crossedMark,
  parseCountdown,
  pauseCountdown,
  resumeCountdown,
  secondsShown,
  startCountdown,
  timeLeft,
  type Countdown,
  type CountdownSeconds,
} from '../lib/class-mode/countdown';
import { showText } from '../i18n/class-mode';
import { letter, reviewText } from '../i18n/quiz';
import { RichText } from './RichText';
import { SpotPicture } from './SpotPicture';
import { Review } from './Review';

interface Props {
  /** Every question of the module (practice and exam); the set is built from the address. */
  bank: BankQuestion[];
  /** Lessons of the module that have practice questions: slug and title. */
  lessons: { slug: string; title: string }[];
  /** The picker page, where Escape and "Chọn bộ khác" lead. */
  pickerHref: string;
}

interface Setup {
  choice: SetChoice;
  /** The address named a set this module does not have. */
  unknown: boolean;
  seconds: CountdownSeconds;
}

export default function ClassMode({ bank, lessons, pickerHref }: Props) {
  // The address is read after hydration, so the built page and the first render agree.
  const [setup, setSetup] = useState<Setup | null>(null);
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const parsed = parseSetParam(params.get('bo'));
    const known = parsed && (parsed.kind === 'exam' || lessons.some((l) => l.slug === parsed.lesson)) ? parsed : undefined;
    setSetup({ choice: known ?? DEFAULT_SET, unknown: params.has('bo') && !known, seconds: parseCountdown(params.get('gio')) });
  }, [lessons]);
  const questions = useMemo(() => (setup ? buildSet(bank, setup.choice) : []), [bank, setup]);

  if (!setup) return <p class="cm-loading">{showText.loading}</p>;
  const { choice } = setup;
  const title =
    choice.kind === 'lesson'
      ? showText.setLesson(lessons.find((l) => l.slug === choice.lesson)?.title ?? choice.lesson)
      : showText.setExam(questions.length);
  return (
    <>
      {setup.unknown && <p class="callout callout--warning">{showText.unknownSet}</p>}
      {questions.length === 0 ? (
        <p class="callout callout--warning">
          {showText.emptySet} <a href={pickerHref}>{showText.picker}</a>
        </p>
      ) : (
        <Presenter questions={questions} title={title} initialSeconds={setup.seconds} pickerHref={pickerHref} />
      )}
    </>
  );
}

type FullMode = 'off' | 'native' | 'window';

/** Whether a key press belongs to a form control or to a button's own activation. */
function keyBelongsToControl(event: KeyboardEvent, action: KeyAction): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (target.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"]')) return true;
  // Enter and Space already click a focused button or link; acting on them too would step twice.
  return action === 'next' && (event.key === 'Enter' || event.key === ' ') && target.closest('button, a, summary') !== null;
}

interface PresenterProps {
  questions: AnyPrepared[];
  title: string;
  initialSeconds: CountdownSeconds;
  pickerHref: string;
}

/** A countdown belongs to the question it was started for, so going back never shows another's time. */
interface QuestionCountdown {
  index: number;
  countdown: Countdown;
}

function Presenter({ questions, title, initialSeconds, pickerHref }: PresenterProps) {
  const total = questions.length;
  const [state, setState] = useState<ShowState>(startState);
  const [seconds, setSeconds] = useState<CountdownSeconds>(initialSeconds);
  const [timer, setTimer] = useState<QuestionCountdown | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [message, setMessage] = useState('');
  const [full, setFull] = useState<FullMode>('off');
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const blankRef = useRef<HTMLButtonElement>(null);
  const focusBeforeBlank = useRef<Element | null>(null);
  const previous = useRef<ShowState | null>(null);
  const lastLeft = useRef<number | null>(null);

  const index = questionAt(state.step);
  const end = isEnd(state.step, total);
  const revealed = isRevealed(state.step);
  const q = end ? undefined : questions[index];

  // Screen readers hear the same words again only if the text changes: alternate a trailing space.
  const announce = (text: string) => setMessage((old) => (old === text ? `${text}\u00a0` : text));

  // The stage fills the screen from the start; the focus goes to where the question number is read.
  useEffect(() => {
    rootRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  // Each question starts its own countdown; the answer pauses it and leaves it on screen.
  useEffect(() => {
    const at = Date.now();
    setNow(at);
    lastLeft.current = null;
    if (seconds === 0 || !q) return setTimer(null);
    if (revealed) return setTimer((t) => (t && t.index === index ? { index, countdown: pauseCountdown(t.countdown, at) } : null));
    const fresh = startCountdown(seconds, at);
    setTimer({ index, countdown: state.blank ? pauseCountdown(fresh, at) : fresh });
    // Only the step and the countdown choice restart it; the blank screen is handled below.
  }, [state.step, seconds]);

  // The blank screen holds the countdown: the class cannot see the question.
  useEffect(() => {
    const at = Date.now();
    setTimer((t) => {
      if (!t || revealed) return t;
      return { ...t, countdown: state.blank ? pauseCountdown(t.countdown, at) : resumeCountdown(t.countdown, at) };
    });
  }, [state.blank]);

  const running = timer !== null && timer.countdown.since !== null;
  useEffect(() => {
    if (!running) return undefined;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [running]);

  const left = timer ? timeLeft(timer.countdown, now) : 0;
  useEffect(() => {
    if (!timer) return;
    const before = lastLeft.current;
    lastLeft.current = left;
    if (before !== null) {
      const mark = crossedMark(before, left);
      if (mark === 0) announce(showText.announceTimeUp);
      else if (mark !== undefined) announce(showText.announceLeft(mark));
    }
    // Out of time: stop ticking, keep "Hết giờ" on screen until the teacher moves on.
    if (left === 0 && timer.countdown.since !== null) setTimer({ ...timer, countdown: pauseCountdown(timer.countdown, now) });
  }, [left, timer, now]);

  // Says what changed, in the order a teacher's press changes it.
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (!before) return;
    if (before.blank !== state.blank) {
      if (state.blank) {
        focusBeforeBlank.current = document.activeElement;
        blankRef.current?.focus();
        announce(showText.blankAnnounce);
        return;
      }
      const back = focusBeforeBlank.current;
      if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
      else headingRef.current?.focus();
      if (before.step === state.step) {
        announce(showText.unblankAnnounce);
        return;
      }
    }
    if (before.step === state.step) return;
    if (!q) announce(showText.endHeading);
    else if (revealed) announce(reviewText.answerIs(answerKey(q)));
    else announce(`${showText.countSpoken(index + 1, total)}.${seconds > 0 ? ` ${showText.announceStart(seconds)}` : ''}`);
  }, [state]);

  useEffect(() => {
    const onChange = () => setFull((mode) => (document.fullscreenElement === rootRef.current ? 'native' : mode === 'native' ? 'off' : mode));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const enterFullscreen = () => {
    const root = rootRef.current;
    // iPhones and some in-app browsers have no Fullscreen API: fill the window instead.
    if (root && document.fullscreenEnabled && typeof root.requestFullscreen === 'function') {
      root.requestFullscreen().catch(() => setFull('window'));
    } else setFull('window');
  };
  const leaveFullscreen = () => {
    if (full === 'native' && document.fullscreenElement) void document.exitFullscreen().catch(() => setFull('off'));
    else setFull('off');
  };

  const act = (action: KeyAction) => {
    if (action === 'fullscreen') {
      if (full === 'off') enterFullscreen();
      return;
    }
    if (action === 'escape') {
      if (state.blank) setState((s) => ({ ...s, blank: false }));
      else if (full !== 'off') leaveFullscreen();
      else location.href = pickerHref;
      return;
    }
    setState((s) => applyCommand(s, action, total));
  };
  const actRef = useRef(act);
  actRef.current = act;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const action = actionForKey(event.key);
      if (!action || keyBelongsToControl(event, action)) return;
      event.preventDefault();
      actRef.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const atStart = state.step === 0;
  const nextLabel = end ? showText.finish : revealed ? (index + 1 < total ? showText.next : showText.finish) : showText.reveal;
  // aria-disabled rather than disabled: a focused button must keep the focus at either end.
  const press = (action: KeyAction, disabled: boolean) => () => {
    if (!disabled) act(action);
  };

  return (
    <section
      ref={rootRef}
      class={`cm${full === 'window' ? ' cm--window' : ''}${revealed ? ' cm--revealed' : ''}`}
      aria-labelledby="cm-heading"
      data-type={q?.type}
    >
      <div class="cm-bar">
        <h2 id="cm-heading" ref={headingRef} tabIndex={-1} class="cm-count">
          {q ? showText.count(index + 1, total) : showText.endHeading}
        </h2>
        <p class="cm-set">{title}</p>
        {timer && q && (
          <p class={`cm-timer${left === 0 ? ' cm-timer--out' : ''}`} role="timer">
            <span class="visually-hidden">{showText.timer}: </span>
            {left === 0 ? showText.timeUp : showText.seconds(secondsShown(left))}
          </p>
        )}
      </div>

      <div class="cm-body">
        {q ? (
          <>
            <p class="cm-prompt">
              <RichText text={q.prompt} />
            </p>
            {revealed ? <Revealed q={q} /> : <QuestionView q={q} />}
          </>
        ) : (
          <div class="cm-end">
            <p>{showText.endText(total)}</p>
            <p class="cm-end__actions">
              <button type="button" class="btn" onClick={() => act('first')}>
                {showText.restart}
              </button>
              <a class="btn btn--secondary" href={pickerHref}>
                {showText.picker}
              </a>
            </p>
          </div>
        )}
      </div>

      <nav class="cm-controls" aria-label={showText.controls}>
        <button type="button" class="btn btn--secondary" aria-disabled={atStart ? 'true' : undefined} onClick={press('prev', atStart)}>
          ← {showText.prev}
        </button>
        <button type="button" class="btn cm-next" aria-disabled={end ? 'true' : undefined} onClick={press('next', end)}>
          {nextLabel} →
        </button>
        <button type="button" class="btn btn--secondary" aria-pressed={state.blank ? 'true' : 'false'} onClick={() => act('blank')}>
          {showText.blank}
        </button>
        <button type="button" class="btn btn--secondary" onClick={full === 'off' ? enterFullscreen : leaveFullscreen}>
          {full === 'off' ? showText.fullscreen : showText.exitFullscreen}
        </button>
        <label class="cm-select">
          <span>{showText.countdownLabel}</span>
          <select value={String(seconds)} onChange={(e) => setSeconds(parseCountdown(e.currentTarget.value))}>
            {COUNTDOWN_CHOICES.map((s) => (
              <option key={s} value={String(s)}>
                {s === 0 ? showText.countdownOff : showText.seconds(s)}
              </option>
            ))}
          </select>
        </label>
        <a class="btn btn--secondary" href={pickerHref}>
          {showText.picker}
        </a>
      </nav>

      <p class="visually-hidden" role="status">
        {message}
      </p>

      {state.blank && (
        <button type="button" ref={blankRef} class="cm-blank" onClick={() => act('blank')}>
          <span class="visually-hidden">{showText.blankOn}</span>
        </button>
      )}
    </section>
  );
}

/** Items with the letters learners answer with: A, B, C… (a, b, c… for a match's right column). */
function Lettered({ items, lower = false }: { items: { key: string | number; text: string }[]; lower?: boolean }) {
  return (
    <ul class="cm-options">
      {items.map((item, i) => (
        <li key={item.key} class="cm-option">
          <span class="cm-letter">{lower ? letter(i).toLowerCase() : letter(i)}</span>
          <span class="cm-option__text">
            <RichText text={item.text} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The question as the room sees it before the answer, laid out like the paper test. */
function QuestionView({ q }: { q: AnyPrepared }) {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return (
        <>
          <p class="cm-hint">{q.type === 'single' ? showText.hintSingle : showText.hintMultiple}</p>
          <Lettered items={q.view.options} />
        </>
      );
    case 'truefalse':
      return (
        <>
          <p class="cm-hint">{showText.hintTrueFalse}</p>
          <ul class="cm-options cm-options--inline">
            <li class="cm-option">{showText.trueWord}</li>
            <li class="cm-option">{showText.falseWord}</li>
          </ul>
        </>
      );
    case 'order':
      return (
        <>
          <p class="cm-hint">{showText.hintOrder}</p>
          <Lettered items={q.view.steps} />
        </>
      );
    case 'match':
      return (
        <>
          <p class="cm-hint">{showText.hintMatch}</p>
          <div class="cm-match">
            <ol class="cm-match__left">
              {q.view.left.map((l) => (
                <li key={l.key}>
                  <RichText text={l.text} />
                </li>
              ))}
            </ol>
            <Lettered items={q.view.right} lower />
          </div>
        </>
      );
    case 'spot':
      return (
        <>
          <p class="cm-hint">{showText.hintSpot}</p>
          <div class="cm-spot">
            <SpotPicture image={q.view.image} regions={q.view.regions} look={() => 'plain'} letters={regionLetters(q.view.regions)} />
            <Lettered items={q.view.regions.map((r) => ({ key: r.id, text: r.label }))} />
          </div>
        </>
      );
  }
}

/** Region letters in the order the regions are listed, as on the paper test. */
function regionLetters(regions: readonly { id: string }[]): Record<string, string> {
  const letters: Record<string, string> = {};
  regions.forEach((r, i) => {
    letters[r.id] = letter(i);
  });
  return letters;
}

/**
 * The answer: the key in letters (what learners wrote on paper), then the review every learner
 * sees after practice, with each option marked in words and explained. Order and match keep
 * their lettered view above, since the key refers to those letters.
 */
function Revealed({ q }: { q: AnyPrepared }) {
  const keepView = q.type === 'order' || q.type === 'match';
  const lettered = q.type === 'single' || q.type === 'multiple' || q.type === 'spot';
  const review = (
    <div class={`cm-review${lettered ? ' cm-review--lettered' : ''}`}>
      <Review q={q} value={undefined} />
    </div>
  );
  return (
    <>
      {keepView && <QuestionView q={q} />}
      {q.type !== 'truefalse' && <p class="cm-answer">{reviewText.answerIs(answerKey(q))}</p>}
      {q.type === 'spot' ? (
        // The picture keeps its letters beside the list (the review's own picture has none).
        <div class="cm-spot">
          <SpotPicture
            image={q.view.image}
            regions={q.view.regions}
            look={(id) => (q.rubric.correct.includes(id) ? 'right' : 'plain')}
            letters={regionLetters(q.view.regions)}
          />
          {review}
        </div>
      ) : (
        review
      )}
    </>
  );
}
