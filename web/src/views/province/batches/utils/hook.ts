import type { Batch, BatchStatus } from '@sanpin/application-api';
import { useI18n } from 'vue-i18n';
import { batchesApi } from '@/api/client';
import type { Column } from '@/composables/list';
import { useList } from '@/composables/useList';

export interface BatchFilters {
  status?: BatchStatus;
  year?: number;
}

/** Annual calls, paged and sorted by the service (BatchService.SORTABLE are the sortable keys). */
export function useBatchList() {
  const { t } = useI18n();
  const list = useList<Batch, BatchFilters>(
    async ({ page, size, sort, filters }) => {
      const result = await batchesApi.listBatches({
        page,
        size,
        sort,
        status: filters.status || undefined,
        year: filters.year || undefined,
      });
      return { items: result.items, total: result.page.totalElements };
    },
    { filters: {}, sort: 'year,desc' },
  );
  const columns: Column<Batch>[] = [
    { key: 'year', labelKey: 'batch.year', value: (b) => b.year, sortable: true, width: 90 },
    { key: 'title', labelKey: 'batch.title', value: (b) => b.title, sortable: true, width: 300 },
    { key: 'status', labelKey: 'batch.status', value: (b) => t(`batchStatus.${b.status}`), sortable: true },
    { key: 'quota', labelKey: 'batch.quota', value: (b) => b.quota, width: 90 },
    { key: 'applicationOpensOn', labelKey: 'schedule.opens', value: (b) => b.schedule.applicationOpensOn, sortable: true },
    { key: 'applicationClosesOn', labelKey: 'schedule.closes', value: (b) => b.schedule.applicationClosesOn, sortable: true },
    { key: 'edition', labelKey: 'batch.edition', value: (b) => b.edition.documentNumber, width: 150 },
  ];
  return { list, columns };
}
