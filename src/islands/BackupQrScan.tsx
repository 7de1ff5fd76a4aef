/**
 * Receives a transfer: scans the other device's QR codes with the camera, or reads a photo
 * of them, in any order, until every part is there, then hands the learners to the preview.
 * Uses the browser's BarcodeDetector where it exists; elsewhere (most desktops, Firefox,
 * Safari) the jsQR decoder, loaded only then. Images stay in this page: camera frames and
 * photos are read from memory (CSP allows blob: and data: images only from this page).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { decodeTransfer, TransferCollector } from '../lib/backup/transfer';
import type { LearnerBundle } from '../lib/backup/types';
import { qr as t, transferProblems } from '../i18n/profiles-transfer';

export interface QrScanProps {
  onReceived: (learners: LearnerBundle[]) => void;
  onClose: () => void;
}

interface DetectedCode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource | ImageBitmap): Promise<DetectedCode[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

let detector: BarcodeDetectorLike | null | undefined;
/** The native detector if it reads QR codes here, else null. */
async function nativeDetector(): Promise<BarcodeDetectorLike | null> {
  if (detector !== undefined) return detector;
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass & { getSupportedFormats?: () => Promise<string[]> } }).BarcodeDetector;
  try {
    const formats = Detector ? ((await Detector.getSupportedFormats?.()) ?? ['qr_code']) : [];
    detector = Detector && formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
  } catch {
    detector = null;
  }
  return detector;
}

/** Reads the QR codes in an image (a video frame, a photo). */
async function readCodes(source: HTMLVideoElement | ImageBitmap | HTMLImageElement, width: number, height: number, maxSide: number): Promise<string[]> {
  const native = await nativeDetector();
  if (native) {
    try {
      return (await native.detect(source)).map((c) => c.rawValue);
    } catch {
      /* fall back to jsQR below */
    }
  }
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return [];
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const { default: jsQR } = await import('jsqr');
  const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
  return code?.data ? [code.data] : [];
}

async function loadPhoto(file: File): Promise<{ source: ImageBitmap | HTMLImageElement; width: number; height: number }> {
  if (typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(file);
    return { source: bitmap, width: bitmap.width, height: bitmap.height };
  }
  const href = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = href;
    await img.decode();
    return { source: img, width: img.naturalWidth, height: img.naturalHeight };
  } finally {
    URL.revokeObjectURL(href);
  }
}

export default function BackupQrScan({ onReceived, onClose }: QrScanProps) {
  const collector = useRef(new TransferCollector());
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | undefined>(undefined);
  const [cameraOn, setCameraOn] = useState(false);
  const [received, setReceived] = useState({ n: 0, total: 0, missing: [] as number[] });
  const [message, setMessage] = useState('');
  const busy = useRef(false);

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
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      setMessage(t.cameraDenied);
      return;
    }
    setCameraOn(true);
    const el = video.current;
    if (!el) return;
    el.srcObject = stream.current;
    await el.play().catch(() => undefined);
    const tick = async () => {
      if (!stream.current) return;
      if (!busy.current && el.videoWidth > 0) {
        busy.current = true;
        const done = await take(await readCodes(el, el.videoWidth, el.videoHeight, 800)).finally(() => (busy.current = false));
        if (done) return;
      }
      setTimeout(tick, 250);
    };
    tick();
  };

  const readPhoto = async (file: File | undefined) => {
    if (!file) return;
    setMessage(t.reading);
    try {
      const { source, width, height } = await loadPhoto(file);
      const codes = await readCodes(source, width, height, 1600);
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
