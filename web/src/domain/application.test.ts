import { ApplicationStatus, BasicCondition, EligibilityOutcome, SpecialWorkCode, type Eligibility } from '@sanpin/application-api';
import { describe, expect, it } from 'vitest';
import { editableContent, eligibilitySummary, figureYears, isWithdrawable, specialWorkProgress, statusTone } from './application';

describe('the form', () => {
  it('covers the three years before the call', () => {
    expect(figureYears(2026)).toEqual([2023, 2024, 2025]);
  });

  it('keeps what was entered and adds rows for the missing years', () => {
    const content = editableContent(
      { innovation: { rdSpending: [{ year: 2024, amountTenThousandYuan: 800 }, { year: 2019, amountTenThousandYuan: 1 }] } },
      2026,
    );
    expect(content.innovation.rdSpending).toEqual([{ year: 2023 }, { year: 2024, amountTenThousandYuan: 800 }, { year: 2025 }]);
    expect(content.economicContribution.figures?.map((row) => row.year)).toEqual([2023, 2024, 2025]);
    expect(content.specialWorks).toEqual([]);
    expect(content.credit.majorIncidents).toBeUndefined();
  });
});

describe('the eligibility panel', () => {
  const conditions = Object.values(BasicCondition);
  const eligibility = (mechanicalFailures: number, outcomes: EligibilityOutcome[]): Eligibility => ({
    mechanicalFailures,
    checks: outcomes.map((outcome, i) => ({ condition: conditions[i]!, outcome, facts: [] })),
  });
  const { Pass, Fail, NeedsJudgement } = EligibilityOutcome;

  it('counts the outcomes and allows submission only without a failed mechanical check', () => {
    expect(eligibilitySummary(eligibility(1, [Pass, NeedsJudgement, NeedsJudgement, NeedsJudgement, NeedsJudgement, Fail, Pass]))).toEqual({
      passed: 2,
      failed: 1,
      needsJudgement: 4,
      submittable: false,
    });
    expect(eligibilitySummary(eligibility(0, [Pass, NeedsJudgement])).submittable).toBe(true);
  });
});

describe('special works', () => {
  it('count towards the minimum only with evidence', () => {
    const claims = [
      { code: SpecialWorkCode.Sw01, evidenceIds: ['a'] },
      { code: SpecialWorkCode.Sw02, evidenceIds: [] },
      { code: SpecialWorkCode.Sw03 },
      { code: SpecialWorkCode.Sw07, evidenceIds: ['b', 'c'] },
    ];
    expect(specialWorkProgress(claims, 6)).toEqual({ claimed: 4, evidenced: 2, minimum: 6, percent: 33 });
  });

  it('reach 100 % at the minimum and stay there', () => {
    const claims = Object.values(SpecialWorkCode).map((code) => ({ code, evidenceIds: ['x'] }));
    expect(specialWorkProgress(claims, 6).percent).toBe(100);
  });
});

describe('statuses', () => {
  it('are coloured by what they mean for the enterprise', () => {
    expect(statusTone(ApplicationStatus.Returned)).toBe('warning');
    expect(statusTone(ApplicationStatus.NotRecommended)).toBe('danger');
    expect(statusTone(ApplicationStatus.CityReview)).toBe('primary');
    expect(statusTone(ApplicationStatus.Approved)).toBe('success');
  });

  it('allow withdrawal until the province has the application', () => {
    expect(isWithdrawable({ status: ApplicationStatus.CityReview })).toBe(true);
    expect(isWithdrawable({ status: ApplicationStatus.Recommended })).toBe(false);
  });
});
