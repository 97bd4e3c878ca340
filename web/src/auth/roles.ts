/** The realm roles the SPA knows (DOMAIN.md §7 and 三员分立), in the order that picks a user's primary role. */
export const ROLES = [
  'province-officer',
  'city-officer',
  'county-officer',
  'enterprise',
  'expert',
  'sysadmin',
  'secadmin',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export const OFFICER_ROLES: readonly Role[] = ['county-officer', 'city-officer', 'province-officer'];

export function isRole(name: string): name is Role {
  return (ROLES as readonly string[]).includes(name);
}

/** The role shown in the header when a user holds several: the first in ROLES order. */
export function primaryRole(roles: readonly Role[]): Role | undefined {
  return ROLES.find((role) => roles.includes(role));
}

/** Whether someone with `held` may use something open to `allowed` (no restriction when `allowed` is absent). */
export function mayUse(held: readonly Role[], allowed: readonly Role[] | undefined): boolean {
  return !allowed || allowed.some((role) => held.includes(role));
}
