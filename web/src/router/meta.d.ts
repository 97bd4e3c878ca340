import type { Component } from 'vue';
import type { Role } from '@/auth/roles';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page's title, shown in the menu, breadcrumbs and the browser tab */
    titleKey?: string;
    /** who may open it (and see it in the menu); inherited by child routes; absent: every signed-in user */
    roles?: Role[];
    /** reachable without signing in */
    public?: boolean;
    /** a menu icon (Element Plus icons) */
    icon?: Component;
    /** a page reached from another page (a detail), not from the menu */
    hideInMenu?: boolean;
  }
}
