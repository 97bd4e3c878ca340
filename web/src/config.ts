/**
 * Settings that differ between deployments and so are read at start-up from /config.json (web/public holds the
 * local stack's; a deployment serves its own), not baked into the build.
 */
export interface AppConfig {
  /** The Keycloak realm's issuer URL; it must equal the `iss` the services trust. */
  oidcAuthority: string;
  oidcClientId: string;
}

let loaded: AppConfig | undefined;

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  loaded = (await response.json()) as AppConfig;
  return loaded;
}

export function appConfig(): AppConfig {
  if (!loaded) throw new Error('loadConfig() has not run');
  return loaded;
}
