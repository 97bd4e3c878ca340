import { describe, expect, it } from 'vitest';
import { barOption, withOthers } from './charts';

describe('dashboard charts', () => {
  const counts = [
    { label: '长沙市', count: 9 },
    { label: '湘潭市', count: 4 },
    { label: '株洲市', count: 2 },
    { label: '岳阳市', count: 1 },
  ];

  it('keeps every count when they fit', () => {
    expect(withOthers(counts, 4, '其他')).toEqual(counts);
  });

  it('sums what does not fit into one entry, so the bars still add up to the total', () => {
    const shown = withOthers(counts, 3, '其他');
    expect(shown.map((c) => c.label)).toEqual(['长沙市', '湘潭市', '其他']);
    expect(shown.reduce((sum, c) => sum + c.count, 0)).toBe(16);
  });

  it('draws the largest bar on top with its number beside it', () => {
    const option = barOption(counts, 10, '其他') as { yAxis: { data: string[]; inverse: boolean }; series: { data: number[] }[] };
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.data[0]).toBe('长沙市');
    expect(option.series[0]!.data).toEqual([9, 4, 2, 1]);
  });
});
