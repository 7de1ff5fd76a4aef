/** The result code a learner shows the teacher: what it holds, that it survives the trip, and every way it is refused. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attemptKey,
  canonicalForm,
  decodeResult,
  encodeResult,
  makeResult,
  verificationCode,
  type ClassResult,
} from '../../../src/lib/class-results/format';
import { toBase32 } from '../../../src/lib/backup/base32';
import { arbResult, EXAMS, NOW, sample } from './generators';

const decode = (text: unknown) => decodeResult(text, EXAMS, NOW);
const problemOf = (text: unknown) => {
  const read = decode(text);
  return read.ok ? 'ok' : read.problem;
};
const QR_ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]+$/;

/** The fields after "HSKQ1:", to rebuild a code with one field changed. */
const fieldsOf = (r: ClassResult) => encodeResult(r).slice('HSKQ1:'.length).split('/');
const withField = (r: ClassResult, index: number, value: string) => {
  const fields = fieldsOf(r);
  fields[index] = value;
  return `HSKQ1:${fields.join('/')}`;
};
/** A code whose fields are as given and whose verification code is RIGHT for them: only the other checks can refuse it. */
const forged = (r: ClassResult) => encodeResult({ ...r, code: verificationCode(r) });
const nameField = (name: string) => toBase32(new TextEncoder().encode(name));

describe('encodeResult / decodeResult', () => {
  it('gives back exactly the result that was encoded, for any result', () => {
    fc.assert(
      fc.property(arbResult, (r) => {
        const read = decode(encodeResult(r));
        expect(read).toEqual({ ok: true, result: r });
      }),
    );
  });

  it('writes only QR alphanumeric characters, so the code packs densely and a scanner can type it', () => {
    fc.assert(fc.property(arbResult, (r) => QR_ALPHANUMERIC.test(encodeResult(r))));
  });

  it('stays under 700 characters even at 100 questions and a 40-letter Vietnamese name', () => {
    const asked = Array.from({ length: 100 }, (_, i) => `${['dv', 'ia', 'tg', 'dt', 'tmdt', 'sk'][i % 6]}-${String(i).padStart(3, '0')}`);
    const r = sample({ examId: 'cuoi-khoa', name: 'Nguyễn Thị Ánh Tuyết Hồng Hạnh Phước Đức'.slice(0, 40), asked, wrong: asked.slice(0, 50), earned: 50, total: 100, passed: false });
    expect(encodeResult(r).length).toBeLessThan(700);
    expect(decode(encodeResult(r)).ok).toBe(true);
  });

  it('is short for a usual 15-question module exam (a small, easily scanned code)', () => {
    expect(encodeResult(sample()).length).toBeLessThan(150);
  });

  it('holds the exam, name, score, pass, questions asked and wrong, time taken and submission time', () => {
    const r = sample();
    const read = decode(encodeResult(r));
    expect(read.ok && read.result).toMatchObject({
      examId: 'dich-vu-cong',
      name: 'Nguyễn Văn A',
      earned: 4,
      total: 5,
      passed: true,
      asked: ['dv-001', 'dv-003', 'dv-017', 'dv-020', 'dv-031'],
      wrong: ['dv-003'],
      submittedAt: Date.UTC(2026, 10, 22, 8, 15, 30),
      seconds: 725,
    });
  });

  it('reads a code typed in lower case or with spaces around it (a scanner with Caps Lock on)', () => {
    const text = encodeResult(sample());
    expect(decode(`  ${text.toLowerCase()}\n`)).toEqual({ ok: true, result: sample() });
  });

  it('keeps a name with HTML in it as plain text, unchanged', () => {
    const r = sample({ name: '<img src=x onerror=alert(1)> Ba' });
    const read = decode(encodeResult(r));
    expect(read.ok && read.result.name).toBe('<img src=x onerror=alert(1)> Ba');
  });
});

describe('decodeResult refuses', () => {
  it('nothing at all, and what is not text', () => {
    expect(problemOf('')).toBe('empty');
    expect(problemOf('   ')).toBe('empty');
    expect(problemOf(undefined)).toBe('empty');
    expect(problemOf(42)).toBe('empty');
  });

  it('a code of something else (a web link, a transfer code, a certificate)', () => {
    expect(problemOf('https://vi-du-gia.xyz/')).toBe('not-ours');
    expect(problemOf('HSCD1:1/3/ABC')).toBe('not-ours');
    expect(problemOf('#gcn1.WyJHQ04')).toBe('not-ours');
    expect(problemOf('HSKQX:ABC')).toBe('not-ours');
  });

  it('a code of another version, saying so', () => {
    expect(problemOf(encodeResult(sample()).replace('HSKQ1:', 'HSKQ2:'))).toBe('version');
  });

  it('a code cut short anywhere, as truncated or unreadable, never as a result', () => {
    const text = encodeResult(sample());
    for (let cut = 1; cut < text.length; cut++) {
      const problem = problemOf(text.slice(0, cut));
      expect(problem, text.slice(0, cut)).not.toBe('ok');
    }
    expect(problemOf(text.slice(0, text.lastIndexOf('/')))).toBe('truncated');
    expect(problemOf(text.slice(0, -3))).toBe('truncated');
  });

  it('a code with a character changed anywhere', () => {
    const text = encodeResult(sample());
    fc.assert(
      fc.property(fc.integer({ min: 'HSKQ1:'.length, max: text.length - 1 }), fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-./'), (at, char) => {
        fc.pre(text[at] !== char);
        return problemOf(text.slice(0, at) + char + text.slice(at + 1)) !== 'ok';
      }),
    );
  });

  it('a raised score with the old verification code, as a bad code', () => {
    const r = sample({ asked: ['dv-001', 'dv-003'], wrong: ['dv-003'], earned: 1, total: 2, passed: false });
    expect(problemOf(encodeResult(r))).toBe('ok');
    // Every visible field made consistent with 2/2 and a pass: only the code gives it away.
    const raised = encodeResult({ ...r, earned: 2, wrong: [], passed: true });
    expect(problemOf(raised)).toBe('code');
    expect(problemOf(withField(r, 2, '2'))).toBe('inconsistent');
  });

  it('a wrong verification code', () => {
    const r = sample();
    expect(problemOf(withField(r, 8, 'AAAAAAAAAAAAAAAA'))).toBe('code');
  });

  it('more points than the total, even with a matching code', () => {
    const r = sample();
    expect(problemOf(forged({ ...r, earned: 6, total: 5 }))).toBe('score');
  });

  it('a score that does not agree with the questions or the pass mark, even with a matching code', () => {
    const r = sample();
    expect(problemOf(forged({ ...r, earned: 5 }))).toBe('inconsistent');
    expect(problemOf(forged({ ...r, total: 6, earned: 5 }))).toBe('inconsistent');
    expect(problemOf(forged({ ...r, passed: false }))).toBe('inconsistent');
  });

  it('huge or impossible numbers', () => {
    const r = sample();
    expect(problemOf(withField(r, 2, '99999999999999999999'))).toBe('number');
    expect(problemOf(withField(r, 3, '1000'))).toBe('number');
    expect(problemOf(withField(r, 3, '0'))).toBe('number');
    expect(problemOf(withField(r, 5, 'ZZZZZZZZZZZZ'))).toBe('number');
    expect(problemOf(withField(r, 6, 'ZZZZZZ'))).toBe('number');
    expect(problemOf(withField(r, 2, '-1'))).toBe('number');
    expect(problemOf(withField(r, 2, '1E3'))).toBe('number');
    expect(problemOf(forged({ ...r, seconds: 2 * 24 * 3600 }))).toBe('number');
    expect(problemOf(forged({ ...r, submittedAt: Date.UTC(2001, 0, 1) }))).toBe('number');
    expect(problemOf(forged({ ...r, submittedAt: NOW + 3 * 24 * 3600 * 1000 }))).toBe('number');
  });

  it('control characters and text-direction marks in the name, and a name that is not text', () => {
    const r = sample();
    for (const bad of ['Ba\u0000Na', 'Ba\u202eoN', 'Ba\u0007', 'Ba\nNa', '   ', 'B'.repeat(41)]) {
      expect(problemOf(withField(r, 1, nameField(bad))), JSON.stringify(bad)).toBe('name');
    }
    expect(problemOf(withField(r, 1, toBase32(new Uint8Array([0xc3, 0x28]))))).toBe('name');
    expect(problemOf(withField(r, 1, 'ABC1'))).toBe('malformed');
  });

  it('a name not in the form the learner page writes (two spaces), even with a matching code', () => {
    const r = sample();
    expect(problemOf(forged({ ...r, name: 'Nguyễn  Văn A' }))).toBe('name');
  });

  it('an exam this site does not have', () => {
    expect(problemOf(forged({ ...sample(), examId: 'hoc-phan-moi' }))).toBe('unknown-exam');
  });

  it('broken question lists: a repeated id, a bad group, nothing', () => {
    const r = sample();
    expect(problemOf(withField(r, 7, 'DV001001-017020031'))).toBe('malformed');
    expect(problemOf(withField(r, 7, 'DV01'))).toBe('malformed');
    expect(problemOf(withField(r, 7, ''))).toBe('malformed');
    expect(problemOf(withField(r, 7, '1DV001'))).toBe('malformed');
  });

  it('extra fields, a bad pass flag and texts far too long', () => {
    const r = sample();
    expect(problemOf(`${encodeResult(r)}/EXTRA`)).toBe('malformed');
    expect(problemOf(withField(r, 4, '2'))).toBe('malformed');
    expect(problemOf(`HSKQ1:${'A'.repeat(5000)}`)).toBe('malformed');
  });
});

describe('verificationCode', () => {
  it('is 16 base32 characters and changes when any field changes', () => {
    const r = sample();
    expect(r.code).toMatch(/^[A-Z2-7]{16}$/);
    const changes: Partial<ClassResult>[] = [
      { name: 'Nguyễn Văn B' },
      { examId: 'internet-an-toan' },
      { earned: 3 },
      { total: 6 },
      { passed: false },
      { asked: ['dv-001'] },
      { wrong: [] },
      { submittedAt: r.submittedAt + 1000 },
      { seconds: 726 },
    ];
    for (const change of changes) expect(verificationCode({ ...r, ...change }), JSON.stringify(change)).not.toBe(r.code);
  });

  it('is computed under its own domain, never equal to a certificate code of the same text', () => {
    expect(canonicalForm(sample())).toMatch(/^\["hocso-ket-qua-lop",1,/);
  });
});

describe('makeResult', () => {
  it('normalises the name and refuses one checkName refuses', () => {
    expect(makeResult({ ...sample(), name: '  Trần   Thị  Ba ' })?.name).toBe('Trần Thị Ba');
    expect(makeResult({ ...sample(), name: '' })).toBeUndefined();
    expect(makeResult({ ...sample(), name: 'Ba\u202e' })).toBeUndefined();
  });

  it('keeps whole seconds and a time taken between zero and a day', () => {
    const r = makeResult({ ...sample(), submittedAt: Date.UTC(2026, 0, 1) + 999, seconds: -5 })!;
    expect(r.submittedAt).toBe(Date.UTC(2026, 0, 1));
    expect(r.seconds).toBe(0);
  });

  it('sorts the question ids and keeps only wrong ids that were asked', () => {
    const r = makeResult({ ...sample(), asked: ['dv-017', 'dv-001'], wrong: ['dv-017', 'dv-999'], earned: 1, total: 2, passed: false })!;
    expect(r.asked).toEqual(['dv-001', 'dv-017']);
    expect(r.wrong).toEqual(['dv-017']);
  });
});

describe('attemptKey', () => {
  it('is the same for the same learner, exam and submission time, whatever the case of the name', () => {
    expect(attemptKey(sample())).toBe(attemptKey({ ...sample(), name: 'NGUYỄN VĂN A' }));
    expect(attemptKey(sample())).not.toBe(attemptKey({ ...sample(), submittedAt: sample().submittedAt + 60_000 }));
    expect(attemptKey(sample())).not.toBe(attemptKey({ ...sample(), examId: 'cuoi-khoa' }));
  });
});
