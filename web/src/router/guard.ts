import type { Router } from 'vue-router';
import { useSessionStore } from '@/auth/session';
import { i18n } from '@/locales';
import { isPublic, mayOpen } from './access';

/** Sign-in and roles: an anonymous visitor goes to Keycloak and comes back to the page asked for. */
export function installAccessGuard(router: Router) {
  router.beforeEach(async (to) => {
    if (isPublic(to)) return true;
    const session = useSessionStore();
    if (!session.authenticated) {
      await session.login(to.fullPath);
      return false;
    }
    return mayOpen(to, session.roles) ? true : { name: 'forbidden', query: { from: to.fullPath } };
  });
}

/** The browser tab names the page and the system. */
export function installTitleGuard(router: Router) {
  router.afterEach((to) => {
    const key = [...to.matched].reverse().find((record) => record.meta.titleKey)?.meta.titleKey;
    const system = i18n.global.t('app.shortTitle');
    document.title = key ? `${i18n.global.t(key)} · ${system}` : system;
  });
}
