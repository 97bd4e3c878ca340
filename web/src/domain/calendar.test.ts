import { CalendarDayKind } from '@sanpin/application-api';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from './calendar';

describe('working days', () => {
  const exceptions = [
    { day: '2026-10-01', kind: CalendarDayKind.Holiday, name: '国庆节', provisional: false },
    { day: '2026-10-10', kind: CalendarDayKind.MakeupWorkday, name: '国庆节', provisional: false },
  ];

  it('are Monday to Friday', () => {
    expect(isWorkingDay('2026-11-25', exceptions)).toBe(true);
    expect(isWorkingDay('2026-11-28', exceptions)).toBe(false);
  });

  it('exclude holidays and include make-up working days', () => {
    expect(isWorkingDay('2026-10-01', exceptions)).toBe(false);
    expect(isWorkingDay('2026-10-10', exceptions)).toBe(true);
  });
});
