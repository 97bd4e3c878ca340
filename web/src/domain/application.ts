import {
  ApplicationStatus,
  BasicCondition,
  SpecialWorkCode,
  type Application,
  type ApplicationContent,
  type Eligibility,
  type SpecialWorkClaim,
  type YearAmount,
  type YearFigures,
} from '@sanpin/application-api';

/** The three years an application's figures cover: the ones before its batch's year (Completeness.java). */
export function figureYears(batchYear: number): number[] {
  return [batchYear - 3, batchYear - 2, batchYear - 1];
}

/** One row per figure year, keeping what was entered and adding empty rows for the years still missing. */
export function withYears<R extends { year: number }>(rows: R[] | undefined, years: number[], empty: (year: number) => R): R[] {
  return years.map((year) => rows?.find((row) => row.year === year) ?? empty(year));
}

/**
 * The form as the wizard edits it: every part present, every figure table with its three years, so that inputs
 * bind without guards. Empty parts are sent as they are; the server decides what a submission still lacks.
 */
export function editableContent(content: ApplicationContent | undefined, batchYear: number): Required<ApplicationContent> {
  const years = figureYears(batchYear);
  const amounts = (rows: YearAmount[] | undefined) => withYears(rows, years, (year) => ({ year }));
  const c = content ?? {};
  return {
    economicContribution: {
      ...c.economicContribution,
      figures: withYears<YearFigures>(c.economicContribution?.figures, years, (year) => ({ year })),
    },
    innovation: { ...c.innovation, rdSpending: amounts(c.innovation?.rdSpending) },
    intellectualProperty: { ...c.intellectualProperty },
    technicalTransformation: { ...c.technicalTransformation, investment: amounts(c.technicalTransformation?.investment) },
    brand: { ...c.brand, promotionSpending: amounts(c.brand?.promotionSpending) },
    credit: { ...c.credit },
    specialWorks: [...(c.specialWorks ?? [])],
  };
}

/** DOMAIN.md §3: the twelve special works in the order of section 四, grouped by the 三品 they serve. */
export const SPECIAL_WORK_GROUPS: { pillar: 'varieties' | 'quality' | 'brands'; codes: SpecialWorkCode[] }[] = [
  { pillar: 'varieties', codes: [SpecialWorkCode.Sw01, SpecialWorkCode.Sw02, SpecialWorkCode.Sw03] },
  {
    pillar: 'quality',
    codes: [SpecialWorkCode.Sw04, SpecialWorkCode.Sw05, SpecialWorkCode.Sw06, SpecialWorkCode.Sw07, SpecialWorkCode.Sw08],
  },
  { pillar: 'brands', codes: [SpecialWorkCode.Sw09, SpecialWorkCode.Sw10, SpecialWorkCode.Sw11, SpecialWorkCode.Sw12] },
];

export const BASIC_CONDITIONS = Object.values(BasicCondition);

/** The tag colour of a status: under way, good, bad, or needs the enterprise. */
export function statusTone(status: ApplicationStatus): 'primary' | 'success' | 'danger' | 'warning' | 'info' {
  switch (status) {
    case ApplicationStatus.Draft:
    case ApplicationStatus.Withdrawn:
      return 'info';
    case ApplicationStatus.Returned:
      return 'warning';
    case ApplicationStatus.PreliminaryPassed:
    case ApplicationStatus.ExpertPassed:
    case ApplicationStatus.Approved:
      return 'success';
    case ApplicationStatus.PreliminaryFailed:
    case ApplicationStatus.ExpertFailed:
    case ApplicationStatus.Rejected:
    case ApplicationStatus.NotRecommended:
      return 'danger';
    default:
      return 'primary';
  }
}

/** The enterprise may still change the form (mirrors Application.isEditable; the server decides). */
export function isEditable(application: Pick<Application, 'status'>): boolean {
  return application.status === ApplicationStatus.Draft || application.status === ApplicationStatus.Returned;
}

/** The enterprise may withdraw until the province has it (mirrors Application.isWithdrawable; the server decides). */
export function isWithdrawable(application: Pick<Application, 'status'>): boolean {
  const withdrawable: ApplicationStatus[] = [
    ApplicationStatus.Draft,
    ApplicationStatus.Submitted,
    ApplicationStatus.CountyReview,
    ApplicationStatus.CityReview,
    ApplicationStatus.Returned,
  ];
  return withdrawable.includes(application.status);
}

/** What the eligibility panel says at a glance; submission needs no failed mechanical check (BC1, BC6, BC7). */
export function eligibilitySummary(eligibility: Eligibility) {
  const count = (outcome: string) => eligibility.checks.filter((check) => check.outcome === outcome).length;
  return {
    passed: count('PASS'),
    failed: count('FAIL'),
    needsJudgement: count('NEEDS_JUDGEMENT'),
    submittable: eligibility.mechanicalFailures === 0,
  };
}

/**
 * BC6 at a glance: how many special works are claimed, how many of those have evidence (what the service counts
 * against the edition's minimum), and the share of the minimum reached (0–100).
 */
export function specialWorkProgress(claims: readonly SpecialWorkClaim[], minimum: number) {
  const evidenced = claims.filter((claim) => (claim.evidenceIds?.length ?? 0) > 0).length;
  return {
    claimed: claims.length,
    evidenced,
    minimum,
    percent: minimum > 0 ? Math.min(100, Math.round((evidenced / minimum) * 100)) : 100,
  };
}
