/** The certificate record: its canonical form, verification code and tamper detection. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canonicalForm,
  certificateId,
  isBetter,
  isIntact,
  issue,
  parseCertificate,
  verificationCode,
  type Certificate,
} from '../../../src/lib/certificate/record';
import { arbCertificate, arbRecord, sample } from './generators';

const FIELDS = ['id', 'name', 'examId', 'examTitle', 'earned', 'total', 'issuedAt'] as const;

/** The same certificate with one field changed to a different value of its type. */
function tamper(c: Certificate, field: (typeof FIELDS)[number], salt: string): Certificate {
  const value = c[field];
  return { ...c, [field]: typeof value === 'number' ? value + 1 : `${value}${salt}` };
}

describe('verificationCode', () => {
  it('is 16 base32 characters in groups of four', () => {
    expect(sample().code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
  });

  it('is the same for the same record, every time', () => {
    fc.assert(fc.property(arbRecord, (r) => verificationCode(r) === verificationCode({ ...r })));
  });

  it('differs when any one field changes', () => {
    fc.assert(
      fc.property(arbCertificate, fc.constantFrom(...FIELDS), fc.string({ minLength: 1, maxLength: 3 }), (c, field, salt) => {
        expect(verificationCode(tamper(c, field, salt))).not.toBe(c.code);
      }),
    );
  });

  it('cannot be fooled by moving text from one field to the next', () => {
    const a = sample({ name: 'Ba', examTitle: 'X' });
    const b = sample({ name: 'Ba","X', examTitle: '' });
    expect(canonicalForm(a)).not.toBe(canonicalForm(b));
    expect(a.code).not.toBe(b.code);
  });
});

describe('isIntact', () => {
  it('holds for every issued certificate', () => {
    fc.assert(fc.property(arbCertificate, (c) => isIntact(c)));
  });

  it('fails when any field or the code itself was edited', () => {
    fc.assert(
      fc.property(arbCertificate, fc.constantFrom(...FIELDS), (c, field) => {
        expect(isIntact(tamper(c, field, 'x'))).toBe(false);
      }),
    );
    const c = sample();
    const otherChar = c.code[0] === 'A' ? 'B' : 'A';
    expect(isIntact({ ...c, code: otherChar + c.code.slice(1) })).toBe(false);
  });
});

describe('issue', () => {
  it('stores the name in one normal form (NFC, single spaces, trimmed)', () => {
    const c = issue({ ...sample(), name: '  Nguye\u0302\u0303n   Ba ' });
    expect(c.name).toBe('Nguyễn Ba');
    expect(isIntact(c)).toBe(true);
  });
});

describe('certificateId', () => {
  it('reads as GCN- and two groups of four', () => {
    expect(certificateId(new Uint8Array([1, 2, 3, 4, 5]))).toMatch(/^GCN-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
  });
});

describe('parseCertificate', () => {
  it('reads back what was issued', () => {
    fc.assert(
      fc.property(arbCertificate, (c) => {
        expect(parseCertificate(JSON.parse(JSON.stringify(c)))).toEqual(c);
      }),
    );
  });

  it('refuses entries that are not certificates', () => {
    for (const bad of [null, 'x', [], { ...sample(), earned: 16 }, { ...sample(), issuedAt: 'hôm qua' }, { ...sample(), code: 3 }]) {
      expect(parseCertificate(bad)).toBeUndefined();
    }
  });
});

describe('isBetter', () => {
  it('takes any pass when there is no certificate yet', () => {
    expect(isBetter({ earned: 12, total: 15 }, undefined)).toBe(true);
  });

  it('replaces only with a strictly better score, compared as fractions', () => {
    expect(isBetter({ earned: 14, total: 15 }, { earned: 13, total: 15 })).toBe(true);
    expect(isBetter({ earned: 13, total: 15 }, { earned: 13, total: 15 })).toBe(false);
    expect(isBetter({ earned: 12, total: 15 }, { earned: 13, total: 15 })).toBe(false);
    expect(isBetter({ earned: 28, total: 30 }, { earned: 14, total: 15 })).toBe(false);
    expect(isBetter({ earned: 29, total: 30 }, { earned: 14, total: 15 })).toBe(true);
  });
});
