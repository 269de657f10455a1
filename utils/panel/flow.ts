// What one press of 填写 (ec-fill) does, independent of React and of the extension runtime:
// pick the bundle (the paste box wins over the customer's stored one), refuse clearly when it is
// unusable, check the corp id ↔ customer ledger, fill the page's form, log fill.done.
// Every dependency that touches the extension (messages) or another page (menus) is injected.
import type { Bundle, BundleIssue, ParseResult } from '../bundle';
import type { LedgerVerdict, Send } from '../dto';
import type { Message } from '../messages';
import type { FieldRow, FillReport } from '../fill/report';
import { fillWizard, wizardMissing, resultsOnly } from '../fill/wizard';
import { t } from '../i18n';
import { headerVerdict } from '../journey/customer';
import { ledgerMemo, type LedgerMemo } from './ledger';

export type PanelPage = 'wizard-dev' | 'menu-editor' | 'app-detail' | 'template-detail' | 'deploy-list' | 'deploy-detail';
export const PANEL_PAGES: ReadonlySet<string> = new Set<PanelPage>(['wizard-dev', 'menu-editor', 'app-detail', 'template-detail', 'deploy-list', 'deploy-detail']);
/** Pages whose form the panel fills (the paste box and 填写 are offered only there and on the template page). */
export const FILL_PAGES: ReadonlySet<string> = new Set<PanelPage>(['wizard-dev', 'menu-editor']);

export type { Send } from '../dto';

/** A customer's stored bundle as `bundle.find` returns it. */
export interface StoredRef {
  corpId: string;
  name: string;
  bundle: Bundle;
}

/** Reasons a refusal may be overridden with 仍然填写 (ec-fill-anyway). */
export type Override = 'ledger' | 'overwrite' | 'customer';

export type BundleChoice =
  | { ok: true; bundle: Bundle; from: 'text' | 'stored'; complete: boolean; missing: string[]; warnings: BundleIssue[]; customer?: string }
  | { ok: false; error: string; code: 'parse' | 'nothing'; messages?: string[] };

export type Parse = (text: string) => Promise<ParseResult>;

/** A parse result as a bundle choice (for text that is not blank). */
export function choiceFromParse(r: ParseResult): BundleChoice {
  if (!r.ok) return { ok: false, code: 'parse', error: parseErrorText(r.errors), messages: r.errors.map((e) => e.message).filter(Boolean) };
  return { ok: true, bundle: r.bundle, from: 'text', complete: r.complete, missing: [...r.missing], warnings: r.warnings };
}

/** The bundle a fill would use: a non-blank paste box (parsed) first, else the stored one. */
export async function chooseBundle(text: string, stored: StoredRef | null, parse: Parse): Promise<BundleChoice> {
  if (text.trim() !== '') return choiceFromParse(await parse(text));
  return storedChoice(stored);
}

/** The choice for an empty paste box: the stored bundle, or a refusal. */
export function storedChoice(stored: StoredRef | null): BundleChoice {
  if (stored) {
    const missing = wizardMissing(stored.bundle);
    return { ok: true, bundle: stored.bundle, from: 'stored', complete: missing.length === 0, missing, warnings: [], customer: stored.name };
  }
  return { ok: false, code: 'nothing', error: t('panel_err_nothing') };
}

/** The parser's own (Chinese) messages, at most two, each once. */
export function parseErrorText(errors: BundleIssue[]): string {
  const msgs = [...new Set(errors.map((e) => e.message).filter(Boolean))];
  if (!msgs.length) return t('panel_err_unusable');
  return msgs.slice(0, 2).join('\n');
}

export type { LedgerVerdict };

/** The refusal text for a ledger conflict, naming both customers / corp ids. */
export function ledgerMessage(v: Extract<LedgerVerdict, { ok: false }>, corpId: string, name: string | null): string {
  if (v.reason === 'corp-other-customer') return t('panel_err_ledger_corp', [corpId, v.otherName, name ?? t('panel_unknown_customer')]);
  return t('panel_err_ledger_customer', [name ?? t('panel_unknown_customer'), v.otherCorpId, corpId]);
}

export interface FillContext {
  page: PanelPage;
  doc: Document;
  text: string;
  stored: StoredRef | null;
  /** parseBundle, or its background proxy (parse-port.ts). */
  parse: Parse;
  customerName: string | null;
  appId: string | null;
  overrides: ReadonlySet<Override>;
  send: Send;
  /** The ledger as asked ahead of the press (utils/panel/ledger.ts); else asked now, through send. */
  ledger?: Pick<LedgerMemo, 'check'>;
  /** The menu editor fill (utils/fill/menus.ts), injected so the wizard path does not need it. */
  fillMenus?: (doc: Document, menus: { name: string; url: string }[], opts: { overwrite?: boolean }) => Promise<{ report: FillReport; undo: () => Promise<FieldRow[]> }>;
  fillWizard?: typeof fillWizard;
}

export interface FillOutcome {
  report: FillReport;
  /** Why an overridable refusal happened (what 仍然填写 would override). */
  reason?: Override;
  undo?: () => Promise<FieldRow[]>;
  bundle?: Bundle;
  /** The fill.done message sent (for tests); never holds Token / EncodingAESKey. */
  logged?: Message;
  /** The bundle looks like another customer's (ec-customer-mismatch): whose, and the page's. */
  mismatch?: { other: string; page: string | null; by: 'header' | 'corp-id' };
}

const refuse = (error: string, extra: Partial<FillOutcome> = {}): FillOutcome => ({ report: { status: 'refused', rows: [], error }, ...extra });

/** One press of ec-fill. Never throws: every failure becomes a refused report with a message. */
export async function runFill(c: FillContext): Promise<FillOutcome> {
  try {
    return await runFillUnsafe(c);
  } catch (e) {
    return refuse(t('panel_err_unexpected', [(e as Error)?.message ?? String(e)]));
  }
}

async function runFillUnsafe(c: FillContext): Promise<FillOutcome> {
  if (c.page !== 'wizard-dev' && c.page !== 'menu-editor') return refuse(t('panel_err_no_form'));
  const choice = await chooseBundle(c.text, c.stored, c.parse);
  if (!choice.ok) return refuse(choice.error);
  const bundle = choice.bundle;
  const name = c.customerName?.trim() || null;
  const pageId = c.page === 'wizard-dev' ? 'wizard' : 'menus';

  const log = (report: FillReport, override: boolean): Message => {
    const msg: Message = {
      type: 'fill.done',
      page: pageId,
      corpId: bundle.corpId,
      ...(name ? { name } : {}),
      ...(c.appId ? { appId: c.appId } : {}),
      status: report.status,
      ...(override ? { override: true } : {}),
      fields: resultsOnly(report.rows),
    };
    void c.send(msg).catch(() => undefined);
    return msg;
  };

  if (c.page === 'wizard-dev') {
    if (choice.missing.length) {
      const report: FillReport = { status: 'refused', rows: [], error: t('panel_err_incomplete', [choice.missing.join('、')]) };
      return { report, bundle, logged: log(report, false) };
    }
  } else if (!bundle.menus.length) {
    const report: FillReport = { status: 'refused', rows: [], error: t('panel_err_no_menus') };
    return { report, bundle, logged: log(report, false) };
  }

  // Whose paste is it? A chat header naming another company than the page's customer.
  if (choice.from === 'text' && !c.overrides.has('customer')) {
    const v = headerVerdict(c.text, name);
    if (!v.ok) {
      const report: FillReport = { status: 'refused', rows: [], error: t('journey_err_header_other', [v.company, name ?? '']), overridable: true };
      return { report, reason: 'customer', bundle, logged: log(report, false), mismatch: { other: v.company, page: name, by: 'header' } };
    }
  }

  // The corp id ↔ customer ledger (recorded when the wizard's 完成 is accepted).
  if (!c.overrides.has('ledger')) {
    const r = await (c.ledger ?? ledgerMemo(c.send)).check({ corpId: bundle.corpId, name, appId: c.appId });
    if (r.ok && r.data && r.data.ok === false) {
      const report: FillReport = { status: 'refused', rows: [], error: ledgerMessage(r.data, bundle.corpId, name), overridable: true };
      const mismatch = r.data.reason === 'corp-other-customer' ? { other: r.data.otherName ?? '?', page: name, by: 'corp-id' as const } : undefined;
      return { report, reason: 'ledger', bundle, logged: log(report, false), ...(mismatch ? { mismatch } : {}) };
    }
  }
  const override = c.overrides.size > 0;

  if (c.page === 'wizard-dev') {
    const { report, undo } = await (c.fillWizard ?? fillWizard)(c.doc, bundle);
    return { report, undo: report.status === 'refused' ? undefined : undo, bundle, logged: log(report, override) };
  }
  if (!c.fillMenus) return refuse(t('panel_err_no_form'));
  const { report, undo } = await c.fillMenus(c.doc, bundle.menus, { overwrite: c.overrides.has('overwrite') });
  const reason: Override | undefined = report.status === 'refused' && report.overridable ? 'overwrite' : undefined;
  return { report, reason, undo: report.status === 'refused' ? undefined : undo, bundle, logged: log(report, override) };
}
