/**
 * The controls a learner answers with, one set per question type, shared by the practice
 * quiz and the exam. Everything works by tapping, mouse or keyboard: real radio buttons,
 * checkboxes, selects and buttons with labels; ordering uses Up/Down buttons and the spot
 * picture has an equivalent list of checkboxes, so nothing needs dragging or sight.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { scorers } from '../quiz/scorers';
import type { AnyPrepared, PreparedQuestion, UserInput } from '../quiz/types';
import { inputText } from '../i18n/quiz';
import { RichText } from './RichText';
import { SpotPicture } from './SpotPicture';

interface Props {
  q: AnyPrepared;
  /** The stored or local input, read with the question type's parser. */
  value: unknown;
  onChange: (input: unknown) => void;
  /** Unique per question on the page: names radio groups and ids. */
  name: string;
  /** Until the island runs: a choice made before then would look made but not count. */
  disabled?: boolean;
}

interface TypedProps<K extends AnyPrepared['type']> {
  q: PreparedQuestion<K>;
  input: UserInput<K> | undefined;
  onChange: (input: UserInput<K>) => void;
  name: string;
}

export function QuestionInput({ q, value, onChange, name, disabled }: Props) {
  return (
    <fieldset class="q" disabled={disabled}>
      <legend class="q__prompt">
        <RichText text={q.prompt} />
      </legend>
      {controls(q, value, onChange, name)}
    </fieldset>
  );
}

function controls(q: AnyPrepared, value: unknown, onChange: (input: unknown) => void, name: string) {
  switch (q.type) {
    case 'single':
      return <Single q={q} input={scorers.single.parse(value)} onChange={onChange} name={name} />;
    case 'multiple':
      return <Multiple q={q} input={scorers.multiple.parse(value)} onChange={onChange} name={name} />;
    case 'truefalse':
      return <TrueFalse q={q} input={scorers.truefalse.parse(value)} onChange={onChange} name={name} />;
    case 'order':
      return <Order q={q} input={scorers.order.parse(value)} onChange={onChange} name={name} />;
    case 'match':
      return <Match q={q} input={scorers.match.parse(value)} onChange={onChange} name={name} />;
    case 'spot':
      return <Spot q={q} input={scorers.spot.parse(value)} onChange={onChange} name={name} />;
  }
}

function Single({ q, input, onChange, name }: TypedProps<'single'>) {
  return (
    <>
      <p class="q__hint">{inputText.chooseOne}</p>
      <div class="q-options">
        {q.view.options.map((o) => (
          <label class="q-option" key={o.key}>
            <input type="radio" name={name} checked={input?.choice === o.key} onChange={() => onChange({ choice: o.key })} />
            <span>
              <RichText text={o.text} />
            </span>
          </label>
        ))}
      </div>
    </>
  );
}

function Multiple({ q, input, onChange, name }: TypedProps<'multiple'>) {
  const chosen = input?.choices ?? [];
  const toggle = (key: number) =>
    onChange({ choices: chosen.includes(key) ? chosen.filter((k) => k !== key) : [...chosen, key] });
  return (
    <>
      <p class="q__hint">{inputText.chooseAll}</p>
      <div class="q-options">
        {q.view.options.map((o) => (
          <label class="q-option" key={o.key}>
            <input type="checkbox" name={`${name}-${o.key}`} checked={chosen.includes(o.key)} onChange={() => toggle(o.key)} />
            <span>
              <RichText text={o.text} />
            </span>
          </label>
        ))}
      </div>
    </>
  );
}

function TrueFalse({ input, onChange, name }: TypedProps<'truefalse'>) {
  return (
    <div class="q-options q-options--inline">
      {[true, false].map((value) => (
        <label class="q-option" key={String(value)}>
          <input type="radio" name={name} checked={input?.value === value} onChange={() => onChange({ value })} />
          <span>{value ? inputText.trueLabel : inputText.falseLabel}</span>
        </label>
      ))}
    </div>
  );
}

function Order({ q, input, onChange, name }: TypedProps<'order'>) {
  const shown = q.view.steps.map((s) => s.key);
  const valid = input !== undefined && input.sequence.length === shown.length && shown.every((k) => input.sequence.includes(k));
  const sequence = valid ? input.sequence : shown;
  const textOf = (key: number) => q.view.steps.find((s) => s.key === key)?.text ?? '';
  const [message, setMessage] = useState('');
  const refocus = useRef<{ key: number; dir: 'up' | 'down' } | null>(null);

  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const wanted = document.getElementById(`${name}-${target.key}-${target.dir}`);
    const other = document.getElementById(`${name}-${target.key}-${target.dir === 'up' ? 'down' : 'up'}`);
    const el = wanted instanceof HTMLButtonElement && !wanted.disabled ? wanted : other;
    el?.focus();
  });

  const move = (index: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? index - 1 : index + 1;
    const next = sequence.slice();
    const key = next[index];
    const swapped = next[to];
    if (key === undefined || swapped === undefined) return;
    next[index] = swapped;
    next[to] = key;
    refocus.current = { key, dir };
    setMessage(inputText.moved(textOf(key), to + 1, next.length));
    onChange({ sequence: next });
  };

  return (
    <>
      <p class="q__hint">{inputText.orderHint}</p>
      <ol class="q-order">
        {sequence.map((key, i) => {
          const text = textOf(key);
          return (
            <li class="q-order__item" key={key}>
              <span class="q-order__text">
                <RichText text={text} />
              </span>
              <span class="q-order__buttons">
                <button
                  type="button"
                  class="btn btn--secondary q-order__btn"
                  id={`${name}-${key}-up`}
                  aria-label={inputText.moveUpLabel(text)}
                  disabled={i === 0}
                  onClick={() => move(i, 'up')}
                >
                  <span aria-hidden="true">↑ </span>
                  {inputText.moveUp}
                </button>
                <button
                  type="button"
                  class="btn btn--secondary q-order__btn"
                  id={`${name}-${key}-down`}
                  aria-label={inputText.moveDownLabel(text)}
                  disabled={i === sequence.length - 1}
                  onClick={() => move(i, 'down')}
                >
                  <span aria-hidden="true">↓ </span>
                  {inputText.moveDown}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {message}
      </p>
    </>
  );
}

function Match({ q, input, onChange, name }: TypedProps<'match'>) {
  const n = q.view.left.length;
  const pairs = input && input.pairs.length === n ? input.pairs : q.view.left.map(() => null);
  const choose = (left: number, raw: string) => {
    const next = pairs.slice();
    next[left] = raw === '' ? null : Number(raw);
    onChange({ pairs: next });
  };
  return (
    <>
      <p class="q__hint">{inputText.matchHint}</p>
      <div class="q-match">
        {q.view.left.map((l) => {
          const id = `${name}-m${l.key}`;
          const chosen = pairs[l.key];
          return (
            <div class="q-match__row" key={l.key}>
              <label for={id} class="q-match__left">
                <RichText text={l.text} />
              </label>
              <select
                id={id}
                class="q-match__select"
                value={chosen === null || chosen === undefined ? '' : String(chosen)}
                onChange={(e) => choose(l.key, e.currentTarget.value)}
              >
                <option value="">{inputText.matchPlaceholder}</option>
                {q.view.right.map((r) => (
                  <option key={r.key} value={String(r.key)}>
                    {r.text}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </>
  );
}

function Spot({ q, input, onChange, name }: TypedProps<'spot'>) {
  const chosen = input?.regions ?? [];
  const toggle = (id: string) =>
    onChange({ regions: chosen.includes(id) ? chosen.filter((r) => r !== id) : [...chosen, id] });
  return (
    <>
      <p class="q__hint">{inputText.spotHint}</p>
      <SpotPicture
        image={q.view.image}
        regions={q.view.regions}
        look={(id) => (chosen.includes(id) ? 'selected' : 'plain')}
        onTap={toggle}
      />
      <p class="q__hint" id={`${name}-list`}>
        {inputText.spotList}
      </p>
      <div class="q-options" role="group" aria-labelledby={`${name}-list`}>
        {q.view.regions.map((r) => (
          <label class="q-option" key={r.id}>
            <input type="checkbox" name={`${name}-${r.id}`} checked={chosen.includes(r.id)} onChange={() => toggle(r.id)} />
            <span>{r.label}</span>
          </label>
        ))}
      </div>
    </>
  );
}
