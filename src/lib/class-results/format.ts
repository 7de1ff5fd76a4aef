/**
 * The result code a learner shows the teacher after an exam ("HSKQ1:…"), so a class's results
 * reach the teacher's device without a server, an account or a network: the learner's screen
 * shows it as a QR code, the teacher's /lop-hoc/ page scans it (or a scanner types it).
 *
 * THE TEXT. Every character is in the QR "alphanumeric" set (0–9, A–Z, space $ % * + - . / :),
 * which packs 5.5 bits a character against 8 in byte mode, and which a keyboard-emulating
 * scanner types without a Vietnamese keyboard layout. Fields are separated by "/":
 *
 *   HSKQ1:<EXAM>/<NAME>/<EARNED>/<TOTAL>/<PASS>/<SUBMITTED>/<SECONDS>/<QUESTIONS>/<CODE>
 *
 *   EXAM       exam id in upper case ("DICH-VU-CONG")
 *   NAME       the learner's name: UTF-8 bytes (NFC) in base32
 *   EARNED     points earned, decimal; TOTAL points possible, decimal (every question is 1 point)
 *   PASS       1 passed, 0 not
 *   SUBMITTED  submission time, whole seconds since 1970, base 36
 *   SECONDS    time taken in seconds, base 36
 *   QUESTIONS  every question asked, grouped by id prefix: "DV001003-017.IA002-" is dv-001
 *              (right), dv-003 (wrong: "-" follows), dv-017 (right), ia-002 (wrong). The
 *              per-lesson scores follow from it with the course's question → lesson map:
 *              cheaper than lesson ids ("dich-vu-cong/vneid-la-gi"), which would not fit a
 *              30-question final exam into one small code.
 *   CODE       verification code: 16 base32 characters (80 bits) of SHA-256 over the
 *              canonical form, under a domain string of its own (see below)
 *
 * HONEST LIMITS (as for certificates, src/lib/certificate/record.ts). There is no secret on a
 * static site: anyone who reads this file can compute the code of a result they invent. The
 * code shows that the text was not changed after the learner's device made it (a raised
 * score, a mistyped character, an edited name all break it), not who sat the exam nor that
 * the exam was taken honestly. The teacher page says so.
 */
import { sha256Bytes } from '../backup/sha256';
import { fromBase32, toBase32 } from '../backup/base32';
import { checkName } from '../../stores/profiles';
import { isPassed } from '../../quiz/exam';

export const RESULT_PREFIX = 'HSKQ';
export const RESULT_VERSION = 1;
const DOMAIN = 'hocso-ket-qua-lop';
/** Longer than any code this module writes (about 650 characters at 100 questions). */
export const MAX_TEXT_LENGTH = 1200;
/** Exams have at most 100 questions (src/schemas/exam.ts). */
export const MAX_QUESTIONS = 100;
/** The longest exam is 180 minutes; a day leaves room for clocks, never for nonsense. */
export const MAX_SECONDS = 24 * 60 * 60;
/** No result can predate this site. */
export const EARLIEST = Date.UTC(2024, 0, 1);

export interface ClassResult {
  /** Exam id, lower case, as in content/exams. */
  examId: string;
  /** Learner's name as checkName stores it (NFC, single spaces, plain text). */
  name: string;
  earned: number;
  total: number;
  passed: boolean;
  /** Question ids asked ("dv-001"), sorted. */
  asked: string[];
  /** Ids of the questions answered wrongly (or not answered), sorted; a subset of asked. */
  wrong: string[];
  /** Submission time, ms since 1970, whole seconds. */
  submittedAt: number;
  /** Time taken, whole seconds. */
  seconds: number;
  /** Verification code (see verificationCode). */
  code: string;
}

export type ResultRecord = Omit<ClassResult, 'code'>;

export type ResultProblem =
  | 'empty'
  | 'not-ours'
  | 'version'
  | 'truncated'
  | 'malformed'
  | 'name'
  | 'number'
  | 'score'
  | 'inconsistent'
  | 'unknown-exam'
  | 'code';

export type DecodeResult = { ok: true; result: ClassResult } | { ok: false; problem: ResultProblem };

/** What the decoder must know about the exams of this site: their pass marks. */
export type KnownExams = ReadonlyMap<string, { passPercent: number }>;

const EXAM_ID = /^[a-z0-9-]{1,60}$/;
const QUESTION_ID = /^([a-z]{2,4})-(\d{3})$/;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The one text the code is computed over: a JSON array in fixed field order. */
export function canonicalForm(r: ResultRecord): string {
  return JSON.stringify([
    DOMAIN,
    RESULT_VERSION,
    r.examId,
    r.name,
    r.earned,
    r.total,
    r.passed,
    [...r.asked].sort(byId),
    [...r.wrong].sort(byId),
    Math.floor(r.submittedAt / 1000),
    r.seconds,
  ]);
}

/** 16 base32 characters (80 bits) of SHA-256 of the canonical form. No secret: see above. */
export function verificationCode(r: ResultRecord): string {
  return toBase32(sha256Bytes(new TextEncoder().encode(canonicalForm(r))).slice(0, 10));
}

export interface ResultInput {
  examId: string;
  /** As typed or as the profile has it; checked with checkName. */
  name: string;
  earned: number;
  total: number;
  passed: boolean;
  asked: readonly string[];
  wrong: readonly string[];
  submittedAt: number;
  seconds: number;
}

/** A result ready to encode, or undefined when its name cannot be one (the form says why). */
export function makeResult(input: ResultInput): ClassResult | undefined {
  const checked = checkName(input.name);
  if (!('name' in checked)) return undefined;
  const asked = [...new Set(input.asked)].sort(byId);
  const record: ResultRecord = {
    examId: input.examId,
    name: checked.name,
    earned: input.earned,
    total: input.total,
    passed: input.passed,
    asked,
    wrong: [...new Set(input.wrong)].filter((id) => asked.includes(id)).sort(byId),
    submittedAt: Math.floor(input.submittedAt / 1000) * 1000,
    seconds: Math.max(0, Math.min(MAX_SECONDS, Math.round(input.seconds))),
  };
  return { ...record, code: verificationCode(record) };
}

function encodeQuestions(asked: readonly string[], wrong: readonly string[]): string {
  const groups = new Map<string, string>();
  for (const id of [...asked].sort(byId)) {
    const m = QUESTION_ID.exec(id);
    if (!m) continue;
    const prefix = m[1]!.toUpperCase();
    groups.set(prefix, (groups.get(prefix) ?? '') + m[2]! + (wrong.includes(id) ? '-' : ''));
  }
  return [...groups].map(([prefix, numbers]) => prefix + numbers).join('.');
}

/** The text of the QR code. */
export function encodeResult(r: ClassResult): string {
  const name = toBase32(new TextEncoder().encode(r.name));
  return `${RESULT_PREFIX}${RESULT_VERSION}:${[
    r.examId.toUpperCase(),
    name,
    r.earned,
    r.total,
    r.passed ? 1 : 0,
    Math.floor(r.submittedAt / 1000).toString(36).toUpperCase(),
    r.seconds.toString(36).toUpperCase(),
    encodeQuestions(r.asked, r.wrong),
    r.code,
  ].join('/')}`;
}

const FIELDS = 9;
const fail = (problem: ResultProblem): DecodeResult => ({ ok: false, problem });

function decodeName(field: string): { name: string } | { problem: 'malformed' | 'name' } {
  if (!/^[A-Z2-7]{1,400}$/.test(field)) return { problem: 'malformed' };
  const bytes = fromBase32(field);
  // Strict: the text must be exactly what toBase32 writes, so no unused bits can vary.
  if (!bytes || toBase32(bytes) !== field) return { problem: 'malformed' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'name' };
  }
  const checked = checkName(text);
  return 'name' in checked && checked.name === text ? { name: text } : { problem: 'name' };
}

function decodeQuestions(field: string): { asked: string[]; wrong: string[] } | undefined {
  const asked: string[] = [];
  const wrong: string[] = [];
  for (const group of field.split('.')) {
    const m = /^([A-Z]{2,4})((?:\d{3}-?)+)$/.exec(group);
    if (!m) return undefined;
    const prefix = m[1]!.toLowerCase();
    for (const [, number, mark] of m[2]!.matchAll(/(\d{3})(-?)/g)) {
      const id = `${prefix}-${number}`;
      if (asked.includes(id)) return undefined;
      asked.push(id);
      if (mark) wrong.push(id);
    }
  }
  return { asked: asked.sort(byId), wrong: wrong.sort(byId) };
}

const decimal = (s: string) => (/^\d{1,3}$/.test(s) ? Number(s) : undefined);
const base36 = (s: string, maxLength: number) =>
  new RegExp(`^[0-9A-Z]{1,${maxLength}}$`).test(s) ? parseInt(s, 36) : undefined;

/**
 * Reads a result code from any text (a scan, a paste), checking everything: format, numbers,
 * name, that the score agrees with the questions and the exam's pass mark, and the code.
 * Letters may arrive in lower case (a scanner typing with Caps Lock on): they are folded.
 */
export function decodeResult(raw: unknown, exams: KnownExams, now = Date.now()): DecodeResult {
  if (typeof raw !== 'string') return fail('empty');
  const text = raw.trim().toUpperCase();
  if (!text) return fail('empty');
  if (!text.startsWith(RESULT_PREFIX)) return fail('not-ours');
  if (!text.startsWith(`${RESULT_PREFIX}${RESULT_VERSION}:`)) {
    return /^HSKQ\d+:/.test(text) ? fail('version') : fail('not-ours');
  }
  if (text.length > MAX_TEXT_LENGTH) return fail('malformed');
  const fields = text.slice(`${RESULT_PREFIX}${RESULT_VERSION}:`.length).split('/');
  if (fields.length < FIELDS) return fail('truncated');
  if (fields.length > FIELDS) return fail('malformed');
  const [exam, nameField, earnedField, totalField, passField, submittedField, secondsField, questionsField, code] = fields as [
    string, string, string, string, string, string, string, string, string,
  ];
  if (!/^[A-Z2-7]*$/.test(code)) return fail('malformed');
  if (code.length < 16) return fail('truncated');
  if (code.length > 16) return fail('malformed');

  const examId = exam.toLowerCase();
  if (!EXAM_ID.test(examId)) return fail('malformed');
  const decodedName = decodeName(nameField);
  if ('problem' in decodedName) return fail(decodedName.problem);
  const { name } = decodedName;

  const earned = decimal(earnedField);
  const total = decimal(totalField);
  const submittedSeconds = base36(submittedField, 8);
  const seconds = base36(secondsField, 5);
  if (earned === undefined || total === undefined || submittedSeconds === undefined || seconds === undefined) return fail('number');
  if (passField !== '0' && passField !== '1') return fail('malformed');
  const submittedAt = submittedSeconds * 1000;
  if (total < 1 || total > MAX_QUESTIONS || seconds > MAX_SECONDS) return fail('number');
  if (submittedAt < EARLIEST || submittedAt > now + 24 * 60 * 60 * 1000) return fail('number');
  if (earned > total) return fail('score');

  const questions = decodeQuestions(questionsField);
  if (!questions) return fail('malformed');
  const passed = passField === '1';
  if (questions.asked.length !== total || earned !== total - questions.wrong.length) return fail('inconsistent');

  const rules = exams.get(examId);
  if (!rules) return fail('unknown-exam');
  if (passed !== isPassed(earned, total, rules.passPercent)) return fail('inconsistent');

  const record: ResultRecord = { examId, name, earned, total, passed, ...questions, submittedAt, seconds };
  if (verificationCode(record) !== code) return fail('code');
  return { ok: true, result: { ...record, code } };
}

/** The key two scans of one attempt share: same learner, same exam, same submission second. */
export function attemptKey(r: Pick<ClassResult, 'name' | 'examId' | 'submittedAt'>): string {
  return `${r.name.toLocaleLowerCase('vi')}|${r.examId}|${Math.floor(r.submittedAt / 1000)}`;
}
