import type { PolicyEdition } from '@sanpin/application-api';
import { editionsApi } from '@/api/client';
import { localLoader, type Column } from '@/composables/list';
import { useList } from '@/composables/useList';

export interface EditionFilters {
  text?: string;
}

/** Policy editions: the contract answers the whole (short) list; it is filtered, sorted and paged here. */
export function useEditionList() {
  const columns: Column<PolicyEdition>[] = [
    { key: 'documentNumber', labelKey: 'edition.documentNumber', value: (e) => e.documentNumber, sortable: true, width: 160 },
    { key: 'title', labelKey: 'edition.title', value: (e) => e.title, sortable: true, width: 320 },
    { key: 'publishedOn', labelKey: 'edition.publishedOn', value: (e) => e.publishedOn, sortable: true },
    { key: 'effectiveFrom', labelKey: 'edition.effectiveFrom', value: (e) => e.effectiveFrom, sortable: true },
    { key: 'expiresOn', labelKey: 'edition.expiresOn', value: (e) => e.expiresOn, sortable: true },
    { key: 'annualQuota', labelKey: 'edition.annualQuota', value: (e) => e.annualQuota, sortable: true },
    { key: 'minimumSpecialWorks', labelKey: 'edition.minimumSpecialWorks', value: (e) => e.minimumSpecialWorks },
  ];
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const list = useList<PolicyEdition, EditionFilters>(
    localLoader(
      () => editionsApi.listPolicyEditions(),
      (edition, { text }) => !text || `${edition.documentNumber} ${edition.title}`.includes(text.trim()),
      (edition, key) => byKey.get(key)?.value(edition),
    ),
    { filters: {}, sort: 'effectiveFrom,desc' },
  );
  return { list, columns };
}
