import { createRouter, createWebHistory } from 'vue-router';
import { installAccessGuard, installTitleGuard } from './guard';
import { notFoundRoute, publicRoutes } from './routes/public';
import { workspaceRoute } from './routes/workspace';

export const router = createRouter({
  history: createWebHistory(),
  routes: [...publicRoutes, workspaceRoute, notFoundRoute],
  scrollBehavior: () => ({ top: 0 }),
});

installAccessGuard(router);
installTitleGuard(router);
