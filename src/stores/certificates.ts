/**
 * Certificates of each learner on this device: one per exam, the best pass. Kept with the
 * learner's progress (learner-data.ts lists this store, so "Xóa dữ liệu của tôi" removes them),
 * and, for the guest, only in the tab like everything else the guest does.
 */
import { computed } from 'nanostores';
import { persistentAtom } from './storage';
import { $activeProfileId, checkName } from './profiles';
import { certificateId, isBetter, issue, parseCertificate, type Certificate } from '../lib/certificate/record';

/** By exam id. */
export type LearnerCertificates = Record<string, Certificate>;
export type CertificatesData = Record<string, LearnerCertificates>;

export const CERTIFICATES_KEY = 'hocso:giay-chung-nhan';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Broken entries are dropped one by one; the rest is kept. */
export function parseCertificates(data: unknown): CertificatesData | undefined {
  if (!isRecord(data)) return undefined;
  const out: CertificatesData = {};
  for (const [profile, certs] of Object.entries(data)) {
    if (!isRecord(certs)) continue;
    const kept: LearnerCertificates = {};
    for (const [examId, raw] of Object.entries(certs)) {
      const c = parseCertificate(raw);
      if (c && c.examId === examId) kept[examId] = c;
    }
    out[profile] = kept;
  }
  return out;
}

export const $certificatesAll = persistentAtom<CertificatesData>({
  key: CERTIFICATES_KEY,
  version: 1,
  parse: parseCertificates,
  initial: () => ({}),
});

/** Certificates of the active learner, newest first. */
export const $certificates = computed([$certificatesAll, $activeProfileId], (all, id) =>
  Object.values(all[id] ?? {}).sort((a, b) => (a.issuedAt < b.issuedAt ? 1 : -1)),
);

export interface Pass {
  examId: string;
  examTitle: string;
  earned: number;
  total: number;
  /** Name the learner confirmed. */
  name: string;
}

export type IssueResult =
  | { kind: 'issued'; certificate: Certificate }
  /** A better (or equal) certificate of this exam is kept instead. */
  | { kind: 'kept'; certificate: Certificate }
  | { kind: 'no-name' }
  /** Too long, or with control or text-direction characters (a name could pose as another). */
  | { kind: 'bad-name' };

function randomBytes(): Uint8Array {
  const bytes = new Uint8Array(5);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

/** Issues a certificate to the active learner, unless they already have an equal or better one. */
export function issueCertificate(pass: Pass, now = new Date(), random = randomBytes()): IssueResult {
  const checked = checkName(pass.name);
  if ('problem' in checked) return { kind: checked.problem === 'empty' ? 'no-name' : 'bad-name' };
  const { name } = checked;
  const all = $certificatesAll.get();
  const profile = $activeProfileId.get();
  const mine = all[profile] ?? {};
  const existing = mine[pass.examId];
  if (existing && !isBetter(pass, existing)) return { kind: 'kept', certificate: existing };
  const certificate = issue({
    id: certificateId(random),
    name,
    examId: pass.examId,
    examTitle: pass.examTitle,
    earned: pass.earned,
    total: pass.total,
    issuedAt: now.toISOString(),
  });
  $certificatesAll.save({ ...all, [profile]: { ...mine, [pass.examId]: certificate } });
  return { kind: 'issued', certificate };
}

/** The active learner's certificate with this id. */
export function findCertificate(list: readonly Certificate[], id: string | null): Certificate | undefined {
  return id ? list.find((c) => c.id === id) : undefined;
}
