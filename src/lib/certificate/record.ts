/**
 * A self-study certificate: what it says, its canonical form and its verification code.
 *
 * HONEST LIMITS. The code is the first 80 bits of SHA-256 over the canonical form of the
 * record, with no key: this is a static site and has no secret, so anyone who reads this file
 * can compute the code of any record they like. What the code does show is that the record was
 * not changed after it was issued (a typo, an edited name, a raised score or a pasted link all
 * change the code). It cannot show who took the test, nor that the test was taken on this site
 * at all: on a self-study device the learner controls the browser. The verify page says so.
 */
import { sha256Bytes } from '../backup/sha256';
import { toBase32 } from '../backup/base32';

/** Format of the record, part of the canonical form: a v2 record never shares a code with a v1. */
export const CERTIFICATE_VERSION = 1;

export interface CertificateRecord {
  /** Random id, e.g. "GCN-7K2M-QX4A". */
  id: string;
  /** Name as the learner confirmed it (NFC, single spaces, plain text). */
  name: string;
  /** Exam id (URL slug of the exam page). */
  examId: string;
  /** Exam title at the time of issue. */
  examTitle: string;
  /** Points earned and possible. */
  earned: number;
  total: number;
  /** ISO date-time of issue. */
  issuedAt: string;
}

export interface Certificate extends CertificateRecord {
  /** Verification code of the record: see verificationCode. */
  code: string;
}

const DOMAIN = 'hocso-giay-chung-nhan';

/**
 * The one text the code is computed over: a JSON array in fixed field order, so no two
 * different records share a canonical form (JSON quoting keeps every field's boundary).
 */
export function canonicalForm(r: CertificateRecord): string {
  return JSON.stringify([DOMAIN, CERTIFICATE_VERSION, r.id, r.name, r.examId, r.examTitle, r.earned, r.total, r.issuedAt]);
}

/** Groups of four characters, easy to read aloud or type: "ABCD-EFGH-IJKL-MNOP". */
const group = (s: string) => s.match(/.{1,4}/g)?.join('-') ?? s;

/** 16 base32 characters (80 bits) of SHA-256 of the canonical form. No secret: see above. */
export function verificationCode(r: CertificateRecord): string {
  const digest = sha256Bytes(new TextEncoder().encode(canonicalForm(r)));
  return group(toBase32(digest.slice(0, 10)));
}

/** A new certificate id from random bytes (the caller passes crypto.getRandomValues' output). */
export function certificateId(random: Uint8Array): string {
  return `GCN-${group(toBase32(random.slice(0, 5)))}`;
}

export function normaliseName(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Whole percent, rounded down so 79.9 % never shows as a pass mark of 80 %. */
export const percentOf = (c: Pick<CertificateRecord, 'earned' | 'total'>) =>
  c.total > 0 ? Math.floor((100 * c.earned) / c.total) : 0;

export function issue(record: CertificateRecord): Certificate {
  return { ...record, name: normaliseName(record.name), code: verificationCode({ ...record, name: normaliseName(record.name) }) };
}

/** True when the code matches the record, i.e. nothing was changed since it was issued. */
export function isIntact(c: Certificate): boolean {
  return verificationCode(c) === c.code;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** A stored certificate, or undefined when it is not one (its code is not checked here). */
export function parseCertificate(v: unknown): Certificate | undefined {
  if (!isRecord(v)) return undefined;
  const { id, name, examId, examTitle, earned, total, issuedAt, code } = v;
  if (!isText(id, 40) || !isText(name, 200) || !isText(examId, 100) || !isText(examTitle, 300)) return undefined;
  if (!isCount(earned) || !isCount(total) || earned > total || !isText(issuedAt, 40) || Number.isNaN(Date.parse(issuedAt))) return undefined;
  if (!isText(code, 40)) return undefined;
  return { id, name, examId, examTitle, earned, total, issuedAt, code };
}

/**
 * Best pass kept: a new result replaces the certificate of the same exam only when its score is
 * strictly better (compared as fractions, so 14/15 beats 27/30).
 */
export function isBetter(candidate: Pick<CertificateRecord, 'earned' | 'total'>, existing: Pick<CertificateRecord, 'earned' | 'total'> | undefined): boolean {
  if (!existing) return true;
  if (existing.total === 0) return candidate.total > 0;
  if (candidate.total === 0) return false;
  return candidate.earned * existing.total > existing.earned * candidate.total;
}

/** Date of issue as printed, dd/mm/yyyy. */
export const issuedDate = (iso: string) =>
  new Date(iso).toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
