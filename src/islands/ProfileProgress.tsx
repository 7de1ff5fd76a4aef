/**
 * "Tiến độ của tôi" for the active learner: who is learning, a progress bar and the lessons
 * done in each module, the exams taken with scores and dates (from the attempts history),
 * certificates, and "Xóa dữ liệu của tôi". Drawn after hydration: the learner's data lives
 * only in this browser, the server knows none of it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $activeProfile, $guest } from '../stores/profiles';
import { $progress, countDone } from '../stores/progress';
import { $attempts, type Attempt } from '../stores/attempts';
import { adoptOrphans, deleteLearner } from '../stores/learner-data';
import { notice } from '../i18n/profiles';
import { progressPage as t, vnDate } from '../i18n/profiles-pages';
import { t as progressText } from '../i18n/progress';
import { url } from '../lib/paths';
import ProfileAvatar from './ProfileAvatar';
import ProfileCertificates from './ProfileCertificates';

export interface CourseSummary {
  modules: { id: string; title: string; href: string; lessons: { id: string; title: string; href: string }[] }[];
  exams: { id: string; title: string; href: string }[];
}

const percentOf = (a: Attempt) => (a.grade && a.grade.total > 0 ? Math.round((100 * a.grade.earned) / a.grade.total) : 0);

function bestOf(attempts: Attempt[]): Attempt | undefined {
  return attempts.reduce<Attempt | undefined>((best, a) => (!best || percentOf(a) > percentOf(best) ? a : best), undefined);
}

function ExamCard({ title, href, attempts }: { title: string; href: string; attempts: Attempt[] }) {
  const best = bestOf(attempts);
  const last = attempts[0];
  if (!best?.grade || !last) return null;
  const passed = attempts.some((a) => a.grade?.passed);
  return (
    <li class="card">
      <h3>
        <a class="card__link" href={href}>
          {title}
        </a>
      </h3>
      <p>
        <span class={`badge ${passed ? 'badge--ok' : 'badge--todo'}`}>{passed ? t.passed : t.notPassed}</span>{' '}
        {t.best(best.grade.earned, best.grade.total)} ({t.percent(percentOf(best))})
      </p>
      <p class="meta">
        {t.attempts(attempts.length)}, {t.lastOn(last.submittedAt ?? last.startedAt)}
      </p>
      <div class="table-scroll">
        <table class="attempt-table">
          <caption class="visually-hidden">{t.historyCaption(title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colDate}</th>
              <th scope="col">{t.colScore}</th>
              <th scope="col">{t.colResult}</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <tr key={a.startedAt}>
                <td>{vnDate(a.submittedAt ?? a.startedAt)}</td>
                <td>
                  {a.grade ? `${a.grade.earned}/${a.grade.total}` : '–'}
                  {a.timedOut ? ` (${t.timedOut})` : ''}
                </td>
                <td>{a.grade?.passed ? t.passed : t.notPassed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </li>
  );
}

function DeleteMyData() {
  const profile = useStore($activeProfile);
  const guest = useStore($guest);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const keep = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  const remove = () => {
    const name = profile.name;
    deleteLearner(profile.id);
    setConfirming(false);
    setStatus(t.deleted(name));
    statusRef.current?.focus();
  };
  return (
    <section class="profile-section" aria-labelledby="xoa-du-lieu">
      <h2 id="xoa-du-lieu">{t.deleteHeading}</h2>
      <p class="profile-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {guest ? (
        <p>{t.guestNothingToDelete}</p>
      ) : (
        <>
          <p>{t.deleteIntro(profile.name)}</p>
          {confirming ? (
            <div class="profile-confirm" role="alert">
              <p>{t.deleteConfirm(profile.name)}</p>
              <div class="button-row">
                <button type="button" class="btn btn--danger" onClick={remove}>
                  {t.deleteYes}
                </button>
                <button type="button" class="btn btn--secondary" ref={keep} onClick={() => setConfirming(false)}>
                  {t.deleteNo}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" class="btn btn--secondary" onClick={() => setConfirming(true)}>
              {t.deleteButton}
            </button>
          )}
        </>
      )}
    </section>
  );
}

export default function ProfileProgress({ course }: { course: CourseSummary }) {
  const profile = useStore($activeProfile);
  const guest = useStore($guest);
  const progress = useStore($progress);
  const attempts = useStore($attempts);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    adoptOrphans();
    setReady(true);
  }, []);
  if (!ready) return null;

  const history = [...attempts.history].reverse();
  const exams = course.exams
    .map((exam) => ({ ...exam, attempts: history.filter((a) => a.examId === exam.id && a.grade) }))
    .filter((exam) => exam.attempts.length > 0);

  return (
    <div class="profile-progress">
      <div class="learner-card">
        <ProfileAvatar icon={profile.icon} color={profile.color} size="large" />
        <div>
          <p class="learner-card__name">
            <span class="meta">{t.learner}: </span>
            <strong>{guest ? notice.guestName : profile.name}</strong>
          </p>
          <a href={url('/nguoi-hoc/')}>{t.change}</a>
        </div>
      </div>
      {guest && <p class="callout">{t.guest}</p>}

      <section class="profile-section" aria-labelledby="cac-hoc-phan">
        <h2 id="cac-hoc-phan">{t.modulesHeading}</h2>
        <ul class="card-list">
          {course.modules.map((m) => {
            const ids = m.lessons.map((l) => l.id);
            const done = countDone(progress, ids);
            const doneLessons = m.lessons.filter((l) => progress[l.id]?.doneAt);
            return (
              <li class="card" key={m.id}>
                <h3>
                  <a class="card__link" href={m.href}>
                    {m.title}
                  </a>
                </h3>
                <div class="module-progress">
                  <progress
                    class="progress"
                    max={ids.length}
                    value={done}
                    aria-label={`${t.modulesHeading}: ${m.title}`}
                    aria-valuetext={progressText.lessonsDone(done, ids.length)}
                  />
                  <span class="meta">{progressText.lessonsDone(done, ids.length)}</span>
                </div>
                {doneLessons.length > 0 ? (
                  <details class="done-lessons">
                    <summary>{t.doneList(doneLessons.length)}</summary>
                    <ul>
                      {doneLessons.map((l) => (
                        <li key={l.id}>
                          <a href={l.href}>{l.title}</a> <span class="meta">({t.doneOn(progress[l.id]!.doneAt!)})</span>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : (
                  <p class="meta">{t.noLessonDone}</p>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section class="profile-section" aria-labelledby="bai-kiem-tra">
        <h2 id="bai-kiem-tra">{t.examsHeading}</h2>
        {exams.length === 0 ? (
          <p>{t.examsNone}</p>
        ) : (
          <ul class="card-list">
            {exams.map((exam) => (
              <ExamCard key={exam.id} title={exam.title} href={exam.href} attempts={exam.attempts} />
            ))}
          </ul>
        )}
      </section>

      {/* HOOK: the certificate feature passes the learner's certificates here (see ProfileCertificates). */}
      <ProfileCertificates certificates={[]} />
      <DeleteMyData />
    </div>
  );
}
