// Step 6: the 应用主页 修改 dialog. The user's 确定 on the 网页 tab after a mini program was
// associated, and then the dialog gone → journey.homepage. Each scan also tells the panel which tab
// shows and whether its URL is still the customer's 应用主页 (store.homepage).
import { readHomepageDialog } from '../../journey/homepage';
import { canonicalUrl } from '../../dom/url';
import { customerNameFromPage } from '../../page/detect';
import { isControlWord } from '../../page/visible';
import { stepRecorded, type Capability } from './types';

export const homepageStep: Capability = {
  name: 'journey.homepage',
  init(_signal, s) {
    let armed: { tab: '网页' | '小程序'; associated: boolean } | null = null;
    s.onPress((p) => {
      if (p.page !== 'app-detail' || !isControlWord(p.text, 'confirmButton')) return;
      const hp = readHomepageDialog(s.doc);
      if (hp && hp.el.contains(p.target)) armed = { tab: hp.tab, associated: hp.associated };
    });
    s.onScan((f) => {
      const hp = f.homepageDialog();
      if (armed && !hp) {
        const was = armed;
        armed = null;
        if (was.tab === '网页' && was.associated) {
          const name = s.store.getState().journey?.name ?? customerNameFromPage(s.doc, f.route);
          void s.send({ type: 'journey.homepage', ...(f.appId ? { appId: f.appId } : {}), ...(name ? { name } : {}) }).then(() => stepRecorded(s));
          s.notify({ key: 'journey_notice_step6', tone: 'ok' });
        }
      }
      const want = s.store.getState().journey?.homepage;
      const next = hp ? { tab: hp.tab, associated: hp.associated, matches: want ? canonicalUrl(hp.url) === canonicalUrl(want) : null } : null;
      if (JSON.stringify(next) !== JSON.stringify(s.store.getState().homepage)) s.store.setState({ homepage: next });
    });
  },
};
