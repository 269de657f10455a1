// Which page shows, for the panel: the customer it is about (route corpName, else 企业客户 on the
// page; pages that list many customers name none), the store's page / route / app / 权限 dialog, and
// the journey's look at the page. Runs after the completion detectors and before the mount.
import { customerNameFromPage } from '../../page/detect';
import { createCustomerMemo } from '../../page/customer-memo';
import { PANEL_PAGES, type PanelPage } from '../flow';
import type { Capability } from './types';

/** Pages that show one customer (the others list many, with 企业名称 / 企业客户 as a column). */
const ONE_CUSTOMER_PAGES: ReadonlySet<string> = new Set(['wizard-basic', 'wizard-dev', 'menu-editor', 'app-detail', 'deploy-detail']);
/** Notices that outlive the page they were pushed on. */
const KEPT_NOTICES: ReadonlySet<string> = new Set(['panel_notice_perm_confirmed', 'panel_notice_completed']);

export const pageState: Capability = {
  name: 'page',
  init(signal, s) {
    const names = createCustomerMemo();
    const unsubscribe = s.store.subscribe((st, prev) => {
      if (st.text !== prev.text && st.page === 'template-detail') s.schedule(); // whose paste is it?
      if (st.journey !== prev.journey) s.schedule(); // the customer's bundle arrived: re-check the 应用主页 dialog
    });
    signal.addEventListener('abort', unsubscribe, { once: true });

    s.onScan((f) => {
      const customerName = names.resolve(f.kind, f.route, ONE_CUSTOMER_PAGES.has(f.kind) ? customerNameFromPage(s.doc, f.route) : null);
      const view = { page: f.kind, route: f.route, customerName, appId: f.appId };
      s.session.view = view;
      if (f.kind === 'wizard-basic') s.journey.scan(view); // a next step may turn the wizard's page
      if (!PANEL_PAGES.has(f.kind)) return;
      const page = f.kind as PanelPage;
      const st = s.store.getState();
      s.store.setState({
        page,
        route: f.route,
        appId: f.appId,
        customerName,
        permDialog: f.permissionDialogOpen(),
        tick: st.tick + 1,
        // a new page: earlier pages' lines leave (what a next step says on arrival is set after this)
        ...(st.page !== page ? { notices: st.notices.filter((n) => KEPT_NOTICES.has(n.key)), status: null } : {}),
      });
      s.journey.scan(view);
    });
  },
};
