// Background handlers of the data layer: every message type of utils/messages.ts except guard.*.
// Stateless: each call reads and writes IndexedDB (utils/db/db.ts) in its own transaction.
import type { Handlers } from '../background/router';
import { listEvents } from './events';
import {
  createCustomer, deployObserved, fillDone, findBundle, getCustomer, ledgerCheck, listCustomers,
  menusSaved, permissionsConfirmed, renameCustomer, setStep, wizardCompleted,
} from './repo';
import { exportData, importApply, importPreview } from './transfer';

export const dbHandlers: Handlers = {
  ping: () => ({ pong: true }),

  'customer.list': (m) => listCustomers({ query: m.query, filter: m.filter, limit: m.limit }),
  'customer.get': (m) => getCustomer(m.corpId),
  'customer.create': (m) => createCustomer(m.corpId, m.name, m.bundle),
  'customer.rename': (m) => renameCustomer(m.corpId, m.name),

  'step.set': (m, sender) => setStep(m.corpId, m.step, m.status, m.source, m.note, sender.fromExtensionPage ? undefined : sender.url),

  'bundle.find': (m) => findBundle({ appId: m.appId, corpId: m.corpId }),
  'ledger.check': (m) => ledgerCheck(m.corpId, m.name, m.appId),

  'fill.done': (m) => fillDone(m),
  'wizard.completed': (m) => wizardCompleted(m),
  'menus.saved': (m, sender) => menusSaved({ appId: m.appId, corpId: m.corpId }, sender.url),
  'permissions.confirmed': (m, sender) => permissionsConfirmed({ appId: m.appId, corpId: m.corpId }, sender.url),
  'deploy.observed': (m, sender) => deployObserved(m.rows, sender.url),

  'events.list': (m) => listEvents({ kind: m.kind, limit: m.limit }),

  'data.export': () => exportData(),
  'data.importPreview': (m) => importPreview(m.data),
  'data.importApply': (m) => importApply(m.data),
};
