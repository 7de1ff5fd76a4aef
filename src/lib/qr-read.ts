/**
 * Reading QR codes in the browser, shared by every scanner on the site (the learner transfer
 * in BackupQrScan, the teacher's class results in ClassResultsScan): the camera, a photo file,
 * and the decoder. Uses the browser's BarcodeDetector where it exists; elsewhere (most
 * desktops, Firefox, Safari) the jsQR decoder, loaded only then. Images stay in this page:
 * camera frames and photos are read from memory (CSP allows blob: and data: images only).
 */

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

/** Reads the QR codes in an image (a video frame, a photo), scaled down to maxSide for jsQR. */
export async function readCodes(source: HTMLVideoElement | ImageBitmap | HTMLImageElement, width: number, height: number, maxSide: number): Promise<string[]> {
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

/** The QR codes in a photo file; throws when the file is not an image the browser reads. */
export async function readPhotoCodes(file: File): Promise<string[]> {
  const { source, width, height } = await loadPhoto(file);
  return readCodes(source, width, height, 1600);
}

/** The back camera's stream; throws when there is no camera or the user says no. */
export function openCamera(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
}

/**
 * Plays the stream in the video element and reads a frame about four times a second, one at a
 * time, while `live()` holds; stops once `onCodes` returns true.
 */
export async function watchCamera(
  video: HTMLVideoElement,
  stream: MediaStream,
  live: () => boolean,
  onCodes: (codes: string[]) => Promise<boolean>,
): Promise<void> {
  video.srcObject = stream;
  await video.play().catch(() => undefined);
  const tick = async () => {
    if (!live()) return;
    if (video.videoWidth > 0) {
      const codes = await readCodes(video, video.videoWidth, video.videoHeight, 800).catch(() => []);
      if (codes.length && (await onCodes(codes))) return;
    }
    setTimeout(tick, 250);
  };
  void tick();
}
