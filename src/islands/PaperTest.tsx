/**
 * An exam as a paper test with its answer key on a separate page, drawn by the same engine as
 * the on-screen exam. The page is built with a fixed seed so it prints without JavaScript;
 * with JavaScript, ?de=<seed> rebuilds that paper and "Đề khác" draws a new one, so a teacher
 * can hand out several papers and find each key again from the number printed on it.
 * "Chữ lớn" (?chu=lon, so a teacher can bookmark it) prints the same paper in large type.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { attemptQuestions, drawQuestionIds, type ExamRules } from '../quiz/exam';
import { newSeed, parseSeed, type Seed } from '../quiz/random';
import type { AnyPrepared, BankQuestion } from '../quiz/types';
import { answerKey } from '../quiz/answer-key';
import { letter, paperText } from '../i18n/quiz-paper';
import { RichText } from './RichText';
import { SpotPicture } from './SpotPicture';

interface Props {
  title: string;
  rules: ExamRules;
  bank: BankQuestion[];
  /** Seed of the paper built into the page. */
  defaultSeed: Seed;
}

export default function PaperTest({ title, rules, bank, defaultSeed }: Props) {
  const [seed, setSeed] = useState(defaultSeed);
  const [large, setLarge] = useState(false);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const wanted = parseSeed(params.get('de'));
    if (wanted !== undefined) setSeed(wanted);
    setLarge(params.get(LARGE_PARAM) === LARGE_VALUE);
    setReady(true);
  }, []);
  const questions = useMemo(
    () => attemptQuestions(bank, drawQuestionIds(bank, rules, seed), seed),
    [bank, rules, seed],
  );

  const another = () => {
    // Six digits are easy to copy from a paper back into the address.
    const next = 100000 + (newSeed() % 900000);
    setParam('de', String(next));
    setSeed(next);
  };
  const toggleLarge = (on: boolean) => {
    setParam(LARGE_PARAM, on ? LARGE_VALUE : undefined);
    setLarge(on);
  };

  return (
    <div class={large ? 'paper paper--large' : 'paper'}>
      {ready && (
        <div class="paper-tools no-print">
          <button type="button" class="btn" onClick={() => print()}>
            {paperText.print}
          </button>
          <button type="button" class="btn btn--secondary" onClick={another}>
            {paperText.another}
          </button>
          <label class="paper-large-toggle">
            <input type="checkbox" checked={large} onChange={(e) => toggleLarge(e.currentTarget.checked)} />
            {paperText.largePrint}
          </label>
          <p class="meta">{paperText.hint}</p>
        </div>
      )}
      <section class="paper-sheet" aria-labelledby="paper-h">
        <h2 id="paper-h">
          {title} — {paperText.code(seed)}
        </h2>
        <p>{paperText.rules(rules.minutes, questions.length, rules.passPercent)}</p>
        <p class="paper-fill">
          <span>{paperText.name}</span>
          <span class="paper-line" />
        </p>
        <p class="paper-fill">
          <span>{paperText.date}</span>
          <span class="paper-line" />
        </p>
        <ol class="paper-questions">
          {questions.map((q) => (
            <li key={q.id} class="paper-q">
              <p class="paper-q__prompt">
                <RichText text={q.prompt} />
              </p>
              <PaperQuestion q={q} />
            </li>
          ))}
        </ol>
      </section>
      <section class="paper-key" aria-labelledby="paper-key-h">
        <h2 id="paper-key-h">{paperText.keyFor(seed)}</h2>
        <ol class="paper-key__list">
          {questions.map((q) => (
            <li key={q.id}>{answerKey(q)}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}

const LARGE_PARAM = 'chu';
const LARGE_VALUE = 'lon';

/** Keeps the other settings in the address when one changes, so the address stays bookmarkable. */
function setParam(name: string, value: string | undefined) {
  const params = new URLSearchParams(location.search);
  if (value === undefined) params.delete(name);
  else params.set(name, value);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function Lettered({ items }: { items: { key: string | number; text: string }[] }) {
  return (
    <ul class="paper-options">
      {items.map((item, i) => (
        <li key={item.key}>
          <span class="paper-box" aria-hidden="true" /> {letter(i)}. <RichText text={item.text} />
        </li>
      ))}
    </ul>
  );
}

function PaperQuestion({ q }: { q: AnyPrepared }) {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return (
        <>
          <p class="paper-hint">{q.type === 'single' ? paperText.single : paperText.multiple}</p>
          <Lettered items={q.view.options} />
        </>
      );
    case 'truefalse':
      return (
        <>
          <p class="paper-hint">{paperText.truefalse}</p>
          <p>
            {paperText.trueWord} / {paperText.falseWord}
          </p>
        </>
      );
    case 'order':
      return (
        <>
          <p class="paper-hint">{paperText.order}</p>
          <Lettered items={q.view.steps} />
        </>
      );
    case 'match':
      return (
        <>
          <p class="paper-hint">{paperText.match}</p>
          <div class="paper-match">
            <ol>
              {q.view.left.map((l) => (
                <li key={l.key}>
                  <RichText text={l.text} />
                </li>
              ))}
            </ol>
            <ul class="paper-letters">
              {q.view.right.map((r, i) => (
                <li key={r.key}>
                  {letter(i).toLowerCase()}. {r.text}
                </li>
              ))}
            </ul>
          </div>
          <p>{q.view.left.map((_, i) => paperText.matchBlank(i + 1)).join('    ')}</p>
        </>
      );
    case 'spot': {
      const letters: Record<string, string> = {};
      q.view.regions.forEach((r, i) => {
        letters[r.id] = letter(i);
      });
      return (
        <>
          <p class="paper-hint">{paperText.spot}</p>
          <div class="paper-spot">
            <SpotPicture image={q.view.image} regions={q.view.regions} look={() => 'plain'} letters={letters} />
          </div>
          <Lettered items={q.view.regions.map((r) => ({ key: r.id, text: r.label }))} />
        </>
      );
    }
  }
}
