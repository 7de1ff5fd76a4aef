/**
 * The profile store: who is learning, the v1 → v2 migration (a device from before profiles
 * keeps its learner's progress), validation of stored profiles, switching (also from another
 * tab), and the guest mode, during which nothing at all is written to localStorage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './arbitraries';

let local: MemoryStorage;
let session: MemoryStorage;
let win: EventTarget;

beforeEach(() => {
  vi.resetModules();
  local = new MemoryStorage();
  session = new MemoryStorage();
  win = new EventTarget();
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', session);
  vi.stubGlobal('window', win);
});
afterEach(() => vi.unstubAllGlobals());

/** Loads the stores as a freshly opened page would. */
const openPage = async () => {
  vi.resetModules();
  const profiles = await import('../../../src/stores/profiles');
  const progress = await import('../../../src/stores/progress');
  const storage = await import('../../../src/stores/storage');
  return { ...profiles, progress, storage };
};

/** What another tab's write looks like to this one. */
const otherTabWrites = (key: string, value: string) => {
  local.setItem(key, value);
  win.dispatchEvent(Object.assign(new Event('storage'), { key }));
};

const V1_DEFAULT = '{"version":1,"data":"mac-dinh"}';
const V1_OTHER = '{"version":1,"data":"ba-lan"}';
const PROGRESS_OF_DEFAULT = JSON.stringify({
  version: 1,
  data: { 'mac-dinh': { 'dien-thoai-thong-minh/lam-quen': { visitedAt: '2026-10-01T08:00:00.000Z', doneAt: '2026-10-01T08:10:00.000Z' } } },
});

describe('migrateLearnersV1', () => {
  it('turns the default learner of v1 into the named profile "Người học 1"', async () => {
    const { migrateLearnersV1 } = await openPage();
    const now = new Date('2026-11-22T00:00:00Z');
    expect(migrateLearnersV1('mac-dinh', now)).toEqual({
      active: 'mac-dinh',
      profiles: [{ id: 'mac-dinh', name: 'Người học 1', icon: 'hoa', color: 'xanh-la', createdAt: '2026-11-22T00:00:00.000Z' }],
    });
  });
  it('keeps another active learner of v1 as "Người học 2", beside the default one', async () => {
    const { migrateLearnersV1 } = await openPage();
    const state = migrateLearnersV1('ba-lan');
    expect(state.active).toBe('ba-lan');
    expect(state.profiles.map((p) => [p.id, p.name])).toEqual([
      ['mac-dinh', 'Người học 1'],
      ['ba-lan', 'Người học 2'],
    ]);
  });
  it('starts from the default learner when the v1 value was not an id', async () => {
    const { migrateLearnersV1 } = await openPage();
    expect(migrateLearnersV1(42).active).toBe('mac-dinh');
  });
});

describe('$learners (stored v1 fixtures)', () => {
  it('migrates a v1 device: the default learner keeps its progress and gets a name', async () => {
    local.setItem('hocso:nguoi-hoc-hien-tai', V1_DEFAULT);
    local.setItem('hocso:tien-do', PROGRESS_OF_DEFAULT);
    const { $learners, $activeProfile, progress } = await openPage();
    expect($learners.get().profiles.map((p) => p.name)).toEqual(['Người học 1']);
    expect($activeProfile.get().id).toBe('mac-dinh');
    expect(progress.$progress.get()['dien-thoai-thong-minh/lam-quen']?.doneAt).toBe('2026-10-01T08:10:00.000Z');
    const stored = JSON.parse(local.getItem('hocso:nguoi-hoc-hien-tai')!);
    expect(stored.version).toBe(2);
    expect(stored.data.profiles[0].id).toBe('mac-dinh');
  });
  it('migrates a v1 device whose active learner was another id, dropping nobody', async () => {
    local.setItem('hocso:nguoi-hoc-hien-tai', V1_OTHER);
    const { $learners, $activeProfileId } = await openPage();
    expect($activeProfileId.get()).toBe('ba-lan');
    expect($learners.get().profiles.map((p) => p.id)).toEqual(['mac-dinh', 'ba-lan']);
  });
  it('gives a device that never stored anything "Người học 1", without writing', async () => {
    const { $learners, $activeProfileId } = await openPage();
    expect($activeProfileId.get()).toBe('mac-dinh');
    expect($learners.get().profiles[0]?.name).toBe('Người học 1');
    expect(local.getItem('hocso:nguoi-hoc-hien-tai')).toBeNull();
  });
  it('keeps an unreadable list aside and starts again, reporting it', async () => {
    local.setItem('hocso:nguoi-hoc-hien-tai', '{"version":2,"data":{"profiles":"hỏng"}}');
    const { $learners, storage } = await openPage();
    expect($learners.get().profiles).toHaveLength(1);
    expect(storage.$storageHealth.get().recovered).toEqual(['hocso:nguoi-hoc-hien-tai']);
    expect([...local.map.keys()].some((k) => k.startsWith('hocso:nguoi-hoc-hien-tai:hong:'))).toBe(true);
  });
});

describe('parseLearners', () => {
  const good = { id: 'nh-abc123', name: 'Lan', icon: 'ca', color: 'cam', createdAt: '2026-11-01T00:00:00.000Z' };
  it('accepts a valid list and keeps the active learner', async () => {
    const { parseLearners } = await openPage();
    expect(parseLearners({ active: 'nh-abc123', profiles: [good] })).toEqual({ active: 'nh-abc123', profiles: [good] });
  });
  it('points the active learner at the first profile when it is missing', async () => {
    const { parseLearners } = await openPage();
    expect(parseLearners({ active: 'ai-do', profiles: [good] })?.active).toBe('nh-abc123');
  });
  it('drops profiles with unusable ids and duplicates, and refuses an empty list', async () => {
    const { parseLearners } = await openPage();
    const parsed = parseLearners({ active: 'x', profiles: [good, { ...good, name: 'Trùng' }, { ...good, id: 'Có Dấu' }, { ...good, id: 'khach' }] });
    expect(parsed?.profiles).toEqual([good]);
    expect(parseLearners({ active: 'x', profiles: [] })).toBeUndefined();
    expect(parseLearners('mac-dinh')).toBeUndefined();
  });
  it('repairs a broken name or avatar instead of losing the learner', async () => {
    const { parseLearners } = await openPage();
    const parsed = parseLearners({ active: 'nh-abc123', profiles: [{ ...good, name: 7, icon: 'rồng', color: 'vàng' }] });
    expect(parsed?.profiles[0]).toMatchObject({ id: 'nh-abc123', name: 'Người học 1', icon: 'hoa', color: 'xanh-la' });
  });
});

describe('checkName', () => {
  it('normalises spaces and keeps Vietnamese letters and markup-like text as they are', async () => {
    const { checkName } = await openPage();
    expect(checkName('  Bà   Lan ')).toEqual({ name: 'Bà Lan' });
    expect(checkName('<img src=x onerror=alert(1)>')).toEqual({ name: '<img src=x onerror=alert(1)>' });
    expect(checkName('Ba\u0300 Lan')).toEqual({ name: 'Bà Lan' });
  });
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['a'.repeat(41), 'too-long'],
    ['Lan\u202eoaN', 'invalid'],
    ['Lan\u0000', 'invalid'],
    [42, 'invalid'],
  ])('refuses %j as %s', async (raw, problem) => {
    const { checkName } = await openPage();
    expect(checkName(raw)).toEqual({ problem });
  });
  it('refuses a name another learner has, whatever the case', async () => {
    const { checkName } = await openPage();
    const others = [{ id: 'a', name: 'Bà Lan', icon: 'hoa' as const, color: 'cam' as const, createdAt: '' }];
    expect(checkName('bà lan', others)).toEqual({ problem: 'duplicate' });
  });
});

describe('selectProfile', () => {
  it('switches the learner whose progress the stores show, and remembers it after a reload', async () => {
    let page = await openPage();
    page.progress.markLessonDone('m/a');
    page.selectProfile('ba-lan');
    expect(page.$activeProfileId.get()).toBe('ba-lan');
    expect(page.progress.$progress.get()).toEqual({});
    page = await openPage();
    expect(page.$activeProfileId.get()).toBe('ba-lan');
    page.selectProfile('mac-dinh');
    expect(page.progress.$progress.get()['m/a']?.doneAt).toBeDefined();
  });
  it('gives an unknown id a "Người học <n>" profile and ignores an unusable id', async () => {
    const page = await openPage();
    page.$activeProfileId.save('ba-lan');
    expect(page.$learners.get().profiles.find((p) => p.id === 'ba-lan')?.name).toBe('Người học 2');
    page.selectProfile('Không Hợp Lệ');
    expect(page.$activeProfileId.get()).toBe('ba-lan');
  });
  it('reaches another tab: its stores follow the switch', async () => {
    const page = await openPage();
    const state = { active: 'nh-khac01', profiles: [...page.$learners.get().profiles, { id: 'nh-khac01', name: 'Minh', icon: 'ca', color: 'tim', createdAt: '2026-11-01T00:00:00.000Z' }] };
    otherTabWrites('hocso:nguoi-hoc-hien-tai', JSON.stringify({ version: 2, data: state }));
    expect(page.$activeProfileId.get()).toBe('nh-khac01');
    expect(page.$activeProfile.get().name).toBe('Minh');
  });
});

describe('startGuest', () => {
  it('writes nothing to localStorage while the guest learns, and shows the guest an empty record', async () => {
    local.setItem('hocso:tien-do', PROGRESS_OF_DEFAULT);
    const page = await openPage();
    const before = local.snapshot();
    expect(page.startGuest()).toBe(true);
    expect(page.$activeProfileId.get()).toBe('khach');
    expect(page.progress.$progress.get()).toEqual({});
    page.progress.markLessonDone('m/a');
    page.progress.markLessonVisited('m/b');
    expect(page.progress.$progress.get()['m/a']?.doneAt).toBeDefined();
    expect(local.snapshot()).toEqual(before);
  });
  it('keeps the guest across pages of the same tab, still writing nothing', async () => {
    let page = await openPage();
    page.startGuest();
    page.progress.markLessonDone('m/a');
    const before = local.snapshot();
    page = await openPage();
    expect(page.$guest.get()).toBe(true);
    expect(page.progress.$progress.get()['m/a']?.doneAt).toBeDefined();
    page.progress.markLessonDone('m/b');
    expect(local.snapshot()).toEqual(before);
  });
  it('does not follow another tab switching learners', async () => {
    const page = await openPage();
    page.startGuest();
    otherTabWrites('hocso:nguoi-hoc-hien-tai', JSON.stringify({ version: 2, data: { active: 'mac-dinh', profiles: page.$learners.get().profiles } }));
    expect(page.$activeProfileId.get()).toBe('khach');
  });
});

describe('leaveGuest', () => {
  it('forgets the guest and shows the real, unchanged data again', async () => {
    local.setItem('hocso:tien-do', PROGRESS_OF_DEFAULT);
    const page = await openPage();
    page.startGuest();
    page.progress.markLessonDone('m/a');
    page.leaveGuest();
    expect(page.$guest.get()).toBe(false);
    expect(page.$activeProfileId.get()).toBe('mac-dinh');
    expect(Object.keys(page.progress.$progressAll.get())).toEqual(['mac-dinh']);
    expect(session.length).toBe(0);
    const next = await openPage();
    expect(next.$guest.get()).toBe(false);
  });
  it('happens when a learner is chosen, and their writes reach localStorage again', async () => {
    const page = await openPage();
    page.startGuest();
    page.selectProfile('mac-dinh');
    page.progress.markLessonDone('m/z');
    expect(JSON.parse(local.getItem('hocso:tien-do')!).data['mac-dinh']['m/z'].doneAt).toBeDefined();
  });
});

describe('createGuestStorage', () => {
  it('reads through to the real storage until a key is written or removed', async () => {
    const { createGuestStorage } = await openPage();
    local.setItem('k', 'real');
    const guest = createGuestStorage(local, session);
    expect(guest.getItem('k')).toBe('real');
    guest.setItem('k', 'guest');
    expect(guest.getItem('k')).toBe('guest');
    guest.removeItem('k');
    expect(guest.getItem('k')).toBeNull();
    expect(local.getItem('k')).toBe('real');
    expect(guest.shadowedKeys()).toEqual(['k']);
    guest.clearShadow();
    expect(guest.getItem('k')).toBe('real');
  });
  it('keeps working in memory when sessionStorage refuses writes', async () => {
    const { createGuestStorage } = await openPage();
    session.failWrites = true;
    const guest = createGuestStorage(local, session);
    guest.setItem('k', 'v');
    expect(guest.getItem('k')).toBe('v');
    expect(local.getItem('k')).toBeNull();
  });
});

describe('probeStorage', () => {
  it('reports at once that nothing can be saved when writes throw', async () => {
    local.failWrites = true;
    const page = await openPage();
    expect(page.storage.$storageHealth.get().saving).toBe(true);
    page.probeStorage();
    expect(page.storage.$storageHealth.get().saving).toBe(false);
  });
  it('leaves no trace when writes work, and does not touch storage for a guest', async () => {
    const page = await openPage();
    page.probeStorage();
    expect(local.length).toBe(0);
    page.startGuest();
    local.failWrites = true;
    page.probeStorage();
    expect(page.storage.$storageHealth.get().saving).toBe(true);
  });
});
