/**
 * "Nghe câu hỏi" on a quiz question (practice and exam). Kept tiny because lesson pages carry
 * it with almost no JavaScript budget left: the reading code loads on the first press. Hidden
 * until it knows the browser can speak, so nobody presses a button that cannot work.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnyPrepared } from '../quiz/types';
import { readAloudButtonText } from '../i18n/read-aloud-button';
import '../styles/read-aloud.css';

export function ReadAloudButton({ q }: { q: AnyPrepared }) {
  const [can, setCan] = useState(false);
  const messages = useRef<HTMLDivElement>(null);
  const stop = useRef<() => void>();
  useEffect(() => setCan('speechSynthesis' in window), []);
  // A new question (exam "Câu sau") must not go on reading the old one.
  useEffect(() => () => stop.current?.(), [q]);
  return (
    <div class="ra-q" hidden={!can}>
      <button
        type="button"
        class="btn btn--secondary ra-q__btn"
        onClick={(e) => {
          const button = e.currentTarget;
          import('../lib/read-aloud/question').then(async (m) => (stop.current = await m.toggle(q, button, messages.current)));
        }}
      >
        {readAloudButtonText.listenQuestion}
      </button>
      <div ref={messages} />
    </div>
  );
}
