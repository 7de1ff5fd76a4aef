/**
 * Managing learners and their data across every per-learner store: add, rename, delete
 * (completely), read, replace, merge, import from a backup or transfer, adopt data whose
 * learner had no profile, and take back what is readable in a damaged copy.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './arbitraries';

let local: MemoryStorage;

beforeEach(() => {
  local = new MemoryStorage();
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', new MemoryStorage());
  vi.stubGlobal('window', new EventTarget());
});
afterEach(() => vi.unstubAllGlobals());

const openPage = async () => {
  vi.resetModules();
  return {
    data: await import('../../../src/stores/learner-data'),
    profiles: await import('../../../src/stores/profiles'),
    progress: await import('../../../src/stores/progress'),
    attempts: await import('../../../src/stores/attempts'),
    practice: await import('../../../src/stores/practice'),
    settings: await import('../../../src/stores/settings'),
  };
};

const T0 = Date.UTC(2026, 10, 1);
const exam = { examId: 'dich-vu-cong', seed: 3, questionIds: ['dv-001', 'dv-002'], minutes: 10 };

/** Gives the active learner something in every store. */
function learnSomething(page: Awaited<ReturnType<typeof openPage>>, lesson = 'm/a') {
  page.progress.markLessonDone(lesson, new Date(T0));
  page.attempts.startAttempt(exam, T0);
  page.attempts.submitAttempt(exam.examId, { earned: 2, total: 2, passed: true }, {}, T0 + 60_000);
  page.practice.recordPractice('dv-001', true, T0);
  page.settings.setTextSize(125);
}

describe('addProfile', () => {
  it('adds a named learner with the chosen avatar, without making them active', async () => {
    const page = await openPage();
    const result = page.data.addProfile({ name: ' Bà  Lan ', icon: 'ca', color: 'tim' }, new Date(T0));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile).toMatchObject({ name: 'Bà Lan', icon: 'ca', color: 'tim', createdAt: new Date(T0).toISOString() });
    expect(result.profile.id).toMatch(/^nh-[a-z0-9]{6}$/);
    expect(page.profiles.$activeProfileId.get()).toBe('mac-dinh');
    expect(JSON.parse(local.getItem('hocso:nguoi-hoc-hien-tai')!).data.profiles).toHaveLength(2);
  });
  it('says why a name cannot be used', async () => {
    const page = await openPage();
    expect(page.data.addProfile({ name: '', icon: 'ca', color: 'tim' })).toEqual({ ok: false, problem: 'empty' });
    expect(page.data.addProfile({ name: 'người học 1', icon: 'ca', color: 'tim' })).toEqual({ ok: false, problem: 'duplicate' });
  });
  it('stops at 30 learners', async () => {
    const page = await openPage();
    for (let i = 2; i <= 30; i++) expect(page.data.addProfile({ name: `Người ${i}`, icon: 'ca', color: 'tim' }).ok).toBe(true);
    expect(page.data.addProfile({ name: 'Thêm nữa', icon: 'ca', color: 'tim' })).toEqual({ ok: false, problem: 'too-many' });
  });
});

describe('renameProfile', () => {
  it('changes the name and avatar and records when', async () => {
    const page = await openPage();
    const result = page.data.renameProfile('mac-dinh', { name: 'Ông Tư', icon: 'nha', color: 'nau' }, new Date(T0));
    expect(result.ok && result.profile).toMatchObject({ id: 'mac-dinh', name: 'Ông Tư', icon: 'nha', color: 'nau', renamedAt: new Date(T0).toISOString() });
    expect(page.profiles.$activeProfile.get().name).toBe('Ông Tư');
  });
  it('may keep its own name but not take another learner’s', async () => {
    const page = await openPage();
    page.data.addProfile({ name: 'Lan', icon: 'ca', color: 'tim' });
    expect(page.data.renameProfile('mac-dinh', { name: 'Người học 1', icon: 'hoa', color: 'cam' }).ok).toBe(true);
    expect(page.data.renameProfile('mac-dinh', { name: 'LAN', icon: 'hoa', color: 'cam' })).toEqual({ ok: false, problem: 'duplicate' });
    expect(page.data.renameProfile('khong-co', { name: 'X', icon: 'hoa', color: 'cam' })).toEqual({ ok: false, problem: 'unknown' });
  });
});

describe('removeProfile', () => {
  it('removes only the profile record, and moves the active learner to the first remaining', async () => {
    const page = await openPage();
    learnSomething(page);
    const added = page.data.addProfile({ name: 'Lan', icon: 'ca', color: 'tim' });
    if (!added.ok) throw new Error(added.problem);
    page.profiles.selectProfile(added.profile.id);
    page.data.removeProfile(added.profile.id);
    expect(page.profiles.$activeProfileId.get()).toBe('mac-dinh');
    page.data.removeProfile('mac-dinh');
    expect(Object.keys(page.progress.$progressAll.get())).toEqual(['mac-dinh']);
  });
});

describe('bundleOf', () => {
  it('pairs a profile with everything the stores hold about it', async () => {
    const page = await openPage();
    learnSomething(page);
    const profile = page.profiles.$activeProfile.get();
    expect(page.data.bundleOf(profile)).toEqual({ profile, data: page.data.readLearner('mac-dinh') });
  });
});

describe('deleteLearner', () => {
  it('removes the learner from every per-learner store and the list, and no one else', async () => {
    const page = await openPage();
    learnSomething(page);
    page.profiles.selectProfile('ba-lan');
    learnSomething(page, 'm/b');
    page.data.deleteLearner('ba-lan');
    for (const key of ['hocso:tien-do', 'hocso:bai-lam', 'hocso:luyen-tap', 'hocso:cai-dat']) {
      const stored = JSON.parse(local.getItem(key)!).data;
      expect(Object.keys(stored), key).toEqual(['mac-dinh']);
    }
    expect(page.profiles.$learners.get().profiles.map((p) => p.id)).toEqual(['mac-dinh']);
    expect(page.profiles.$activeProfileId.get()).toBe('mac-dinh');
    expect(JSON.stringify([...local.map.values()])).not.toContain('ba-lan');
  });
  it('leaves a fresh "Người học 1" when the last learner goes', async () => {
    const page = await openPage();
    learnSomething(page);
    page.data.deleteLearner('mac-dinh');
    expect(page.profiles.$learners.get().profiles.map((p) => p.name)).toEqual(['Người học 1']);
    expect(page.data.readLearner('mac-dinh')).toEqual({ progress: {}, attempts: { open: {}, history: [] }, practice: {} });
  });
});

describe('readLearner and replaceLearner', () => {
  it('read one learner from every store, and write it back unchanged', async () => {
    const page = await openPage();
    learnSomething(page);
    const data = page.data.readLearner('mac-dinh');
    expect(Object.keys(data.progress)).toEqual(['m/a']);
    expect(data.attempts.history).toHaveLength(1);
    expect(data.practice['dv-001']?.right).toBe(true);
    expect(data.settings).toMatchObject({ textSize: 125 });
    page.data.replaceLearner('nh-copy01', data);
    expect(page.data.readLearner('nh-copy01')).toEqual(data);
  });
  it('return copies: changing them changes nothing stored', async () => {
    const page = await openPage();
    learnSomething(page);
    const data = page.data.readLearner('mac-dinh');
    data.progress['m/x'] = {};
    data.attempts.history.pop();
    expect(page.data.readLearner('mac-dinh').attempts.history).toHaveLength(1);
    expect(page.data.readLearner('mac-dinh').progress['m/x']).toBeUndefined();
  });
});

describe('mergeIntoLearner', () => {
  it('adds without removing what the learner has', async () => {
    const page = await openPage();
    learnSomething(page);
    page.data.mergeIntoLearner('mac-dinh', {
      progress: { 'm/b': { visitedAt: '2026-11-05T00:00:00.000Z' }, 'm/a': {} },
      attempts: { open: {}, history: [] },
      practice: { 'dv-001': { right: false, at: T0 - 1 } },
    });
    const data = page.data.readLearner('mac-dinh');
    expect(data.progress['m/a']?.doneAt).toBeDefined();
    expect(data.progress['m/b']?.visitedAt).toBe('2026-11-05T00:00:00.000Z');
    expect(data.practice['dv-001']?.right).toBe(true);
  });
});

describe('adoptOrphans', () => {
  it('gives data without a profile a "Người học <n>" profile, so it can be seen and deleted', async () => {
    local.setItem('hocso:tien-do', JSON.stringify({ version: 1, data: { 'nh-cu0001': { 'm/a': { doneAt: '2026-01-01T00:00:00.000Z' } }, 'mac-dinh': {} } }));
    const page = await openPage();
    const added = page.data.adoptOrphans(new Date(T0));
    expect(added.map((p) => [p.id, p.name])).toEqual([['nh-cu0001', 'Người học 2']]);
    expect(page.data.adoptOrphans()).toEqual([]);
  });
  it('does nothing for a guest', async () => {
    local.setItem('hocso:tien-do', JSON.stringify({ version: 1, data: { 'nh-cu0001': {} } }));
    const page = await openPage();
    page.profiles.startGuest();
    expect(page.data.adoptOrphans()).toEqual([]);
  });
});

describe('defaultTarget', () => {
  it('merges into the same id, else the same name, else adds a new learner', async () => {
    const page = await openPage();
    const profiles = [{ id: 'nh-aaaaaa', name: 'Lan', icon: 'ca' as const, color: 'tim' as const, createdAt: '' }];
    const bundle = (id: string, name: string) => ({ profile: { ...profiles[0]!, id, name }, data: { progress: {}, attempts: { open: {}, history: [] }, practice: {} } });
    expect(page.data.defaultTarget(bundle('nh-aaaaaa', 'Khác'), profiles)).toEqual({ kind: 'merge', into: 'nh-aaaaaa' });
    expect(page.data.defaultTarget(bundle('nh-bbbbbb', 'lan'), profiles)).toEqual({ kind: 'merge', into: 'nh-aaaaaa' });
    expect(page.data.defaultTarget(bundle('nh-bbbbbb', 'Minh'), profiles)).toEqual({ kind: 'new' });
  });
});

describe('importLearners', () => {
  const incoming = (id: string, name: string) => ({
    profile: { id, name, icon: 'ca' as const, color: 'tim' as const, createdAt: '2026-01-01T00:00:00.000Z', renamedAt: '2026-01-02T00:00:00.000Z' },
    data: { progress: { 'm/c': { doneAt: '2026-01-03T00:00:00.000Z' } }, attempts: { open: {}, history: [] }, practice: {} },
  });
  it('restores learners on a fresh device, replacing the empty automatic "Người học 1"', async () => {
    const page = await openPage();
    const result = page.data.importLearners([{ bundle: incoming('nh-lan001', 'Lan'), target: { kind: 'new' } }]);
    expect(result.ok).toBe(true);
    expect(page.profiles.$learners.get().profiles.map((p) => p.name)).toEqual(['Lan']);
    expect(page.profiles.$activeProfileId.get()).toBe('nh-lan001');
    expect(page.data.readLearner('nh-lan001').progress['m/c']?.doneAt).toBeDefined();
  });
  it('keeps "Người học 1" once it has progress, and renames it when the backup named it later', async () => {
    const page = await openPage();
    learnSomething(page);
    page.data.importLearners([
      { bundle: incoming('mac-dinh', 'Bà Tư'), target: { kind: 'merge', into: 'mac-dinh' } },
      { bundle: incoming('nh-lan001', 'Lan'), target: { kind: 'new' } },
    ]);
    const names = page.profiles.$learners.get().profiles.map((p) => p.name);
    expect(names).toEqual(['Bà Tư', 'Lan']);
    expect(Object.keys(page.data.readLearner('mac-dinh').progress).sort()).toEqual(['m/a', 'm/c']);
  });
  it('adds a learner whose id is taken as a new one, under a free id and name', async () => {
    const page = await openPage();
    page.data.addProfile({ name: 'Lan', icon: 'hoa', color: 'cam' });
    learnSomething(page);
    const result = page.data.importLearners([{ bundle: incoming('mac-dinh', 'Lan'), target: { kind: 'new' } }]);
    expect(result.ok && result.profiles[0]).toMatchObject({ id: 'mac-dinh-2', name: 'Lan (2)' });
  });
  it('skips learners left out, and refuses to go past 30 learners', async () => {
    const page = await openPage();
    expect(page.data.importLearners([{ bundle: incoming('nh-lan001', 'Lan'), target: { kind: 'skip' } }])).toEqual({ ok: true, profiles: [] });
    for (let i = 2; i <= 30; i++) page.data.addProfile({ name: `Người ${i}`, icon: 'ca', color: 'tim' });
    const before = local.snapshot();
    expect(page.data.importLearners([{ bundle: incoming('nh-lan001', 'Lan'), target: { kind: 'new' } }])).toEqual({ ok: false, problem: 'too-many' });
    expect(local.snapshot()).toEqual(before);
  });
});

describe('salvageDamaged', () => {
  it('takes back the readable lessons of a damaged progress copy and removes the copy', async () => {
    local.setItem(
      'hocso:tien-do',
      JSON.stringify({ version: 1, data: { 'mac-dinh': { 'm/a': { doneAt: '2026-01-01T00:00:00.000Z' }, 'm/b': { doneAt: 'hôm qua' } } } }),
    );
    const page = await openPage();
    expect(page.progress.$progress.get()).toEqual({});
    const [copy] = page.data.damagedCopies();
    expect(copy?.storeKey).toBe('hocso:tien-do');
    expect(page.data.salvageDamaged(copy!.copyKey)).toBe(1);
    expect(page.progress.$progress.get()).toEqual({ 'm/a': { doneAt: '2026-01-01T00:00:00.000Z' } });
    expect(page.data.damagedCopies()).toEqual([]);
  });
  it('keeps a copy with nothing readable until the learner discards it', async () => {
    local.setItem('hocso:bai-lam', '{"version":1,"data":{"mac-di');
    const page = await openPage();
    await import('../../../src/stores/attempts');
    const [copy] = page.data.damagedCopies();
    expect(page.data.salvageDamaged(copy!.copyKey)).toBe(0);
    expect(page.data.damagedCopies()).toHaveLength(1);
    page.data.discardDamaged(copy!.copyKey);
    expect(page.data.damagedCopies()).toEqual([]);
  });
});
