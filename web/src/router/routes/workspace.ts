import { HomeFilled } from '@element-plus/icons-vue';
import type { RouteRecordRaw } from 'vue-router';
import { enterpriseRoutes } from './enterprise';
import { provinceRoutes } from './province';
import { reviewRoutes } from './review';

/** The signed-in part of the SPA: the shell, and in it one group of pages per workspace. */
export const workspaceChildren: RouteRecordRaw[] = [
  {
    path: '',
    name: 'home',
    component: () => import('@/views/home/index.vue'),
    meta: { titleKey: 'menu.home', icon: HomeFilled },
  },
  enterpriseRoutes,
  reviewRoutes,
  provinceRoutes,
  {
    path: 'forbidden',
    name: 'forbidden',
    component: () => import('@/views/errors/403.vue'),
    meta: { titleKey: 'errors.forbidden', hideInMenu: true },
  },
];

export const workspaceRoute: RouteRecordRaw = {
  path: '/app',
  component: () => import('@/layouts/AppLayout.vue'),
  children: workspaceChildren,
};
