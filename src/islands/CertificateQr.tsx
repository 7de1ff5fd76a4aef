/** A QR code drawn locally as SVG (uqr), never an image from elsewhere. */
import { encode } from 'uqr';

export default function CertificateQr({ text, label }: { text: string; label: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x},${y}h1v1h-1z` : '')));
  return (
    <svg class="cert-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect fill="#fff" width={size} height={size} />
      <path fill="#000" d={d} />
    </svg>
  );
}
