// The export file's name and version (docs/export-format.md). Pure constants: shared by the worker
// (utils/db/transfer.ts) and the options page (batches.ts) without pulling Dexie into the page.
export const EXPORT_FORMAT = 'ec-helper-export';
export const EXPORT_VERSION = 1;
