/** How dates, times and amounts look everywhere in the SPA. */

// Contract dates arrive as YYYY-MM-DD strings (openapi/pom.xml maps date and date-time to string) and are shown as
// they are; only instants need formatting.

/** An instant (ISO 8601) in Beijing time, which is what every user of the system reads. */
export function formatInstant(at: string | undefined | null, locale = 'zh-CN'): string {
  if (!at) return '';
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(at));
}

/** 万元 amounts with two decimals and grouping. */
export function formatAmount(amount: number | undefined | null): string {
  return amount === undefined || amount === null
    ? ''
    : amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
