// What each message answers — derived, never restated. The reply map comes from the router's handler
// table (utils/background/handlers.ts), so a handler that changes what it returns changes every
// caller's type with it. The named shapes below are the ones the UI and content scripts hold on to;
// they import them from here, never from utils/db/* (type-only: no Dexie, no zod in any bundle).
import type { HandlerTable } from './background/handlers';
import type { Message, MessageType, Reply } from './messages';

/** The data a message of type T answers with (inside `{ ok: true, data }`). */
export type ReplyOf<T extends MessageType> = T extends keyof HandlerTable
  ? HandlerTable[T] extends (...args: never[]) => infer R
    ? Awaited<R>
    : never
  : never;

/** How a caller sends a message (utils/rpc.ts `send`, or a test's fake). */
export type Send = <M extends Message>(msg: M) => Promise<Reply<ReplyOf<M['type']>>>;

/** One customer with steps, bundle and history (customer.get / create / rename). */
export type CustomerDetail = NonNullable<ReplyOf<'customer.get'>>;
/** One step of a customer as the popup shows it. */
export type StepView = CustomerDetail['steps'][number];
/** A row of the popup's customer list. */
export type CustomerSummary = ReplyOf<'customer.list'>[number];
/** What archiving / deleting a customer would take with it. */
export type CustomerImpact = ReplyOf<'customer.impact'>;
/** The journey of the page's customer (journey.get). */
export type JourneyView = NonNullable<ReplyOf<'journey.get'>>;
/** A customer listed on the template page (journey.customers). */
export type ListedCustomer = ReplyOf<'journey.customers'>[number];
/** A follow-up in the popup and the badge. */
export type FollowupView = ReplyOf<'followups.list'>[number];
/** What an import would do / did. */
export type ImportSummary = ReplyOf<'data.importPreview'>;
/** The ledger's verdict on a corp id for the page's customer. */
export type LedgerVerdict = ReplyOf<'ledger.check'>;
/** A stored bundle looked up for the page (bundle.find). */
export type BundleLookup = ReplyOf<'bundle.find'>;
/** A step change as the background applied (or refused) it. */
export type StepChangeView = ReplyOf<'step.set'>;
/** A row of the audit log. */
export type EventView = ReplyOf<'events.list'> extends readonly (infer E)[] ? E : never;
/** The guard policies with the administrator's locks. */
export type PolicyState = ReplyOf<'guard.policies'>;
