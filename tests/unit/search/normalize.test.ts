// Folding is the contract between the index and the query: if the two sides ever fold
// differently, results silently disappear. These properties hold for any Vietnamese text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldWithMap, sourceRange, tokenize } from '../../../src/lib/search/normalize';

/** Letters a Vietnamese text is made of, precomposed and decomposed, plus spacing and punctuation. */
const VIETNAMESE = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐỨỆ0123456789  -,.!?:“”'];
const vietnameseText = fc.array(fc.constantFrom(...VIETNAMESE), { maxLength: 40 }).map((chars) => chars.join(''));
const anyText = fc.oneof(vietnameseText, vietnameseText.map((s) => s.normalize('NFD')), fc.string({ maxLength: 30 }));

describe('fold', () => {
  it('strips tone and vowel marks and lower-cases', () => {
    expect(fold('Lừa ĐẢO trực tuyến')).toBe('lua dao truc tuyen');
    expect(fold('Mật khẩu mạnh')).toBe('mat khau manh');
  });

  it('folds đ and Đ to d, which Unicode does not decompose', () => {
    expect(fold('đăng nhập')).toBe('dang nhap');
    expect(fold('Đổi mật khẩu')).toBe('doi mat khau');
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(fold('  Wi-Fi,   4G và “dữ liệu”!  ')).toBe('wi fi 4g va du lieu');
    expect(fold('…')).toBe('');
  });

  it('gives the same result for precomposed (NFC) and decomposed (NFD) input', () => {
    fc.assert(fc.property(vietnameseText, (text) => fold(text.normalize('NFC')) === fold(text.normalize('NFD'))));
  });

  it('is idempotent and yields only a–z, 0–9 and single spaces', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = fold(text);
        return fold(once) === once && /^([a-z0-9]+( [a-z0-9]+)*)?$/.test(once);
      }),
    );
  });
});

describe('foldWithMap', () => {
  it('folds exactly as fold does', () => {
    fc.assert(fc.property(anyText, (text) => foldWithMap(text).text === fold(text)));
  });

  it('maps every folded letter back to the source letter it came from', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const { text: folded, map } = foldWithMap(text);
        expect(map).toHaveLength(folded.length);
        [...folded].forEach((ch, i) => {
          if (ch !== ' ') expect(fold(text.charAt(map[i]!))).toBe(ch);
        });
      }),
    );
  });
});

describe('sourceRange', () => {
  it('finds the original words, with their diacritics, behind a folded match', () => {
    const source = 'Hãy Đổi MẬT KHẨU ngay.';
    const folded = foldWithMap(source);
    const at = folded.text.indexOf('mat khau');
    const [start, end] = sourceRange(source, folded, at, at + 'mat khau'.length);
    expect(source.slice(start, end)).toBe('MẬT KHẨU');
  });

  it('keeps combining marks with their letter in decomposed text', () => {
    const source = 'lừa đảo'.normalize('NFD');
    const folded = foldWithMap(source);
    const [start, end] = sourceRange(source, folded, 0, 3);
    expect(source.slice(start, end).normalize('NFC')).toBe('lừa');
  });
});

describe('tokenize', () => {
  it('splits folded text into words', () => {
    expect(tokenize('Xác thực hai-bước (2FA)')).toEqual(['xac', 'thuc', 'hai', 'buoc', '2fa']);
    expect(tokenize(' ,.; ')).toEqual([]);
  });
});
