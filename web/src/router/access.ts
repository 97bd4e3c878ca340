import type { Component } from 'vue';
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import { mayUse, type Role } from '@/auth/roles';

/** Whether a user with `roles` may open the route: every matched record's `roles` must admit them. */
export function mayOpen(to: Pick<RouteLocationNormalized, 'matched'>, roles: readonly Role[]): boolean {
  return to.matched.every((record) => mayUse(roles, record.meta.roles));
}

export function isPublic(to: Pick<RouteLocationNormalized, 'matched'>): boolean {
  return to.matched.some((record) => record.meta.public);
}

/** One entry of the side menu. */
export interface MenuItem {
  path: string;
  titleKey: string;
  icon?: Component;
  children: MenuItem[];
}

/**
 * The menu for a user: the workspace's routes that have a title, are not details, and that the user's roles may
 * open; a group whose children are all hidden disappears with them.
 */
export function menuFor(routes: readonly RouteRecordRaw[], roles: readonly Role[], parentPath = ''): MenuItem[] {
  return routes.flatMap((route) => {
    const { meta } = route;
    if (!meta?.titleKey || meta.hideInMenu || !mayUse(roles, meta.roles)) return [];
    // as vue-router joins them: an empty child path is its parent's path
    const path = route.path.startsWith('/') ? route.path : [parentPath, route.path].filter(Boolean).join('/');
    const children = menuFor(route.children ?? [], roles, path);
    if (route.children?.length && children.length === 0) return [];
    return [{ path, titleKey: meta.titleKey, icon: meta.icon, children }];
  });
}
