import {
  AccountsApi,
  ApplicationsApi,
  BatchesApi,
  CalendarApi,
  Configuration,
  EditionsApi,
  EnterprisesApi,
  NotificationsApi,
  RecommendationsApi,
  ReferenceApi,
  WorkflowApi,
  type ConfigurationParameters,
  type Middleware,
} from '@sanpin/application-api';
import { useSessionStore } from '@/auth/session';
import { currentLocale } from '@/locales';

/** Every request says which language its problems should be written in. */
const acceptLanguage: Middleware = {
  pre: async ({ url, init }) => ({
    url,
    init: { ...init, headers: { ...(init.headers as Record<string, string>), 'Accept-Language': currentLocale() } },
  }),
};

/** A 401 means the session ended elsewhere (or expired while the tab slept): sign in again, back to this page. */
const reloginOnUnauthorized: Middleware = {
  post: async ({ response }) => {
    if (response.status === 401) {
      await useSessionStore().login(window.location.pathname + window.location.search);
    }
    return response;
  },
};

/**
 * The one client chain of the SPA: same-origin paths (the web server forwards /api to the owning service), the
 * bearer token, Accept-Language, re-login on 401. `overrides` swaps the transport, e.g. for upload progress.
 */
export function apiConfiguration(overrides: Partial<ConfigurationParameters> = {}): Configuration {
  return new Configuration({
    basePath: '',
    accessToken: async () => (await useSessionStore().accessToken()) ?? '',
    middleware: [acceptLanguage, reloginOnUnauthorized],
    ...overrides,
  });
}

const configuration = apiConfiguration();

/** application-service, one API object per area of its contract. */
export const editionsApi = new EditionsApi(configuration);
export const batchesApi = new BatchesApi(configuration);
export const calendarApi = new CalendarApi(configuration);
export const referenceApi = new ReferenceApi(configuration);
export const enterprisesApi = new EnterprisesApi(configuration);
export const applicationsApi = new ApplicationsApi(configuration);
export const accountsApi = new AccountsApi(configuration);
export const workflowApi = new WorkflowApi(configuration);
export const recommendationsApi = new RecommendationsApi(configuration);
export const notificationsApi = new NotificationsApi(configuration);
