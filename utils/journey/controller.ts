// The panel's journey controller (issue 11): which customer the page belongs to, that customer's
// checklist, what `ec-next-step` opens and prepares, the go-online order and wait, the template's
// customer list. DOM and messages are injected (the content script wires them), so it stays a
// plain module. It presses only what prepares a step (开始代开发应用, 下一步, 权限's 编辑,
// 自定义菜单's 设置, + 提交上线, a picker row, 修改) — never 完成 / 确定 / 保存 / 提交上线.
import type { PanelStore } from '@/components/panel/store';
import type { Send } from '../panel/flow';
import type { RouteInfo } from '../page/detect';
import { clickLikeUser } from '../fill/dom';
import { companyKey, senderCompany, sameCompany } from './customer';
import type { NextTarget } from './model';
import { readDeployRows } from '../page/deploy';
import { hasAnyWord, isControlWord } from '../page/visible';
import { words } from '../site/vocabulary';
import { HREF } from '../site/routes';
import {
  auditOrderOnPage, findPicker, listedCustomers, onlineDone, onlineRefused, pickerLoading, pickerRowFor, rowControlFor,
  sectionControl, submitOnlineControl,
} from './prepare';

export interface JourneyDeps {
  doc: Document;
  store: PanelStore;
  send: Send;
  navigate(hash: string): void;
  now(): number;
  /** the template (suiteid) last seen in a route */
  suiteId(): string;
  /** parse a paste (for the corp id of a paste on the template page) */
  parse(text: string): Promise<import('../bundle').ParseResult>;
  /** schedule one more scan after `ms` (intent time-outs) */
  later(ms: number): void;
}

export interface ScanView {
  page: string;
  route: RouteInfo;
  customerName: string | null;
  appId: string | null;
}

type Stage = 'template' | 'wizard' | 'fill' | 'detail' | 'dialog' | 'editor' | 'list' | 'picker' | 'homepage';
interface Intent {
  target: NextTarget;
  stage: Stage;
  name: string | null;
  appId: string | null;
  at: number;
}

/** How long one stage of an intent may wait for its page (late renders, slow XHRs). */
const STAGE_MS = 15000;


export function createJourney(d: JourneyDeps) {
  const { store } = d;
  let intent: Intent | null = null;
  let journeyKey = '';
  let seq = 0;
  let listedKey = '';
  let pasteKey = '';
  const appNames = new Map<string, string>(); // app id → name key, learnt from pages that show both
  const ordersSent = new Set<string>();
  const refusedSent = new Set<string>();
  const onlineSent = new Set<string>();
  let pickerPress: { at: number; name: string | null } | null = null;
  /** The customer this tab last worked on (for the go-online pages, which list many). */
  let tabCustomer: { name: string | null; appId: string | null } | null = null;

  const status = (key: string, subs: string[] = [], tone: 'info' | 'ok' | 'warn' | 'error' = 'info') =>
    store.setState({ status: { key, subs, tone, at: d.now() } });

  const setIntent = (i: Omit<Intent, 'at'> | null) => {
    intent = i ? { ...i, at: d.now() } : null;
    if (intent) d.later(STAGE_MS + 50);
  };
  const stage = (s: Stage) => {
    if (intent) {
      intent.stage = s;
      intent.at = d.now();
      d.later(STAGE_MS + 50);
    }
  };

  /** The key the paste box belongs to: the page customer's name, else what its app id is known as. */
  function scopeKey(v: ScanView): string | null {
    const n = companyKey(v.customerName);
    if (n) {
      if (v.appId) appNames.set(v.appId, n);
      return n;
    }
    if (v.appId) return appNames.get(v.appId) ?? `app:${v.appId}`;
    return null;
  }

  // --------------------------------------------------------------------------- customer scope
  function scopeText(v: ScanView): void {
    const key = scopeKey(v);
    if (store.getState().scope !== key) store.setState({ scope: key });
    if (!key) return;
    const s = store.getState();
    if (s.textOwner === key) return;
    const byApp = v.appId ? `app:${v.appId}` : null;
    if (s.textOwner === null || (byApp && s.textOwner === byApp)) {
      // pasted where no customer was known (template page, go-online list): it goes with the user;
      // pasted where only this app id was known, and the page now names its customer (a late
      // render): it is the same customer's paste, now known by name
      // (a paste kept aside for that name comes back when the box is empty; a newer one stays)
      const drafts = { ...s.drafts };
      let text = s.text;
      if (byApp && byApp !== key) {
        if (drafts[byApp] !== undefined) {
          drafts[key] ??= drafts[byApp];
          delete drafts[byApp];
        }
        if (!text.trim() && drafts[key] !== undefined) text = drafts[key];
        delete drafts[key];
      }
      store.setState({ textOwner: key, drafts, text });
      return;
    }
    const drafts = { ...s.drafts };
    if (s.text.trim()) drafts[s.textOwner] = s.text;
    else delete drafts[s.textOwner];
    const text = drafts[key] ?? '';
    delete drafts[key];
    store.setState({ drafts, text, textOwner: key });
  }

  // --------------------------------------------------------------------------- the page's customer
  async function lookup(v: ScanView, name: string | null, appId: string | null): Promise<void> {
    const my = ++seq;
    const r = await d.send({ type: 'journey.get', ...(appId ? { appId } : {}), ...(name ? { name } : {}) });
    if (my !== seq) return;
    const journey = r.ok ? r.data : null;
    let stored: (import('../panel/flow').StoredRef & { from: 'app' | 'last' }) | null = null;
    if (journey?.hasBundle) {
      const b = await d.send({ type: 'bundle.find', corpId: journey.corpId });
      if (my !== seq) return;
      if (b.ok && b.data && 'invalid' in b.data) status('journey_err_stored_invalid', [journey.name, b.data.invalid], 'error');
      else if (b.ok && b.data?.bundle && b.data.corpId === journey.corpId) stored = { corpId: journey.corpId, name: journey.name, bundle: b.data.bundle, from: 'app' };
    }
    // On the wizard only the page's own customer (by name or app id) may stand in; elsewhere too.
    store.setState({ journey, stored });
    void v;
  }

  function scanCustomer(v: ScanView): void {
    let name = v.customerName;
    let appId = v.appId;
    if (v.page === 'deploy-list' && !name && tabCustomer) ({ name, appId } = tabCustomer);
    if (v.page === 'template-detail') {
      name = store.getState().pasteFor?.name ?? null;
      appId = null;
    }
    if (name || appId) {
      if (v.page !== 'template-detail' && v.page !== 'deploy-list') tabCustomer = { name, appId };
    }
    const key = `${v.page === 'template-detail' ? 'tpl' : ''}|${appId ?? ''}|${companyKey(name)}`;
    if (key === journeyKey) return;
    journeyKey = key;
    if (!name && !appId) {
      seq++;
      store.setState({ journey: null, stored: null });
      return;
    }
    void lookup(v, name, appId);
  }

  // --------------------------------------------------------------------------- template page
  function scanTemplate(): void {
    const rows = listedCustomers(d.doc);
    const names = rows.map((r) => r.name);
    const key = names.join('|');
    if (key !== listedKey) {
      listedKey = key;
      if (!names.length) store.setState({ listed: [] });
      else void d.send({ type: 'journey.customers', names }).then((r) => {
        if (listedKey === key) store.setState({ listed: r.ok ? r.data.map((c, i) => ({ ...c, developed: rows[i]?.developed ?? false })) : [] });
      });
    }
    // Whose paste is it? The chat header, else the corp id's record.
    const text = store.getState().text;
    if (text === pasteKey) return;
    pasteKey = text;
    if (!text.trim()) {
      store.setState({ pasteFor: null });
      journeyKey = '';
      return;
    }
    const company = senderCompany(text);
    if (company) {
      store.setState({ pasteFor: { name: rows.find((r) => sameCompany(r.name, company))?.name ?? company, by: 'header' } });
      journeyKey = '';
      return;
    }
    void d.parse(text).then(async (r) => {
      if (pasteKey !== text) return;
      if (!r.ok) return store.setState({ pasteFor: null });
      const j = await d.send({ type: 'journey.get', corpId: r.bundle.corpId });
      if (pasteKey !== text) return;
      store.setState({ pasteFor: j.ok && j.data ? { name: j.data.name, by: 'corp-id' } : { name: null, by: 'unknown' } });
      journeyKey = '';
    });
  }

  // --------------------------------------------------------------------------- go-online pages
  function scanDeployList(): void {
    for (const r of readDeployRows(d.doc.body)) {
      if (r.status !== '待上线' || !r.auditOrderId || ordersSent.has(r.auditOrderId)) continue;
      ordersSent.add(r.auditOrderId);
      // an order that appeared right after the user pressed the picker's 确定 for this customer
      const fresh = pickerPress && d.now() - pickerPress.at < 60000 && (!pickerPress.name || sameCompany(pickerPress.name, r.corpName));
      void d.send({ type: 'journey.order', corpName: r.corpName, auditOrderId: r.auditOrderId, ...(fresh ? { createdAt: pickerPress!.at } : {}) }).then(() => {
        journeyKey = '';
      });
      if (fresh) pickerPress = null;
    }
  }

  function scanDeployDetail(v: ScanView): void {
    const au = auditOrderOnPage(d.doc, v.route.query);
    if (!au) return;
    const name = v.customerName;
    if (name && !ordersSent.has(au)) {
      ordersSent.add(au);
      void d.send({ type: 'journey.order', corpName: name, auditOrderId: au });
    }
    if (onlineRefused(d.doc) && !refusedSent.has(au)) {
      refusedSent.add(au);
      void d.send({ type: 'journey.refused', auditOrderId: au, ...(name ? { corpName: name } : {}) }).then((r) => {
        if (r.ok && r.data) store.setState({ wait: { readyAt: r.data.readyAt, auditOrderId: au } });
        else status('journey_err_order_unknown', [au], 'warn');
      });
    }
    if (name && onlineDone(d.doc) && !onlineSent.has(au)) {
      onlineSent.add(au);
      void d.send({ type: 'deploy.observed', rows: [{ corpName: name, status: '已上线' }] }).then(() => {
        journeyKey = '';
        store.setState({ wait: null });
        status('journey_status_online', [name], 'ok');
      });
    }
    const w = store.getState().wait;
    if (w && w.auditOrderId !== au) store.setState({ wait: null });
  }

  // --------------------------------------------------------------------------- intents
  function expired(): boolean {
    return !!intent && d.now() - intent.at > STAGE_MS;
  }

  function runIntent(v: ScanView): void {
    if (!intent) return;
    const i = intent;
    if (expired()) {
      setIntent(null);
      status(`journey_err_stage_${i.stage}`, [i.name ?? ''], 'error');
      return;
    }
    switch (i.stage) {
      case 'template': {
        if (v.page !== 'template-detail') return;
        const row = i.name ? rowControlFor(d.doc, i.name) : null;
        if (!row) {
          if (listedCustomers(d.doc).length) {
            setIntent(null);
            status('journey_err_not_listed', [i.name ?? ''], 'error');
          }
          return;
        }
        stage('wizard');
        clickLikeUser(row.control);
        return;
      }
      case 'wizard': {
        if (v.page === 'wizard-basic') {
          const next = findNext(d.doc);
          if (next) {
            stage('fill');
            clickLikeUser(next);
          }
        } else if (v.page === 'wizard-dev') {
          stage('fill');
          runIntent(v);
        }
        return;
      }
      case 'fill': {
        if (v.page !== 'wizard-dev' && v.page !== 'menu-editor') return;
        setIntent(null);
        store.setState({ fillPending: true });
        status(v.page === 'menu-editor' ? 'journey_status_menus_prepared' : 'journey_status_wizard_prepared', [], 'ok');
        return;
      }
      case 'detail': {
        if (v.page !== 'app-detail') return;
        if (i.target === '1c') {
          const edit = sectionControl(d.doc, words('sectionPermissions')[0], words('sectionPermissionsControl'));
          if (!edit) return;
          stage('dialog');
          clickLikeUser(edit);
        } else if (i.target === '1e') {
          const set = sectionControl(d.doc, words('sectionMenus')[0], words('sectionMenusControl'));
          if (!set) return;
          stage('editor');
          clickLikeUser(set);
        } else if (i.target === '6') {
          const edit = sectionControl(d.doc, words('sectionHomepage')[0], words('sectionHomepageControl'));
          if (!edit) return;
          setIntent(null);
          clickLikeUser(edit);
          status('journey_status_homepage_opened', [], 'info');
        }
        return;
      }
      case 'dialog': {
        if (!store.getState().permDialog) return;
        setIntent(null);
        store.setState({ permPending: true });
        status('journey_status_perm_prepared', [], 'ok');
        return;
      }
      case 'editor': {
        if (v.page !== 'menu-editor') return;
        stage('fill');
        runIntent(v);
        return;
      }
      case 'list': {
        if (v.page !== 'deploy-list') return;
        const picker = findPicker(d.doc);
        if (picker) {
          stage('picker');
          runIntent(v);
          return;
        }
        const add = submitOnlineControl(d.doc);
        if (!add) return;
        stage('picker');
        clickLikeUser(add);
        return;
      }
      case 'picker': {
        if (v.page !== 'deploy-list') return;
        const picker = findPicker(d.doc);
        if (!picker || pickerLoading(picker)) return;
        const row = i.name ? pickerRowFor(picker, i.name) : null;
        if (!row) {
          // the list rendered (rows or an empty message) but not this customer's app
          if (hasAnyWord(picker.textContent, 'pickerEmpty') || picker.querySelectorAll('li, tr, [role="option"], [role="radio"]').length || d.now() - i.at > 3000) {
            setIntent(null);
            status('journey_err_picker_none', [i.name ?? ''], 'error');
          }
          return;
        }
        setIntent(null);
        clickLikeUser(row);
        pickerPress = { at: 0, name: i.name };
        status('journey_status_picked', [i.name ?? ''], 'ok');
        return;
      }
      default:
        return;
    }
  }

  // --------------------------------------------------------------------------- the public face
  return {
    scan(v: ScanView): void {
      scopeText(v);
      if (v.page === 'template-detail') scanTemplate();
      scanCustomer(v);
      if (v.page === 'deploy-list') scanDeployList();
      if (v.page === 'deploy-detail') scanDeployDetail(v);
      runIntent(v);
    },

    /** Something changed the customer's steps: read them again on the next scan. */
    invalidate(): void {
      journeyKey = '';
    },

    /** A press on the page's own control (capture phase): the picker's 确定 starts the order's clock. */
    pressed(controlText: string, page: string): void {
      if (page !== 'deploy-list' || !isControlWord(controlText, 'confirmButton')) return;
      if (!findPicker(d.doc)) return;
      pickerPress = { at: d.now(), name: pickerPress?.name ?? tabCustomer?.name ?? null };
    },

    /** ec-next-step. */
    next(target: NextTarget, v: ScanView): void {
      const s = store.getState();
      const j = s.journey;
      const name = v.page === 'template-detail' ? s.pasteFor?.name ?? null : v.customerName ?? j?.name ?? null;
      const appId = v.appId ?? j?.appIds[j.appIds.length - 1] ?? null;
      const suite = v.route.query.suiteid || v.route.query.suiteId || d.suiteId();
      switch (target) {
        case '1b': {
          if (v.page === 'wizard-dev') {
            store.setState({ fillPending: true });
            return;
          }
          if (!name) return status('journey_hint_paste_first', [], 'warn');
          if (v.page === 'template-detail') {
            const row = rowControlFor(d.doc, name);
            if (!row) return status('journey_err_not_listed', [name], 'error');
            if (row.developed) return status('journey_err_already_developed', [name], 'warn');
            store.setState({ textOwner: companyKey(name) });
            setIntent({ target, stage: 'wizard', name, appId: null });
            clickLikeUser(row.control);
            return;
          }
          if (!suite) return status('journey_hint_open_template', [name], 'warn');
          setIntent({ target, stage: 'template', name, appId: null });
          d.navigate(HREF.template(suite));
          return;
        }
        case '1c':
        case '1e':
        case '6': {
          if (!appId) return status('journey_hint_no_app', [name ?? ''], 'warn');
          tabCustomer = { name, appId };
          setIntent({ target, stage: 'detail', name, appId });
          if (v.page === 'app-detail' && v.appId === appId) runIntent(v);
          else if (target === '1e' && v.page === 'menu-editor' && v.appId === appId) {
            stage('fill');
            runIntent(v);
          } else d.navigate(HREF.detail(suite, appId));
          return;
        }
        case '1f': {
          tabCustomer = { name, appId };
          if (j?.order && j.st['1f'] === 'doing') {
            status('journey_status_second_press', [j.order.id], 'info');
            if (!(v.page === 'deploy-detail' && auditOrderOnPage(d.doc, v.route.query) === j.order.id)) d.navigate(HREF.deployDetail(j.order.id));
            return;
          }
          if (!name) return status('journey_hint_no_customer', [], 'warn');
          setIntent({ target, stage: 'list', name, appId });
          if (v.page === 'deploy-list') runIntent(v);
          else d.navigate(HREF.deployList());
          return;
        }
      }
    },
  };
}

/** 下一步 on wizard page 1 (turns the page; the extension may press it). */
function findNext(doc: Document): Element | null {
  for (const el of Array.from(doc.querySelectorAll('a, button, [role="button"], span, div'))) {
    if (!isControlWord(el.textContent, 'nextButton')) continue;
    if (Array.from(el.children).some((c) => isControlWord(c.textContent, 'nextButton'))) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0 && (el.ownerDocument.body?.getBoundingClientRect().width ?? 0) > 0) continue;
    return el.closest('a, button, [role="button"]') ?? el;
  }
  return null;
}

export type Journey = ReturnType<typeof createJourney>;
