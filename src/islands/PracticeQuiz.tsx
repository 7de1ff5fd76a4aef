/**
 * The practice questions at the end of a lesson: answer, press "Kiểm tra", read why every
 * option is right or wrong, try again. No timer and no score to pass; the last result of each
 * question is remembered so the progress page can show what to revise.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isAnswered, isRight, prepareQuestion, scoreAnswer } from '../quiz/scorers';
import type { BankQuestion } from '../quiz/types';
import { recordPractice } from '../stores/practice';
import { practiceText } from '../i18n/quiz';
import { QuestionInput } from './QuestionInput';
import { Review } from './Review';
import { RichText } from './RichText';
import { ReadAloudButton } from './ReadAloudButton';

interface Props {
  questions: BankQuestion[];
}

export default function PracticeQuiz({ questions }: Props) {
  return (
    <ol class="practice-list">
      {questions.map((q, i) => (
        <li key={q.id}>
          <PracticeQuestion question={q} n={i + 1} total={questions.length} />
        </li>
      ))}
    </ol>
  );
}

function PracticeQuestion({ question, n, total }: { question: BankQuestion; n: number; total: number }) {
  // The round is the shuffle seed: the page is rendered with round 0, each retry reshuffles.
  const [round, setRound] = useState(0);
  const [value, setValue] = useState<unknown>(undefined);
  const [checked, setChecked] = useState(false);
  // The page is rendered without JavaScript; answers count only once the island runs.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const q = useMemo(() => prepareQuestion(question, round), [question, round]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLParagraphElement>(null);
  const id = `lt-${question.id}`;
  const right = checked && isRight(scoreAnswer(q, value));

  const check = () => {
    recordPractice(question.id, isRight(scoreAnswer(q, value)));
    setChecked(true);
    requestAnimationFrame(() => feedbackRef.current?.focus());
  };
  const retry = () => {
    setValue(undefined);
    setChecked(false);
    setRound(round + 1);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <section class="practice-q card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} ref={headingRef} tabIndex={-1}>
        {practiceText.question(n, total)}
      </h3>
      <ReadAloudButton q={q} />
      {checked ? (
        <>
          <p class="q__prompt">
            <RichText text={q.prompt} />
          </p>
          <p ref={feedbackRef} tabIndex={-1} class={`feedback ${right ? 'feedback--right' : 'feedback--wrong'}`}>
            {right ? `✓ ${practiceText.right}` : `✗ ${practiceText.wrong}`}
          </p>
          <Review q={q} value={value} />
          <button type="button" class="btn btn--secondary" onClick={retry}>
            {practiceText.retry}
          </button>
        </>
      ) : (
        <>
          <QuestionInput q={q} value={value} onChange={setValue} name={`${id}-${round}`} disabled={!ready} />
          <button type="button" class="btn" disabled={!isAnswered(q, value)} onClick={check}>
            {practiceText.check}
          </button>
        </>
      )}
    </section>
  );
}
