/**
 * Reading a chosen backup file, and what an import would change, learner by learner, before
 * anything changes: where each incoming learner goes (merged into someone on this device,
 * added, or left out) and what it adds. Used for backup files and QR transfers alike; loaded
 * only once the learner picks a file or receives a transfer.
 */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $learners } from '../stores/profiles';
import { HISTORY_LIMIT } from '../stores/attempts';
import { defaultTarget, importLearners, readLearner, type ImportTarget } from '../stores/learner-data';
import { previewMerge } from '../lib/backup/merge';
import { emptyLearnerData, type LearnerBundle } from '../lib/backup/types';
import { fileProblems, importText as t, learnerProblem } from '../i18n/profiles-transfer';
import { vnDate } from '../i18n/profiles-pages';
import { MAX_BACKUP_BYTES, readBackupText } from '../lib/backup/file';
import ProfileAvatar from './ProfileAvatar';

/** Learners waiting for the learner's decision, and where they come from. */
export type PendingImport = { from: 'file'; exportedAt: string; learners: LearnerBundle[] } | { from: 'transfer'; learners: LearnerBundle[] };

/** Checks a chosen file; the message says what is wrong and that nothing changed. */
export async function checkBackupFile(file: File): Promise<{ ok: true; pending: PendingImport } | { ok: false; message: string }> {
  const refuse = (message: string) => ({ ok: false as const, message: `${message} ${t.nothingChanged}` });
  if (file.size > MAX_BACKUP_BYTES) return refuse(fileProblems['too-large']);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse(fileProblems['read-failed']);
  }
  const read = await readBackupText(text);
  if (!read.ok) return refuse('learner' in read ? learnerProblem(read.problem, read.learner) : fileProblems[read.problem]);
  return { ok: true, pending: { from: 'file', exportedAt: read.file.exportedAt, learners: read.file.learners } };
}

export const cancelledText = t.cancelled;

interface Props {
  pending: PendingImport;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const encodeTarget = (target: ImportTarget) => (target.kind === 'merge' ? `merge:${target.into}` : target.kind);
const decodeTarget = (value: string): ImportTarget =>
  value.startsWith('merge:') ? { kind: 'merge', into: value.slice(6) } : value === 'skip' ? { kind: 'skip' } : { kind: 'new' };

export default function BackupPreview({ pending, onDone, onCancel }: Props) {
  const { learners } = pending;
  const source =
    pending.from === 'file' ? t.previewFile(pending.exportedAt ? vnDate(pending.exportedAt) : '?', learners.length) : t.previewTransfer(learners.length);
  const state = useStore($learners);
  const [targets, setTargets] = useState<ImportTarget[]>(() => learners.map((l) => defaultTarget(l, state.profiles)));
  const [problem, setProblem] = useState('');

  const previews = useMemo(
    () =>
      learners.map((bundle, i) => {
        const target = targets[i] ?? { kind: 'new' };
        if (target.kind === 'skip') return undefined;
        const local = target.kind === 'merge' ? readLearner(target.into) : emptyLearnerData();
        return previewMerge(local, bundle.data, HISTORY_LIMIT);
      }),
    [learners, targets],
  );

  const confirm = () => {
    const result = importLearners(learners.map((bundle, i) => ({ bundle, target: targets[i] ?? { kind: 'new' } })));
    if (!result.ok) {
      setProblem(t.tooMany);
      return;
    }
    onDone(t.imported(result.profiles.map((p) => p.name)));
  };

  return (
    <section class="backup-preview card" aria-labelledby="xem-truoc">
      <h3 id="xem-truoc">{t.previewHeading}</h3>
      <p>{source}</p>
      <p class="meta">{t.previewRule}</p>
      <ul class="backup-preview__list">
        {learners.map((bundle, i) => {
          const preview = previews[i];
          const selectId = `dich-${i}`;
          const adds = preview
            ? [
                preview.lessonsDone > 0 && t.addLessonsDone(preview.lessonsDone),
                preview.lessonsOpened > 0 && t.addLessonsOpened(preview.lessonsOpened),
                preview.attempts > 0 && t.addAttempts(preview.attempts),
                preview.practice > 0 && t.addPractice(preview.practice),
              ].filter((x): x is string => Boolean(x))
            : [];
          return (
            <li class="backup-preview__learner" key={bundle.profile.id}>
              <p class="backup-preview__who">
                <ProfileAvatar icon={bundle.profile.icon} color={bundle.profile.color} />
                <strong>{bundle.profile.name}</strong>
              </p>
              <label for={selectId}>{t.targetLabel(bundle.profile.name)}</label>
              <select
                id={selectId}
                value={encodeTarget(targets[i] ?? { kind: 'new' })}
                onChange={(e) => {
                  const next = [...targets];
                  next[i] = decodeTarget(e.currentTarget.value);
                  setTargets(next);
                }}
              >
                {state.profiles.map((p) => (
                  <option key={p.id} value={`merge:${p.id}`}>
                    {t.targetMerge(p.name)}
                  </option>
                ))}
                <option value="new">{t.targetNew}</option>
                <option value="skip">{t.targetSkip}</option>
              </select>
              {preview &&
                (adds.length ? (
                  <p>
                    {t.adds} {adds.join(', ')}.
                  </p>
                ) : (
                  <p>{t.addNothing}</p>
                ))}
            </li>
          );
        })}
      </ul>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="button-row">
        <button type="button" class="btn" onClick={confirm}>
          {t.confirm}
        </button>
        <button type="button" class="btn btn--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </section>
  );
}
