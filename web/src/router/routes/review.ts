import { Files } from '@element-plus/icons-vue';
import type { RouteRecordRaw } from 'vue-router';
import { OFFICER_ROLES } from '@/auth/roles';

/**
 * The officers' workspace (county, city, 直管县, province): applications in their jurisdiction. The review inbox,
 * claim-by-claim review, ranking and recommendation letters (issue 5) join this group as its further children.
 */
export const reviewRoutes: RouteRecordRaw = {
  path: 'review',
  meta: { titleKey: 'menu.review', roles: [...OFFICER_ROLES], icon: Files },
  redirect: { name: 'applications' },
  children: [
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
  ],
};
