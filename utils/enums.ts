// The data layer's small vocabularies, each defined ONCE as a const array: the message schemas
// (utils/messages.ts, z.enum), the database types and the UI all derive from these. Pure, zod-free.
// (Steps live in ./steps.ts, guard actions / policies / outcomes in ./guard/policy.ts.)

/** Kinds of rows in the event log. */
export const EVENT_KINDS = ['guard', 'autofill', 'step', 'import'] as const;
export type EventKindName = (typeof EVENT_KINDS)[number];

/** The popup's customer filters. */
export const CUSTOMER_FILTERS = ['all', 'unfinished', 'blocked'] as const;
export type CustomerFilter = (typeof CUSTOMER_FILTERS)[number];

/** Tables of the export file, in the order they are exported. */
export const EXPORT_TABLES = ['customers', 'steps', 'bundles', 'events'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** What the go-online list says of an app (docs/provider-backend.md). */
export const DEPLOY_STATUSES = ['待上线', '已上线'] as const;
export type DeployStatus = (typeof DEPLOY_STATUSES)[number];

/** How a fill ended. */
export const FILL_STATUSES = ['filled', 'partial', 'refused'] as const;
export type FillStatus = (typeof FILL_STATUSES)[number];

/** Which CSV the options page exports. */
export const CSV_EXPORTS = ['audit', 'progress'] as const;
export type CsvExport = (typeof CSV_EXPORTS)[number];
