import { batchesApi } from './client';

/** The newest call (by year), which pages about "this year's" work show first; undefined before any. */
export async function latestBatchId(): Promise<string | undefined> {
  return (await batchesApi.listBatches({ size: 1, sort: 'year,desc' })).items[0]?.id;
}
