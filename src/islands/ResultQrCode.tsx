/**
 * The result QR panel, loaded on demand by ResultQr. A guest, or a learner still called
 * "Người học 1", types the name the teacher will see first; a named learner goes straight to
 * the code. Draws the code as one SVG path (no canvas, no inline style), large enough for a
 * laptop webcam across a table, and shows its text for a teacher who types or pastes it.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { $activeProfile, checkName, NAME_MAX_LENGTH } from '../stores/profiles';
import type { Attempt } from '../stores/attempts';
import type { ExamResult } from '../quiz/exam';
import { qrPath } from '../lib/qr-svg';
import { encodeResult, makeResult, type ResultInput } from '../lib/class-results/format';
import { resultQrText as t } from '../i18n/result-qr';
import type { ResultQrProps } from './ResultQr';

/** What the code says, from the attempt and its grade. Time taken stops at the deadline. */
function resultInput(attempt: Attempt, result: ExamResult, name: string): ResultInput {
  const submittedAt = attempt.submittedAt ?? Date.now();
  const taken = Math.min(submittedAt, attempt.deadline) - attempt.startedAt;
  return {
    examId: attempt.examId,
    name,
    earned: result.earned,
    total: result.total,
    passed: result.passed,
    asked: result.questions.map((q) => q.question.id),
    wrong: result.questions.filter((q) => !q.right).map((q) => q.question.id),
    submittedAt,
    seconds: Math.max(0, taken) / 1000,
  };
}

export default function ResultQrCode({ attempt, result, onHide }: ResultQrProps) {
  const profile = useStore($activeProfile);
  const named = !profile.guest && profile.renamedAt !== undefined;
  const [name, setName] = useState(named ? profile.name : '');
  const [confirmed, setConfirmed] = useState<string | undefined>(named ? profile.name : undefined);
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const made = useMemo(() => {
    const r = confirmed === undefined ? undefined : makeResult(resultInput(attempt, result, confirmed));
    if (!r) return undefined;
    const text = encodeResult(r);
    return { r, text, ...qrPath(text) };
  }, [confirmed, attempt.submittedAt, attempt.examId]);

  return (
    <section class="result-qr card no-print" aria-labelledby="result-qr-h">
      <h3 id="result-qr-h" ref={heading} tabIndex={-1}>
        {t.heading}
      </h3>
      <p>{t.intro}</p>
      {!made ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const checked = checkName(name);
            if ('name' in checked) {
              setProblem('');
              setConfirmed(checked.name);
            } else setProblem(checked.problem === 'empty' ? t.nameMissing : t.nameBad);
          }}
        >
          <label class="result-qr__label" for="result-qr-name">
            {t.nameLabel}
          </label>
          <input
            id="result-qr-name"
            type="text"
            autocomplete="name"
            maxLength={NAME_MAX_LENGTH}
            required
            aria-describedby="result-qr-hint"
            aria-invalid={problem ? true : undefined}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <p id="result-qr-hint" class="meta">
            {t.nameHint}
          </p>
          {problem && <p role="alert">{problem}</p>}
          <button type="submit" class="btn">
            {t.makeCode}
          </button>
        </form>
      ) : (
        <>
          <figure class="result-qr__figure">
            <svg
              class="result-qr__code"
              viewBox={`0 0 ${made.size} ${made.size}`}
              role="img"
              aria-label={t.label(made.r.name)}
              shape-rendering="crispEdges"
              data-result-text={made.text}
            >
              <rect fill="#ffffff" width={made.size} height={made.size} />
              <path fill="#000000" d={made.d} />
            </svg>
            <figcaption class="result-qr__caption">{t.caption(made.r.name, made.r.earned, made.r.total)}</figcaption>
          </figure>
          <label class="result-qr__label" for="result-qr-text">
            {t.textLabel}
          </label>
          <textarea id="result-qr-text" class="result-qr__text" readOnly rows={3} value={made.text} />
        </>
      )}
      <p>
        <button type="button" class="btn btn--secondary" onClick={onHide}>
          {t.hide}
        </button>
      </p>
    </section>
  );
}
