import type { ApplicationStatus, ApplicationSummary } from '@sanpin/application-api';
import { useI18n } from 'vue-i18n';
import { applicationsApi } from '@/api/client';
import type { Column } from '@/composables/list';
import { useList } from '@/composables/useList';
import { formatInstant } from '@/utils/format';

export interface ApplicationFilters {
  batchId?: string;
  status?: ApplicationStatus;
  /** the officer's inbox: only those at their unit's step */
  awaitingMe?: boolean;
  cityCode?: string;
  industryCode?: string;
  /** only those with a failed mechanical eligibility check */
  ineligible?: boolean;
}

/**
 * Applications in the caller's scope (the service filters by role and region): an enterprise sees its own, an
 * officer its jurisdiction's. Columns' keys are the service's sort properties (ApplicationService.SORTABLE).
 */
export function useApplicationList(initial: ApplicationFilters = {}) {
  const { t, locale } = useI18n();
  const list = useList<ApplicationSummary, ApplicationFilters>(
    async ({ page, size, sort, filters }) => {
      const result = await applicationsApi.listApplications({
        page,
        size,
        sort,
        batchId: filters.batchId || undefined,
        status: filters.status || undefined,
        awaitingMe: filters.awaitingMe || undefined,
        cityCode: filters.cityCode || undefined,
        industryCode: filters.industryCode || undefined,
        ineligible: filters.ineligible || undefined,
      });
      return { items: result.items, total: result.page.totalElements };
    },
    { filters: { ...initial }, sort: 'updatedAt,desc' },
  );

  const columns: Column<ApplicationSummary>[] = [
    { key: 'enterpriseName', labelKey: 'application.enterprise', value: (a) => a.enterpriseName, sortable: true, width: 220 },
    { key: 'creditCode', labelKey: 'application.creditCode', value: (a) => a.creditCode, width: 190 },
    { key: 'regionCode', labelKey: 'application.region', value: (a) => a.region.name, sortable: true },
    { key: 'batchYear', labelKey: 'application.batchYear', value: (a) => a.batchYear, width: 90 },
    { key: 'status', labelKey: 'application.status', value: (a) => t(`status.${a.status}`), sortable: true },
    { key: 'mechanicalFailures', labelKey: 'application.mechanicalFailures', value: (a) => a.mechanicalFailures, width: 110 },
    { key: 'dueOn', labelKey: 'review.dueOn', value: (a) => a.dueOn, width: 110 },
    { key: 'workingDaysLeft', labelKey: 'review.daysLeft', value: (a) => a.workingDaysLeft, width: 110 },
    { key: 'recommendationRank', labelKey: 'review.rank', value: (a) => a.recommendationRank, width: 90 },
    { key: 'updatedAt', labelKey: 'application.updatedAt', value: (a) => formatInstant(a.updatedAt, locale.value), sortable: true, width: 160 },
  ];

  return { list, columns };
}
