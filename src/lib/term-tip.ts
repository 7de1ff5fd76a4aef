/**
 * Glossary tooltips in lessons (see components/Term.astro). Hover and keyboard focus show the
 * definition with CSS alone; this script adds what CSS cannot: the first tap on a touch screen
 * opens the definition instead of leaving the lesson (a second tap goes to the glossary),
 * Escape hides a tip that covers the text, and a tap elsewhere closes it.
 */
let lastPointer = 'mouse';

function close(except?: Element): void {
  for (const open of document.querySelectorAll('.term.is-open')) {
    if (open !== except) open.classList.remove('is-open');
  }
}

document.addEventListener('pointerdown', (event) => {
  lastPointer = event.pointerType;
  if (!(event.target instanceof Element) || !event.target.closest('.term')) close();
});

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a.term__link') : null;
  const term = link?.parentElement;
  if (!term || lastPointer === 'mouse' || term.classList.contains('is-open')) return;
  event.preventDefault();
  close(term);
  term.classList.remove('is-hidden');
  term.classList.add('is-open');
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  close();
  const term = document.activeElement?.closest('.term');
  if (term) term.classList.add('is-hidden');
});

document.addEventListener('focusout', (event) => {
  if (event.target instanceof Element) event.target.closest('.term')?.classList.remove('is-hidden', 'is-open');
});
