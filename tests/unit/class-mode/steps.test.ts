/**
 * The class-mode step machine: a presentation is a line of steps (question, its answer, next
 * question … end screen) that next/previous walk one at a time, with a blank screen beside it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionForKey,
  applyCommand,
  endStep,
  isEnd,
  isRevealed,
  questionAt,
  startState,
  type ShowCommand,
  type ShowState,
} from '../../../src/lib/class-mode/steps';

const total = fc.integer({ min: 1, max: 30 });
const command = fc.constantFrom<ShowCommand>('next', 'prev', 'first', 'last', 'blank');
const run = (commands: ShowCommand[], n: number, from: ShowState = startState) =>
  commands.reduce((state, c) => applyCommand(state, c, n), from);

describe('applyCommand', () => {
  it('reveals the answer before moving to the next question', () => {
    const revealed = applyCommand(startState, 'next', 3);
    expect(revealed).toEqual({ step: 1, blank: false });
    expect(questionAt(revealed.step)).toBe(0);
    expect(isRevealed(revealed.step)).toBe(true);
    const second = applyCommand(revealed, 'next', 3);
    expect(questionAt(second.step)).toBe(1);
    expect(isRevealed(second.step)).toBe(false);
  });

  it('ends on an end screen after the last answer and stays there', () => {
    const end = run(['next', 'next', 'next', 'next'], 2);
    expect(isEnd(end.step, 2)).toBe(true);
    expect(applyCommand(end, 'next', 2)).toEqual(end);
  });

  it('undoes any next with a previous, and never goes before the first question', () => {
    fc.assert(
      fc.property(total, fc.nat({ max: 70 }), (n, presses) => {
        const forward = run(Array<ShowCommand>(presses).fill('next'), n);
        if (forward.step < endStep(n)) expect(applyCommand(applyCommand(forward, 'next', n), 'prev', n)).toEqual(forward);
        expect(run(Array<ShowCommand>(presses + 1).fill('prev'), n, forward)).toEqual(startState);
      }),
    );
  });

  it('keeps the step between the first question and the end screen whatever is pressed', () => {
    fc.assert(
      fc.property(total, fc.array(command, { maxLength: 60 }), (n, commands) => {
        const { step } = run(commands, n);
        expect(step).toBeGreaterThanOrEqual(0);
        expect(step).toBeLessThanOrEqual(endStep(n));
      }),
    );
  });

  it('goes Home to the first question and End to the last question, answer hidden', () => {
    const middle = run(['next', 'next', 'next'], 5);
    expect(applyCommand(middle, 'first', 5)).toEqual(startState);
    const last = applyCommand(middle, 'last', 5);
    expect(questionAt(last.step)).toBe(4);
    expect(isRevealed(last.step)).toBe(false);
  });

  it('blanks and unblanks the screen without moving', () => {
    const revealed = applyCommand(startState, 'next', 4);
    const blank = applyCommand(revealed, 'blank', 4);
    expect(blank).toEqual({ step: 1, blank: true });
    expect(applyCommand(blank, 'blank', 4)).toEqual(revealed);
  });

  it('only brings the picture back when next or previous is pressed on a blank screen', () => {
    const blank = applyCommand(applyCommand(startState, 'next', 4), 'blank', 4);
    expect(applyCommand(blank, 'next', 4)).toEqual({ step: 1, blank: false });
    expect(applyCommand(blank, 'prev', 4)).toEqual({ step: 1, blank: false });
  });

  it('jumps and unblanks with Home and End even on a blank screen', () => {
    const blank = applyCommand(startState, 'blank', 4);
    expect(applyCommand(blank, 'last', 4)).toEqual({ step: 6, blank: false });
  });

  it('stays on step 0 when the set is empty', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 20 }), (commands) => {
        expect(run(commands, 0).step).toBe(0);
      }),
    );
    expect(isEnd(0, 0)).toBe(false);
  });
});

describe('actionForKey', () => {
  it('maps the keys a presentation clicker sends', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ', 'Enter']) expect(actionForKey(key)).toBe('next');
    for (const key of ['ArrowLeft', 'PageUp']) expect(actionForKey(key)).toBe('prev');
    for (const key of ['b', 'B', '.']) expect(actionForKey(key)).toBe('blank');
    expect(actionForKey('Home')).toBe('first');
    expect(actionForKey('End')).toBe('last');
    expect(actionForKey('F5')).toBe('fullscreen');
    expect(actionForKey('Escape')).toBe('escape');
  });

  it('ignores every other key, so typing and scrolling keep working', () => {
    for (const key of ['a', 'ArrowDown', 'ArrowUp', 'Tab', 'Shift', '1']) expect(actionForKey(key)).toBeUndefined();
  });
});
