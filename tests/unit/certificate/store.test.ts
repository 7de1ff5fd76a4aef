/** Issuing certificates to the active learner: one per exam, the best pass kept. */
import { describe, expect, it } from 'vitest';
import { useFreshStores } from '../support/fresh-stores';
import { isIntact } from '../../../src/lib/certificate/record';

useFreshStores();

const load = () =>
  Promise.all([import('../../../src/stores/certificates'), import('../../../src/stores/profiles'), import('../../../src/stores/learner-data')]);
const pass = (earned: number, total = 15, examId = 'dich-vu-cong') => ({ examId, examTitle: 'Kiểm tra học phần 4', earned, total, name: 'Trần Văn Ba' });
const day = (n: number) => new Date(Date.UTC(2026, 10, n));

describe('issueCertificate', () => {
  it('issues an intact certificate to the active learner, kept in storage', async () => {
    const [certs] = await load();
    const result = certs.issueCertificate(pass(13), day(1));
    expect(result.kind).toBe('issued');
    const [c] = certs.$certificates.get();
    expect(c && isIntact(c)).toBe(true);
    expect(c?.name).toBe('Trần Văn Ba');
    expect(localStorage.getItem(certs.CERTIFICATES_KEY)).toContain(c?.code);
  });

  it('refuses an empty name, and one with text-direction marks or too long', async () => {
    const [certs] = await load();
    expect(certs.issueCertificate({ ...pass(13), name: '   ' }).kind).toBe('no-name');
    expect(certs.issueCertificate({ ...pass(13), name: 'Ba\u202eoN' }).kind).toBe('bad-name');
    expect(certs.issueCertificate({ ...pass(13), name: 'B'.repeat(41) }).kind).toBe('bad-name');
    expect(certs.$certificates.get()).toEqual([]);
  });

  it('keeps one certificate per exam, replaced only by a better score', async () => {
    const [certs] = await load();
    const first = certs.issueCertificate(pass(13), day(1));
    expect(certs.issueCertificate(pass(12), day(2))).toEqual({ kind: 'kept', certificate: first.kind === 'issued' ? first.certificate : undefined });
    expect(certs.issueCertificate(pass(13), day(3)).kind).toBe('kept');
    expect(certs.issueCertificate(pass(15), day(4)).kind).toBe('issued');
    const list = certs.$certificates.get();
    expect(list).toHaveLength(1);
    expect(list[0]?.earned).toBe(15);
    certs.issueCertificate(pass(14, 15, 'cuoi-khoa'), day(5));
    expect(certs.$certificates.get().map((c) => c.examId)).toEqual(['cuoi-khoa', 'dich-vu-cong']);
  });

  it('belongs to one learner, and "Xóa dữ liệu của tôi" removes it', async () => {
    const [certs, profiles, data] = await load();
    certs.issueCertificate(pass(14), day(1));
    const owner = profiles.$activeProfileId.get();
    profiles.$activeProfileId.save('nguoi-khac');
    expect(certs.$certificates.get()).toEqual([]);
    profiles.$activeProfileId.save(owner);
    expect(certs.$certificates.get()).toHaveLength(1);
    data.deleteLearner(owner);
    expect(certs.$certificatesAll.get()[owner]).toBeUndefined();
  });
});

describe('parseCertificates', () => {
  it('drops broken entries one by one and keeps the rest', async () => {
    const [certs] = await load();
    certs.issueCertificate(pass(14), day(1));
    const all = certs.$certificatesAll.get();
    const [profile, mine] = Object.entries(all)[0]!;
    const parsed = certs.parseCertificates({ [profile]: { ...mine, other: { junk: true } }, broken: 3 });
    expect(parsed).toEqual({ [profile]: mine });
  });
});
