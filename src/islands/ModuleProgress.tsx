/** A module's progress bar: how many of its lessons the active learner marked done. */
import { useStore } from '@nanostores/preact';
import { $progress, countDone } from '../stores/progress';
import { t } from '../i18n/progress';

export default function ModuleProgress({ lessonIds, label }: { lessonIds: string[]; label: string }) {
  const progress = useStore($progress);
  const done = countDone(progress, lessonIds);
  const total = lessonIds.length;
  return (
    <div class="module-progress">
      <progress class="progress" max={total} value={done} aria-label={label} aria-valuetext={t.lessonsDone(done, total)} />
      <span class="meta">{t.lessonsDone(done, total)}</span>
    </div>
  );
}
