/**
 * The simulator on a lesson page: a generic phone frame labelled "Mô phỏng" that draws the
 * screen the step engine says, with hotspots as labelled buttons. Loaded on demand by
 * components/Simulator.astro when the learner presses "Bắt đầu mô phỏng" (mount() below), so
 * its code never weighs on pages or visits that do not use it.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { SimulatorData } from '../schemas/simulator';
import { currentScreenId, highlighted, hint, isFinished, result, start, tap, toggleShowMe, type Feedback, type SimState } from '../simulator/engine';
import { $simulators, recordSimulatorRun } from '../stores/simulators';
import { simText as t } from '../i18n/simulator';

/** What the page hands over: the simulator without its placement. */
export type SimulatorProps = { id: string; sim: Omit<SimulatorData, 'lesson'> };

function feedbackText(feedback: Feedback): string {
  if (feedback.kind === 'right') return [t.right, feedback.explain].filter(Boolean).join(' ');
  if (feedback.kind !== 'hint') return '';
  const lead = { 'wrong-tap': feedback.wrong ?? t.wrongTap, 'wrong-input': t.wrongInput, pause: t.paused, asked: '', 'show-me': '' }[feedback.reason];
  return `${lead ? `${lead} ` : ''}${t.hintLabel}: ${feedback.hint}`;
}

/** A made-up pattern that reads as "a QR code" and encodes nothing. */
function FakeQr() {
  const cells: [number, number][] = [];
  for (let y = 0; y < 11; y++) for (let x = 0; x < 11; x++) if ((x * 7 + y * 3 + x * y) % 5 < 2) cells.push([x, y]);
  return (
    <svg class="sim-qr" viewBox="0 0 11 11" aria-hidden="true" focusable="false">
      {cells.map(([x, y]) => <rect x={x} y={y} width="1" height="1" />)}
    </svg>
  );
}

export default function Simulator({ id, sim }: SimulatorProps) {
  const [state, setState] = useState<SimState>(start);
  const [values, setValues] = useState<Record<string, string>>({});
  const records = useStore($simulators);
  const heading = useRef<HTMLHeadingElement>(null);
  const finished = isFinished(sim, state);
  const screenId = currentScreenId(sim, state);
  const screen = sim.screens.find((s) => s.id === screenId) ?? sim.screens[0]!;
  const step = sim.steps[state.step];
  const shown = highlighted(sim, state);

  useEffect(() => heading.current?.focus(), [screenId, finished]);
  useEffect(() => {
    if (finished) {
      recordSimulatorRun(id, result(sim, state));
      return undefined;
    }
    const timer = setTimeout(() => setState((s) => (s.feedback.kind === 'hint' ? s : hint(sim, s, 'pause'))), sim.pauseHintSeconds * 1000);
    return () => clearTimeout(timer);
  }, [state, finished]);

  const key = (input: string) => `${screen.id}:${input}`;
  const onTap = (hotspot: string) => {
    const typed: Record<string, string> = {};
    for (const input of screen.inputs) typed[input.id] = values[key(input.id)] ?? '';
    setState((s) => tap(sim, s, { hotspot, values: typed }));
  };
  const restart = () => {
    setValues({});
    setState(start());
  };

  if (finished) {
    const { unaided, total } = result(sim, state);
    const best = records[id];
    return (
      <div class="sim sim--done">
        <h3 ref={heading} tabIndex={-1}>{t.doneHeading}</h3>
        <p class="sim__feedback" role="status">{feedbackText(state.feedback)}</p>
        <p>{sim.finish}</p>
        <p class="sim__result">{t.result(unaided, total)}</p>
        {best && best.total === total ? <p>{t.best(best.bestUnaided, total)}</p> : null}
        <p class="meta">{t.saved}</p>
        <button type="button" class="btn" onClick={restart}>{t.again}</button>
      </div>
    );
  }

  return (
    <div class="sim">
      <p class="sim__task">
        <span class="sim__count">{t.step(state.step + 1, sim.steps.length)}</span> {t.task}: <strong>{step?.goal}</strong>
      </p>
      <div class="sim__phone" role="group" aria-label={t.phone(sim.app)}>
        <div class="sim__bar">
          <span>{sim.app}</span>
          <span class="sim__tag">{t.tag}</span>
        </div>
        <div class="sim__screen">
          <h3 ref={heading} tabIndex={-1}>{screen.title}</h3>
          {screen.body.map((block) => (
            <div class={`sim-block sim-block--${block.style}`}>
              {block.from ? <p class="sim-block__from">{block.from}</p> : null}
              {block.style === 'qr' ? <FakeQr /> : null}
              <p>{block.text}</p>
            </div>
          ))}
          {screen.inputs.map((input) => {
            const common = {
              id: `sim-${id}-${screen.id}-${input.id}`,
              value: values[key(input.id)] ?? '',
              autoComplete: 'off',
              onInput: (e: Event) => {
                const value = (e.currentTarget as HTMLInputElement).value;
                setValues((v) => ({ ...v, [key(input.id)]: value }));
              },
            };
            return (
              <div class="sim-field">
                <label for={common.id}>{input.label}</label>
                {input.type === 'textarea' ? (
                  <textarea {...common} rows={3} />
                ) : (
                  <input {...common} type={input.type === 'passcode' ? 'password' : 'text'} inputMode={input.type === 'text' ? 'text' : 'numeric'} />
                )}
              </div>
            );
          })}
          <div class="sim__hotspots">
            {screen.hotspots.map((h) => (
              <button type="button" class={`sim-hot sim-hot--${h.kind}${shown === h.id ? ' sim-hot--shown' : ''}`} onClick={() => onTap(h.id)}>
                {h.label}
                {shown === h.id ? <span class="sim-hot__here"> ← {t.hereTag}</span> : null}
              </button>
            ))}
          </div>
        </div>
      </div>
      <p class="sim__feedback" role="status" aria-live="polite">{feedbackText(state.feedback)}</p>
      <div class="sim__tools">
        <button type="button" class="btn btn--secondary" onClick={() => setState((s) => hint(sim, s))}>{t.hintButton}</button>
        <button type="button" class="btn btn--secondary" aria-pressed={state.showMe} onClick={() => setState((s) => toggleShowMe(sim, s))}>{t.showMe}</button>
        <button type="button" class="btn btn--secondary" onClick={restart}>{t.restart}</button>
      </div>
    </div>
  );
}

/** Replaces a server-rendered simulator's start button with the simulator itself. */
export function mount(start: HTMLElement): void {
  const root = start.closest<HTMLElement>('[data-sim]');
  const stage = root?.querySelector<HTMLElement>('[data-sim-stage]');
  const data = root?.dataset.sim;
  const id = root?.dataset.simId;
  if (!start.isConnected || !stage || !data || !id) return;
  start.remove();
  render(<Simulator id={id} sim={JSON.parse(data) as SimulatorProps['sim']} />, stage);
}
