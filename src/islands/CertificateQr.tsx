/** A QR code drawn locally as SVG (uqr), never an image from elsewhere. */
import { qrPath } from '../lib/qr-svg';

export default function CertificateQr({ text, label }: { text: string; label: string }) {
  const { size, d } = qrPath(text, 2);
  return (
    <svg class="cert-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect fill="#fff" width={size} height={size} />
      <path fill="#000" d={d} />
    </svg>
  );
}
