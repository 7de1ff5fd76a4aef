/** Home page "Học tiếp": the next lesson for the active learner, or the first lesson. */
import { useStore } from '@nanostores/preact';
import { $progress, nextLesson } from '../stores/progress';
import { t } from '../i18n/progress';

interface Props {
  lessons: { id: string; title: string; href: string }[];
}

export default function ContinueLearning({ lessons }: Props) {
  const progress = useStore($progress);
  const nextId = nextLesson(progress, lessons.map((l) => l.id));
  const target = lessons.find((l) => l.id === nextId);
  const first = lessons[0];
  if (!first) return null;
  return (
    <p class="continue">
      <a class="btn" href={(target ?? first).href}>
        {target ? `${t.continueHeading}: ${target.title}` : `${t.continueStart}: ${first.title}`}
      </a>
    </p>
  );
}
