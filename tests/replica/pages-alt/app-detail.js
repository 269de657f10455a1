// ALT replica of 代开发应用详情 and the custom menu editor (other markup than pages/app-detail.js):
// el-card sections; 权限 → 编辑 opens an el-dialog (role="dialog") whose options are NATIVE
// <input type=checkbox> inside <label>s (flag `elcheck`: el-checkbox spans with `is-checked` on the
// wrapper, no input), group headers select their whole group (native `indeterminate` when partly
// ticked), some options pre-ticked; 确定 acts on click and records `__replica.saved.permissions`.
// The menu editor shows EVERY menu's form at once (one el-card per menu), the type is a native
// <select> (flag `dropdown`: an el-select — a readonly text input that opens a list appended to
// <body>), the address is labelled 页面地址 (flag `addr2`: 网页地址) and only shown for 跳转网页,
// 添加主菜单 is a <button> removed at 3 menus, 保存 records `__replica.saved.menus` + toast 保存成功.
// Flags: existing (starts with 批量加减 → sample A's URL), slow.
// Routes: #/sass/customApp/app/detail?…, #/sass/customApp/app/detail/menu?…
(function () {
  const { h } = R;
  const HOME = 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww3a7c91e0b5d24f68'; // tests/fixtures/bundles/valid-plain.txt
  const delay = (ms) => (R.flags.has('slow') ? 1500 : ms);
  const GROUPS = [
    { id: 'base', name: '成员基本信息', items: [['userid', '账号'], ['department', '部门ID'], ['avatar', '头像'], ['gender', '性别']] },
    { id: 'qrcode', name: '成员企业微信二维码', items: [] },
    { id: 'sensitive', name: '成员敏感信息', items: [['name', '姓名'], ['mobile', '手机号'], ['dept_name', '部门名'], ['email', '邮箱'], ['position', '职务'], ['telephone', '座机'], ['address', '地址'], ['extattr', '拓展属性'], ['external_profile', '对外属性'], ['external_position', '对外职务']] },
    { id: 'customer', name: '企业客户权限', items: [['customer_base', '客户基础信息'], ['customer_contact', '客户联系']] },
  ];
  const ALL_IDS = GROUPS.flatMap((g) => (g.items.length ? g.items.map((i) => i[0]) : [g.id]));
  const INITIAL = { userid: true, department: true, name: true };

  function card(title, ...body) {
    return h('div', { class: 'el-card is-always-shadow', style: 'margin:14px 0;border:1px solid #ebeef5' },
      h('div', { class: 'el-card__header', style: 'padding:10px 16px;border-bottom:1px solid #ebeef5' }, h('span', {}, title)),
      h('div', { class: 'el-card__body', style: 'padding:10px 16px' }, ...body));
  }
  function desc(label, value, action) {
    return h('div', { class: 'el-descriptions-item', style: 'display:flex;padding:6px 0' },
      h('span', { class: 'el-descriptions-item__label', style: 'width:150px;color:#909399' }, label),
      h('span', { class: 'el-descriptions-item__content', style: 'flex:1' }, value),
      action || null);
  }
  const textBtn = (text, fn) => h('button', { type: 'button', class: 'el-button el-button--text', 'on:click': fn }, h('span', {}, text));

  // one option: native checkbox in a label, or an el-checkbox (state class on the wrapper span)
  function option(store, id, text, onToggle) {
    if (R.flags.has('elcheck')) {
      const box = h('span', { class: 'el-checkbox__input' }, h('span', { class: 'el-checkbox__inner', style: 'display:inline-block;width:14px;height:14px;border:1px solid #dcdfe6' }));
      const wrap = h('label', { class: 'el-checkbox', style: 'margin-right:16px;cursor:pointer' }, box, h('span', { class: 'el-checkbox__label' }, text));
      wrap.addEventListener('click', (e) => { e.preventDefault(); onToggle(); });
      return { el: wrap, sync: (on, half) => { box.classList.toggle('is-checked', on); box.classList.toggle('is-indeterminate', !!half); box.firstChild.style.background = on ? '#409eff' : half ? '#a0cfff' : ''; } };
    }
    const input = h('input', { type: 'checkbox', name: 'priv', value: id });
    input.addEventListener('change', () => onToggle(input.checked));
    const wrap = h('label', { class: 'priv-option', style: 'margin-right:16px' }, input, ' ', text);
    return { el: wrap, sync: (on, half) => { input.checked = on; input.indeterminate = !!half; } };
  }

  function groupEl(g, perms) {
    if (!g.items.length) {
      const o = option(perms, g.id, g.name, (v) => { perms[g.id] = v === undefined ? !perms[g.id] : v; R.update(); });
      R.onRender(o.el, () => o.sync(!!perms[g.id]));
      return h('div', { class: 'priv-group', style: 'margin:8px 0' }, o.el);
    }
    const head = option(perms, g.id, g.name, (v) => {
      const all = g.items.every(([id]) => perms[id]);
      const to = v === undefined ? !all : v;
      for (const [id] of g.items) perms[id] = to;
      R.update();
    });
    R.onRender(head.el, () => {
      const n = g.items.filter(([id]) => perms[id]).length;
      head.sync(n === g.items.length, n > 0 && n < g.items.length);
    });
    const opts = g.items.map(([id, text]) => {
      const o = option(perms, id, text, (v) => { perms[id] = v === undefined ? !perms[id] : v; R.update(); });
      R.onRender(o.el, () => o.sync(!!perms[id]));
      return o.el;
    });
    return h('div', { class: 'priv-group', style: 'margin:8px 0' }, h('div', { class: 'priv-group__hd', style: 'font-weight:bold' }, head.el), h('div', { class: 'priv-group__bd', style: 'padding-left:20px' }, opts));
  }

  R.route('/sass/customApp/app/detail', (main, query) => {
    const perms = Object.assign({}, INITIAL);
    const state = { dialog: false };
    R.replica.appDetail = { perms, state };
    let alive = true;
    const loading = h('div', { class: 'el-loading-mask' }, '加载中');
    main.append(loading);
    const dialogHost = h('div', { class: 'dialog-host' });

    // 使用配置 → 应用主页 → 修改: an el-dialog with el-tabs 网页 (the homepage URL) / 小程序 (关联小程序 marks a
    // mini program as associated, showing its name); 确定 records __replica.saved.homepage = { tab, url,
    // miniprogram } and closes.
    function openHomepage() {
      const form = { url: HOME };
      const hs = { tab: '网页', miniprogram: null };
      const tab = (name) => {
        const t = h('div', { role: 'tab', class: 'el-tabs__item', tabindex: '0', style: 'display:inline-block;padding:0 16px;line-height:36px;cursor:pointer', 'on:click': () => { hs.tab = name; R.update(); } }, name);
        R.onRender(t, () => { t.classList.toggle('is-active', hs.tab === name); t.setAttribute('aria-selected', String(hs.tab === name)); });
        return t;
      };
      const web = h('div', { role: 'tabpanel', class: 'el-tab-pane' }, h('div', { class: 'el-form-item' }, h('label', { class: 'el-form-item__label' }, '应用主页'), h('div', { class: 'el-form-item__content' }, R.input(form, 'url', { class: 'el-input__inner' }))));
      const name = h('span', { class: 'mp-name' });
      const mp = h('div', { role: 'tabpanel', class: 'el-tab-pane' }, name, ' ',
        h('button', { type: 'button', class: 'el-button el-button--default', 'on:click': () => { R.count('detail.linkMiniprogram'); hs.miniprogram = '桃花岛商城'; R.update(); } }, h('span', {}, '关联小程序')));
      R.onRender(name, () => { name.textContent = hs.miniprogram ? '已关联 ' + hs.miniprogram : '尚未关联小程序'; });
      R.onRender(web, () => { web.style.display = hs.tab === '网页' ? '' : 'none'; mp.style.display = hs.tab === '小程序' ? '' : 'none'; });
      const wrap = h('div', { class: 'el-dialog__wrapper', style: 'position:fixed;inset:0;background:rgba(0,0,0,.3);overflow:auto;z-index:2000' },
        h('div', { class: 'el-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-label': '修改应用主页', style: 'background:#fff;width:560px;margin:80px auto;padding:16px' },
          h('div', { class: 'el-dialog__header' }, h('span', { class: 'el-dialog__title' }, '修改应用主页')),
          h('div', { class: 'el-dialog__body' }, h('div', { class: 'el-tabs__nav', role: 'tablist', style: 'border-bottom:2px solid #e4e7ed;margin-bottom:12px' }, tab('网页'), tab('小程序')), web, mp),
          h('div', { class: 'el-dialog__footer', style: 'text-align:right' },
            h('button', { type: 'button', class: 'el-button el-button--default', 'on:click': () => { R.count('detail.homepageCancel'); wrap.remove(); } }, h('span', {}, '取 消')),
            h('button', { type: 'button', class: 'el-button el-button--primary', 'on:click': () => {
              R.count('detail.homepageOk');
              R.replica.saved.homepage = { tab: hs.tab, url: form.url, miniprogram: hs.miniprogram };
              R.request('/wwopen/developer/customApp/app/setHomepage', { tab: hs.tab, url: form.url });
              wrap.remove();
            } }, h('span', {}, '确 定')))));
      dialogHost.append(wrap);
    }

    function openDialog() {
      R.count('perm.edit');
      const snapshot = Object.assign({}, perms);
      const close = () => { state.dialog = false; dialogHost.textContent = ''; R.update(); };
      const body = h('div', { class: 'el-dialog__body' }, h('div', { class: 'el-loading-mask' }, '加载中'));
      dialogHost.append(h('div', { class: 'el-dialog__wrapper', style: 'position:fixed;inset:0;background:rgba(0,0,0,.3);overflow:auto;z-index:2000' },
        h('div', { class: 'el-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-label': '编辑权限', style: 'background:#fff;width:640px;margin:60px auto;padding:16px' },
          h('div', { class: 'el-dialog__header' }, h('span', { class: 'el-dialog__title' }, '编辑权限')),
          body,
          h('div', { class: 'el-dialog__footer', style: 'text-align:right' },
            h('button', { type: 'button', class: 'el-button', 'on:click': () => { R.count('perm.cancel'); for (const k of Object.keys(perms)) delete perms[k]; Object.assign(perms, snapshot); close(); } }, h('span', {}, '取消')),
            h('button', { type: 'button', class: 'el-button el-button--primary', 'on:click': () => {
              R.count('perm.confirm');
              R.replica.saved.permissions = ALL_IDS.filter((id) => perms[id]);
              R.request('/wwopen/api/customApp/privilege/setCustomizedAppPrivilege', { appid: query.appid, privilege_list: ALL_IDS.map((id) => ({ id, b_check: !!perms[id] })) }, 80);
              close();
            } }, h('span', {}, '确定'))))));
      R.request('/wwopen/api/customApp/privilege/getCustomizedAppPrivilege', { appid: query.appid }, 250).then(() => {
        if (!alive) return;
        state.dialog = true;
        body.textContent = '';
        body.append(h('p', { style: 'color:#909399' }, '变更权限后,需企业管理员同意授权后生效'), ...GROUPS.map((g) => groupEl(g, perms)));
        R.update();
      });
    }

    R.request('/wwopen/developer/customApp/app/detail', { appid: query.appid }, delay(350)).then(() => {
      if (!alive) return;
      loading.remove();
      const q = 'suiteid=' + encodeURIComponent(query.suiteid || '') + '&appid=' + encodeURIComponent(query.appid || '');
      main.append(
        h('div', { class: 'page-header' }, h('a', { href: '#/sass/customApp/tpl/info?id=' + encodeURIComponent(query.suiteid || '') }, '返回'), h('span', { class: 'page-header__title', style: 'font-size:18px;margin-left:10px' }, '代开发应用详情')),
        card('基本信息', desc('企业客户', query.appid === 'dkGYZ' ? '归云庄' : '桃花岛'), desc('应用名称', 'EC营客通')),
        card('权限', desc('权限', '成员基本信息、成员敏感信息', textBtn('编辑', openDialog))),
        card('使用配置', desc('应用主页', HOME, textBtn('修改', () => { R.count('detail.editUsage'); openHomepage(); })), desc('可信域名', 'html.workec.com')),
        card('回调配置', desc('代开发应用回调URL', 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3', textBtn('编辑', () => R.count('detail.editCallback')))),
        card('自定义菜单', desc('自定义菜单', '用户安装时的默认应用菜单,可在应用的底部配置七种类型的快捷操作菜单', textBtn('设置', () => R.go('/sass/customApp/app/detail/menu?' + q)))),
        card('企业微信授权登录', desc('企业微信授权登录', '使用企业微信账号登录已有的Web网页或移动APP', textBtn('设置', () => {}))),
        dialogHost);
    });
    return () => { alive = false; };
  });

  // --- custom menu editor: every menu's form at once --------------------------------------------
  const TYPES = [['click', '发送消息'], ['view', '跳转网页'], ['miniprogram', '跳转小程序'], ['scancode_push', '扫码推事件'], ['location_select', '发送位置']];
  R.route('/sass/customApp/app/detail/menu', (main, query) => {
    const F = R.flags;
    const ADDR = F.has('addr2') ? '网页地址' : '页面地址';
    const menus = [];
    if (F.has('existing')) menus.push({ name: '批量加减', type: 'view', url: HOME });
    const state = { toast: '' };
    R.replica.menuEditor = { menus, state };
    let alive = true;
    const loading = h('div', { class: 'el-loading-mask' }, '加载中');
    main.append(loading);

    function typeControl(m) {
      if (!F.has('dropdown')) {
        const sel = h('select', { class: 'type-select' }, TYPES.map(([v, t]) => h('option', { value: v }, t)));
        sel.addEventListener('change', () => { m.type = sel.value; R.replica.log.push(['menuType', m.type]); R.update(); });
        R.onRender(sel, () => { if (sel.value !== m.type) sel.value = m.type; });
        return sel;
      }
      // el-select: a readonly input showing the choice; the list is appended to <body> when open.
      const shown = { v: '' };
      const inp = R.input(shown, 'v', { class: 'el-input__inner', readonly: 'readonly', placeholder: '请选择' });
      const wrap = h('div', { class: 'el-select', style: 'display:inline-block;cursor:pointer' }, h('div', { class: 'el-input el-input--suffix' }, inp, h('span', { class: 'el-input__suffix' }, h('i', { class: 'el-select__caret el-icon-arrow-up' }))));
      R.onRender(wrap, () => { shown.v = (TYPES.find((x) => x[0] === m.type) || ['', ''])[1]; });
      wrap.addEventListener('click', () => {
        const old = document.querySelector('.el-select-dropdown');
        if (old) old.remove();
        const r = wrap.getBoundingClientRect();
        const list = h('div', { class: 'el-select-dropdown el-popper', style: `position:absolute;left:${r.left + scrollX}px;top:${r.bottom + scrollY}px;background:#fff;border:1px solid #ddd;z-index:3000` },
          h('ul', { class: 'el-select-dropdown__list' }, TYPES.map(([v, t]) => h('li', { class: 'el-select-dropdown__item' + (m.type === v ? ' selected' : ''), 'on:click': (e) => { e.stopPropagation(); m.type = v; list.remove(); R.update(); } }, h('span', {}, t)))));
        document.body.append(list);
      });
      return wrap;
    }

    function menuCard(m, i) {
      const item = (label, ...ctl) => h('div', { class: 'el-form-item' }, h('label', { class: 'el-form-item__label' }, label), h('div', { class: 'el-form-item__content' }, ...ctl));
      const kids = [
        h('div', { class: 'el-card__header', style: 'display:flex;justify-content:space-between' }, h('span', {}, `主菜单${i + 1}`), h('button', { type: 'button', class: 'el-button el-button--text', 'on:click': () => { R.count('menu.delete'); menus.splice(i, 1); R.update(); } }, h('span', {}, '删除'))),
        item('菜单名称', h('div', { class: 'el-input' }, R.input(m, 'name', { class: 'el-input__inner', placeholder: '请输入菜单名称' }))),
        item('菜单类型', typeControl(m)),
      ];
      if (m.type === 'view') kids.push(item(ADDR, h('div', { class: 'el-input' }, R.input(m, 'url', { class: 'el-input__inner', placeholder: '以https://开头' }))));
      return h('div', { class: 'el-card menu-card', style: 'border:1px solid #ebeef5;padding:8px;margin-bottom:10px' }, kids);
    }

    R.request('/wwopen/developer/customApp/menu/get', { appid: query.appid }, delay(300)).then(() => {
      if (!alive) return;
      loading.remove();
      const preview = h('ul', { class: 'preview-bar', style: 'display:flex;list-style:none;padding:0;border-top:1px solid #ddd;width:300px' });
      const forms = h('div', { class: 'menu-forms', style: 'flex:1;margin-left:20px' });
      const add = h('button', { type: 'button', class: 'el-button el-button--primary el-button--small' }, h('i', { class: 'el-icon-plus' }), h('span', {}, '添加主菜单'));
      add.addEventListener('click', () => { if (menus.length >= 3) return; R.count('menu.add'); menus.push({ name: '', type: 'click', url: '' }); R.update(); });
      let sig = '';
      R.onRender(forms, () => {
        const s = JSON.stringify(menus.map((m) => [m.type]));
        if (s !== sig) { sig = s; forms.textContent = ''; menus.forEach((m, i) => forms.append(menuCard(m, i))); }
        preview.textContent = '';
        menus.forEach((m) => preview.append(h('li', { style: 'flex:1;text-align:center;line-height:40px' }, m.name || '菜单名称')));
        add.style.display = menus.length >= 3 ? 'none' : '';
      });
      const toast = h('div', { class: 'el-message', role: 'alert', style: 'position:fixed;top:20px;left:45%' });
      R.onRender(toast, () => { toast.textContent = state.toast; toast.style.display = state.toast ? '' : 'none'; });
      const save = h('button', { type: 'button', class: 'el-button el-button--primary' }, h('span', {}, '保存'));
      save.addEventListener('click', () => {
        R.count('menu.save');
        if (menus.some((m) => !m.name.trim() || (m.type === 'view' && !/^https?:\/\//.test(m.url)))) { state.toast = '请完善菜单信息'; R.update(); return; }
        R.replica.saved.menus = menus.map((m) => ({ name: m.name, type: m.type, url: m.type === 'view' ? m.url : undefined }));
        state.toast = '保存成功';
        R.update();
      });
      main.append(
        h('div', { class: 'page-header' }, h('span', { class: 'page-header__title', style: 'font-size:18px' }, 'EC营客通 - 自定义菜单')),
        h('div', { style: 'display:flex;margin-top:12px' },
          h('div', { class: 'phone', style: 'border:1px solid #ccc;padding:8px' }, h('div', { style: 'height:200px;background:#f5f5f5' }), preview, h('div', { style: 'margin-top:8px' }, add)),
          forms),
        h('div', { style: 'margin-top:12px' }, save),
        toast);
      R.update();
    });
    return () => { alive = false; const d = document.querySelector('.el-select-dropdown'); if (d) d.remove(); };
  });
})();
