import { reactive, ref, shallowRef, type UnwrapRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { downloadXlsx } from '@/utils/xlsx';
import { collectAll, parseSort, sortParam, type Column, type ListLoader } from './list';
import { useProblem } from './useProblem';

/**
 * The state and handlers behind every list page: the current page, sort and filters, loading and problems,
 * and an xlsx export of all matching rows with its progress.
 */
export function useList<T, F extends object>(load: ListLoader<T, F>, options: { filters: F; sort?: string; size?: number }) {
  const { t } = useI18n();
  const problems = useProblem();
  const rows = shallowRef<T[]>([]);
  const total = ref(0);
  const page = ref(1);
  const size = ref(options.size ?? 20);
  const sort = ref(options.sort);
  const filters = reactive(options.filters) as F;
  /** null when no export runs, else 0–100 */
  const exportProgress = ref<number | null>(null);

  async function reload() {
    const result = await problems.run(() =>
      load({ page: page.value - 1, size: size.value, sort: sort.value, filters: filters as UnwrapRef<F> & F }),
    );
    if (result) {
      rows.value = result.items;
      total.value = result.total;
    }
  }

  function search() {
    page.value = 1;
    return reload();
  }

  function onSortChange({ prop, order }: { prop: string | null; order: 'ascending' | 'descending' | null }) {
    sort.value = sortParam(prop, order) ?? options.sort;
    return search();
  }

  async function exportXlsx(columns: Column<T>[], fileName: string) {
    exportProgress.value = 0;
    try {
      const all = await problems.run(() =>
        collectAll(load, filters, sort.value, (share) => (exportProgress.value = Math.round(share * 100))),
      );
      if (all) {
        await downloadXlsx(
          fileName,
          columns.map((column) => t(column.labelKey)),
          all.map((row) => columns.map((column) => column.value(row))),
        );
      }
    } finally {
      exportProgress.value = null;
    }
  }

  // reactive: templates and components read list.rows, list.page… without .value
  return reactive({
    rows,
    total,
    page,
    size,
    sort,
    defaultSort: parseSort(options.sort),
    filters,
    exportProgress,
    problems,
    reload,
    search,
    onSortChange,
    exportXlsx,
  });
}

export type ListState<T, F extends object> = ReturnType<typeof useList<T, F>>;
