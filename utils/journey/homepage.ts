// Step 6 (issue 11.4): the 应用主页 修改 dialog with its 网页 / 小程序 tabs. Which tab is active (the
// guard's reading, shared), the URL the 网页 tab holds, whether a mini program shows as
// associated, and whether that URL is still the bundle's 应用主页. DOM reading only.
import { activeHomepageTab } from '../guard/rules';
import { isTextField, readValue } from '../fill/dom';
import { openDialog } from './prepare';
import { hasAnyWord } from '../page/visible';

export interface HomepageDialog {
  el: Element;
  tab: '网页' | '小程序';
  url: string | null;
  associated: boolean;
}

export function readHomepageDialog(doc: Document): HomepageDialog | null {
  const el = openDialog(doc);
  if (!el) return null;
  const tab = activeHomepageTab(el);
  if (!tab) return null;
  // The 网页 tab's address: the dialog's text field holding a URL (it may be hidden behind 小程序).
  const fields = Array.from(el.querySelectorAll('input, textarea')).filter((f) => isTextField(f)) as (HTMLInputElement | HTMLTextAreaElement)[];
  const url = fields.map((f) => readValue(f).trim()).find((v) => /^https?:\/\//i.test(v)) ?? null;
  const associated = hasAnyWord(el.textContent, 'homepageAssociated');
  return { el, tab, url, associated };
}
