/**
 * The QR helper shared by the printouts and the QR islands: the path it draws is exactly the
 * code uqr encodes (redrawn module by module and read back by jsQR), and the build-time SVG
 * is safe markup under the site's CSP.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { qrPath, qrSvg } from '../../src/lib/qr-svg';

/** Paints a path of "M x y h run v1 h-run z" runs onto a grid of modules. */
function paint(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((m) => m[0]).join('')).toBe(d);
  for (const [, x, y, run, back] of runs) {
    expect(back).toBe(run);
    for (let i = 0; i < Number(run); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

/** The grid as RGBA pixels, `scale` pixels per module, for jsQR. */
function pixels(grid: boolean[][], scale: number): { data: Uint8ClampedArray; width: number } {
  const width = grid.length * scale;
  const data = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const v = grid[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      data.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return { data, width };
}

const lessonAddress = 'https://hocso.example.vn/dich-vu-cong/cai-dat-vneid-an-toan/';

describe('qrPath', () => {
  it('draws exactly the dark modules uqr encodes, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 0, max: 4 }), (text, border) => {
        const { data, size } = encode(text, { ecc: 'M', border });
        const drawn = qrPath(text, border);
        expect(drawn.size).toBe(size);
        expect(paint(drawn.d, size)).toEqual(data);
      }),
      { numRuns: 60 },
    );
  });

  it('is read back by a real QR decoder (jsQR) as the same address', () => {
    const { d, size } = qrPath(lessonAddress);
    const { data, width } = pixels(paint(d, size), 4);
    expect(jsQR(data, width, width)?.data).toBe(lessonAddress);
  });

  it('keeps the standard four-module quiet zone unless told otherwise', () => {
    const { d, size } = qrPath(lessonAddress);
    const grid = paint(d, size);
    const edge = [...grid.slice(0, 4), ...grid.slice(-4)].flat().concat(grid.flatMap((row) => [...row.slice(0, 4), ...row.slice(-4)]));
    expect(edge.every((dark) => !dark)).toBe(true);
    expect(qrPath(lessonAddress, 2).size).toBe(size - 4);
  });

  it('joins neighbouring dark modules into one run, keeping the path short', () => {
    const { d } = qrPath(lessonAddress);
    const modules = encode(lessonAddress, { ecc: 'M', border: 4 }).data.flat().filter(Boolean).length;
    expect(d.split('M').length - 1).toBeLessThan(modules / 1.5);
  });
});

describe('qrSvg', () => {
  it('is an SVG image with its label, black on white by attributes, with no style attribute', () => {
    const svg = qrSvg(lessonAddress, { label: 'Mã QR mở bài', className: 'handout-qr__code' });
    const { size, d } = qrPath(lessonAddress);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*>/);
    expect(svg).toContain('aria-label="Mã QR mở bài"');
    expect(svg).toContain('class="handout-qr__code"');
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toContain(`<path d="${d}" fill="#000"/>`);
    expect(svg).toContain('fill="#fff"');
    expect(svg).not.toMatch(/style=/);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes the label and class so they cannot break out of the markup', () => {
    const svg = qrSvg('x', { label: 'a "b" <i>&', className: 'c"><script>' });
    expect(svg).toContain('aria-label="a &quot;b&quot; &lt;i&gt;&amp;"');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<i>');
  });

  it('leaves out the class when none is given', () => {
    expect(qrSvg('x', { label: 'QR' })).not.toContain('class=');
  });
});
