/**
 * The question → prompt and lesson map of every exam question, for the class results page's
 * "Câu khó nhất" and per-lesson averages. A separate file rather than island props, so the
 * page's HTML stays small and the map (about 15 KB gzip) loads only once there are results;
 * the service worker stores it with everything else, so it works offline.
 */
import type { APIRoute } from 'astro';
import { loadCourse } from '../../lib/course';
import type { QuestionMap } from '../../lib/class-results/question-map';

const plain = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\s+/g, ' ').trim();

export const GET: APIRoute = async () => {
  const course = await loadCourse();
  const map: QuestionMap = { q: {}, l: {} };
  for (const lesson of course.lessons) map.l[lesson.id] = lesson.data.title;
  for (const bank of course.banks) {
    for (const q of bank.data.questions) {
      const lesson = `${bank.id}/${q.lesson}`;
      if (!q.practice && lesson in map.l) map.q[q.id] = [plain(q.prompt), lesson];
    }
  }
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
