/**
 * The verify page: reads the certificate from the URL fragment (never sent to a server),
 * recomputes its code on this device, offline, and says plainly whether it is intact.
 */
import { useEffect, useState } from 'preact/hooks';
import { decodeFragment } from '../lib/certificate/fragment';
import { isIntact, issuedDate, percentOf } from '../lib/certificate/record';
import { verifyText as t } from '../i18n/certificate';

type Verdict = { kind: 'empty' } | { kind: 'unreadable' } | { kind: 'checked'; intact: boolean; c: NonNullable<ReturnType<typeof decodeFragment>> };

function check(hash: string): Verdict {
  if (hash.length <= 1) return { kind: 'empty' };
  const c = decodeFragment(hash);
  return c ? { kind: 'checked', intact: isIntact(c), c } : { kind: 'unreadable' };
}

export default function CertificateVerify() {
  const [verdict, setVerdict] = useState<Verdict | undefined>(undefined);
  useEffect(() => {
    const update = () => setVerdict(check(location.hash));
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);

  const message =
    verdict === undefined
      ? t.checking
      : verdict.kind === 'empty'
        ? t.empty
        : verdict.kind === 'unreadable'
          ? t.unreadable
          : verdict.intact
            ? t.intact
            : t.edited;
  const ok = verdict?.kind === 'checked' && verdict.intact;
  const bad = verdict?.kind === 'unreadable' || (verdict?.kind === 'checked' && !verdict.intact);
  return (
    <div class="verify">
      <p class={`verify__verdict${ok ? ' verify__verdict--ok' : ''}${bad ? ' verify__verdict--bad' : ''}`} role="status">
        <strong>
          {ok ? '✓ ' : bad ? '✗ ' : ''}
          {message}
        </strong>
      </p>
      {verdict?.kind === 'checked' && (
        <section aria-labelledby="verify-details-h">
          <h2 id="verify-details-h">{t.detailsHeading}</h2>
          <dl class="verify__details">
            <dt>{t.name}</dt>
            <dd>{verdict.c.name}</dd>
            <dt>{t.exam}</dt>
            <dd>{verdict.c.examTitle}</dd>
            <dt>{t.score}</dt>
            <dd>
              {verdict.c.earned}/{verdict.c.total} ({percentOf(verdict.c)}%)
            </dd>
            <dt>{t.date}</dt>
            <dd>{issuedDate(verdict.c.issuedAt)}</dd>
            <dt>{t.id}</dt>
            <dd>{verdict.c.id}</dd>
            <dt>{t.code}</dt>
            <dd>{verdict.c.code}</dd>
          </dl>
        </section>
      )}
    </div>
  );
}
