// ALT replica of 开始代开发应用 (other markup than pages/create.js, same labels and behaviour):
// Element-UI-like forms (el-form-item / el-form-item__label / el-input__inner), el-steps step bar
// (is-process marks the current step), el-checkbox whose state is `is-checked` on a wrapper span,
// the required marker as CSS ::before content, icon-font help icons (a private-use glyph in the
// label's text), late render behind a loading mask, a hidden 使用配置 dialog AND an off-screen
// measuring clone with the same labels before the real form, page 1 kept in the DOM (v-show) after
// 下一步, 完成 acting on mousedown, controlled inputs (R.input semantics).
// Route: #/sass/customApp/app/create?suiteid=…&appid=…&corpName=…
// Flags (?replica=a,b): page2 (open on page 2), table (a <table> layout), labelfor (<label for>
// pairs with ids), native (el-checkbox with a hidden native input that carries the state),
// ticked (the checkbox starts ticked), slow (1.5 s render), done-tpl (after 完成 go to the template).
// Tests read `window.__replica.saved.create` (what 完成 sent).
(function () {
  const { h } = R;
  const CALLBACK = 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3';
  const random = (n) => Array.from({ length: n }, () => 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(Math.random() * 56)]).join('');
  const css = document.createElement('style');
  css.textContent = [
    '.el-form-item{display:flex;margin-bottom:18px}.el-form-item__label{width:170px;text-align:right;padding-right:12px;color:#606266}',
    '.el-form-item.is-required .el-form-item__label::before{content:"*";color:#f56c6c;margin-right:4px}',
    '.el-form-item__content{flex:1}.el-input__inner{width:420px;height:32px;border:1px solid #dcdfe6;padding:0 10px}',
    '.el-checkbox{cursor:pointer;display:inline-flex;align-items:center;gap:6px}.el-checkbox__inner{display:inline-block;width:14px;height:14px;border:1px solid #dcdfe6}',
    '.el-checkbox__input.is-checked .el-checkbox__inner{background:#409eff}.el-checkbox__original{opacity:0;position:absolute;margin:0;width:0;height:0;z-index:-1}',
    '.el-step__title.is-process{font-weight:bold;color:#303133}.el-step__title{color:#c0c4cc}.iconfont{font-style:normal;color:#999;margin-left:3px}',
    '.alt-table th{text-align:right;font-weight:normal;padding:8px}.alt-table td{padding:8px}',
  ].join('\n');
  document.head.append(css);

  R.route('/sass/customApp/app/create', (main, query) => {
    const F = R.flags;
    const layout = F.has('table') ? 'table' : F.has('labelfor') ? 'labelfor' : 'el';
    const corpName = query.corpName || '';
    const state = { step: F.has('page2') ? 2 : 1, loaded: false, error: '', saving: false };
    const form = { homepage: '', enterHomepage: F.has('ticked'), domain: '', ip: '', callback: '', token: '', aes: '' };
    const decoy = { homepage: '', domain: '', ip: '', enterHomepage: false };
    const clone = { homepage: '', domain: '', ip: '', callback: '', token: '', aes: '', enterHomepage: false };
    R.replica.create = { form, decoy, clone, state };
    let alive = true;
    let uid = 0;

    function labelEl(text, opts) {
      const o = opts || {};
      return [text, h('i', { class: 'iconfont icon-question', title: o.help || '' }, '\ue601'), '：'];
    }
    function checkbox(store, key, text) {
      const inner = h('span', { class: 'el-checkbox__inner' });
      const box = h('span', { class: 'el-checkbox__input' }, inner);
      let native = null;
      if (F.has('native')) {
        native = h('input', { type: 'checkbox', class: 'el-checkbox__original', 'aria-hidden': 'false' });
        native.addEventListener('change', () => { store[key] = native.checked; R.replica.log.push(['check', key, store[key]]); R.update(); });
        box.append(native);
      }
      const wrap = h('label', { class: 'el-checkbox' }, box, h('span', { class: 'el-checkbox__label' }, text));
      if (!native) {
        wrap.addEventListener('click', (e) => { e.preventDefault(); store[key] = !store[key]; R.replica.log.push(['check', key, store[key]]); R.update(); });
      }
      R.onRender(box, () => {
        box.classList.toggle('is-checked', !!store[key]);
        wrap.classList.toggle('is-checked', !!store[key]);
        if (native) native.checked = !!store[key];
      });
      return wrap;
    }
    function field(store, key, attrs) {
      return h('div', { class: 'el-input' }, R.input(store, key, Object.assign({ class: 'el-input__inner', autocomplete: 'off' }, attrs || {})));
    }
    function withRandom(store, key, counter, n) {
      return h('div', { class: 'el-input el-input-group el-input-group--append' },
        R.input(store, key, { class: 'el-input__inner', autocomplete: 'off' }),
        h('div', { class: 'el-input-group__append' }, R.button('随机获取', () => { R.count(counter); store[key] = random(n); R.update(); }, { tag: 'button', events: ['click'] })));
    }
    // One labelled row in the current layout. `ctl` is the control; `extra` goes under it.
    function row(text, ctl, opts) {
      const o = opts || {};
      if (layout === 'table') {
        return h('tr', { class: o.required ? 'is-required' : '' }, h('th', {}, o.required ? h('em', { style: 'color:#f56c6c;font-style:normal' }, '*') : null, ...labelEl(text, o)), h('td', {}, ctl, o.extra || null));
      }
      if (layout === 'labelfor') {
        const id = 'f_' + (++uid) + '_' + Math.random().toString(36).slice(2, 6);
        const inp = ctl.querySelector('input');
        if (inp) inp.id = id;
        return h('p', { class: 'frm-row' }, h('label', { for: id, class: 'frm-lbl', style: 'display:inline-block;width:170px' }, ...labelEl(text, o)), ctl, o.extra || null);
      }
      return h('div', { class: 'el-form-item' + (o.required ? ' is-required' : '') },
        h('label', { class: 'el-form-item__label', for: o.prop || '' }, ...labelEl(text, o)),
        h('div', { class: 'el-form-item__content' }, ctl, o.extra || null));
    }
    function wrapRows(rows) {
      if (layout === 'table') return h('table', { class: 'alt-table' }, h('tbody', {}, rows));
      return h('form', { class: 'el-form', 'on:submit': (e) => e.preventDefault() }, rows);
    }

    // Off-screen measuring clone with every label (like a hidden autosize/print copy), first in the DOM.
    main.append(h('div', { class: 'measure-clone', style: 'position:absolute;left:-10000px;top:0;width:800px', 'aria-hidden': 'true' },
      wrapRows([
        row('应用主页', field(clone, 'homepage', { placeholder: '请填写带协议头的合法URL' }), { extra: checkbox(clone, 'enterHomepage', '在微工作台中始终进入主页') }),
        row('可信域名', field(clone, 'domain')),
        row('IP白名单(选填)', field(clone, 'ip', { placeholder: '请填写调用的IP地址' })),
        row('代开发应用回调URL', field(clone, 'callback')),
        row('Token', field(clone, 'token')),
        row('EncodingAESKey', field(clone, 'aes')),
      ])));
    // Hidden 使用配置 dialog (Element keeps closed dialogs in the DOM with display:none).
    main.append(h('div', { class: 'el-dialog__wrapper', style: 'display:none' },
      h('div', { class: 'el-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-label': '使用配置' },
        h('div', { class: 'el-dialog__header' }, h('span', { class: 'el-dialog__title' }, '使用配置')),
        h('div', { class: 'el-dialog__body' }, wrapRows([
          row('应用主页', field(decoy, 'homepage', { placeholder: '请填写带协议头的合法URL' }), { extra: checkbox(decoy, 'enterHomepage', '在微工作台中始终进入主页') }),
          row('可信域名', field(decoy, 'domain')),
          row('IP白名单(选填)', field(decoy, 'ip')),
        ])),
        h('div', { class: 'el-dialog__footer' }, R.button('取消', () => {}, { tag: 'button' }), R.button('确定', () => R.count('decoy.confirm'), { tag: 'button' })))));

    const steps = h('div', { class: 'el-steps el-steps--horizontal' },
      h('div', { class: 'el-step' }, h('div', { class: 'el-step__head' }, h('div', { class: 'el-step__icon' }, h('div', { class: 'el-step__icon-inner' }, '1'))), h('div', { class: 'el-step__main' }, h('div', { class: 'el-step__title' }, '确认基础信息'))),
      h('div', { class: 'el-step' }, h('div', { class: 'el-step__head' }, h('div', { class: 'el-step__icon' }, h('div', { class: 'el-step__icon-inner' }, '2'))), h('div', { class: 'el-step__main' }, h('div', { class: 'el-step__title' }, '配置开发信息'))));
    R.onRender(steps, () => {
      const t = steps.querySelectorAll('.el-step__title');
      t[0].className = 'el-step__title ' + (state.step === 1 ? 'is-process' : 'is-finish');
      t[1].className = 'el-step__title ' + (state.step === 2 ? 'is-process' : 'is-wait');
    });
    main.append(h('div', { class: 'page-header' }, h('span', { class: 'page-header__title' }, '开始代开发应用')), steps);

    const page1 = h('div', { class: 'step-pane' }, wrapRows([
      row('企业客户', h('span', { class: 'readonly-text' }, corpName || '归云庄')),
      row('应用Logo', h('div', { style: 'width:48px;height:48px;background:#409eff;border-radius:6px' })),
      row('应用名称', h('span', {}, 'EC营客通')),
      row('应用简介', h('span', {}, '打通六度CRM客户库和微营销工具,为销售提效赋能')),
    ]), h('div', { class: 'step-footer' }, R.button('下一步', () => { R.count('create.next'); goStep2(); }, { tag: 'button' })));
    R.onRender(page1, () => { page1.style.display = state.step === 1 ? '' : 'none'; });
    main.append(page1);

    const page2 = h('div', { class: 'step-pane' });
    R.onRender(page2, () => { page2.style.display = state.step === 2 ? '' : 'none'; });
    main.append(page2);

    function buildPage2() {
      page2.textContent = '';
      const err = h('div', { class: 'el-form-item__error', role: 'alert', style: 'color:#f56c6c;min-height:18px' });
      R.onRender(err, () => { err.textContent = state.error; });
      const done = h('button', { type: 'button', class: 'el-button el-button--primary' }, h('span', {}, '完成'));
      done.addEventListener('mousedown', (e) => { e.preventDefault(); finish(); });
      page2.append(
        wrapRows([
          row('应用主页', field(form, 'homepage', { placeholder: '请填写带协议头的合法URL' }), { required: true, prop: 'homeurl', help: '成员进入应用时打开的页面', extra: h('div', { style: 'margin-top:6px' }, checkbox(form, 'enterHomepage', '在微工作台中始终进入主页')) }),
          row('可信域名', field(form, 'domain'), { required: true, prop: 'redirect_domain', extra: h('div', { class: 'el-form-item__tip', style: 'font-size:12px;color:#909399' }, '该可信域名可调用OAuth2授权, JS-SDK') }),
          row('IP白名单(选填)', field(form, 'ip', { placeholder: '请填写调用的IP地址' }), { prop: 'ip' }),
          row('代开发应用回调URL', field(form, 'callback'), { required: true, prop: 'callbackurl' }),
          row('Token', withRandom(form, 'token', 'create.randomToken', 32), { required: true, prop: 'token' }),
          row('EncodingAESKey', withRandom(form, 'aes', 'create.randomAes', 43), { required: true, prop: 'aeskey' }),
        ]),
        err,
        h('div', { class: 'step-footer' }, R.button('上一步', () => { state.step = 1; R.update(); }, { tag: 'button' }), done));
    }

    function goStep2() {
      state.step = 2;
      R.update();
      if (state.loaded) return;
      page2.textContent = '';
      page2.append(h('div', { class: 'el-loading-mask' }, h('div', { class: 'el-loading-spinner' }, h('p', { class: 'el-loading-text' }, '拼命加载中'))));
      R.request('/wwopen/developer/customApp/app/getDevConfig', { appid: query.appid }, F.has('slow') ? 1500 : 400).then(() => {
        if (!alive) return;
        state.loaded = true;
        // the template defaults come with the form here
        Object.assign(form, { callback: CALLBACK, token: random(32), aes: random(43) });
        buildPage2();
        R.update();
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
      } catch { problem = '应用主页需填写带协议头的合法URL'; }
      if (!problem && form.domain.trim() !== host) problem = '可信域名需与应用主页的域名一致';
      if (!problem && (!form.callback || !form.token || !form.aes)) problem = '回调URL、Token、EncodingAESKey 不能为空';
      state.error = problem;
      R.update();
      if (problem) return;
      state.saving = true;
      const corpapp = { homeurl: form.homepage, redirect_domain: form.domain, home_in_workbench: form.enterHomepage, white_ip_list: form.ip, callbackurl: form.callback, token: form.token, aeskey: form.aes };
      R.request('/wwopen/developer/customApp/app/save', { suiteid: query.suiteid, appid: query.appid, corpapp }, 150).then(() => {
        state.saving = false;
        R.replica.saved.create = Object.assign({ corpName, suiteid: query.suiteid, appid: query.appid }, corpapp);
        if (!alive) return;
        if (F.has('done-tpl')) R.go('/sass/customApp/tpl/info?id=' + encodeURIComponent(query.suiteid || ''));
        else R.go('/sass/customApp/app/detail?suiteid=' + encodeURIComponent(query.suiteid || '') + '&appid=' + encodeURIComponent(query.appid || ''));
      });
    }

    if (state.step === 2) goStep2();
    return () => { alive = false; };
  });
})();
