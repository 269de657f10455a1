// Show what changed (issue 12.5): after a fill, the fields it filled are outlined green for a moment
// and the ones that failed stay outlined red until the next fill or undo. The outline is set on the
// page's own field (an inline style, restored afterwards), so nothing of ours covers the page.
import { currentWizardForm, type WizardForm } from '../fill/wizard';
import type { FieldRow } from '../fill/report';

type Marked = { el: HTMLElement; outline: string; offset: string };
let marked: Marked[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

const FIELDS = ['homepage', 'enterHomepage', 'trustedDomain', 'callbackUrl', 'token', 'aesKey'] as const;

function mark(el: HTMLElement, color: string): void {
  marked.push({ el, outline: el.style.outline, offset: el.style.outlineOffset });
  el.style.outline = `2px solid ${color}`;
  el.style.outlineOffset = '1px';
}

/** Removes every outline we set (restoring the page's own inline values). */
export function clearMarks(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  for (const m of marked) {
    m.el.style.outline = m.outline;
    m.el.style.outlineOffset = m.offset;
    m.el.removeAttribute('data-ec-failed');
  }
  marked = [];
}

/** Outline the wizard fields of a fill's report: filled briefly (green), failed until cleared (red). */
export function markWizardFields(doc: Document, rows: FieldRow[], ms = 2500): number {
  clearMarks();
  const form: WizardForm | null = currentWizardForm(doc);
  if (!form) return 0;
  const filled: HTMLElement[] = [];
  for (const r of rows) {
    if (!(FIELDS as readonly string[]).includes(r.field)) continue;
    const el = form[r.field as (typeof FIELDS)[number]] as HTMLElement | null;
    if (!el) continue;
    if (r.result === 'filled') {
      mark(el, '#1d7a3a');
      filled.push(el);
    } else if (r.result === 'failed') {
      mark(el, '#d93025');
      el.setAttribute('data-ec-failed', '');
    }
  }
  if (filled.length) {
    timer = setTimeout(() => {
      marked = marked.filter((m) => {
        if (!filled.includes(m.el)) return true;
        m.el.style.outline = m.outline;
        m.el.style.outlineOffset = m.offset;
        return false;
      });
    }, ms);
  }
  return marked.length;
}
