/**
 * The certificates section of "Tiến độ của tôi". The certificate feature does not exist yet,
 * so the honest content is "Chưa có giấy chứng nhận", never a made-up list.
 *
 * HOOK for the certificate feature: keep issued certificates per learner in a store of its
 * own, add that store to learnerStores in src/stores/learner-data.ts (so "Xóa dữ liệu của tôi",
 * the backup file and the transfer include it), and pass the active learner's list to this
 * component from ProfileProgress, where it now passes an empty list.
 */
import { progressPage as t } from '../i18n/profiles-pages';

export interface CertificateItem {
  id: string;
  title: string;
  /** ISO date of issue. */
  issuedAt: string;
  /** The certificate's own page. */
  href: string;
}

export default function ProfileCertificates({ certificates }: { certificates: readonly CertificateItem[] }) {
  return (
    <section class="profile-section" aria-labelledby="giay-chung-nhan">
      <h2 id="giay-chung-nhan">{t.certificatesHeading}</h2>
      {certificates.length === 0 ? (
        <p>{t.certificatesNone}</p>
      ) : (
        <ul>
          {certificates.map((c) => (
            <li key={c.id}>
              <a href={c.href}>{c.title}</a>
            </li>
          ))}
        </ul>
      )}
      <p class="meta">{t.certificatesNote}</p>
    </section>
  );
}
