import { createRouter, createWebHistory } from 'vue-router';

// Every page is its own chunk: the first load carries only the shell.
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/',
      name: 'overview',
      component: () => import('./pages/overview-page.vue'),
    },
    {
      path: '/compliance',
      name: 'compliance',
      component: () => import('./pages/compliance-page.vue'),
    },
    {
      path: '/compare',
      name: 'compare',
      component: () => import('./pages/compare-page.vue'),
    },
    {
      path: '/reports/:departmentId(\\d+)/:year(\\d{4})',
      name: 'report',
      component: () => import('./pages/report-page.vue'),
      props: (r) => ({
        departmentId: Number(r.params['departmentId']),
        year: Number(r.params['year']),
        version: r.query['version'] ? Number(r.query['version']) : null,
      }),
    },
    {
      path: '/submit',
      name: 'submit',
      component: () => import('./pages/submit-page.vue'),
    },
    {
      path: '/import',
      name: 'import',
      component: () => import('./pages/import-page.vue'),
    },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
  scrollBehavior: () => ({ top: 0 }),
});
