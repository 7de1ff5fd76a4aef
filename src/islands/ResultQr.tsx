/**
 * "Hiện mã QR kết quả cho giáo viên" on an exam's results screen. Only the button rides on the
 * exam page (its JS budget is tight); the name form, the code's hashing and the QR encoder
 * (ResultQrCode) load when the learner presses it.
 */
import { useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Attempt } from '../stores/attempts';
import type { ExamResult } from '../quiz/exam';
import { resultQrText as t } from '../i18n/result-qr';
import '../styles/class-results.css';

export interface ResultQrProps {
  attempt: Attempt;
  result: ExamResult;
  onHide: () => void;
}

export default function ResultQr({ attempt, result }: { attempt: Attempt; result: ExamResult }) {
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<ComponentType<ResultQrProps> | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  if (!open) {
    return (
      <p class="no-print">
        <button
          type="button"
          class="btn btn--secondary"
          onClick={() => {
            setOpen(true);
            import('./ResultQrCode')
              .then((m) => setPanel(() => m.default))
              .catch(() => setFailed(true));
          }}
        >
          {t.show}
        </button>
      </p>
    );
  }
  if (failed) return <p role="alert">{t.failed}</p>;
  return Panel ? <Panel attempt={attempt} result={result} onHide={() => setOpen(false)} /> : <p role="status">{t.making}</p>;
}
