import type { Evidence, Recommendation } from '@sanpin/application-api';
import { ApplicationsApi, RecommendationsApi, WorkflowApi, type FetchAPI } from '@sanpin/application-api';
import { apiConfiguration } from './client';

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** Percent done, whole numbers, never 100 before the last byte and never NaN for an empty file. */
export function percentOf({ loaded, total }: UploadProgress): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((loaded / total) * 100));
}

/**
 * fetch() reports no upload progress, XMLHttpRequest does: a FetchAPI over XHR, so uploads still go through the
 * generated client (its URL, headers, token, and the typed Evidence it parses) and only the transport differs.
 */
export function progressFetch(onProgress: (progress: UploadProgress) => void): FetchAPI {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(init.method ?? 'GET', String(input));
      new Headers(init.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.total });
      xhr.onload = () => {
        const headers = new Headers();
        xhr
          .getAllResponseHeaders()
          .trim()
          .split(/[\r\n]+/)
          .filter(Boolean)
          .forEach((line) => {
            const at = line.indexOf(':');
            headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
          });
        resolve(new Response(xhr.response as Blob, { status: xhr.status, statusText: xhr.statusText, headers }));
      };
      xhr.onerror = () => reject(new TypeError('network error'));
      xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
      init.signal?.addEventListener('abort', () => xhr.abort());
      xhr.send(init.body as XMLHttpRequestBodyInit | null);
    });
}

/** Uploads one evidence file for a claim (BC1–BC7, SW01–SW12), reporting progress as it goes. */
export function uploadEvidence(
  applicationId: string,
  claim: string,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<Evidence> {
  const api = new ApplicationsApi(apiConfiguration({ fetchApi: progressFetch(onProgress) }));
  return api.uploadEvidence({ applicationId, claim, fileName: file.name, body: file }, { signal });
}

/** Uploads a file for a review decision (opinion attachments), reporting progress. */
export function uploadReviewAttachment(
  applicationId: string,
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<Evidence> {
  const api = new WorkflowApi(apiConfiguration({ fetchApi: progressFetch(onProgress) }));
  return api.uploadReviewAttachment({ applicationId, fileName: file.name, body: file });
}

/** Uploads the unit's stamped recommendation letter, which makes its recommendation final. */
export function uploadRecommendationScan(
  batchId: string,
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<Recommendation> {
  const api = new RecommendationsApi(apiConfiguration({ fetchApi: progressFetch(onProgress) }));
  return api.submitRecommendationScan({ batchId, fileName: file.name, body: file });
}
