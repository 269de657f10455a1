// React replica of 开始代开发应用 (Ant-Design-style): Steps bar, page 1 as Descriptions (a table),
// page 2 a horizontal Form with <label for> pairs, CSS asterisks, a tooltip icon in each label, a
// "n / 256" counter inside 应用主页's affix wrapper, the 在微工作台中始终进入主页 checkbox in its own
// label-less Form.Item (native input transparent over the box), 随机获取 as an input addon, "完 成".
// A closed 使用配置 modal (forceRender) with the same labels sits in a portal under <body>.
// Flags: page2 (open on page 2), rename (应用主页 is labelled 主页地址 with placeholder 请输入 — a page we never saw),
// ticked (checkbox starts ticked), slow (1.5 s late form). Tests read __replica.create / saved.create.
(function () {
  const { e } = RX;
  const CALLBACK = 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3';
  const random = (n) => Array.from({ length: n }, () => 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(Math.random() * 56)]).join('');

  RX.route('/sass/customApp/app/create', function CreatePage({ query }) {
    const F = R.flags;
    const HOME_LABEL = F.has('rename') ? '主页地址' : '应用主页';
    const st = RX.useStore(() => {
      const s = {
        form: { homepage: '', enterHomepage: F.has('ticked'), domain: '', ip: '', callback: '', token: '', aes: '' },
        decoy: { homepage: '', domain: '', ip: '', enterHomepage: false },
        state: { step: F.has('page2') ? 2 : 1, loaded: false, error: '', saving: false },
      };
      R.replica.create = s;
      return s;
    });
    const { form, decoy, state } = st;
    const corpName = query.corpName || '';

    RX.useLoad((alive) => {
      if (state.step !== 2 || state.loaded) return;
      R.request('/wwopen/developer/customApp/app/getDevConfig', { appid: query.appid }, F.has('slow') ? 1500 : 400).then(() => {
        if (!alive()) return;
        state.loaded = true;
        Object.assign(form, { callback: CALLBACK, token: random(32), aes: random(43) });
        RX.update();
      });
    }, [state.step]);

    function finish() {
      R.count('create.finish');
      if (state.saving) return;
      let problem = '';
      let host = '';
      try { const u = new URL(form.homepage.trim()); if (u.protocol !== 'https:') problem = '应用主页需填写带协议头的合法URL'; host = u.host; } catch { problem = '应用主页需填写带协议头的合法URL'; }
      if (!problem && form.domain.trim() !== host) problem = '可信域名需与应用主页的域名一致';
      if (!problem && (!form.callback || !form.token || !form.aes)) problem = '回调URL、Token、EncodingAESKey 不能为空';
      state.error = problem;
      RX.update();
      if (problem) return;
      state.saving = true;
      const corpapp = { homeurl: form.homepage, redirect_domain: form.domain, home_in_workbench: form.enterHomepage, white_ip_list: form.ip, callbackurl: form.callback, token: form.token, aeskey: form.aes };
      R.request('/wwopen/developer/customApp/app/save', { suiteid: query.suiteid, appid: query.appid, corpapp }, 150).then(() => {
        state.saving = false;
        R.replica.saved.create = Object.assign({ corpName, suiteid: query.suiteid, appid: query.appid }, corpapp);
        R.go('/sass/customApp/app/detail?suiteid=' + encodeURIComponent(query.suiteid || '') + '&appid=' + encodeURIComponent(query.appid || ''));
      });
    }

    const page1 = e('div', { className: 'step-pane' },
      e(RX.Descriptions, { items: [['企业客户', corpName || '归云庄'], ['应用Logo', e('span', { className: 'ant-avatar', style: { display: 'inline-block', width: 48, height: 48, background: '#1677ff', borderRadius: 6 } })], ['应用名称', 'EC营客通'], ['应用简介', '打通六度CRM客户库和微营销工具,为销售提效赋能']] }),
      e('div', { className: 'step-footer' }, e(RX.Button, { type: 'primary', onClick: () => { R.count('create.next'); state.step = 2; RX.update(); } }, '下一步')));

    const page2 = !state.loaded
      ? e('div', { className: 'ant-spin ant-spin-spinning' }, e('span', { className: 'ant-spin-text' }, '加载中...'))
      : e('form', { className: 'ant-form ant-form-horizontal', id: 'dev', onSubmit: (ev) => ev.preventDefault() },
        e(RX.FormItem, { label: HOME_LABEL, htmlFor: 'dev_homeurl', required: true, tooltip: '成员进入应用时打开的页面' }, e(RX.Input, { id: 'dev_homeurl', store: form, k: 'homepage', placeholder: F.has('rename') ? '请输入' : '请填写带协议头的合法URL', count: 256 })),
        e(RX.FormItem, {}, e(RX.Checkbox, { name: 'enterHomepage', checked: form.enterHomepage, onChange: (v) => { form.enterHomepage = v; }, label: '在微工作台中始终进入主页' })),
        e(RX.FormItem, { label: '可信域名', htmlFor: 'dev_redirect_domain', required: true, tooltip: '可信域名', extra: '该可信域名可调用OAuth2授权, JS-SDK' }, e(RX.Input, { id: 'dev_redirect_domain', store: form, k: 'domain' })),
        e(RX.FormItem, { label: 'IP白名单', htmlFor: 'dev_ip', optional: true }, e(RX.Input, { id: 'dev_ip', store: form, k: 'ip', placeholder: '请填写调用的IP地址' })),
        e(RX.FormItem, { label: '代开发应用回调URL', htmlFor: 'dev_callbackurl', required: true }, e(RX.Input, { id: 'dev_callbackurl', store: form, k: 'callback' })),
        e(RX.FormItem, { label: 'Token', htmlFor: 'dev_token', required: true }, e(RX.Input, { id: 'dev_token', store: form, k: 'token', addon: e(RX.Button, { onClick: () => { R.count('create.randomToken'); form.token = random(32); RX.update(); } }, '随机获取') })),
        e(RX.FormItem, { label: 'EncodingAESKey', htmlFor: 'dev_aeskey', required: true }, e(RX.Input, { id: 'dev_aeskey', store: form, k: 'aes', addon: e(RX.Button, { onClick: () => { R.count('create.randomAes'); form.aes = random(43); RX.update(); } }, '随机获取') })),
        e('div', { className: 'ant-form-item-explain-error', role: 'alert', style: { color: '#ff4d4f', minHeight: 18 } }, state.error),
        e('div', { className: 'step-footer' }, e(RX.Button, { onClick: () => { state.step = 1; RX.update(); } }, '上一步'), e(RX.Button, { type: 'primary', onClick: finish }, '完成')));

    return e('div', null,
      e('div', { className: 'ant-page-header' }, e('span', { className: 'ant-page-header-heading-title' }, '开始代开发应用')),
      e(RX.Steps, { current: state.step, items: ['确认基础信息', '配置开发信息'] }),
      state.step === 1 ? page1 : page2,
      e(RX.Modal, { id: 'usage', title: '使用配置', open: false, forceRender: true, onOk: () => R.count('decoy.confirm'), onCancel: () => {} },
        e('form', { className: 'ant-form ant-form-horizontal', id: 'usage' },
          e(RX.FormItem, { label: HOME_LABEL, htmlFor: 'usage_homeurl' }, e(RX.Input, { id: 'usage_homeurl', store: decoy, k: 'homepage', placeholder: '请填写带协议头的合法URL' })),
          e(RX.FormItem, {}, e(RX.Checkbox, { name: 'decoy.enterHomepage', checked: decoy.enterHomepage, onChange: (v) => { decoy.enterHomepage = v; }, label: '在微工作台中始终进入主页' })),
          e(RX.FormItem, { label: '可信域名', htmlFor: 'usage_domain' }, e(RX.Input, { id: 'usage_domain', store: decoy, k: 'domain' })),
          e(RX.FormItem, { label: 'IP白名单', htmlFor: 'usage_ip', optional: true }, e(RX.Input, { id: 'usage_ip', store: decoy, k: 'ip' })))));
  });
})();
