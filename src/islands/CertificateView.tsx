/**
 * The certificate page: the active learner's certificate chosen by ?id=, laid out for a phone
 * and for one A4 landscape page in print, with a QR code that opens the verify page carrying
 * the certificate in the URL fragment. Everything comes from this browser's storage, so it
 * works offline.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $certificates, findCertificate } from '../stores/certificates';
import { encodeFragment } from '../lib/certificate/fragment';
import { issuedDate, percentOf, type Certificate } from '../lib/certificate/record';
import { certificateText as t } from '../i18n/certificate';
import { url } from '../lib/paths';
import CertificateQr from './CertificateQr';

export const verifyUrl = (c: Certificate, origin: string) => `${new URL(url('/xac-minh/'), origin).href}#${encodeFragment(c)}`;

export function CertificateSheet({ c, verify }: { c: Certificate; verify: string }) {
  return (
    <article class="cert" aria-labelledby="cert-title">
      <p class="cert__site">{t.site}</p>
      <h2 id="cert-title" class="cert__title">
        {t.title}
      </h2>
      <p class="cert__line">{t.certifies}</p>
      <p class="cert__name">{c.name}</p>
      <p class="cert__line">{t.passed}</p>
      <p class="cert__exam">{c.examTitle}</p>
      <p>{t.score(c.earned, c.total, percentOf(c))}</p>
      <p>{t.date(issuedDate(c.issuedAt))}</p>
      <div class="cert__foot">
        <dl class="cert__ids">
          <div>
            <dt>{t.id}</dt>
            <dd>{c.id}</dd>
          </div>
          <div>
            <dt>{t.code}</dt>
            <dd class="cert__code">{c.code}</dd>
          </div>
        </dl>
        <a class="cert__qr-link" href={verify}>
          <CertificateQr text={verify} label={t.qrLabel} />
        </a>
      </div>
      <p class="cert__disclaimer">
        <strong>{t.disclaimer}</strong>. {t.official}
      </p>
      <p class="cert__verify">
        {t.verifyHint}{' '}
        <a href={verify} class="cert__url">
          {verify}
        </a>
      </p>
    </article>
  );
}

export default function CertificateView() {
  const certificates = useStore($certificates);
  const [id, setId] = useState<string | null | undefined>(undefined);
  useEffect(() => setId(new URLSearchParams(location.search).get('id')), []);
  if (id === undefined) return null;
  const c = findCertificate(certificates, id);
  if (!c) {
    return (
      <div>
        <p class="callout">{id ? t.notFound : t.none}</p>
        {certificates.length > 0 && (
          <ul>
            {certificates.map((other) => (
              <li key={other.id}>
                <a href={url(`/chung-nhan/?id=${encodeURIComponent(other.id)}`)}>{other.examTitle}</a>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={url('/tien-do/')}>{t.back}</a>
        </p>
      </div>
    );
  }
  return (
    <div class="cert-page">
      <div class="no-print cert-actions">
        <button type="button" class="btn" onClick={() => window.print()}>
          {t.print}
        </button>
        <p class="meta">{t.printHint}</p>
      </div>
      <CertificateSheet c={c} verify={verifyUrl(c, location.origin)} />
      <p class="no-print">
        <a href={url('/tien-do/')}>{t.back}</a>
      </p>
    </div>
  );
}
