// Which customer a wizard is for, across its two pages. The name comes from the route's corpName,
// else the 企业客户 value shown on the page — which the wizard shows on page 1 only. So the name
// seen on page 1 is remembered for that wizard (same route: path, suiteid, appid) and used on
// page 2 when page 2 itself names nobody. Pure: no DOM, no extension APIs.
import type { RouteInfo } from './detect';

function wizardKey(route: RouteInfo): string {
  const q = route.query;
  return [route.path.toLowerCase(), q.suiteid ?? q.suiteId ?? '', q.appid ?? q.appId ?? ''].join('|');
}

export interface CustomerMemo {
  /** The name to show / record for `kind` on `route`, given what the page itself names (or null). */
  resolve(kind: string, route: RouteInfo, fromPage: string | null): string | null;
}

export function createCustomerMemo(): CustomerMemo {
  let memo: { key: string; name: string } | null = null;
  return {
    resolve(kind, route, fromPage) {
      const wizard = kind === 'wizard-basic' || kind === 'wizard-dev';
      if (!wizard) return fromPage;
      const key = wizardKey(route);
      if (fromPage) {
        memo = { key, name: fromPage };
        return fromPage;
      }
      return memo && memo.key === key ? memo.name : null;
    },
  };
}
