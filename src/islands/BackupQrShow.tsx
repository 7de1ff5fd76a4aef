/**
 * Shows a learner's transfer as QR codes, one at a time with "Mã 1/3"… and buttons to step
 * through. Loaded only when the learner asks for it: the QR encoder stays off every other path.
 * Drawn as one SVG path per code (no canvas, no inline style), large enough for a camera.
 */
import { useEffect, useState } from 'preact/hooks';
import { qrPath } from '../lib/qr-svg';
import { encodeTransfer } from '../lib/backup/transfer';
import type { LearnerBundle } from '../lib/backup/types';
import { qr as t } from '../i18n/profiles-transfer';

export interface QrShowProps {
  bundle: LearnerBundle;
  name: string;
  onClose: () => void;
}

export default function BackupQrShow({ bundle, name, onClose }: QrShowProps) {
  const [parts, setParts] = useState<string[] | undefined>();
  const [tooLarge, setTooLarge] = useState(false);
  const [index, setIndex] = useState(0);
  useEffect(() => {
    let live = true;
    encodeTransfer([bundle]).then((result) => {
      if (!live) return;
      if (result.ok) setParts(result.parts);
      else setTooLarge(true);
    });
    return () => {
      live = false;
    };
  }, [bundle]);

  if (tooLarge) return <p role="alert" class="form-problem">{t.tooLarge}</p>;
  if (!parts) return <p role="status">{t.making}</p>;
  const part = parts[index] ?? parts[0] ?? '';
  const { size, d } = qrPath(part);
  const total = parts.length;
  return (
    <div class="qr-show">
      <p>{t.steps}</p>
      <figure class="qr-figure">
        <svg class="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={t.label(index + 1, total, name)} shape-rendering="crispEdges">
          <rect class="qr-code__light" width={size} height={size} />
          <path class="qr-code__dark" d={d} />
        </svg>
        <figcaption class="qr-figure__caption" aria-live="polite">
          {t.partOf(index + 1, total)}
        </figcaption>
      </figure>
      <div class="button-row">
        {total > 1 && (
          <>
            <button type="button" class="btn btn--secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
              {t.previous}
            </button>
            <button type="button" class="btn" disabled={index === total - 1} onClick={() => setIndex(index + 1)}>
              {t.next}
            </button>
          </>
        )}
        <button type="button" class="btn btn--secondary" onClick={onClose}>
          {t.hide}
        </button>
      </div>
    </div>
  );
}
