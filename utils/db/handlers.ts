// Background handlers of the data layer: every message type of utils/messages.ts except guard.*.
// Stateless: each call reads and writes IndexedDB (utils/db/db.ts) in its own transaction.
import type { Handlers } from '../background/router';
import { listEvents } from './events';
import {
  createCustomer, deployObserved, fillDone, findBundle, getCustomer, ledgerCheck, listCustomers,
  menusSaved, permissionsConfirmed, renameCustomer, setStep, wizardCompleted,
} from './repo';
import { exportData, exportPart, importApply, importLog, importPreview } from './transfer';
import { storedBundleProblem, validateStoredBundle } from '../bundle/stored';
import { allowedHostsItem, eventRetentionDaysItem } from '../settings';
import { archiveCustomer, customerImpact, deleteCustomer, exportCsv, trimEvents } from './lifecycle';
import { t } from '../i18n';
import type { StoredBundle } from '../messages';

/** The allowed-hosts setting (the same list a paste is checked against). */
export async function allowedHosts(): Promise<string[]> {
  try {
    return (await allowedHostsItem.getValue()) ?? [];
  } catch {
    return [];
  }
}

/** A bundle arriving in a message passes the paste rules (issue 15.2) or the message is refused. */
async function checkedBundle<B extends StoredBundle | undefined>(bundle: B): Promise<B> {
  if (bundle === undefined) return bundle;
  const r = validateStoredBundle(bundle, await allowedHosts());
  if (!r.ok) throw Object.assign(new Error(`配置未通过校验，未保存：${storedBundleProblem(r)}`), { code: 'bundle-invalid' });
  return bundle;
}

export const dbHandlers: Handlers = {
  ping: () => ({ pong: true }),

  'customer.list': (m) => listCustomers({ query: m.query, filter: m.filter, limit: m.limit }),
  'customer.get': (m) => getCustomer(m.corpId),
  'customer.create': async (m) => createCustomer(m.corpId, m.name, await checkedBundle(m.bundle)),
  'customer.rename': (m) => renameCustomer(m.corpId, m.name),
  'customer.impact': (m) => customerImpact(m.corpId),
  'customer.archive': (m) => archiveCustomer(m.corpId, m.archived),
  'customer.delete': (m) => deleteCustomer(m.corpId),
  'events.trim': async (m) => trimEvents(m.days ?? (await eventRetentionDaysItem.getValue())),
  'data.exportCsv': (m) => exportCsv(m.which, (id) => t(`popup_step_${id.toLowerCase()}`) || id),

  'step.set': (m, sender) => setStep(m.corpId, m.step, m.status, m.source, m.note, sender.fromExtensionPage ? undefined : sender.url),

  'bundle.find': (m) => findBundle({ appId: m.appId, corpId: m.corpId }),
  'ledger.check': (m) => ledgerCheck(m.corpId, m.name, m.appId),

  'fill.done': (m) => fillDone(m),
  'wizard.completed': async (m) => wizardCompleted({ ...m, bundle: await checkedBundle(m.bundle) }),
  'menus.saved': (m, sender) => menusSaved({ appId: m.appId, corpId: m.corpId }, sender.url),
  'permissions.confirmed': (m, sender) => permissionsConfirmed({ appId: m.appId, corpId: m.corpId }, sender.url),
  'deploy.observed': (m, sender) => deployObserved(m.rows, sender.url),

  'events.list': (m) => listEvents({ kind: m.kind, limit: m.limit }),

  'data.export': () => exportData(),
  'data.exportPart': (m) => exportPart(m.table, m.limit, m.after ?? undefined),
  'data.importPreview': async (m) => importPreview(m.data, { allowedHosts: await allowedHosts() }),
  'data.importApply': async (m) => importApply(m.data, { allowedHosts: await allowedHosts(), log: m.log }),
  'data.importLog': (m) => importLog(m.totals),
};
