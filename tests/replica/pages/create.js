// 开始代开发应用 (start custom development): the two-page wizard of provider-backend.md.
// Route: #/sass/customApp/app/create?suiteid=…&appid=…&corpName=…
//
// Hostile on purpose:
// - page 2 renders only after a fake XHR (~300 ms; flag `slow` → 1500 ms);
// - the template defaults (callback URL, Token, EncodingAESKey) arrive in a separate, later request
//   (flag `latedefaults` → 2 s after the form: still late on a loaded CI machine, within the fill's 3 s wait; flag `nodefaults` → never);
// - controlled inputs (R.input): a bare `.value =` is reverted on the next render;
// - 在微工作台中始终进入主页 is a custom span checkbox (flag `ticked` → starts ticked);
// - a hidden 使用配置 dialog with the same labels sits in the DOM BEFORE the real form;
// - flag `mousedown` binds 完成 on mousedown; flag `page2` opens directly on page 2 (a reload that
//   kept the wizard step); flag `revert` makes the page silently drop any 可信域名 it is given.
// Tests read `window.__replica.create` ({ form, decoy, state }) and `window.__replica.saved.create`.
(function () {
  const { h } = R;
  const CALLBACK = 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3';
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const random = (n) => Array.from({ length: n }, () => ALNUM[Math.floor(Math.random() * ALNUM.length)]).join('');

  function label(text, opts) {
    const o = opts || {};
    return h('div', { class: 'ww_form_label' },
      o.required ? h('span', { class: 'ww_form_required', style: 'color:#e33;margin-right:2px' }, '*') : null,
      text,
      h('i', { class: 'ico_help', title: o.help || text, style: 'font-style:normal;color:#aaa;margin-left:4px;cursor:help' }, 'ⓘ'),
    );
  }
  function item(labelEl, ...content) {
    return h('div', { class: 'ww_form_item' }, labelEl, h('div', { class: 'ww_form_content' }, ...content));
  }

  R.route('/sass/customApp/app/create', (main, query) => {
    const F = R.flags;
    const corpName = query.corpName || '';
    const state = { step: F.has('page2') ? 2 : 1, loaded: false, defaults: false, error: '', saving: false };
    const form = { homepage: '', enterHomepage: F.has('ticked'), domain: '', ip: '', callback: '', token: '', aes: '' };
    const decoy = { homepage: '', domain: '', enterHomepage: false, ip: '' };
    R.replica.create = { form, decoy, state };
    let alive = true;

    // --- the hidden decoy: the app-detail 使用配置 edit dialog, rendered (closed) before the wizard ---
    main.append(
      h('div', { class: 'ww_dialog_wrap', style: 'display:none', 'data-replica': 'decoy' },
        h('div', { class: 'ww_dialog', role: 'dialog' },
          h('div', { class: 'ww_dialog_title' }, '使用配置'),
          item(label('应用主页'), R.input(decoy, 'homepage', { placeholder: '请填写带协议头的合法URL' }), h('div', {}, R.checkbox(decoy, 'enterHomepage', '在微工作台中始终进入主页'))),
          item(label('可信域名'), R.input(decoy, 'domain')),
          item(label('IP白名单 (选填)'), R.input(decoy, 'ip')),
          h('div', {}, R.button('取消', () => {}), R.button('确定', () => {}, { blue: true })),
        ),
      ),
    );

    const stepBar = h('div', { class: 'step_bar' }, h('span', {}, '1. 确认基础信息'), h('span', {}, '2. 配置开发信息'));
    R.onRender(stepBar, () => {
      stepBar.children[0].classList.toggle('cur', state.step === 1);
      stepBar.children[1].classList.toggle('cur', state.step === 2);
    });
    main.append(h('h2', {}, '开始代开发应用'), stepBar);

    // --- page 1: 确认基础信息 ---
    const page1 = h('div', { class: 'wizard_page wizard_page_basic' },
      item(label('企业客户'), h('span', { class: 'ww_readonly' }, corpName)),
      item(label('应用Logo'), h('div', { style: 'width:48px;height:48px;background:#1976d2;border-radius:8px' })),
      item(label('应用名称'), h('span', { class: 'ww_readonly' }, 'EC营客通')),
      item(label('应用简介'), h('span', { class: 'ww_readonly' }, '打通六度CRM客户库和微营销工具,为销售提效赋能')),
      h('div', { class: 'wizard_btns' }, R.button('下一步', () => { R.count('create.next'); goStep2(); }, { blue: true })),
    );
    R.onRender(page1, () => page1.classList.toggle('hidden', state.step !== 1));
    main.append(page1);

    // --- page 2: 配置开发信息 (rendered after the request) ---
    const page2 = h('div', { class: 'wizard_page wizard_page_dev' });
    main.append(page2);

    function buildPage2() {
      page2.textContent = '';
      const err = h('div', { class: 'ww_form_error', role: 'alert', style: 'color:#e33;min-height:18px' });
      R.onRender(err, () => { err.textContent = state.error; });
      const finishEvents = F.has('mousedown') ? ['mousedown'] : ['click'];
      page2.append(
        h('div', { class: 'ww_form_title' }, '配置开发信息'),
        item(label('应用主页', { required: true, help: '成员进入应用时打开的页面' }),
          R.input(form, 'homepage', { placeholder: '请填写带协议头的合法URL' }),
          h('div', { class: 'ww_form_sub', style: 'margin-top:6px' }, R.checkbox(form, 'enterHomepage', '在微工作台中始终进入主页'))),
        item(label('可信域名', { required: true }),
          R.input(form, 'domain', { onValue: () => { if (F.has('revert')) { form.domain = ''; } } }),
          h('div', { class: 'ww_tip' }, '该可信域名可调用OAuth2授权, JS-SDK')),
        item(label('IP白名单 (选填)'), R.input(form, 'ip', { placeholder: '请填写调用的IP地址' })),
        item(label('代开发应用回调URL', { required: true }), R.input(form, 'callback')),
        item(label('Token', { required: true }), R.input(form, 'token'), R.button('随机获取', () => { R.count('create.randomToken'); form.token = random(32); R.update(); })),
        item(label('EncodingAESKey', { required: true }), R.input(form, 'aes'), R.button('随机获取', () => { R.count('create.randomAes'); form.aes = random(43); R.update(); })),
        err,
        h('div', { class: 'wizard_btns' },
          R.button('上一步', () => { state.step = 1; state.loaded = false; page2.textContent = ''; R.update(); }),
          R.button('完成', finish, { blue: true, events: finishEvents })),
      );
    }

    function goStep2() {
      state.step = 2;
      R.update();
      page2.textContent = '';
      page2.append(h('div', { class: 'loading' }, '加载中…'));
      R.request('/wwopen/developer/customApp/app/getDevConfig', { appid: query.appid }, F.has('slow') ? 1500 : 300).then(() => {
        if (!alive || state.step !== 2) return;
        state.loaded = true;
        buildPage2();
        R.update();
        if (F.has('nodefaults')) return;
        R.request('/wwopen/developer/customApp/tpl/getDefaultCallback', { suiteid: query.suiteid }, F.has('latedefaults') ? 2000 : 0).then(() => {
          if (!alive || !state.loaded) return;
          // Like a setState merge: only the template's fields change.
          Object.assign(form, { callback: CALLBACK, token: random(32), aes: random(43) });
          state.defaults = true;
          R.update();
        });
      });
    }

    function finish() {
      R.count('create.finish');
      if (state.saving) return;
      let problem = '';
      let host = '';
      try {
        const u = new URL(form.homepage.trim());
        if (u.protocol !== 'https:') problem = '应用主页需填写带协议头的合法URL';
        host = u.host;
      } catch {
        problem = '应用主页需填写带协议头的合法URL';
      }
      if (!problem && form.domain.trim() !== host) problem = '可信域名需与应用主页的域名一致';
      if (!problem && (!form.callback || !form.token || !form.aes)) problem = '回调URL、Token、EncodingAESKey 不能为空';
      state.error = problem;
      R.update();
      if (problem) return;
      state.saving = true;
      const corpapp = { homeurl: form.homepage, redirect_domain: form.domain, home_in_workbench: form.enterHomepage, white_ip_list: form.ip, callbackurl: form.callback, token: form.token, aeskey: form.aes };
      R.request('/wwopen/developer/customApp/app/save', { suiteid: query.suiteid, appid: query.appid, corpapp }, 200).then(() => {
        state.saving = false;
        R.replica.saved.create = Object.assign({ corpName, suiteid: query.suiteid, appid: query.appid }, corpapp);
        if (alive) R.go(`/sass/customApp/app/detail?suiteid=${encodeURIComponent(query.suiteid || '')}&appid=${encodeURIComponent(query.appid || '')}`);
      });
    }

    if (state.step === 2) goStep2();
    return () => { alive = false; };
  });
})();
