/**
 * Marks the page while an exam attempt is running, so the update prompt waits until the
 * learner has finished: a new version never replaces the page in the middle of an exam.
 */
const FLAG = 'examInProgress';

export function setExamInProgress(running: boolean): void {
  if (typeof document === 'undefined') return;
  if (running) document.documentElement.dataset[FLAG] = 'true';
  else delete document.documentElement.dataset[FLAG];
  document.dispatchEvent(new CustomEvent('exam-state-change'));
}

export function isExamInProgress(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset[FLAG] === 'true';
}
