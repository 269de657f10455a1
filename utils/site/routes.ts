// Site knowledge, part 2: the hash routes of the provider backend (public write-ups of automations;
// see docs/provider-backend.md). Paths are compared lower-case; the menu editor's route is
// assumed, so it is recognised by its content (utils/site/predicates.ts), never by route alone.
export const ROUTES = {
  templateList: '/sass/customapp/tpl/list',
  templateDetail: '/sass/customapp/tpl/info',
  create: '/sass/customapp/app/create',
  appDetail: '/sass/customapp/app/detail',
  deployList: '/sass/customapp/deploy/list',
  deployDetail: '/sass/customapp/deploy/detail',
} as const;

export type RouteKey = keyof typeof ROUTES;

/** The backend's page (the routes below are its hash). */
export const BACKEND = 'https://open.work.weixin.qq.com/wwopen/developer';

const q = encodeURIComponent;
/** Links into the backend, spelt as the site's own links spell them (`customApp`). */
export const HREF = {
  template: (suite: string) => `#/sass/customApp/tpl/info?id=${q(suite)}`,
  detail: (suite: string, appId: string) => `#/sass/customApp/app/detail?suiteid=${q(suite)}&appid=${q(appId)}`,
  deployList: () => '#/sass/customApp/deploy/list',
  deployDetail: (au: string) => `#/sass/customApp/deploy/detail?auditorderid=${q(au)}`,
};

/** Is `path` (a parsed hash route's path) at or under the named route? */
export function onRoute(path: string, key: RouteKey): boolean {
  return path.toLowerCase().startsWith(ROUTES[key]);
}
