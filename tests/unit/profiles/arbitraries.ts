/**
 * fast-check generators of learners' data as the stores hold it, and small stand-ins for the
 * browser's storage, shared by the profile, backup and transfer tests.
 */
import fc from 'fast-check';
import type { Attempt, LearnerBundle, LearnerData, LessonProgress, PracticeResult, Profile } from '../../../src/lib/backup/types';

/** Times between 2020 and 2040, in ms, as the stores write them (Date.now()). */
export const time = () => fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) });
export const isoTime = () => time().map((t) => new Date(t).toISOString());

const slug = () => fc.stringMatching(/^[a-z][a-z0-9-]{0,14}$/);
export const lessonId = () => fc.tuple(slug(), slug()).map(([m, l]) => `${m}/${l}`);
export const questionId = () => fc.stringMatching(/^[a-z]{2}-\d{3}$/);

export const lesson = (): fc.Arbitrary<LessonProgress> =>
  fc.record({ visitedAt: isoTime(), doneAt: isoTime() }, { requiredKeys: [] });

export const progress = () => fc.dictionary(lessonId(), lesson(), { maxKeys: 30 });

export const practice = (): fc.Arbitrary<Record<string, PracticeResult>> =>
  fc.dictionary(questionId(), fc.record({ right: fc.boolean(), at: time() }), { maxKeys: 20 });

export const grade = () =>
  fc.integer({ min: 1, max: 40 }).chain((total) => fc.record({ earned: fc.integer({ min: 0, max: total }), total: fc.constant(total), passed: fc.boolean() }));

/** A submitted attempt (what the history holds). */
export const attempt = (): fc.Arbitrary<Attempt> =>
  fc
    .record({
      examId: slug(),
      seed: fc.nat(),
      questionIds: fc.uniqueArray(questionId(), { minLength: 1, maxLength: 20 }),
      startedAt: time(),
      minutes: fc.integer({ min: 1, max: 60 }),
      took: fc.integer({ min: 0, max: 3_600_000 }),
      grade: grade(),
      timedOut: fc.boolean(),
      answered: fc.boolean(),
    })
    .map(({ examId, seed, questionIds, startedAt, minutes, took, grade, timedOut, answered }) => {
      const a: Attempt = {
        examId,
        seed,
        questionIds,
        answers: answered ? { [questionIds[0]!]: { choice: 1 } } : {},
        flags: [],
        current: 0,
        startedAt,
        deadline: startedAt + minutes * 60_000,
        submittedAt: startedAt + took,
        grade,
      };
      if (timedOut) a.timedOut = true;
      return a;
    });

/** A history as the store keeps it: unique by exam and start, oldest first. */
export const history = (max = 12) =>
  fc
    .uniqueArray(attempt(), { maxLength: max, selector: (a) => `${a.examId}@${a.startedAt}` })
    .map((list) => list.sort((a, b) => a.submittedAt! - b.submittedAt!));

export const learnerData = (): fc.Arbitrary<LearnerData> =>
  fc.record({ progress: progress(), attempts: fc.record({ open: fc.constant({}), history: history() }), practice: practice() });

const AVATAR_ICONS = ['hoa', 'sao', 'la', 'ca', 'chim', 'meo', 'mat-troi', 'nha'] as const;
const AVATAR_COLORS = ['xanh-la', 'xanh-duong', 'cam', 'do', 'tim', 'nau'] as const;

/** Names with Vietnamese letters, spaces, emoji and HTML-looking text: all plain text. */
export const name = () =>
  fc
    .oneof(
      fc.constantFrom('Bà Lan', 'Ông Tư', 'Nguyễn Thị Hồng Nhung', 'Minh 🌾', '<img src=x onerror=alert(1)>', 'Chú "Ba" & cô Út'),
      fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệ '), minLength: 1, maxLength: 30 }),
    )
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);

export const profile = (): fc.Arbitrary<Profile> =>
  fc
    .record({
      id: fc.stringMatching(/^nh-[a-z0-9]{6}$/),
      name: name(),
      icon: fc.constantFrom(...AVATAR_ICONS),
      color: fc.constantFrom(...AVATAR_COLORS),
      createdAt: isoTime(),
      renamedAt: isoTime(),
    }, { requiredKeys: ['id', 'name', 'icon', 'color', 'createdAt'] });

export const bundle = (): fc.Arbitrary<LearnerBundle> => fc.record({ profile: profile(), data: learnerData() });

export const bundles = (max = 3) => fc.uniqueArray(bundle(), { minLength: 1, maxLength: max, selector: (b) => b.profile.id });

/** localStorage / sessionStorage stand-in that outlives module reloads, like the real one outlives a page. */
export class MemoryStorage implements Storage {
  map = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.map.set(key, String(value));
  }
  snapshot() {
    return Object.fromEntries(this.map);
  }
}
