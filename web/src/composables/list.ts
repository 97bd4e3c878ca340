/** Paging, sorting and filtering of lists, independent of Vue so that it can be tested alone. */

/** One column of a list: the table shows it and the xlsx export writes it, from the same definition. */
export interface Column<T> {
  /** Also the property the server sorts by when `sortable`. */
  key: string;
  labelKey: string;
  value: (row: T) => string | number | undefined;
  sortable?: boolean;
  width?: number;
}

export interface ListQuery<F> {
  /** zero-based, as the contract's `page` parameter */
  page: number;
  size: number;
  sort?: string;
  filters: F;
}

export interface ListPage<T> {
  items: T[];
  total: number;
}

export type ListLoader<T, F> = (query: ListQuery<F>) => Promise<ListPage<T>>;

/** The largest page the contract allows (common.yaml `Size`). */
export const MAX_PAGE_SIZE = 200;

/** el-table's sort-change into the contract's `sort` (`year,desc`); no order means the server's default. */
export function sortParam(prop: string | null | undefined, order: 'ascending' | 'descending' | null | undefined) {
  if (!prop || !order) return undefined;
  return `${prop},${order === 'ascending' ? 'asc' : 'desc'}`;
}

export function parseSort(sort: string | undefined): { prop: string; order: 'ascending' | 'descending' } | undefined {
  if (!sort) return undefined;
  const [prop, direction] = sort.split(',');
  return { prop: prop!, order: direction === 'desc' ? 'descending' : 'ascending' };
}

/**
 * Every row matching the filters, page after page, for an export; `onProgress` gets the share fetched so far
 * (0–1), since an export of thousands of rows takes a while.
 */
export async function collectAll<T, F>(
  load: ListLoader<T, F>,
  filters: F,
  sort: string | undefined,
  onProgress: (share: number) => void,
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 0; ; page++) {
    const { items, total } = await load({ page, size: MAX_PAGE_SIZE, sort, filters });
    rows.push(...items);
    onProgress(total === 0 ? 1 : Math.min(1, rows.length / total));
    if (items.length === 0 || rows.length >= total) return rows;
  }
}

/**
 * A loader for the few lists the contract answers whole (policy editions): filters, sorts and pages in the browser,
 * so that such a list behaves like every other.
 */
export function localLoader<T, F>(
  fetchAll: () => Promise<T[]>,
  matches: (row: T, filters: F) => boolean,
  sortValue: (row: T, key: string) => string | number | undefined,
): ListLoader<T, F> {
  return async ({ page, size, sort, filters }) => {
    const rows = (await fetchAll()).filter((row) => matches(row, filters));
    const order = parseSort(sort);
    if (order) {
      const sign = order.order === 'ascending' ? 1 : -1;
      rows.sort((a, b) => sign * compare(sortValue(a, order.prop), sortValue(b, order.prop)));
    }
    return { items: rows.slice(page * size, (page + 1) * size), total: rows.length };
  };
}

function compare(a: string | number | undefined, b: string | number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
}
