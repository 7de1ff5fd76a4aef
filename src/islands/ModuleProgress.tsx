/** A module's progress bar: how many of its lessons the active learner marked done. */
import { useStore } from '@nanostores/preact';
import { $progress, countDone } from '../stores/progress';
import { t } from '../i18n/vi';

export default function ModuleProgress({ lessonIds, label }: { lessonIds: string[]; label: string }) {
  const progress = useStore($progress);
  const done = countDone(progress, lessonIds);
  const total = lessonIds.length;
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div class="module-progress">
      <span
        class="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t.progress.lessonsDone(done, total)}
      >
        <span class="progress__fill" style={{ width: `${percent}%` }} />
      </span>
      <span class="meta">{t.progress.lessonsDone(done, total)}</span>
    </div>
  );
}
