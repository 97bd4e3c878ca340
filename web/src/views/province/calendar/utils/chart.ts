import { CalendarDayKind, type CalendarDay } from '@sanpin/application-api';
import type { EChartsCoreOption } from 'echarts/core';

/**
 * A year's calendar with its holidays and make-up working days coloured (the Monday–Friday rule's exceptions),
 * one heatmap cell per exception.
 */
export function calendarChartOption(
  year: number,
  days: readonly CalendarDay[],
  labels: { holiday: string; makeup: string },
): EChartsCoreOption {
  const value = (kind: CalendarDayKind) => (kind === CalendarDayKind.Holiday ? 1 : 2);
  return {
    tooltip: {
      formatter: (params: { data: [string, number, string] }) => `${params.data[0]} ${params.data[2]}`,
    },
    visualMap: {
      type: 'piecewise',
      dimension: 1,
      orient: 'horizontal',
      left: 'center',
      top: 0,
      pieces: [
        { value: 1, label: labels.holiday, color: '#b42318' },
        { value: 2, label: labels.makeup, color: '#1d4a86' },
      ],
    },
    calendar: {
      top: 60,
      left: 40,
      right: 20,
      cellSize: ['auto', 16],
      range: String(year),
      itemStyle: { borderWidth: 0.5, borderColor: '#e4e7ec' },
      splitLine: { lineStyle: { color: '#98a2b3' } },
      yearLabel: { show: false },
    },
    series: [
      {
        type: 'heatmap',
        coordinateSystem: 'calendar',
        data: days.map((day) => [day.day, value(day.kind), day.name]),
      },
    ],
  };
}
