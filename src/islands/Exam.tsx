/**
 * A timed exam (module or final): intro, one question per screen, submit, results and review.
 * The attempt lives in the attempts store and is saved at every step, so a reload, a closed
 * tab or the back button resumes the same question with the same answers and the clock
 * counting down from the saved deadline.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import {
  attemptQuestions,
  crossedMark,
  drawQuestionIds,
  formatClock,
  gradeAttempt,
  timeLeft,
  type ExamRules,
} from '../quiz/exam';
import { newSeed } from '../quiz/random';
import { isAnswered } from '../quiz/scorers';
import type { AnyPrepared, BankQuestion } from '../quiz/types';
import {
  $attempts,
  answerQuestion,
  closeAttempt,
  goToQuestion,
  historyOf,
  previousQuestionIds,
  startAttempt,
  submitAttempt,
  toggleFlag,
  type Attempt,
} from '../stores/attempts';
import { lessonUrl } from '../lib/paths';
import { setExamInProgress } from '../pwa/exam-guard';
import { reviewText } from '../i18n/quiz';
import { examText } from '../i18n/quiz-exam';
import { QuestionInput } from './QuestionInput';
import { ReadAloudButton } from './ReadAloudButton';
import { Review } from './Review';
import { RichText } from './RichText';
import ResultQr from './ResultQr';
import type { ComponentType } from 'preact';
import { cooldownLeft, DEFAULT_COOLDOWN_MINUTES, formatWait } from '../lib/certificate/cooldown';
import { cooldownText, issueText } from '../i18n/certificate';
import type { IssueProps } from './CertificateIssue';

interface Props {
  examId: string;
  /** Title of the exam, printed on the certificate. */
  title?: string;
  rules: ExamRules;
  /** The exam questions (practice: false) of the exam's modules. */
  bank: BankQuestion[];
  /** Titles of the lessons of the exam's modules, for the breakdown and the review links. */
  lessons: { id: string; title: string }[];
}

/** Focus moves to a screen's heading only after the learner did something, not on page load. */
function useFocusOnChange(key: unknown, enabled: boolean): Ref<HTMLHeadingElement> {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [key]);
  return ref;
}

export default function Exam({ examId, title, rules, bank, lessons }: Props) {
  const learner = useStore($attempts);
  // The page is rendered without storage; the saved attempt appears once the island runs.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const acted = useRef(false);
  const attempt = ready ? learner.open[examId] : undefined;
  const questions = useMemo(
    () => (attempt ? attemptQuestions(bank, attempt.questionIds, attempt.seed) : []),
    [bank, attempt?.seed, attempt?.questionIds.join(',')],
  );

  const start = () => {
    acted.current = true;
    const seed = newSeed();
    const questionIds = drawQuestionIds(bank, rules, seed, previousQuestionIds(learner, examId));
    startAttempt({ examId, seed, questionIds, minutes: rules.minutes });
  };

  if (!attempt || questions.length === 0) {
    return <Intro rules={rules} available={bank.length} ready={ready} history={ready ? historyOf(learner, examId) : []} onStart={start} />;
  }
  if (attempt.submittedAt === undefined) {
    return <Running attempt={attempt} questions={questions} rules={rules} acted={acted} />;
  }
  return (
    <Results
      attempt={attempt}
      questions={questions}
      rules={rules}
      title={title ?? examId}
      lessons={lessons}
      focus={acted.current}
      onAgain={() => {
        acted.current = true;
        closeAttempt(examId);
      }}
    />
  );
}

function Intro({
  rules,
  available,
  ready,
  history,
  onStart,
}: {
  rules: ExamRules;
  available: number;
  ready: boolean;
  history: Attempt[];
  onStart: () => void;
}) {
  const wait = useCooldown(history[0]?.submittedAt, rules.cooldownMinutes ?? DEFAULT_COOLDOWN_MINUTES);
  return (
    <section class="exam-intro" aria-labelledby="exam-intro-h">
      <h2 id="exam-intro-h">{examText.introHeading}</h2>
      <ul class="exam-facts">
        <li>{examText.questions(Math.min(rules.questions, available))}</li>
        <li>{examText.minutes(rules.minutes)}</li>
        <li>{examText.passMark(rules.passPercent)}</li>
      </ul>
      <h3>{examText.rulesHeading}</h3>
      <ul>
        {examText.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      {available === 0 ? (
        <p>{examText.empty}</p>
      ) : (
        <>
          {wait > 0 && (
            <p id="exam-cooldown" class="callout">
              {cooldownText.wait(formatWait(wait))}
            </p>
          )}
          <button
            type="button"
            class="btn"
            disabled={!ready || wait > 0}
            aria-describedby={wait > 0 ? 'exam-cooldown' : undefined}
            onClick={onStart}
          >
            {examText.start}
          </button>
        </>
      )}
      {history.length > 0 && (
        <>
          <h3>{examText.previousHeading}</h3>
          <ul>
            {history.slice(0, 5).map((a) => (
              <li key={a.startedAt}>
                {examText.previousItem(
                  new Date(a.submittedAt ?? a.startedAt).toLocaleDateString('vi-VN'),
                  a.grade?.earned ?? 0,
                  a.grade?.total ?? a.questionIds.length,
                  a.grade?.passed ?? false,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Milliseconds left of the retake cool-down, counting down each second. */
function useCooldown(lastSubmittedAt: number | undefined, minutes: number): number {
  const [now, setNow] = useState(() => Date.now());
  const left = cooldownLeft(lastSubmittedAt, minutes, now);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [left > 0]);
  return left;
}

/** The certificate step after a pass; its code (hashing, QR-free) loads only when needed. */
function IssueStep(props: IssueProps) {
  const [Issue, setIssue] = useState<ComponentType<IssueProps> | undefined>(undefined);
  useEffect(() => {
    void import('./CertificateIssue').then((m) => setIssue(() => m.default));
  }, []);
  return Issue ? <Issue {...props} /> : <p class="meta">{issueText.loading}</p>;
}

function submit(attempt: Attempt, questions: AnyPrepared[], rules: ExamRules, timedOut: boolean) {
  const { earned, total, passed } = gradeAttempt(questions, attempt.answers, rules.passPercent);
  submitAttempt(attempt.examId, { earned, total, passed }, { timedOut });
}

function Running({
  attempt,
  questions,
  rules,
  acted,
}: {
  attempt: Attempt;
  questions: AnyPrepared[];
  rules: ExamRules;
  acted: { current: boolean };
}) {
  const { examId, current } = attempt;
  const [now, setNow] = useState(() => Date.now());
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const left = timeLeft(attempt.deadline, now);
  const lastLeft = useRef(left);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    // Holds back a new site version (and its reload) until the attempt is submitted.
    setExamInProgress(true);
    return () => {
      clearInterval(timer);
      setExamInProgress(false);
    };
  }, []);
  useEffect(() => {
    const mark = crossedMark(lastLeft.current, left);
    if (mark !== undefined) setAnnouncement(examText.announce(mark));
    lastLeft.current = left;
    if (left === 0) {
      acted.current = true;
      submit(attempt, questions, rules, true);
    }
  }, [left]);

  const q = questions[Math.min(current, questions.length - 1)] as AnyPrepared;
  const answered = questions.map((qq) => isAnswered(qq, attempt.answers[qq.id]));
  const answeredCount = answered.filter(Boolean).length;
  const flagged = (id: string) => attempt.flags.includes(id);
  const headingRef = useFocusOnChange(`${current}-${confirming}`, acted.current);

  const go = (index: number) => {
    acted.current = true;
    setConfirming(false);
    goToQuestion(examId, index);
  };

  return (
    <div class="exam-run">
      <div class="exam-bar">
        <p class="exam-timer">
          <span class="meta">{examText.timeLeft}</span> <strong class="exam-timer__clock">{formatClock(left)}</strong>
        </p>
        <p class="meta exam-bar__count">{examText.answeredCount(answeredCount, questions.length)}</p>
        <progress
          class="progress"
          max={questions.length}
          value={answeredCount}
          aria-label={examText.progress}
          aria-valuetext={examText.answeredCount(answeredCount, questions.length)}
        />
      </div>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      {confirming ? (
        <section class="exam-confirm" aria-labelledby="exam-confirm-h">
          <h2 id="exam-confirm-h" ref={headingRef} tabIndex={-1}>
            {examText.confirmHeading}
          </h2>
          <JumpList
            label={
              answeredCount === questions.length
                ? examText.confirmAllAnswered
                : examText.confirmUnanswered(questions.length - answeredCount)
            }
            indexes={answered.flatMap((a, i) => (a ? [] : [i]))}
            onGo={go}
          />
          {attempt.flags.length > 0 && (
            <JumpList
              label={examText.confirmFlagged(attempt.flags.length)}
              indexes={questions.flatMap((qq, i) => (flagged(qq.id) ? [i] : []))}
              onGo={go}
            />
          )}
          <div class="exam-actions">
            <button
              type="button"
              class="btn"
              onClick={() => {
                acted.current = true;
                submit(attempt, questions, rules, false);
              }}
            >
              {examText.confirmSubmit}
            </button>
            <button
              type="button"
              class="btn btn--secondary"
              onClick={() => {
                acted.current = true;
                setConfirming(false);
              }}
            >
              {examText.keepGoing}
            </button>
          </div>
        </section>
      ) : (
        <section class="exam-question" aria-labelledby="exam-q-h" data-question-id={q.id}>
          <div class="exam-question__head">
            <h2 id="exam-q-h" ref={headingRef} tabIndex={-1}>
              {examText.questionHeading(current + 1, questions.length)}
            </h2>
            <button
              type="button"
              class={`btn btn--secondary exam-flag${flagged(q.id) ? ' exam-flag--on' : ''}`}
              aria-pressed={flagged(q.id)}
              onClick={() => toggleFlag(examId, q.id)}
            >
              <span aria-hidden="true">⚑ </span>
              {examText.flag}
            </button>
          </div>
          <ReadAloudButton q={q} />
          <QuestionInput
            key={q.id}
            q={q}
            value={attempt.answers[q.id]}
            onChange={(input) => answerQuestion(examId, q.id, input)}
            name={`bt-${q.id}`}
          />
          <div class="exam-actions">
            <button type="button" class="btn btn--secondary" disabled={current === 0} onClick={() => go(current - 1)}>
              {examText.previous}
            </button>
            <button
              type="button"
              class="btn btn--secondary"
              disabled={current >= questions.length - 1}
              onClick={() => go(current + 1)}
            >
              {examText.next}
            </button>
            <button
              type="button"
              class="btn"
              onClick={() => {
                acted.current = true;
                setConfirming(true);
              }}
            >
              {examText.submit}
            </button>
          </div>
        </section>
      )}

      <nav class="exam-map" aria-labelledby="exam-map-h">
        <h2 id="exam-map-h" class="exam-map__heading">
          {examText.mapHeading}
        </h2>
        <ol class="exam-map__list">
          {questions.map((qq, i) => (
            <li key={qq.id}>
              <button
                type="button"
                class={`exam-map__item${answered[i] ? ' exam-map__item--answered' : ''}${flagged(qq.id) ? ' exam-map__item--flagged' : ''}`}
                aria-current={!confirming && i === current ? 'step' : undefined}
                onClick={() => go(i)}
              >
                <span class="visually-hidden">{examText.mapItem(i + 1, answered[i] ?? false, flagged(qq.id))}</span>
                <span aria-hidden="true">
                  {i + 1}
                  {flagged(qq.id) ? '⚑' : ''}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}

function JumpList({ label, indexes, onGo }: { label: string; indexes: number[]; onGo: (i: number) => void }) {
  return (
    <>
      <p>{label}</p>
      {indexes.length > 0 && (
        <ul class="exam-jump">
          {indexes.map((i) => (
            <li key={i}>
              <button type="button" class="btn btn--secondary" onClick={() => onGo(i)}>
                {examText.goTo(i + 1)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Results({
  attempt,
  questions,
  rules,
  title,
  lessons,
  focus,
  onAgain,
}: {
  attempt: Attempt;
  questions: AnyPrepared[];
  rules: ExamRules;
  title: string;
  lessons: { id: string; title: string }[];
  focus: boolean;
  onAgain: () => void;
}) {
  const result = useMemo(
    () => gradeAttempt(questions, attempt.answers, rules.passPercent),
    [questions, attempt.answers, rules.passPercent],
  );
  const headingRef = useFocusOnChange(attempt.submittedAt, focus);
  const titleOf = (lessonId: string) => lessons.find((l) => l.id === lessonId)?.title ?? lessonId;

  return (
    <section class="exam-results" aria-labelledby="exam-results-h">
      <h2 id="exam-results-h" ref={headingRef} tabIndex={-1}>
        {examText.resultsHeading}
      </h2>
      {attempt.timedOut && <p class="callout callout--warning">{examText.timedOut}</p>}
      <p class={`exam-verdict exam-verdict--${result.passed ? 'pass' : 'fail'}`}>
        {result.passed ? `✓ ${examText.passed}` : `✗ ${examText.failed}`}
      </p>
      <p>{examText.score(result.earned, result.total, result.percent)}</p>
      <p>{result.passed ? examText.passedText : examText.failedText(rules.passPercent)}</p>
      <p class="meta">{examText.notOfficial}</p>
      {result.passed && <IssueStep examId={attempt.examId} examTitle={title} earned={result.earned} total={result.total} />}
      <ResultQr attempt={attempt} result={result} />

      <h3>{examText.byLessonHeading}</h3>
      <table class="exam-lessons">
        <thead>
          <tr>
            <th scope="col">{examText.lessonColumn}</th>
            <th scope="col">{examText.scoreColumn}</th>
          </tr>
        </thead>
        <tbody>
          {result.lessons.map((l) => (
            <tr key={l.lesson}>
              <td>
                <a href={lessonUrl(l.lesson)}>{titleOf(l.lesson)}</a>
              </td>
              <td>
                {l.earned}/{l.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{examText.reviewHeading}</h3>
      <ol class="exam-review">
        {result.questions.map(({ question, score, right }, i) => {
          const value = attempt.answers[question.id];
          const status = right
            ? examText.reviewRight
            : isAnswered(question, value)
              ? examText.reviewWrong
              : examText.reviewUnanswered;
          return (
            <li key={question.id} class="exam-review__item card" data-question-id={question.id}>
              <h4>
                {examText.questionHeading(i + 1, questions.length)}: {right ? '✓' : '✗'} {status}
              </h4>
              <p class="q__prompt">
                <RichText text={question.prompt} />
              </p>
              {score.kind === 'invalid' && <p>{reviewText.invalid}</p>}
              {value === undefined && <p>{reviewText.noAnswer}</p>}
              <Review q={question} value={value} />
              <p>
                <a href={lessonUrl(question.lesson)}>{examText.revise(titleOf(question.lesson))}</a>
              </p>
            </li>
          );
        })}
      </ol>
      <button type="button" class="btn" onClick={onAgain}>
        {examText.again}
      </button>
    </section>
  );
}
