/**
 * Addresses for the printouts, next to paths.ts: the lesson page and the handout must agree on
 * one spelling of the handout's URL, and a printed QR code needs an absolute address.
 */
import { url } from './paths';

/** The A4 handout of a lesson ("<module>/<lesson>"). */
export const handoutUrl = (lessonId: string) => url(`/${lessonId}/ban-in/`);

/** An absolute address for a QR code, from the site's configured origin (astro.config `site`). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('Thiếu "site" trong astro.config.mjs: mã QR cần địa chỉ đầy đủ của trang.');
  return new URL(path, site).href;
}
