import { describe, expect, it } from 'vitest';
import { lessonUrl, url } from '../../src/lib/paths';

describe('url', () => {
  it('keeps absolute site paths and the trailing slash', () => {
    expect(url('/tu-dien/')).toBe('/tu-dien/');
    expect(lessonUrl('dich-vu-cong/vneid-la-gi')).toBe('/dich-vu-cong/vneid-la-gi/');
  });
  it('refuses a relative path, which would break on nested pages', () => {
    expect(() => url('tu-dien/')).toThrow(/bắt đầu bằng/);
  });
});
