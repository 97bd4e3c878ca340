import type { PhaseSchedule } from '@sanpin/application-api';

export const PHASES = ['application', 'recommendation', 'preliminary', 'expert', 'publicity'] as const;

/** The day in Beijing, where every deadline of the programme falls (YYYY-MM-DD). */
export function todayInBeijing(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(now);
}

/**
 * Which phase of a call a day falls in, as an index of PHASES: -1 before applications open; each phase runs until
 * its deadline; after the expert review's deadline comes publicity. YYYY-MM-DD texts compare as dates.
 */
export function currentPhase(schedule: PhaseSchedule, today: string): number {
  if (today < schedule.applicationOpensOn) return -1;
  const deadlines = [schedule.applicationClosesOn, schedule.recommendationDueOn, schedule.preliminaryReviewDueOn, schedule.expertReviewDueOn];
  const index = deadlines.findIndex((deadline) => today <= deadline);
  return index === -1 ? PHASES.length - 1 : index;
}
