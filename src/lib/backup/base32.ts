/**
 * Base32 (RFC 4648 alphabet, no padding). A QR code stores the characters 0–9, A–Z and a few
 * signs in "alphanumeric" mode at 5.5 bits each, against 8 bits for any other text: base32's
 * upper-case letters and digits 2–7 carry 5 bits per character in that mode, so a code holds
 * about a third more data than base64url would in byte mode.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Undefined when the text has a character outside the alphabet. */
export function fromBase32(text: string): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let i = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[i++] = (buffer >>> (bits - 8)) & 255;
      bits -= 8;
    }
  }
  return out;
}
