// Shared by the db*.test.ts files: a fresh fake-indexeddb database per test.
import 'fake-indexeddb/auto';
import { EcDatabase, setDb } from '../../utils/db/db';

let n = 0;
export function freshDb(): EcDatabase {
  const db = new EcDatabase(`ec-helper-test-${process.pid}-${++n}`);
  setDb(db);
  return db;
}

export const BUNDLE = (corpId: string) => ({
  corpId,
  homepage: `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corpId}`,
  trustedDomain: 'html.workec.com',
  menus: [
    { name: '批量加减', url: `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corpId}` },
    { name: '企信客户', url: `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${corpId}&redirect=wxwork` },
  ],
});
