import { describe, expect, it } from 'vitest';
import { clip } from '@/utils/highlights/strings';

describe('clip', () => {
  it('never leaves half a surrogate pair', () => {
    expect(clip('ab😀', 3)).toBe('ab');
    expect(clip('ab😀', 4)).toBe('ab😀');
  });
});
