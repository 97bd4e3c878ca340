import { RecommendingUnitKind, type Batch, type BatchDraft, type PhaseSchedule, type RecommendationCap } from '@sanpin/application-api';

/** The schedule's dates (YYYY-MM-DD), in order. */
export const SCHEDULE_DATES = [
  'applicationOpensOn',
  'applicationClosesOn',
  'recommendationDueOn',
  'preliminaryReviewDueOn',
  'expertReviewDueOn',
] as const;
type ScheduleDate = (typeof SCHEDULE_DATES)[number];

export interface BatchForm {
  year: number;
  title: string;
  editionId: string;
  quota: number;
  schedule: Record<ScheduleDate, string> & { publicityWorkingDays: number };
  recommendationCaps: RecommendationCap[];
  reservePoolPriority: boolean;
  summaryTableRequired: boolean;
  formVersion: string;
  rubricCode: string;
  requiredAttachments: string[];
}

/** A new call's form: next year's, the quota the calls since 2022 used, the 2023 call's caps and priority. */
export function blankBatchForm(year: number): BatchForm {
  return {
    year,
    title: `${year}年湖南省消费品工业“三品”标杆企业申报`,
    editionId: '',
    quota: 40,
    schedule: {
      applicationOpensOn: '',
      applicationClosesOn: '',
      recommendationDueOn: '',
      preliminaryReviewDueOn: '',
      expertReviewDueOn: '',
      publicityWorkingDays: 5,
    },
    recommendationCaps: [
      { unitKind: RecommendingUnitKind.City, cityCode: '430100', maxRecommendations: 15 },
      { unitKind: RecommendingUnitKind.City, maxRecommendations: 10 },
      { unitKind: RecommendingUnitKind.ProvinciallyAdministeredCounty, cityCode: '430100', maxRecommendations: 5 },
      { unitKind: RecommendingUnitKind.ProvinciallyAdministeredCounty, maxRecommendations: 3 },
    ],
    reservePoolPriority: true,
    summaryTableRequired: true,
    formVersion: 'SANPIN-2021-1',
    rubricCode: 'DEFAULT-2021',
    requiredAttachments: ['营业执照', '近三年财务审计报告', '诚信承诺书'],
  };
}

export function batchFormOf(batch: Batch): BatchForm {
  return {
    year: batch.year,
    title: batch.title,
    editionId: batch.editionId,
    quota: batch.quota,
    schedule: { ...batch.schedule },
    recommendationCaps: (batch.recommendationCaps ?? []).map((cap) => ({ ...cap })),
    reservePoolPriority: batch.reservePoolPriority ?? false,
    summaryTableRequired: batch.summaryTableRequired ?? false,
    formVersion: batch.formVersion ?? '',
    rubricCode: batch.rubricCode ?? '',
    requiredAttachments: [...(batch.requiredAttachments ?? [])],
  };
}

/** The form as the contract's BatchDraft; an empty date is left out so that the service names it as missing. */
export function batchDraftOf(form: BatchForm): BatchDraft {
  const dates = Object.fromEntries(
    SCHEDULE_DATES.map((key) => [key, form.schedule[key] || undefined]),
  ) as unknown as Omit<PhaseSchedule, 'publicityWorkingDays'>;
  return {
    ...form,
    schedule: { ...dates, publicityWorkingDays: form.schedule.publicityWorkingDays },
    recommendationCaps: form.recommendationCaps.map((cap) => ({ ...cap, cityCode: cap.cityCode || undefined })),
    rubricCode: form.rubricCode || undefined,
  };
}
