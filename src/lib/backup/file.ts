/**
 * The backup file: one or more learners with everything the stores keep about them, in
 * versioned JSON with a SHA-256 checksum over its canonical form. A learner downloads it to
 * keep their progress safe, or to carry it to another device; reading it back checks every
 * byte before anything on the device changes, and names what is wrong in words the learner
 * can act on.
 */
import { canonicalJson, withinDepth } from './canonical';
import { sha256Hex } from './sha256';
import { checkBundle, type LearnerProblem } from './validate';
import type { LearnerBundle } from './types';

export const BACKUP_APP = 'hoc-so-binh-dan' as const;
export const BACKUP_KIND = 'sao-luu-tien-do' as const;
export const BACKUP_VERSION = 1;
/** Real backups weigh a few dozen KB per learner; anything near this is not one of ours. */
export const MAX_BACKUP_BYTES = 2 * 1024 * 1024;
export const MAX_BACKUP_LEARNERS = 30;
export const CHECKSUM_PREFIX = 'sha256:';

/** One learner as written in the file: the profile beside the data of each store. */
export type BackupLearner = { profile: LearnerBundle['profile'] } & LearnerBundle['data'];

export interface BackupFile {
  app: typeof BACKUP_APP;
  kind: typeof BACKUP_KIND;
  version: number;
  /** A sentence for whoever opens the file in a text editor. */
  note: string;
  exportedAt: string;
  learners: BackupLearner[];
  /** "sha256:" + hex of SHA-256 over the canonical JSON of every other field. */
  checksum: string;
}

export const BACKUP_NOTE =
  'Tệp sao lưu tiến độ học của trang Học số Bình dân. Để khôi phục: mở trang “Tiến độ của tôi”, chọn “Nhập tệp sao lưu”. Đừng sửa tệp này: sửa một chữ là tệp không dùng được nữa.';

const withoutChecksum = (file: Record<string, unknown>) => {
  const rest = { ...file };
  delete rest['checksum'];
  return rest;
};

export async function checksumOf(file: Record<string, unknown>): Promise<string> {
  return CHECKSUM_PREFIX + (await sha256Hex(canonicalJson(withoutChecksum(file))));
}

/** The file's text, ready to download. */
export async function createBackupText(bundles: LearnerBundle[], now = new Date()): Promise<string> {
  const learners: BackupLearner[] = bundles.map(({ profile, data }) => ({ profile, ...data }));
  const body = { app: BACKUP_APP as typeof BACKUP_APP, kind: BACKUP_KIND as typeof BACKUP_KIND, version: BACKUP_VERSION, note: BACKUP_NOTE, exportedAt: now.toISOString(), learners };
  const file: BackupFile = { ...body, checksum: await checksumOf(body) };
  return `${JSON.stringify(file, null, 1)}\n`;
}

export type BackupProblem =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'truncated'
  | 'not-backup'
  | 'newer-version'
  | 'bad-version'
  | 'no-checksum'
  | 'bad-checksum'
  | 'no-learners'
  | 'too-many-learners'
  | 'duplicate-learner'
  | 'too-deep';

/** A file that passed every check: its learners as bundles, ready to preview and merge. */
export interface BackupContent {
  exportedAt: string;
  learners: LearnerBundle[];
}

export type BackupRead =
  | { ok: true; file: BackupContent }
  | { ok: false; problem: BackupProblem }
  | { ok: false; problem: LearnerProblem; learner: number };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a file's text from the first byte to the checksum and every field of every learner. */
export async function readBackupText(text: string): Promise<BackupRead> {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large' };
  const trimmed = text.replace(/^\ufeff/, '').trim();
  if (!trimmed) return { ok: false, problem: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    // Cut off while downloading or copying, as opposed to some other kind of file.
    return { ok: false, problem: trimmed.startsWith('{') && !trimmed.endsWith('}') ? 'truncated' : 'not-json' };
  }
  if (!isRecord(parsed) || parsed['app'] !== BACKUP_APP || parsed['kind'] !== BACKUP_KIND) return { ok: false, problem: 'not-backup' };
  const version = parsed['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: 'bad-version' };
  if (version > BACKUP_VERSION) return { ok: false, problem: 'newer-version' };
  if (!withinDepth(parsed)) return { ok: false, problem: 'too-deep' };
  if (typeof parsed['checksum'] !== 'string' || !parsed['checksum'].startsWith(CHECKSUM_PREFIX)) return { ok: false, problem: 'no-checksum' };
  if ((await checksumOf(parsed)) !== parsed['checksum']) return { ok: false, problem: 'bad-checksum' };
  const learners = parsed['learners'];
  if (!Array.isArray(learners) || learners.length === 0) return { ok: false, problem: 'no-learners' };
  if (learners.length > MAX_BACKUP_LEARNERS) return { ok: false, problem: 'too-many-learners' };
  const bundles: LearnerBundle[] = [];
  for (const [i, raw] of learners.entries()) {
    const checked = checkBundle(raw);
    if (!checked.ok) return { ok: false, problem: checked.problem, learner: i + 1 };
    if (bundles.some((b) => b.profile.id === checked.bundle.profile.id)) return { ok: false, problem: 'duplicate-learner' };
    bundles.push(checked.bundle);
  }
  const exportedAt = typeof parsed['exportedAt'] === 'string' && !Number.isNaN(Date.parse(parsed['exportedAt'])) ? parsed['exportedAt'] : '';
  return { ok: true, file: { exportedAt, learners: bundles } };
}

const plainDate = (d: Date) =>
  `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;

/**
 * A Vietnamese file name that every system accepts: "Học số - sao lưu - Lan - 22-11-2026.json".
 * Characters that file systems refuse are dropped from the learner's name.
 */
export function backupFileName(who: string, now = new Date()): string {
  const safe = who.normalize('NFC').replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 40).trim();
  return `Học số - sao lưu - ${safe || 'người học'} - ${plainDate(now)}.json`;
}
