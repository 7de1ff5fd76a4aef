/**
 * The certificates section of "Tiến độ của tôi": the active learner's certificates (from the
 * certificates store, listed in learner-data.ts so "Xóa dữ liệu của tôi" removes them), each
 * linking to its own page. With none, it says so rather than showing a made-up list.
 */
import { useStore } from '@nanostores/preact';
import { progressPage as t } from '../i18n/profiles-pages';
import { $certificates } from '../stores/certificates';
import { issuedDate } from '../lib/certificate/record';
import { url } from '../lib/paths';

export interface CertificateItem {
  id: string;
  title: string;
  /** ISO date of issue. */
  issuedAt: string;
  /** The certificate's own page. */
  href: string;
}

/** `certificates` adds items to the learner's own (ProfileProgress passes none). */
export default function ProfileCertificates({ certificates: extra = [] }: { certificates?: readonly CertificateItem[] }) {
  const stored = useStore($certificates);
  const certificates: CertificateItem[] = [
    ...stored.map((c) => ({ id: c.id, title: c.examTitle, issuedAt: c.issuedAt, href: url(`/chung-nhan/?id=${encodeURIComponent(c.id)}`) })),
    ...extra,
  ];
  return (
    <section class="profile-section" aria-labelledby="giay-chung-nhan">
      <h2 id="giay-chung-nhan">{t.certificatesHeading}</h2>
      {certificates.length === 0 ? (
        <p>{t.certificatesNone}</p>
      ) : (
        <ul>
          {certificates.map((c) => (
            <li key={c.id}>
              <a href={c.href}>{c.title}</a> <span class="meta">({issuedDate(c.issuedAt)})</span>
            </li>
          ))}
        </ul>
      )}
      <p class="meta">{t.certificatesNote}</p>
    </section>
  );
}
