import { AlarmClock, Calendar, Collection, DataAnalysis, Notebook, Setting } from '@element-plus/icons-vue';
import type { RouteRecordRaw } from 'vue-router';

/**
 * The provincial division's administration (DOMAIN.md §1): the statistics of the call, what is overdue, policy
 * editions, annual calls, the working-day calendar.
 */
export const provinceRoutes: RouteRecordRaw = {
  path: 'province',
  meta: { titleKey: 'menu.province', roles: ['province-officer'], icon: Setting },
  redirect: { name: 'dashboard' },
  children: [
    {
      path: 'dashboard',
      name: 'dashboard',
      component: () => import('@/views/province/dashboard/index.vue'),
      meta: { titleKey: 'menu.dashboard', icon: DataAnalysis },
    },
    {
      path: 'overdue',
      name: 'overdue',
      component: () => import('@/views/province/overdue/index.vue'),
      meta: { titleKey: 'menu.overdue', icon: AlarmClock },
    },
    {
      path: 'batches',
      name: 'batches',
      component: () => import('@/views/province/batches/index.vue'),
      meta: { titleKey: 'menu.batches', icon: Collection },
    },
    {
      path: 'batches/:id',
      name: 'batch',
      component: () => import('@/views/province/batches/detail.vue'),
      props: true,
      meta: { titleKey: 'menu.batchDetail', hideInMenu: true },
    },
    {
      path: 'editions',
      name: 'editions',
      component: () => import('@/views/province/editions/index.vue'),
      meta: { titleKey: 'menu.editions', icon: Notebook },
    },
    {
      path: 'calendar',
      name: 'calendar',
      component: () => import('@/views/province/calendar/index.vue'),
      meta: { titleKey: 'menu.calendar', icon: Calendar },
    },
  ],
};
