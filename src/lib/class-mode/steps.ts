/**
 * The step machine of the projector class mode, kept free of the DOM so the teacher's
 * clicker behaves the same everywhere and is tested in isolation.
 *
 * A presentation is a straight line of steps, like slides: question 1, its answer, question 2,
 * its answer, … and an end screen. "Next" and "previous" walk that line one step, so a clicker
 * with two buttons can always undo a press. The blank screen (B or . in presentation software)
 * sits beside the line: while blank, a next/previous press only brings the picture back, so a
 * teacher who blanked the screen to talk never skips a question by accident.
 */

export interface ShowState {
  /** 2·i shows question i (from 0) without its answer, 2·i + 1 with it; 2·total is the end. */
  step: number;
  /** The projected picture is black. */
  blank: boolean;
}

export type ShowCommand = 'next' | 'prev' | 'first' | 'last' | 'blank';

export const startState: ShowState = { step: 0, blank: false };

/** The last step: the end screen, or step 0 when there is nothing to show. */
export const endStep = (total: number): number => Math.max(0, 2 * total);

/** Index (from 0) of the question a step shows; on the end screen, total. */
export const questionAt = (step: number): number => Math.floor(step / 2);

export const isRevealed = (step: number): boolean => step % 2 === 1;

export const isEnd = (step: number, total: number): boolean => total > 0 && step >= endStep(total);

/** The state after a command, for a presentation of `total` questions. */
export function applyCommand(state: ShowState, command: ShowCommand, total: number): ShowState {
  if (command === 'blank') return { ...state, blank: !state.blank };
  if (state.blank && (command === 'next' || command === 'prev')) return { ...state, blank: false };
  const last = endStep(total);
  const clamp = (step: number) => Math.min(last, Math.max(0, step));
  switch (command) {
    case 'next':
      return { step: clamp(state.step + 1), blank: false };
    case 'prev':
      return { step: clamp(state.step - 1), blank: false };
    case 'first':
      return { step: 0, blank: false };
    case 'last':
      // The last question, not yet answered: the class still has to think about it.
      return { step: clamp(2 * (total - 1)), blank: false };
  }
}

/** Actions a key can ask for; the island decides what "escape" and "fullscreen" do. */
export type KeyAction = ShowCommand | 'fullscreen' | 'escape';

/**
 * Keys of a laptop keyboard and of presentation clickers (which send arrows, Page Up/Down,
 * "b" or "." to blank and F5/Escape to start and stop a slideshow).
 */
export function actionForKey(key: string): KeyAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
    case 'Enter':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'F5':
      return 'fullscreen';
    case 'Escape':
    case 'Esc':
      return 'escape';
    default:
      return undefined;
  }
}
