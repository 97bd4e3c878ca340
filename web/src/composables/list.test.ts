import { describe, expect, it } from 'vitest';
import { collectAll, localLoader, parseSort, sortParam, type ListLoader } from './list';

describe('sorting', () => {
  it('turns the table’s sort into the contract’s and back', () => {
    expect(sortParam('year', 'descending')).toBe('year,desc');
    expect(sortParam('title', 'ascending')).toBe('title,asc');
    expect(sortParam('year', null)).toBeUndefined();
    expect(parseSort('year,desc')).toEqual({ prop: 'year', order: 'descending' });
    expect(parseSort('title')).toEqual({ prop: 'title', order: 'ascending' });
  });
});

describe('an export', () => {
  it('fetches every page of the filtered list and reports its progress', async () => {
    const all = Array.from({ length: 450 }, (_, i) => i);
    const asked: number[] = [];
    const load: ListLoader<number, { even: boolean }> = async ({ page, size }) => {
      asked.push(page);
      return { items: all.slice(page * size, (page + 1) * size), total: all.length };
    };
    const progress: number[] = [];
    const rows = await collectAll(load, { even: false }, undefined, (share) => progress.push(share));
    expect(rows).toEqual(all);
    expect(asked).toEqual([0, 1, 2]);
    expect(progress).toEqual([200 / 450, 400 / 450, 1]);
  });

  it('of an empty list is done at once', async () => {
    const progress: number[] = [];
    expect(await collectAll(async () => ({ items: [], total: 0 }), {}, undefined, (s) => progress.push(s))).toEqual([]);
    expect(progress).toEqual([1]);
  });
});

describe('a list the contract answers whole', () => {
  const editions = [
    { number: 'HNPR-2021-05004', year: 2021 },
    { number: 'DEMO-2026-01', year: 2026 },
    { number: 'HNPR-2031-00001', year: 2031 },
  ];
  const load = localLoader(
    async () => editions,
    (edition, filters: { text?: string }) => !filters.text || edition.number.includes(filters.text),
    (edition, key) => (key === 'year' ? edition.year : edition.number),
  );

  it('is filtered, sorted and paged in the browser', async () => {
    expect(await load({ page: 0, size: 2, sort: 'year,desc', filters: {} })).toEqual({ items: [editions[2], editions[1]], total: 3 });
    expect(await load({ page: 1, size: 2, sort: 'year,desc', filters: {} })).toEqual({ items: [editions[0]], total: 3 });
    expect(await load({ page: 0, size: 20, sort: 'number,asc', filters: { text: 'HNPR' } })).toEqual({
      items: [editions[0], editions[2]],
      total: 2,
    });
  });
});
