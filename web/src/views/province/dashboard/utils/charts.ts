import type { EChartsCoreOption } from 'echarts/core';

/** One bar or slice: what it counts, and how many. */
export interface Count {
  label: string;
  count: number;
}

const NAVY = '#1d4a86';

/** Horizontal bars, largest on top (the service sends them largest first), at most `limit` with the rest summed. */
export function barOption(counts: readonly Count[], limit: number, otherLabel: string): EChartsCoreOption {
  const shown = withOthers(counts, limit, otherLabel);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: shown.map((c) => c.label), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', data: shown.map((c) => c.count), itemStyle: { color: NAVY }, label: { show: true, position: 'right' } }],
  };
}

/** A ring of the stages an application is in. */
export function ringOption(counts: readonly Count[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        data: counts.map((c) => ({ name: c.label, value: c.count })),
        label: { formatter: '{b}\n{c}' },
      },
    ],
  };
}

/** The first `limit` counts, and the rest as one "other" entry so that the chart still adds up to the total. */
export function withOthers(counts: readonly Count[], limit: number, otherLabel: string): Count[] {
  if (counts.length <= limit) return [...counts];
  const rest = counts.slice(limit - 1).reduce((sum, c) => sum + c.count, 0);
  return [...counts.slice(0, limit - 1), { label: otherLabel, count: rest }];
}
