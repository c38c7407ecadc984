import { createRouter, createWebHistory } from 'vue-router';
import type { RouteComponent, RouteRecordRaw } from 'vue-router';

import type { PageAccess } from './composables/use-session';
import { can, homeOf, loadSession } from './composables/use-session';

declare module 'vue-router' {
  interface RouteMeta {
    access: PageAccess;
  }
}

function page(
  path: string,
  name: string,
  access: PageAccess,
  component: RouteComponent,
): RouteRecordRaw {
  return { path, name, meta: { access }, component };
}

// Every page is its own chunk: the first load carries only the shell.
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    page(
      '/',
      'overview',
      'aggregate',
      () => import('./pages/overview-page.vue'),
    ),
    page(
      '/compliance',
      'compliance',
      'staff',
      () => import('./pages/compliance-page.vue'),
    ),
    page(
      '/city-tables',
      'cityTables',
      'aggregate',
      () => import('./pages/city-tables-page.vue'),
    ),
    page(
      '/compare',
      'compare',
      'aggregate',
      () => import('./pages/compare-page.vue'),
    ),
    {
      path: '/reports/:departmentId(\\d+)/:year(\\d{4})',
      name: 'report',
      meta: { access: 'read' },
      component: () => import('./pages/report-page.vue'),
      props: (r) => ({
        departmentId: Number(r.params['departmentId']),
        year: Number(r.params['year']),
        version: r.query['version'] ? Number(r.query['version']) : null,
      }),
    },
    page(
      '/submit',
      'submit',
      'submit',
      () => import('./pages/submit-page.vue'),
    ),
    page('/import', 'import', 'admin', () => import('./pages/import-page.vue')),
    page('/users', 'users', 'admin', () => import('./pages/users-page.vue')),
    page('/audit', 'audit', 'admin', () => import('./pages/audit-page.vue')),
    page(
      '/account',
      'account',
      'read',
      () => import('./pages/account-page.vue'),
    ),
    page('/login', 'login', 'public', () => import('./pages/login-page.vue')),
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
  scrollBehavior: () => ({ top: 0 }),
});

// Pages the user may not open lead to the login (anonymous) or to the role's home.
router.beforeEach(async (to) => {
  const session = await loadSession().catch(() => null);
  if (can(to.meta.access ?? 'admin', session)) return true;
  if (!session?.session.user) {
    return {
      name: 'login',
      query: to.fullPath === '/' ? {} : { next: to.fullPath },
    };
  }
  return homeOf(session) === to.path ? { name: 'account' } : homeOf(session);
});
