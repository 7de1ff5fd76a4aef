/**
 * Receives a transfer: scans the other device's QR codes with the camera, or reads a photo
 * of them, in any order, until every part is there, then hands the learners to the preview.
 * The camera, photo and decoder code is shared with the class results scanner (lib/qr-read).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { decodeTransfer, TransferCollector } from '../lib/backup/transfer';
import type { LearnerBundle } from '../lib/backup/types';
import { qr as t, transferProblems } from '../i18n/profiles-transfer';
import { openCamera, readPhotoCodes, watchCamera } from '../lib/qr-read';

export interface QrScanProps {
  onReceived: (learners: LearnerBundle[]) => void;
  onClose: () => void;
}

export default function BackupQrScan({ onReceived, onClose }: QrScanProps) {
  const collector = useRef(new TransferCollector());
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | undefined>(undefined);
  const [cameraOn, setCameraOn] = useState(false);
  const [received, setReceived] = useState({ n: 0, total: 0, missing: [] as number[] });
  const [message, setMessage] = useState('');

  const stopCamera = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = undefined;
    setCameraOn(false);
  };
  useEffect(() => stopCamera, []);

  /** Takes scanned texts; true once the transfer is complete (and handed over or refused). */
  const take = async (texts: string[]): Promise<boolean> => {
    const c = collector.current;
    for (const text of texts) {
      const result = c.add(text);
      if (result === 'not-ours') setMessage(t.notOurs);
      else if (result === 'other-transfer') setMessage(t.otherTransfer);
      else if (result === 'again') setMessage(t.again);
      else setMessage('');
    }
    setReceived({ n: c.received, total: c.total, missing: c.missing() });
    if (!c.complete) return false;
    stopCamera();
    const read = await decodeTransfer(c.collected());
    if (read.ok) onReceived(read.learners);
    else {
      setMessage(transferProblems[read.problem]);
      c.reset();
      setReceived({ n: 0, total: 0, missing: [] });
    }
    return true;
  };

  const startCamera = async () => {
    setMessage('');
    try {
      stream.current = await openCamera();
    } catch {
      setMessage(t.cameraDenied);
      return;
    }
    setCameraOn(true);
    const el = video.current;
    if (!el) return;
    const current = stream.current;
    await watchCamera(el, current, () => stream.current === current, take);
  };

  const readPhoto = async (file: File | undefined) => {
    if (!file) return;
    setMessage(t.reading);
    try {
      const codes = await readPhotoCodes(file);
      if (!codes.length) setMessage(t.noCode);
      else await take(codes);
    } catch {
      setMessage(t.noCode);
    }
  };

  return (
    <div class="qr-scan card">
      <h4>{t.scanHeading}</h4>
      <p>{t.scanIntro}</p>
      <div class="button-row">
        {cameraOn ? (
          <button type="button" class="btn btn--secondary" onClick={stopCamera}>
            {t.stopCamera}
          </button>
        ) : (
          <button type="button" class="btn" onClick={startCamera}>
            {t.camera}
          </button>
        )}
      </div>
      <video ref={video} class="qr-scan__video" hidden={!cameraOn} muted playsInline aria-label={t.cameraLabel} />
      <p class="meta">{t.photoHint}</p>
      <label class="file-label" for="anh-ma-qr">
        {t.photo}
      </label>
      <input id="anh-ma-qr" class="file-input" type="file" accept="image/*" onChange={(e) => {
          const input = e.currentTarget;
          readPhoto(input.files?.[0]).then(() => (input.value = ''));
        }} />
      <p role="status" class="profile-status">
        {received.total > 0 && t.received(received.n, received.total)} {received.total > 0 && received.missing.length > 0 && t.missing(received.missing)}
      </p>
      {message && (
        <p class="form-problem" role="alert">
          {message}
        </p>
      )}
      <div class="button-row">
        <button
          type="button"
          class="btn btn--secondary"
          onClick={() => {
            collector.current.reset();
            setReceived({ n: 0, total: 0, missing: [] });
            setMessage('');
          }}
        >
          {t.restart}
        </button>
        <button
          type="button"
          class="btn btn--secondary"
          onClick={() => {
            stopCamera();
            onClose();
          }}
        >
          {t.closeScan}
        </button>
      </div>
    </div>
  );
}
