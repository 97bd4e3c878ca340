import { CalendarDayKind, type CalendarDay } from '@sanpin/application-api';

/**
 * Whether a day is a working day: Monday to Friday unless a holiday, and a weekend day only when it is a
 * make-up working day (调休). `day` is YYYY-MM-DD; `exceptions` are the year's calendar days from the service.
 */
export function isWorkingDay(day: string, exceptions: readonly CalendarDay[]): boolean {
  const exception = exceptions.find((candidate) => candidate.day === day);
  if (exception) return exception.kind === CalendarDayKind.MakeupWorkday;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}
