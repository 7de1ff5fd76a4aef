/**
 * QR codes as SVG, drawn from uqr's module grid. One module for every QR on the site: the
 * islands that draw one in the browser (learner transfer, certificate) and the printouts that
 * draw one at build time (lesson handouts, the event poster), so a code looks and scans the
 * same everywhere and never comes from another origin as an image.
 */
import { encode } from 'uqr';

export interface QrPath {
  /** Width and height in modules, quiet zone included: the SVG viewBox is 0 0 size size. */
  size: number;
  /** The dark modules as one path. */
  d: string;
}

/**
 * The dark modules as horizontal runs: a much shorter path than one square per module.
 * `border` is the quiet zone in modules; 4 is the standard, smaller only where a frame
 * around the code already keeps it clear.
 */
export function qrPath(text: string, border = 4): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border });
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { size, d };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface QrSvgOptions {
  /** What a screen reader says for the code. */
  label: string;
  /** Class of the <svg>, for its printed size. */
  className?: string;
  border?: number;
}

/**
 * A whole <svg> element as markup, for pages rendered at build time (set:html). Colours are
 * SVG attributes, not style="", so the strict CSP allows it and it prints black on white
 * even when the printer drops backgrounds.
 */
export function qrSvg(text: string, { label, className, border = 4 }: QrSvgOptions): string {
  const { size, d } = qrPath(text, border);
  const cls = className ? ` class="${escapeXml(className)}"` : '';
  return (
    `<svg${cls} viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(label)}" shape-rendering="crispEdges" focusable="false">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`
  );
}
