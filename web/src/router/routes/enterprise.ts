import { Document, OfficeBuilding } from '@element-plus/icons-vue';
import type { RouteRecordRaw } from 'vue-router';

/** The enterprise workspace (DOMAIN.md §2–3): its platform facts and its applications. */
export const enterpriseRoutes: RouteRecordRaw = {
  path: 'enterprise',
  meta: { titleKey: 'menu.enterprise', roles: ['enterprise'], icon: OfficeBuilding },
  redirect: { name: 'enterprise-profile' },
  children: [
    {
      path: 'profile',
      name: 'enterprise-profile',
      component: () => import('@/views/enterprise/profile/index.vue'),
      meta: { titleKey: 'menu.enterpriseProfile', icon: OfficeBuilding },
    },
    {
      path: 'applications',
      name: 'enterprise-applications',
      component: () => import('@/views/enterprise/applications/index.vue'),
      meta: { titleKey: 'menu.myApplications', icon: Document },
    },
    {
      path: 'applications/:id',
      name: 'enterprise-application',
      component: () => import('@/views/applications/detail/index.vue'),
      props: true,
      meta: { titleKey: 'menu.applicationDetail', hideInMenu: true },
    },
    {
      path: 'applications/:id/edit',
      name: 'enterprise-application-edit',
      component: () => import('@/views/enterprise/wizard/index.vue'),
      props: true,
      meta: { titleKey: 'menu.applicationWizard', hideInMenu: true },
    },
  ],
};
