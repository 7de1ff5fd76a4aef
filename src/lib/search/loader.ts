/**
 * The only search code a page loads up front, a few hundred bytes: each <search-box> waits for
 * the learner to focus or type in its box and only then loads the search code, fuse.js and the
 * index (ui.ts). On the search page opened with ?q=…, it starts at once, since the learner has
 * asked. Without JavaScript the box is a plain GET form to /tim-kiem/.
 */
for (const box of document.querySelectorAll<HTMLElement>('search-box')) {
  const input = box.querySelector('input');
  if (!input) continue;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    import('./ui')
      .then((ui) => ui.attach(box, input))
      .catch(() => {
        // Offline before the code was cached: the form still submits; try again next focus.
        started = false;
      });
  };
  input.addEventListener('focus', start);
  input.addEventListener('input', start);
  const asked = box.hasAttribute('data-page') && new URLSearchParams(location.search).get('q');
  if (asked || document.activeElement === input) start();
}
