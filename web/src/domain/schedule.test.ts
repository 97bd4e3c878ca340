import { describe, expect, it } from 'vitest';
import { currentPhase, todayInBeijing } from './schedule';

const schedule = {
  applicationOpensOn: '2026-10-26',
  applicationClosesOn: '2026-12-23',
  recommendationDueOn: '2027-01-07',
  preliminaryReviewDueOn: '2027-01-21',
  expertReviewDueOn: '2027-02-04',
  publicityWorkingDays: 5,
};

describe('the phase of a call', () => {
  it('is none before applications open, then each phase until its deadline, then publicity', () => {
    expect(currentPhase(schedule, '2026-10-25')).toBe(-1);
    expect(currentPhase(schedule, '2026-10-26')).toBe(0);
    expect(currentPhase(schedule, '2026-12-23')).toBe(0);
    expect(currentPhase(schedule, '2026-12-24')).toBe(1);
    expect(currentPhase(schedule, '2027-01-21')).toBe(2);
    expect(currentPhase(schedule, '2027-02-01')).toBe(3);
    expect(currentPhase(schedule, '2027-02-05')).toBe(4);
  });

  it('is judged on the Beijing date', () => {
    expect(todayInBeijing(new Date('2026-12-23T16:30:00Z'))).toBe('2026-12-24');
  });
});
