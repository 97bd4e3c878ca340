import { Files, Finished, Tickets } from '@element-plus/icons-vue';
import type { RouteRecordRaw } from 'vue-router';
import { OFFICER_ROLES } from '@/auth/roles';

/**
 * The officers' workspace (county, city, 直管县, province): the inbox of what waits at their step, all applications
 * in their jurisdiction (claim-by-claim review and decisions on each), and for the recommending units (市州 and
 * 直管县, both county- or city-officers) the ranked list with its letter and stamped scan.
 */
export const reviewRoutes: RouteRecordRaw = {
  path: 'review',
  meta: { titleKey: 'menu.review', roles: [...OFFICER_ROLES], icon: Files },
  redirect: { name: 'review-inbox' },
  children: [
    {
      path: 'inbox',
      name: 'review-inbox',
      component: () => import('@/views/applications/list/index.vue'),
      props: { inbox: true },
      meta: { titleKey: 'menu.reviewInbox', icon: Finished },
    },
    {
      path: 'applications',
      name: 'applications',
      component: () => import('@/views/applications/list/index.vue'),
      meta: { titleKey: 'menu.applications', icon: Files },
    },
    {
      path: 'applications/:id',
      name: 'application',
      component: () => import('@/views/applications/detail/index.vue'),
      props: true,
      meta: { titleKey: 'menu.applicationDetail', hideInMenu: true },
    },
    {
      path: 'recommendation',
      name: 'recommendation',
      component: () => import('@/views/review/recommendation/index.vue'),
      meta: { titleKey: 'menu.recommendation', roles: ['city-officer', 'county-officer'], icon: Tickets },
    },
  ],
};
