/**
 * On a lesson page: records the visit and offers "Đánh dấu đã học". The page itself reads
 * fine without it; this only adds what needs the learner's stored progress.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $progress, markLessonDone, markLessonNotDone, markLessonVisited } from '../stores/progress';
import { t } from '../i18n/progress';

export default function LessonDone({ lessonId }: { lessonId: string }) {
  const progress = useStore($progress);
  const done = Boolean(progress[lessonId]?.doneAt);
  // Rendered only once hydrated: without JavaScript the button could not work.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    markLessonVisited(lessonId);
    setReady(true);
  }, [lessonId]);
  if (!ready) return null;
  return (
    <div class="lesson-done">
      <button
        type="button"
        class={done ? 'btn btn--secondary' : 'btn'}
        aria-pressed={done}
        onClick={() => (done ? markLessonNotDone(lessonId) : markLessonDone(lessonId))}
      >
        {done ? `✓ ${t.done}` : t.markDone}
      </button>
    </div>
  );
}
