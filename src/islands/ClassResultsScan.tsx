/**
 * The teacher's ways to receive a learner's result code: the camera (one learner after
 * another, without stopping), a photo of the code, or its text pasted or typed by a scanner
 * (a one-line field, so the Enter a scanner types at the end adds the result).
 * Reading the codes is lib/qr-read's, shared with the learner transfer; what a text means is
 * the parent's (ClassResults) business.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { openCamera, readPhotoCodes, watchCamera } from '../lib/qr-read';
import { classText as t } from '../i18n/class-results';

export interface ScanProps {
  /** Handles the texts read; the camera keeps going afterwards. */
  onTexts: (texts: string[]) => void;
  /** A problem of the scanner itself (no camera, no code in the photo). */
  onProblem: (message: string) => void;
  /** Status while a photo is read. */
  onBusy: (message: string) => void;
}

export default function ClassResultsScan({ onTexts, onProblem, onBusy }: ScanProps) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | undefined>(undefined);
  const lastSeen = useRef({ text: '', at: 0 });
  const [cameraOn, setCameraOn] = useState(false);
  const [pasted, setPasted] = useState('');

  const stopCamera = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = undefined;
    setCameraOn(false);
  };
  useEffect(() => stopCamera, []);

  const startCamera = async () => {
    try {
      stream.current = await openCamera();
    } catch {
      onProblem(t.cameraDenied);
      return;
    }
    setCameraOn(true);
    const el = video.current;
    const current = stream.current;
    if (!el) return;
    await watchCamera(el, current, () => stream.current === current, async (codes) => {
      // The same code stays in view for many frames: hand it over once, not four times a second.
      const now = Date.now();
      const fresh = codes.filter((c) => c !== lastSeen.current.text || now - lastSeen.current.at > 5000);
      if (codes[0] !== undefined) lastSeen.current = { text: codes[0], at: now };
      if (fresh.length) onTexts(fresh);
      return false;
    });
  };

  const readPhoto = async (file: File | undefined) => {
    if (!file) return;
    onBusy(t.reading);
    try {
      const codes = await readPhotoCodes(file);
      if (codes.length) onTexts(codes);
      else onProblem(t.noCode);
    } catch {
      onProblem(t.noCode);
    }
  };

  return (
    <div class="class-scan">
      <p>{t.cameraHint}</p>
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
      <video ref={video} class="class-scan__video" hidden={!cameraOn} muted playsInline aria-label={t.cameraLabel} />
      <label class="class-field__label" for="lop-anh-ma">
        {t.photo}
      </label>
      <input
        id="lop-anh-ma"
        class="class-field__file"
        type="file"
        accept="image/*"
        onChange={(e) => {
          const input = e.currentTarget;
          void readPhoto(input.files?.[0]).then(() => (input.value = ''));
        }}
      />
      <form
        class="class-paste"
        onSubmit={(e) => {
          e.preventDefault();
          onTexts([pasted]);
          setPasted('');
        }}
      >
        <label class="class-field__label" for="lop-dan-ma">
          {t.pasteLabel}
        </label>
        <p id="lop-dan-ma-hint" class="meta">
          {t.pasteHint}
        </p>
        <input
          id="lop-dan-ma"
          class="class-paste__text"
          type="text"
          spellcheck={false}
          autocomplete="off"
          aria-describedby="lop-dan-ma-hint"
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <button type="submit" class="btn">
          {t.pasteAdd}
        </button>
      </form>
    </div>
  );
}
