/**
 * A certificate carried in a URL fragment ("#gcn1.<base64url>"), so that opening the verify page
 * from the QR code sends nothing to any server: browsers never send the fragment.
 *
 * The payload is the UTF-8 JSON array of the fields (with the code) in base64url. Decoding is
 * strict: a fragment that is not exactly what encodeFragment would write for what it decodes
 * to is refused, so no changed character can slip through unused padding bits.
 */
import { parseCertificate, type Certificate } from './record';

const PREFIX = 'gcn1.';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let k = 0; k < chars; k++) out += B64[(n >>> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = B64.indexOf(char);
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

export function encodeFragment(c: Certificate): string {
  const json = JSON.stringify([c.id, c.name, c.examId, c.examTitle, c.earned, c.total, c.issuedAt, c.code]);
  return PREFIX + toBase64Url(new TextEncoder().encode(json));
}

/** The certificate in a fragment (with or without "#"), or undefined when it is unreadable. */
export function decodeFragment(fragment: string): Certificate | undefined {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(PREFIX)) return undefined;
  const bytes = fromBase64Url(text.slice(PREFIX.length));
  if (!bytes) return undefined;
  let fields: unknown;
  try {
    fields = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  if (!Array.isArray(fields) || fields.length !== 8) return undefined;
  const [id, name, examId, examTitle, earned, total, issuedAt, code] = fields as unknown[];
  const certificate = parseCertificate({ id, name, examId, examTitle, earned, total, issuedAt, code });
  return certificate && encodeFragment(certificate) === text ? certificate : undefined;
}
