// The one typed message API between content scripts / popup / options and the background,
// which owns IndexedDB and the audit log. Every message is validated with zod on arrival
// (utils/background/router.ts). Content scripts that must stay tiny (the guard) import only
// the *types* from here, never zod itself.
import { z } from 'zod';
import { STEP_IDS, STEP_SOURCES, STEP_STATUSES } from './steps';
import { GUARD_ACTIONS, GUARD_OUTCOMES, GUARD_POLICIES } from './guard/policy';
import { TEACH_KINDS } from './site/learned-keys';
import { CSV_EXPORTS, CUSTOMER_FILTERS, DEPLOY_STATUSES, EVENT_KINDS, EXPORT_TABLES, FILL_STATUSES } from './enums';

export const corpIdSchema = z.string().regex(/^w[a-z0-9]{5,40}$/i, 'corp id');
export const stepIdSchema = z.enum(STEP_IDS);
export const stepStatusSchema = z.enum(STEP_STATUSES);
export const stepSourceSchema = z.enum(STEP_SOURCES);
export const guardActionSchema = z.enum(GUARD_ACTIONS);
export const guardOutcomeSchema = z.enum(GUARD_OUTCOMES);
export const guardPolicySchema = z.enum(GUARD_POLICIES);

/** Same cap as utils/bundle/schema.ts MAX_MENUS (kept here too: schema.ts imports this module). */
export const MAX_STORED_MENUS = 100;
export const menuSchema = z.object({ name: z.string().min(1).max(200), url: z.string().url() });
/** A parsed, validated bundle as stored with a customer (never holds Token / EncodingAESKey). */
export const storedBundleSchema = z.object({
  corpId: corpIdSchema,
  homepage: z.string().url().optional(),
  trustedDomain: z.string().min(1).optional(),
  menus: z.array(menuSchema).max(MAX_STORED_MENUS),
});
export type StoredBundle = z.infer<typeof storedBundleSchema>;

/** A taught field (utils/site/learned.ts): what is stable about the element, never values. */
export const learnedSchema = z.object({
  page: z.string().min(1).max(40),
  field: z.string().min(1).max(40),
  kind: z.enum(TEACH_KINDS),
  label: z.string().max(100).optional(),
  placeholder: z.string().max(200).optional(),
  tag: z.string().min(1).max(40),
  role: z.string().max(40).optional(),
  index: z.number().int().min(0).max(1000),
  at: z.number().int().min(0),
});

const name = z.string().trim().min(1).max(200);
const appId = z.string().min(1).max(100);
const note = z.string().max(2000);
const page = z.string().max(2000);
/** 审核编号 of a go-online order: au + digits/letters. */
const auditOrderId = z.string().regex(/^au[0-9a-z]{4,60}$/i, 'audit order id');

export const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  // customers
  z.object({ type: z.literal('customer.list'), query: z.string().max(200).optional(), filter: z.enum(CUSTOMER_FILTERS).optional(), limit: z.number().int().min(1).max(100000).optional() }),
  z.object({ type: z.literal('customer.get'), corpId: corpIdSchema }),
  z.object({ type: z.literal('customer.create'), corpId: corpIdSchema, name, bundle: storedBundleSchema.optional() }),
  z.object({ type: z.literal('customer.rename'), corpId: corpIdSchema, name }),
  // cleaning up (issue 16.5)
  z.object({ type: z.literal('customer.impact'), corpId: corpIdSchema }),
  z.object({ type: z.literal('customer.archive'), corpId: corpIdSchema, archived: z.boolean() }),
  z.object({ type: z.literal('customer.delete'), corpId: corpIdSchema }),
  z.object({ type: z.literal('events.trim'), days: z.number().int().min(1).max(36500).optional() }),
  z.object({ type: z.literal('data.exportCsv'), which: z.enum(CSV_EXPORTS) }),
  // steps
  z.object({ type: z.literal('step.set'), corpId: corpIdSchema, step: stepIdSchema, status: stepStatusSchema, note: note.optional(), source: stepSourceSchema }),
  // bundles and the corp id <-> customer ledger
  z.object({ type: z.literal('bundle.find'), appId: appId.optional(), corpId: corpIdSchema.optional() }),
  z.object({ type: z.literal('ledger.check'), corpId: corpIdSchema, name: name.optional(), appId: appId.optional() }),
  // autofill lifecycle (issue 4/5)
  z.object({ type: z.literal('fill.done'), page: page, corpId: corpIdSchema, name: name.optional(), appId: appId.optional(), status: z.enum(FILL_STATUSES), override: z.boolean().optional(), fields: z.record(z.string(), z.string()).optional() }),
  z.object({ type: z.literal('wizard.completed'), corpId: corpIdSchema, name, appId: appId.optional(), bundle: storedBundleSchema }),
  z.object({ type: z.literal('menus.saved'), appId: appId.optional(), corpId: corpIdSchema.optional() }),
  z.object({ type: z.literal('permissions.confirmed'), appId: appId.optional(), corpId: corpIdSchema.optional() }),
  z.object({ type: z.literal('deploy.observed'), rows: z.array(z.object({ corpName: name, appName: z.string().max(200).optional(), status: z.enum(DEPLOY_STATUSES) })).max(5000) }),
  // the customer's journey (issue 11)
  z.object({ type: z.literal('journey.get'), appId: appId.optional(), name: name.optional(), corpId: corpIdSchema.optional() }),
  z.object({ type: z.literal('journey.customers'), names: z.array(name).max(500) }),
  z.object({ type: z.literal('journey.order'), corpName: name, auditOrderId: auditOrderId, createdAt: z.number().int().positive().optional() }),
  z.object({ type: z.literal('journey.refused'), auditOrderId: auditOrderId, corpName: name.optional() }),
  z.object({ type: z.literal('journey.homepage'), appId: appId.optional(), name: name.optional() }),
  z.object({ type: z.literal('followups.list') }),
  // the React panel, injected on demand into the sender's tab (issue 14)
  z.object({ type: z.literal('panel.inject') }),
  // guard (issue 6)
  z.object({ type: z.literal('guard.attempt'), action: guardActionSchema, outcome: guardOutcomeSchema, page, label: z.string().max(100).optional(), customer: z.string().max(200).optional(), gestureId: z.string().max(100).optional() }),
  z.object({ type: z.literal('guard.policies') }),
  // the guard UI into the sender's frame, for a guard that finds none (issue 14)
  z.object({ type: z.literal('guard.ui') }),
  z.object({ type: z.literal('guard.setPolicy'), action: guardActionSchema, policy: guardPolicySchema, confirm: z.string().max(100).optional() }),
  // audit / event log
  z.object({ type: z.literal('events.list'), kind: z.union([z.enum(EVENT_KINDS).exclude(['import']), z.literal('all')]).optional(), limit: z.number().int().min(1).max(100000).optional() }),
  // taught fields (issue 13)
  z.object({ type: z.literal('learned.list') }),
  z.object({ type: z.literal('learned.set'), entry: learnedSchema }),
  z.object({ type: z.literal('learned.delete'), page: z.string().min(1).max(40), field: z.string().min(1).max(40) }),
  // export / import (issue 7)
  z.object({ type: z.literal('data.export') }),
  z.object({ type: z.literal('data.exportPart'), table: z.enum(EXPORT_TABLES), limit: z.number().int().min(1).max(50000), after: z.union([z.string(), z.number(), z.array(z.string())]).nullable().optional() }),
  z.object({ type: z.literal('data.importPreview'), data: z.unknown() }),
  z.object({ type: z.literal('data.importApply'), data: z.unknown(), log: z.boolean().optional() }),
  // a batched import (issue 15.11): the page sends batches with log: false, then this once
  z.object({ type: z.literal('data.importLog'), totals: z.object({ new: z.number().int().min(0), updated: z.number().int().min(0), unchanged: z.number().int().min(0), conflicts: z.number().int().min(0), events: z.number().int().min(0), refused: z.number().int().min(0), batches: z.number().int().min(0).optional() }) }),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Every reply has this shape; `error` is a user-facing Chinese message key or text. */
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string; code?: string };
