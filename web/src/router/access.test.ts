import type { RouteRecordRaw } from 'vue-router';
import { describe, expect, it } from 'vitest';
import { menuFor, mayOpen } from './access';
import { workspaceChildren } from './routes/workspace';

const paths = (items: ReturnType<typeof menuFor>): string[] => items.flatMap((item) => [item.path, ...paths(item.children)]);

describe('the menu', () => {
  it('shows an enterprise its workspace and nothing of the officers’', () => {
    expect(paths(menuFor(workspaceChildren, ['enterprise'], '/app'))).toEqual([
      '/app',
      '/app/enterprise',
      '/app/enterprise/profile',
      '/app/enterprise/applications',
    ]);
  });

  it('shows a county officer the applications of its jurisdiction but not the province’s administration', () => {
    const menu = paths(menuFor(workspaceChildren, ['county-officer'], '/app'));
    expect(menu).toEqual(expect.arrayContaining(['/app/review/inbox', '/app/review/applications', '/app/review/recommendation']));
    expect(menu.some((path) => path.startsWith('/app/province'))).toBe(false);
  });

  it('shows the province officer the statistics, overdue list, calls, editions and calendar, but no recommendation list', () => {
    const menu = paths(menuFor(workspaceChildren, ['province-officer'], '/app'));
    expect(menu).toEqual(
      expect.arrayContaining(['/app/province/dashboard', '/app/province/overdue', '/app/province/batches', '/app/province/editions',
        '/app/province/calendar', '/app/review/inbox', '/app/review/applications']),
    );
    expect(menu).not.toContain('/app/review/recommendation');
  });

  it('never lists detail pages, and drops a group whose pages are all hidden', () => {
    const routes: RouteRecordRaw[] = [
      { path: 'group', meta: { titleKey: 'g' }, children: [{ path: 'x/:id', component: {}, meta: { titleKey: 'x', hideInMenu: true } }] },
      { path: 'list', component: {}, meta: { titleKey: 'l' } },
    ];
    expect(paths(menuFor(routes, [], '/app'))).toEqual(['/app/list']);
  });
});

describe('opening a route', () => {
  const matched = (...roles: (string[] | undefined)[]) => ({ matched: roles.map((r) => ({ meta: { roles: r } })) }) as never;

  it('needs every matched record to admit one of the user’s roles', () => {
    expect(mayOpen(matched(undefined, ['province-officer']), ['province-officer'])).toBe(true);
    expect(mayOpen(matched(undefined, ['province-officer']), ['city-officer'])).toBe(false);
    expect(mayOpen(matched(undefined), [])).toBe(true);
  });
});
