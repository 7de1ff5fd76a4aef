/** Small generators of certificates for the certificate tests. */
import fc from 'fast-check';
import { issue, type CertificateRecord } from '../../../src/lib/certificate/record';

export const arbRecord: fc.Arbitrary<CertificateRecord> = fc
  .record({
    id: fc.stringMatching(/^GCN-[A-Z2-7]{4}-[A-Z2-7]{4}$/),
    name: fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim().length > 0),
    examId: fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
    examTitle: fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }),
    total: fc.integer({ min: 1, max: 100 }),
    earnedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    issuedAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  })
  .map(({ earnedShare, ...r }) => ({ ...r, earned: Math.floor(earnedShare * r.total) }));

export const arbCertificate = arbRecord.map(issue);

export const sample = (over: Partial<CertificateRecord> = {}) =>
  issue({
    id: 'GCN-ABCD-EFGH',
    name: 'Nguyễn Thị Ba',
    examId: 'dich-vu-cong',
    examTitle: 'Kiểm tra học phần 4 — Dịch vụ công trực tuyến',
    earned: 14,
    total: 15,
    issuedAt: '2026-11-22T07:00:00.000Z',
    ...over,
  });
