/**
 * Words every page needs about learners: the header link and the name of a learner who has not
 * chosen one. Everything else is in profiles-pages.ts, which lesson pages load only when the
 * storage notice has something to say: their JavaScript budget is tight.
 */

/** Name of a learner who has not chosen one. */
export const defaultLearnerName = (n: number) => `Người học ${n}`;

/** The header link (every page). */
export const notice = {
  whoIsLearning: 'Ai đang học?',
  guestName: 'Khách',
  changeLearner: 'đổi người học',
};
