/**
 * "Sao lưu và chuyển sang máy khác" on the progress page: download a backup file of the
 * active learner or of everyone, import a file (checked, previewed, then merged), move a
 * learner to another device by QR code, and recover what is readable in damaged copies.
 * The QR encoder and the camera decoder load only when the learner asks for them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ComponentType } from 'preact';
import { $activeProfile, $guest, $learners } from '../stores/profiles';
import { bundleOf, damagedCopies, discardDamaged, readLearner, salvageDamaged, type DamagedCopy } from '../stores/learner-data';
import type { LearnerBundle } from '../lib/backup/types';
import { downloadText, travellerProfile } from '../lib/backup/export';
import { notice } from '../i18n/profiles';
import { backup as t, progressPage, storageNotice } from '../i18n/profiles-pages';
import type { PendingImport } from './BackupPreview';
import type { QrShowProps } from './BackupQrShow';
import type { QrScanProps } from './BackupQrScan';

type PreviewModule = typeof import('./BackupPreview');

function Damaged() {
  const [copies, setCopies] = useState<DamagedCopy[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => setCopies(damagedCopies()), []);
  if (!copies.length && !status) return null;
  const refresh = (message: string) => {
    setStatus(message);
    setCopies(damagedCopies());
  };
  return (
    <section class="profile-section" id="du-lieu-hong" aria-labelledby="du-lieu-hong-tieu-de">
      <h2 id="du-lieu-hong-tieu-de">{progressPage.damagedHeading}</h2>
      <p role="status">{status}</p>
      {copies.length > 0 && <p>{progressPage.damagedIntro}</p>}
      <ul class="card-list">
        {copies.map((copy) => (
          <li class="card" key={copy.copyKey}>
            <p>{progressPage.damagedItem(storageNotice.stores[copy.storeKey] ?? storageNotice.otherData, copy.at)}</p>
            <div class="button-row">
              <button type="button" class="btn" onClick={() => refresh(progressPage.salvaged(salvageDamaged(copy.copyKey)))}>
                {progressPage.salvage}
              </button>
              <button
                type="button"
                class="btn btn--secondary"
                onClick={() => {
                  discardDamaged(copy.copyKey);
                  refresh(progressPage.discarded);
                }}
              >
                {progressPage.discard}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function BackupPanel() {
  const profile = useStore($activeProfile);
  const guest = useStore($guest);
  const state = useStore($learners);
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [pending, setPending] = useState<PendingImport | undefined>();
  const [preview, setPreview] = useState<PreviewModule | undefined>();
  const [QrShow, setQrShow] = useState<ComponentType<QrShowProps> | undefined>();
  const [QrScan, setQrScan] = useState<ComponentType<QrScanProps> | undefined>();
  const [qrBundle, setQrBundle] = useState<LearnerBundle | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => setReady(true), []);
  if (!ready) return null;

  const name = guest ? notice.guestName : profile.name;
  const activeBundle = (): LearnerBundle =>
    guest ? { profile: travellerProfile(notice.guestName), data: readLearner(profile.id) } : bundleOf(profile);
  const loadPreview = async () => {
    const module = preview ?? (await import('./BackupPreview'));
    setPreview(() => module);
    return module;
  };

  const exportLearners = async (learners: LearnerBundle[], who: string) => {
    const { backupFileName, createBackupText } = await import('../lib/backup/file');
    const fileName = backupFileName(who);
    downloadText(await createBackupText(learners), fileName);
    setProblem('');
    setStatus(t.exported(fileName));
  };

  const importFile = async (file: File | undefined) => {
    setStatus('');
    setProblem('');
    setPending(undefined);
    if (!file) return;
    setStatus(t.reading);
    const checked = await (await loadPreview()).checkBackupFile(file);
    setStatus('');
    if (checked.ok) setPending(checked.pending);
    else setProblem(checked.message);
  };

  const finish = (message: string) => {
    setPending(undefined);
    setStatus(message);
    if (fileInput.current) fileInput.current.value = '';
    statusRef.current?.focus();
  };

  const openQrShow = async () => {
    setQrBundle(activeBundle());
    if (!QrShow) {
      const module = await import('./BackupQrShow');
      setQrShow(() => module.default);
    }
  };
  const openQrScan = async () => {
    if (!QrScan) {
      const module = await import('./BackupQrScan');
      setQrScan(() => module.default);
    }
  };
  const Preview = preview?.default;

  return (
    <div class="backup-panel">
      <p>{t.intro}</p>
      <p class="profile-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}

      <h3>{t.exportHeading}</h3>
      <div class="button-row">
        <button type="button" class="btn" onClick={() => exportLearners([activeBundle()], name)}>
          {t.exportMe(name)}
        </button>
        {state.profiles.length > 1 && (
          <button type="button" class="btn btn--secondary" onClick={() => exportLearners(state.profiles.map(bundleOf), t.everyone)}>
            {t.exportAll(state.profiles.length)}
          </button>
        )}
      </div>

      <h3>{t.importHeading}</h3>
      {guest ? (
        <p>{t.guestNoImport}</p>
      ) : (
        <>
          <p>{t.importIntro}</p>
          <label class="file-label" for="tep-sao-luu">
            {t.importLabel}
          </label>
          <input
            ref={fileInput}
            id="tep-sao-luu"
            class="file-input"
            type="file"
            accept=".json,application/json"
            onChange={(e) => importFile(e.currentTarget.files?.[0])}
          />
        </>
      )}
      {pending && Preview && (
        <Preview pending={pending} onDone={finish} onCancel={() => finish(preview?.cancelledText ?? '')} />
      )}

      <h3>{t.qrHeading}</h3>
      <p>{t.qrIntro}</p>
      <div class="button-row">
        {!qrBundle && (
          <button type="button" class="btn btn--secondary" onClick={openQrShow}>
            {t.qrShow(name)}
          </button>
        )}
        {!guest && !QrScan && (
          <button type="button" class="btn btn--secondary" onClick={openQrScan}>
            {t.qrReceive}
          </button>
        )}
      </div>
      {qrBundle && QrShow && <QrShow bundle={qrBundle} name={name} onClose={() => setQrBundle(undefined)} />}
      {QrScan && !guest && (
        <QrScan
          onReceived={async (learners) => {
            await loadPreview();
            setPending({ from: 'transfer', learners });
          }}
          onClose={() => setQrScan(undefined)}
        />
      )}
      <Damaged />
    </div>
  );
}
