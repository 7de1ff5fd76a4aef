/**
 * Compression for the QR transfer, with the browser's own zlib (CompressionStream, "deflate"
 * format: header and Adler-32 check included). Where the browser has none, the sender sends
 * plain text and the receiver decodes with inflate.ts, loaded only then.
 */
const canStream = (name: 'CompressionStream' | 'DecompressionStream') =>
  typeof (globalThis as Record<string, unknown>)[name] === 'function' && typeof Blob === 'function' && typeof Response === 'function';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const source = new Blob([bytes as BlobPart]).stream().pipeThrough(stream as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(source).arrayBuffer());
}

/** zlib-compressed bytes, or undefined where this browser cannot compress. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  if (!canStream('CompressionStream')) return undefined;
  try {
    return await pipe(bytes, new CompressionStream('deflate'));
  } catch {
    return undefined;
  }
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The pure path: zlib header, raw DEFLATE, then the Adler-32 check of the result. */
export async function inflateZlibFallback(bytes: Uint8Array): Promise<Uint8Array> {
  const [cmf, flg] = bytes;
  if (cmf === undefined || flg === undefined || (cmf & 15) !== 8 || ((cmf << 8) | flg) % 31 !== 0 || flg & 32) throw new Error('zlib: bad header');
  const { inflateRaw } = await import('./inflate');
  const out = inflateRaw(bytes.subarray(2));
  const tail = bytes.subarray(bytes.length - 4);
  const expected = ((tail[0]! << 24) | (tail[1]! << 16) | (tail[2]! << 8) | tail[3]!) >>> 0;
  if (adler32(out) !== expected) throw new Error('zlib: bad check');
  return out;
}

/** Decompresses zlib data; throws when it is not valid. */
export async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  if (canStream('DecompressionStream')) return pipe(bytes, new DecompressionStream('deflate'));
  return inflateZlibFallback(bytes);
}
