/**
 * The teacher's classes and the results scanned into them (the /lop-hoc/ page). Kept on the
 * teacher's device as a whole, NOT per learner profile: it is the teacher's record of other
 * people's results, so it is not in learner-data.ts (deleting a learner, their backup and
 * their transfer never touch it). Like every store, while a tab is in guest mode it is kept
 * in that tab only (profiles.ts shadows localStorage); the page warns about that.
 */
import { persistentAtom } from './storage';
import {
  addResult,
  classId,
  createClass,
  deleteClass,
  emptyClasses,
  parseClasses,
  removeResult,
  renameClass,
  selectClass,
  type AddOutcome,
  type ClassChange,
  type ClassesState,
} from '../lib/class-results/classes';
import type { ClassResult } from '../lib/class-results/format';

export const CLASSES_KEY = 'hocso:lop-hoc';

export const $classes = persistentAtom<ClassesState>({
  key: CLASSES_KEY,
  version: 1,
  parse: parseClasses,
  initial: emptyClasses,
});

function apply(change: ClassChange): ClassChange {
  if (change.ok) $classes.save(change.state);
  return change;
}

export function addClass(name: string): ClassChange {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return apply(createClass($classes.get(), name, classId(bytes)));
}

export const renameClassTo = (id: string, name: string): ClassChange => apply(renameClass($classes.get(), id, name));

export function removeClass(id: string): void {
  $classes.save(deleteClass($classes.get(), id));
}

export function showClass(id: string): void {
  $classes.save(selectClass($classes.get(), id));
}

export function receiveResult(id: string, result: ClassResult): AddOutcome {
  const { state, outcome } = addResult($classes.get(), id, result);
  if (outcome === 'added') $classes.save(state);
  return outcome;
}

export function forgetResult(id: string, key: string): void {
  $classes.save(removeResult($classes.get(), id, key));
}
