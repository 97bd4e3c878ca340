import { describe, expect, it } from 'vitest';
import { percentOf } from './upload';

describe('upload progress', () => {
  it('is a whole percentage that reaches 100 only with the last byte', () => {
    expect(percentOf({ loaded: 0, total: 2_000_000 })).toBe(0);
    expect(percentOf({ loaded: 1_999_999, total: 2_000_000 })).toBe(99);
    expect(percentOf({ loaded: 2_000_000, total: 2_000_000 })).toBe(100);
  });

  it('is 0 while the size is unknown', () => {
    expect(percentOf({ loaded: 10, total: 0 })).toBe(0);
  });
});
