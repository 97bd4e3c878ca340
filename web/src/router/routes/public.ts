import type { RouteRecordRaw } from 'vue-router';

/** Pages anyone may open: the programme's landing page, enterprise registration, the return from Keycloak. */
export const publicRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('@/layouts/PublicLayout.vue'),
    meta: { public: true },
    children: [
      { path: '', name: 'landing', component: () => import('@/views/public/landing/index.vue'), meta: { titleKey: 'public.title' } },
      {
        path: 'register',
        name: 'register',
        component: () => import('@/views/public/register/index.vue'),
        meta: { titleKey: 'register.title' },
      },
    ],
  },
  { path: '/auth/callback', name: 'auth-callback', component: () => import('@/views/auth/callback.vue'), meta: { public: true } },
];

/** Last: whatever matched nothing. */
export const notFoundRoute: RouteRecordRaw = {
  path: '/:pathMatch(.*)*',
  name: 'not-found',
  component: () => import('@/views/errors/404.vue'),
  meta: { public: true, titleKey: 'errors.notFound' },
};
