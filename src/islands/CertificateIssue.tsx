/**
 * The "issue a certificate" step on the results screen of a passed exam: the learner confirms
 * (or, as a guest, types) the name to print, then the certificate is issued to the active
 * learner. Loaded on demand by Exam.tsx, so the exam page does not carry hashing code.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $activeProfile, NAME_MAX_LENGTH } from '../stores/profiles';
import { issueCertificate, type IssueResult } from '../stores/certificates';
import { issueText as t } from '../i18n/certificate';
import { url } from '../lib/paths';

export interface IssueProps {
  examId: string;
  examTitle: string;
  earned: number;
  total: number;
}

export const certificateUrl = (id: string) => url(`/chung-nhan/?id=${encodeURIComponent(id)}`);

export default function CertificateIssue({ examId, examTitle, earned, total }: IssueProps) {
  const profile = useStore($activeProfile);
  const [name, setName] = useState(profile.guest ? '' : profile.name);
  const [result, setResult] = useState<IssueResult | undefined>(undefined);

  const done = result?.kind === 'issued' || result?.kind === 'kept' ? result : undefined;
  const problem = result?.kind === 'no-name' ? t.nameMissing : result?.kind === 'bad-name' ? t.nameBad : undefined;
  return (
    <section class="cert-issue card" aria-labelledby="cert-issue-h">
      <h3 id="cert-issue-h">{t.heading}</h3>
      {done ? (
        <>
          <p role="status">{done.kind === 'issued' ? t.issued : t.kept}</p>
          <p>
            <a class="btn" href={certificateUrl(done.certificate.id)}>
              {t.open}
            </a>
          </p>
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setResult(issueCertificate({ examId, examTitle, earned, total, name }));
          }}
        >
          <p>{t.intro}</p>
          <label for="cert-name">{t.nameLabel}</label>
          <input
            id="cert-name"
            name="name"
            type="text"
            autocomplete="name"
            maxLength={NAME_MAX_LENGTH}
            required
            aria-describedby="cert-name-hint"
            aria-invalid={problem ? true : undefined}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <p id="cert-name-hint" class="meta">
            {t.nameHint}
          </p>
          {problem && <p role="alert">{problem}</p>}
          <button type="submit" class="btn">
            {t.button}
          </button>
        </form>
      )}
    </section>
  );
}
