import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { appConfig } from '@/config';
import { currentLocale } from '@/locales';
import { decodeJwtPayload, sessionUserFrom, type SessionUser } from './claims';
import { mayUse, primaryRole, type Role } from './roles';

/** What the SPA carries through Keycloak and back: the page the user asked for (deep links survive login). */
interface LoginState {
  returnTo: string;
}

let manager: UserManager | undefined;

/** Authorization code flow with PKCE against the realm's public client; tokens live in sessionStorage (per tab). */
function userManager(): UserManager {
  if (!manager) {
    const { oidcAuthority, oidcClientId } = appConfig();
    const origin = window.location.origin;
    manager = new UserManager({
      authority: oidcAuthority,
      client_id: oidcClientId,
      redirect_uri: `${origin}/auth/callback`,
      post_logout_redirect_uri: `${origin}/`,
      response_type: 'code',
      scope: 'openid profile',
      // Renews with the refresh token shortly before the access token expires: no iframe, no page reload.
      automaticSilentRenew: true,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
  }
  return manager;
}

export const useSessionStore = defineStore('session', () => {
  const oidcUser = shallowRef<User | null>(null);

  const user = computed<SessionUser | null>(() =>
    oidcUser.value ? sessionUserFrom(decodeJwtPayload(oidcUser.value.access_token)) : null,
  );
  const roles = computed<Role[]>(() => user.value?.roles ?? []);
  const role = computed(() => primaryRole(roles.value));
  const authenticated = computed(() => user.value !== null);

  /** Picks up a session kept in this tab (reload, new deep link) and follows renewals. */
  async function restore(): Promise<void> {
    const um = userManager();
    um.events.addUserLoaded((renewed) => {
      oidcUser.value = renewed;
    });
    um.events.addUserUnloaded(() => {
      oidcUser.value = null;
    });
    um.events.addSilentRenewError(() => {
      oidcUser.value = null;
    });
    const kept = await um.getUser();
    oidcUser.value = kept && !kept.expired ? kept : await renew(kept);
  }

  async function renew(kept: User | null = oidcUser.value): Promise<User | null> {
    if (!kept?.refresh_token) return null;
    try {
      oidcUser.value = await userManager().signinSilent();
    } catch {
      oidcUser.value = null;
      await userManager().removeUser();
    }
    return oidcUser.value;
  }

  function login(returnTo: string): Promise<void> {
    const state: LoginState = { returnTo };
    // ui_locales: Keycloak's login page speaks the language the user chose here.
    return userManager().signinRedirect({ state, extraQueryParams: { ui_locales: currentLocale() } });
  }

  /** Finishes the redirect from Keycloak; answers the page to go to. */
  async function completeLogin(): Promise<string> {
    const signedIn = await userManager().signinRedirectCallback();
    oidcUser.value = signedIn;
    return (signedIn.state as LoginState | undefined)?.returnTo ?? '/app';
  }

  function logout(): Promise<void> {
    return userManager().signoutRedirect();
  }

  /** The bearer token for an API call, renewed first if it is about to expire. */
  async function accessToken(): Promise<string | undefined> {
    const current = oidcUser.value;
    if (current && (current.expires_in ?? 0) < 15) await renew(current);
    return oidcUser.value?.access_token;
  }

  const may = (allowed: readonly Role[] | undefined) => mayUse(roles.value, allowed);

  return { user, roles, role, authenticated, restore, renew, login, completeLogin, logout, accessToken, may };
});
