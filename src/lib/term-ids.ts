/**
 * Ids for the definitions of glossary words (components/Term.astro): each word points at its
 * own tooltip with aria-describedby, so a word used twice on a page needs two ids.
 */
let count = 0;

export function nextTermTipId(termId: string): string {
  count += 1;
  return `dn-${termId}-${count}`;
}
