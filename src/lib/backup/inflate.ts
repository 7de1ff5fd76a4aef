/**
 * A small DEFLATE decoder (RFC 1951) for browsers without DecompressionStream (Safari before
 * 16.4, Firefox before 113), so a phone of that age can still read a compressed transfer code.
 * Loaded only there, on demand. Throws on any malformed input.
 */
class BitReader {
  private pos = 0;
  private bit = 0;
  private byte = 0;
  constructor(private readonly data: Uint8Array) {}
  bits(n: number): number {
    let out = 0;
    for (let i = 0; i < n; i++) {
      if (this.bit === 0) {
        if (this.pos >= this.data.length) throw new Error('inflate: unexpected end');
        this.byte = this.data[this.pos++]!;
        this.bit = 8;
      }
      out |= (this.byte & 1) << i;
      this.byte >>>= 1;
      this.bit--;
    }
    return out;
  }
  alignedBytes(n: number): Uint8Array {
    this.bit = 0;
    if (this.pos + n > this.data.length) throw new Error('inflate: unexpected end');
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

interface Huffman {
  counts: Uint16Array;
  symbols: Uint16Array;
}

function huffman(lengths: ArrayLike<number>): Huffman {
  const counts = new Uint16Array(16);
  for (let i = 0; i < lengths.length; i++) counts[lengths[i]!]!++;
  counts[0] = 0;
  const offsets = new Uint16Array(16);
  for (let i = 1; i < 16; i++) offsets[i] = offsets[i - 1]! + counts[i - 1]!;
  const symbols = new Uint16Array(lengths.length);
  for (let i = 0; i < lengths.length; i++) if (lengths[i]) symbols[offsets[lengths[i]!]!++] = i;
  return { counts, symbols };
}

function decodeSymbol(reader: BitReader, h: Huffman): number {
  let code = 0;
  let first = 0;
  let index = 0;
  for (let len = 1; len < 16; len++) {
    code |= reader.bits(1);
    const count = h.counts[len]!;
    if (code - first < count) return h.symbols[index + code - first]!;
    index += count;
    first = (first + count) << 1;
    code <<= 1;
  }
  throw new Error('inflate: bad code');
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

let fixed: [Huffman, Huffman] | undefined;
function fixedTables(): [Huffman, Huffman] {
  if (!fixed) {
    const lengths = new Uint8Array(288);
    lengths.fill(8, 0, 144);
    lengths.fill(9, 144, 256);
    lengths.fill(7, 256, 280);
    lengths.fill(8, 280, 288);
    fixed = [huffman(lengths), huffman(new Uint8Array(30).fill(5))];
  }
  return fixed;
}

function dynamicTables(reader: BitReader): [Huffman, Huffman] {
  const hlit = reader.bits(5) + 257;
  const hdist = reader.bits(5) + 1;
  const hclen = reader.bits(4) + 4;
  const codeLengths = new Uint8Array(19);
  for (let i = 0; i < hclen; i++) codeLengths[CODE_ORDER[i]!] = reader.bits(3);
  const codeTable = huffman(codeLengths);
  const lengths = new Uint8Array(hlit + hdist);
  for (let i = 0; i < hlit + hdist; ) {
    const sym = decodeSymbol(reader, codeTable);
    if (sym < 16) lengths[i++] = sym;
    else {
      let repeat: number;
      let value = 0;
      if (sym === 16) {
        if (i === 0) throw new Error('inflate: bad repeat');
        value = lengths[i - 1]!;
        repeat = 3 + reader.bits(2);
      } else if (sym === 17) repeat = 3 + reader.bits(3);
      else repeat = 11 + reader.bits(7);
      if (i + repeat > hlit + hdist) throw new Error('inflate: bad lengths');
      lengths.fill(value, i, i + repeat);
      i += repeat;
    }
  }
  return [huffman(lengths.subarray(0, hlit)), huffman(lengths.subarray(hlit))];
}

/** Decodes raw DEFLATE data. */
export function inflateRaw(data: Uint8Array, maxOutput = 8 * 1024 * 1024): Uint8Array {
  const reader = new BitReader(data);
  let out = new Uint8Array(Math.max(1024, data.length * 4));
  let length = 0;
  const ensure = (extra: number) => {
    if (length + extra > maxOutput) throw new Error('inflate: too large');
    if (length + extra <= out.length) return;
    const bigger = new Uint8Array(Math.max(out.length * 2, length + extra));
    bigger.set(out.subarray(0, length));
    out = bigger;
  };
  let last = 0;
  while (!last) {
    last = reader.bits(1);
    const type = reader.bits(2);
    if (type === 0) {
      const [a, b, c, d] = reader.alignedBytes(4);
      const len = a! | (b! << 8);
      if ((len ^ 0xffff) !== (c! | (d! << 8))) throw new Error('inflate: bad stored block');
      ensure(len);
      out.set(reader.alignedBytes(len), length);
      length += len;
      continue;
    }
    if (type === 3) throw new Error('inflate: bad block type');
    const [lit, dist] = type === 1 ? fixedTables() : dynamicTables(reader);
    for (;;) {
      const sym = decodeSymbol(reader, lit);
      if (sym < 256) {
        ensure(1);
        out[length++] = sym;
      } else if (sym === 256) break;
      else {
        const li = sym - 257;
        if (li >= 29) throw new Error('inflate: bad length');
        const len = LENGTH_BASE[li]! + reader.bits(LENGTH_EXTRA[li]!);
        const di = decodeSymbol(reader, dist);
        if (di >= 30) throw new Error('inflate: bad distance');
        const back = DIST_BASE[di]! + reader.bits(DIST_EXTRA[di]!);
        if (back > length) throw new Error('inflate: distance too far');
        ensure(len);
        for (let i = 0; i < len; i++, length++) out[length] = out[length - back]!;
      }
    }
  }
  return out.slice(0, length);
}
