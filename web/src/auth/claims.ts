import { isRole, type Role } from './roles';

/** The claims the realm puts into an access token (deploy/keycloak/sanpin-realm.json, client sanpin-web). */
export interface TokenClaims {
  preferred_username?: string;
  name?: string;
  realm_access?: { roles?: string[] };
  credit_code?: string;
  region_code?: string;
  unit_name?: string;
  exp?: number;
}

/** Who is signed in, as the shell shows it and the guards decide on it. */
export interface SessionUser {
  username: string;
  displayName: string;
  roles: Role[];
  unitName?: string;
  regionCode?: string;
  creditCode?: string;
}

/** The payload of a JWT; the signature is the services' business, the SPA only reads who it is. */
export function decodeJwtPayload(token: string): TokenClaims {
  const part = token.split('.')[1];
  if (!part) throw new Error('not a JWT');
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as TokenClaims;
}

export function sessionUserFrom(claims: TokenClaims): SessionUser {
  const username = claims.preferred_username ?? '';
  return {
    username,
    displayName: claims.name?.trim() || username,
    roles: (claims.realm_access?.roles ?? []).filter(isRole),
    unitName: claims.unit_name,
    regionCode: claims.region_code,
    creditCode: claims.credit_code,
  };
}
