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
import { eventRetentionDaysItem, readAllowedHosts } from '../settings';
import { archiveCustomer, customerImpact, deleteCustomer, exportCsv, trimEvents } from './lifecycle';
import { t } from '../i18n';
import type { StoredBundle } from '../messages';

/** The allowed-hosts setting (the same list a paste is checked against). */
export async function allowedHosts(): Promise<string[]> {
  try {
    return (await readAllowedHosts()).hosts ?? [];
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

export const dbHandlers = {
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

  // A stored bundle passes the paste rules again before any fill uses it (issue 15.2): one that no
  // longer does (an old database, a changed host list) is handed out without its values.
  'bundle.find': async (m) => {
    const b = await findBundle({ appId: m.appId, corpId: m.corpId });
    if (!b) return b;
    const r = validateStoredBundle(b.bundle, await allowedHosts());
    return r.ok ? b : { corpId: b.corpId, name: b.name, matchedBy: b.matchedBy, bundle: null, invalid: storedBundleProblem(r) };
  },
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
} satisfies Handlers;
