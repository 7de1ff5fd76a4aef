/** The certificate in the URL fragment of the verify link. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeFragment, encodeFragment } from '../../../src/lib/certificate/fragment';
import { isIntact } from '../../../src/lib/certificate/record';
import { arbCertificate, sample } from './generators';

const URL_SAFE = /^gcn1\.[A-Za-z0-9_-]+$/;

describe('encodeFragment', () => {
  it('writes only URL-safe characters, behind a version prefix', () => {
    fc.assert(fc.property(arbCertificate, (c) => URL_SAFE.test(encodeFragment(c))));
  });
});

describe('decodeFragment', () => {
  it('gives back exactly the certificate that was encoded, with or without "#"', () => {
    fc.assert(
      fc.property(arbCertificate, (c) => {
        expect(decodeFragment(encodeFragment(c))).toEqual(c);
        expect(decodeFragment(`#${encodeFragment(c)}`)).toEqual(c);
      }),
    );
  });

  it('never lets a one-character change pass as the intact certificate', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(arbCertificate, fc.nat(), fc.nat(), (c, at, pick) => {
        const text = encodeFragment(c);
        const i = 5 + (at % (text.length - 5));
        const replacement = alphabet[pick % alphabet.length]!;
        fc.pre(replacement !== text[i]);
        const changed = text.slice(0, i) + replacement + text.slice(i + 1);
        const decoded = decodeFragment(changed);
        expect(decoded === undefined || !isIntact(decoded)).toBe(true);
      }),
    );
  });

  it('reads nothing from an empty, foreign or broken fragment', () => {
    for (const bad of ['', '#', '#abc', 'gcn1.', 'gcn1.!!!!', 'gcn1.e30', 'gcn2.' + encodeFragment(sample()).slice(5)]) {
      expect(decodeFragment(bad)).toBeUndefined();
    }
  });
});
