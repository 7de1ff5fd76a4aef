/**
 * What a learner sees after answering, in practice and in the exam review: every option with
 * whether it is right, whether they chose it, and why. Right and wrong are said in words, not
 * by colour alone.
 */
import { scorers } from '../quiz/scorers';
import type { AnyPrepared, PreparedQuestion, UserInput } from '../quiz/types';
import { inputText, reviewText } from '../i18n/quiz';
import { RichText } from './RichText';
import { SpotPicture } from './SpotPicture';

interface TypedProps<K extends AnyPrepared['type']> {
  q: PreparedQuestion<K>;
  input: UserInput<K> | undefined;
}

/** The review of one question; `value` is the stored or local input. */
export function Review({ q, value }: { q: AnyPrepared; value: unknown }) {
  switch (q.type) {
    case 'single':
      return <Choices q={q} chosen={(i) => scorers.single.parse(value)?.choice === i} right={(i) => q.rubric.correct === i} />;
    case 'multiple': {
      const input = scorers.multiple.parse(value);
      return <Choices q={q} chosen={(i) => input?.choices.includes(i) ?? false} right={(i) => q.rubric.correct.includes(i)} />;
    }
    case 'truefalse':
      return <TrueFalse q={q} input={scorers.truefalse.parse(value)} />;
    case 'order':
      return <Order q={q} input={scorers.order.parse(value)} />;
    case 'match':
      return <Match q={q} input={scorers.match.parse(value)} />;
    case 'spot':
      return <Spot q={q} input={scorers.spot.parse(value)} />;
  }
}

function Tags({ right, chosen }: { right: boolean; chosen: boolean }) {
  if (!right && !chosen) return null;
  return (
    <p class="review-item__tags">
      {right && <span class="tag tag--right">✓ {reviewText.rightAnswer}</span>}
      {chosen && <span class={`tag ${right ? 'tag--right' : 'tag--wrong'}`}>{right ? '' : '✗ '}{reviewText.yourAnswer}</span>}
    </p>
  );
}

function itemClass(right: boolean, chosen: boolean): string {
  if (right) return 'review-item review-item--right';
  return chosen ? 'review-item review-item--wrong' : 'review-item';
}

function Choices({
  q,
  chosen,
  right,
}: {
  q: PreparedQuestion<'single'> | PreparedQuestion<'multiple'>;
  chosen: (key: number) => boolean;
  right: (key: number) => boolean;
}) {
  return (
    <ul class="review-list">
      {q.view.options.map((o) => (
        <li class={itemClass(right(o.key), chosen(o.key))} key={o.key}>
          <p class="review-item__text">
            <RichText text={o.text} />
          </p>
          <Tags right={right(o.key)} chosen={chosen(o.key)} />
          <p class="review-item__explain">{q.rubric.explain[o.key]}</p>
        </li>
      ))}
    </ul>
  );
}

const yesNo = (value: boolean) => (value ? inputText.trueLabel : inputText.falseLabel);

function TrueFalse({ q, input }: TypedProps<'truefalse'>) {
  const right = input?.value === q.rubric.answer;
  return (
    <div class={itemClass(right, input !== undefined)}>
      <p class="review-item__text">
        <strong>{reviewText.answerIs(yesNo(q.rubric.answer))}</strong>
        {input && <> · {reviewText.youSaid(yesNo(input.value))}</>}
      </p>
      <p class="review-item__explain">{q.rubric.explain}</p>
    </div>
  );
}

function Order({ q, input }: TypedProps<'order'>) {
  const textOf = (key: number) => q.view.steps.find((s) => s.key === key)?.text ?? '';
  return (
    <>
      <p class="review-sub">{reviewText.rightOrder}</p>
      <ol class="review-list">
        {q.rubric.explain.map((explain, key) => {
          const placed = input?.sequence[key];
          const right = placed === key;
          return (
            <li class={itemClass(right, input !== undefined)} key={key}>
              <p class="review-item__text">
                <RichText text={textOf(key)} />
              </p>
              {input && placed !== undefined && (
                <p class="review-item__tags">
                  <span class={`tag ${right ? 'tag--right' : 'tag--wrong'}`}>
                    {right ? '✓ ' : '✗ '}
                    {reviewText.yourOrder}: {textOf(placed)}
                  </span>
                </p>
              )}
              <p class="review-item__explain">{explain}</p>
            </li>
          );
        })}
      </ol>
    </>
  );
}

function Match({ q, input }: TypedProps<'match'>) {
  const leftOf = (key: number) => q.view.left.find((c) => c.key === key)?.text ?? '';
  const rightOf = (key: number) => q.view.right.find((c) => c.key === key)?.text ?? '';
  return (
    <ul class="review-list">
      {q.rubric.explain.map((explain, key) => {
        const chosen = input?.pairs[key];
        const right = chosen === key;
        return (
          <li class={itemClass(right, chosen !== undefined && chosen !== null)} key={key}>
            <p class="review-item__text">
              <RichText text={leftOf(key)} /> → <strong>{rightOf(key)}</strong>
            </p>
            {chosen !== undefined && chosen !== null && (
              <p class="review-item__tags">
                <span class={`tag ${right ? 'tag--right' : 'tag--wrong'}`}>
                  {right ? '✓ ' : '✗ '}
                  {reviewText.yourAnswer}: {rightOf(chosen)}
                </span>
              </p>
            )}
            <p class="review-item__explain">{explain}</p>
          </li>
        );
      })}
    </ul>
  );
}

function Spot({ q, input }: TypedProps<'spot'>) {
  const chosen = (id: string) => input?.regions.includes(id) ?? false;
  const right = (id: string) => q.rubric.correct.includes(id);
  const explainOf = (id: string) => q.rubric.explain[q.rubric.ids.indexOf(id)];
  return (
    <>
      <SpotPicture
        image={q.view.image}
        regions={q.view.regions}
        look={(id) => (right(id) ? 'right' : chosen(id) ? 'wrong' : 'plain')}
      />
      <ul class="review-list">
        {q.view.regions.map((r) => (
          <li class={itemClass(right(r.id), chosen(r.id))} key={r.id}>
            <p class="review-item__text">
              {r.label} — {right(r.id) ? reviewText.correctRegion : reviewText.okRegion}
            </p>
            <Tags right={right(r.id)} chosen={chosen(r.id)} />
            <p class="review-item__explain">{explainOf(r.id)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
