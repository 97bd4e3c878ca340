import type { ApplicationStatus, ApplicationSummary } from '@sanpin/application-api';
import { useI18n } from 'vue-i18n';
import { applicationsApi } from '@/api/client';
import type { Column } from '@/composables/list';
import { useList } from '@/composables/useList';
import { formatInstant } from '@/utils/format';

export interface ApplicationFilters {
  batchId?: string;
  status?: ApplicationStatus;
}

/**
 * Applications in the caller's scope (the service filters by role and region): an enterprise sees its own, an
 * officer its jurisdiction's. Columns' keys are the service's sort properties (ApplicationService.SORTABLE).
 */
export function useApplicationList() {
  const { t, locale } = useI18n();
  const list = useList<ApplicationSummary, ApplicationFilters>(
    async ({ page, size, sort, filters }) => {
      const result = await applicationsApi.listApplications({
        page,
        size,
        sort,
        batchId: filters.batchId || undefined,
        status: filters.status || undefined,
      });
      return { items: result.items, total: result.page.totalElements };
    },
    { filters: {}, sort: 'updatedAt,desc' },
  );

  const columns: Column<ApplicationSummary>[] = [
    { key: 'enterpriseName', labelKey: 'application.enterprise', value: (a) => a.enterpriseName, sortable: true, width: 220 },
    { key: 'creditCode', labelKey: 'application.creditCode', value: (a) => a.creditCode, width: 190 },
    { key: 'regionCode', labelKey: 'application.region', value: (a) => a.region.name, sortable: true },
    { key: 'batchYear', labelKey: 'application.batchYear', value: (a) => a.batchYear, width: 90 },
    { key: 'status', labelKey: 'application.status', value: (a) => t(`status.${a.status}`), sortable: true },
    { key: 'mechanicalFailures', labelKey: 'application.mechanicalFailures', value: (a) => a.mechanicalFailures, width: 110 },
    { key: 'updatedAt', labelKey: 'application.updatedAt', value: (a) => formatInstant(a.updatedAt, locale.value), sortable: true, width: 160 },
  ];

  return { list, columns };
}
