/**
 * The visitor's finish screen: their score on the lesson's quick questions, two ways to carry
 * their progress away (the existing QR transfer to their own phone, or a backup file), and
 * "Kết thúc", which wipes the visitor's data and brings back the welcome screen. The QR encoder
 * and the backup code load only when asked for.
 */
import { useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { useStore } from '@nanostores/preact';
import { $practice } from '../stores/practice';
import { GUEST_ID } from '../stores/profiles';
import type { LearnerBundle } from '../lib/backup/types';
import { downloadText, travellerProfile } from '../lib/backup/export';
import { practiceScore } from '../kiosk/settings';
import { endTurn } from '../kiosk/turn';
import { kioskFinish as t } from '../i18n/kiosk';
import type { KioskLesson } from './KioskSetup';
import type { QrShowProps } from './BackupQrShow';

async function visitorBundle(): Promise<LearnerBundle> {
  const { readLearner } = await import('../stores/learner-data');
  return { profile: travellerProfile(t.guestName), data: readLearner(GUEST_ID) };
}

export default function KioskFinish({ lesson }: { lesson: KioskLesson }) {
  const results = useStore($practice);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [QrShow, setQrShow] = useState<ComponentType<QrShowProps> | undefined>();
  const [bundle, setBundle] = useState<LearnerBundle | undefined>();
  const score = practiceScore(lesson.questions, results);

  const showQr = async () => {
    const [module, made] = await Promise.all([import('./BackupQrShow'), visitorBundle()]);
    setQrShow(() => module.default);
    setBundle(made);
  };
  const saveFile = async () => {
    try {
      const [{ backupFileName, createBackupText }, made] = await Promise.all([import('../lib/backup/file'), visitorBundle()]);
      const fileName = backupFileName(t.guestName);
      downloadText(await createBackupText([made]), fileName);
      setProblem('');
      setStatus(t.downloaded(fileName));
    } catch {
      setProblem(t.saveFailed);
    }
  };

  return (
    <section class="kiosk-finish" aria-labelledby="kiosk-ket-qua">
      <h2 id="kiosk-ket-qua">{t.heading}</h2>
      <p>{t.lesson(lesson.title)}</p>
      <p class="kiosk-finish__score">
        {score.answered === 0
          ? t.none
          : score.answered < score.total
            ? t.partial(score.answered, score.total, score.right)
            : t.score(score.right, score.total)}
      </p>
      {score.answered > 0 && <p>{score.right === score.total ? t.allRight : t.thanks}</p>}
      <p>
        <a href={lesson.href}>{t.backToLesson}</a>
      </p>

      <h3>{t.saveHeading}</h3>
      <p>{t.saveIntro}</p>
      <p>{t.qrSteps}</p>
      <p class="profile-status" role="status">
        {status}
      </p>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="button-row">
        {!bundle && (
          <button type="button" class="btn btn--secondary" onClick={showQr}>
            {t.qrShow}
          </button>
        )}
        <button type="button" class="btn btn--secondary" onClick={saveFile}>
          {t.download}
        </button>
      </div>
      {bundle && QrShow && <QrShow bundle={bundle} name={t.guestName} onClose={() => setBundle(undefined)} />}
      <p class="meta">{t.downloadNote}</p>

      <h3>{t.endHeading}</h3>
      <p>{t.endIntro}</p>
      <button type="button" class="btn kiosk-end" onClick={endTurn}>
        {t.end}
      </button>
    </section>
  );
}
