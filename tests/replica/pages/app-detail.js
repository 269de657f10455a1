// 代开发应用详情 (app detail), its 权限 edit dialog, and the custom menu editor
// ("EC营客通 - 自定义菜单"), after docs/provider-backend.md.
//
// Routes:
//   #/sass/customApp/app/detail?suiteid=…&appid=…        app detail (renders ~300 ms late)
//   #/sass/customApp/app/detail/menu?suiteid=…&appid=…   custom menu editor (renders ~300 ms late)
//   #/sass/customApp/app/detail/sso?suiteid=…&appid=…    企业微信授权登录 (a stub)
//
// Hostile on purpose:
// - 权限 → 编辑 opens a dialog whose options load after a fake getCustomizedAppPrivilege (~200 ms);
//   options are custom span checkboxes (class `ww_checkbox_checked`, no input, no ARIA), some start
//   ticked; each group header is a select-all box (ticks / unticks its whole group; shows ticked only
//   when every child is); a hidden decoy dialog with the same labels sits in the DOM before it.
//   确定 records `__replica.saved.permissions` (ids ticked), sends setCustomizedAppPrivilege and closes.
// - The menu editor shows ONE menu's form at a time: select a menu in the phone preview to edit it
//   (nothing is selected on load). 添加主菜单 adds an unnamed menu ("菜单名称" in the preview) and
//   selects it. Its type defaults to 发送消息; the 网页地址 field exists only once 跳转网页 is chosen
//   (custom radios). Names are not length-limited by the input; the preview cuts long ones with "…".
//   添加主菜单 is hidden once there are 3 main menus. 删除菜单 removes the selected menu.
//   保存 validates, records `__replica.saved.menus`, sends a request and shows the toast 保存成功.
//   A hidden decoy sub-menu form (菜单名称 / 网页地址 inputs) sits in the DOM.
//
// Flags (`?replica=a,b` before the hash):
//   mousedown       the permission dialog's 确定 acts on mousedown (not click)
//   existing        the editor starts with 批量加减 → the URL of tests/fixtures/bundles/valid-plain.txt (ww3a7c91e0b5d24f68)
//   other-existing  the editor starts with a different menu (官网 → https://www.example.com/)
//   allatonce       every menu's form is shown at once (no selecting in the preview)
//   confirmdelete   删除菜单 asks "确定删除该菜单?" in a dialog first
//   slow            pages render 1.5 s late
//   renamefields    the menu form's words are ones the vocabulary never saw (teach when lost): 菜单名称 →
//                   按钮文字, 跳转网页 → 打开H5页面, 网页地址 → 目标网址, and neither field has a placeholder
//   renameperms     the 权限 dialog's option labels are ones the vocabulary never saw (成员基本信息 →
//                   通讯录基本信息, 账号 → 成员UserID …): a dialog of boxes nobody can recognise by its words
// Tests read `__replica.appDetail` ({ perms, decoy, state }) and `__replica.menuEditor` ({ menus, state }).
(function () {
  const { h } = R;
  const HOME = 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww3a7c91e0b5d24f68'; // tests/fixtures/bundles/valid-plain.txt
  const CALLBACK = 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3';
  // Per-appid fake table (the authorised customer of each app).
  const APPS = {
    dk100001: { corp: '桃花岛', home: HOME },
    dk100002: { corp: '归云庄', home: '' },
    dk100003: { corp: '光明顶', home: 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww5e0a9d2c4b7f8e13' },
    dk100004: { corp: '侠客岛', home: '' },
  };
  const appOf = (appid) => APPS[appid] || APPS.dk100001;
  const delay = (ms) => (R.flags.has('slow') ? 1500 : ms);

  const GROUPS = [
    { id: 'base', name: '成员基本信息', desc: '可获取可见范围内员工的基本信息', items: [['userid', '账号'], ['department', '部门ID'], ['avatar', '头像'], ['gender', '性别']] },
    { id: 'qrcode', name: '成员企业微信二维码', desc: '可获取成员的企业微信二维码', items: [] },
    { id: 'sensitive', name: '成员敏感信息', desc: '可见范围内的成员敏感信息', items: [['name', '姓名'], ['mobile', '手机号'], ['dept_name', '部门名'], ['email', '邮箱'], ['position', '职务'], ['telephone', '座机'], ['address', '地址'], ['extattr', '拓展属性'], ['external_profile', '对外属性'], ['external_position', '对外职务']] },
    { id: 'customer', name: '企业客户权限', desc: '可管理企业客户', items: [['customer_base', '客户基础信息'], ['customer_contact', '客户联系'], ['customer_group', '客户群']] },
  ];
  // Flag `renameperms`: every option and group label renamed (the ids and behaviour stay).
  const RENAMED_PERMS = {
    成员基本信息: '通讯录基本信息', 账号: '成员UserID', 部门ID: '所属部门编号', 头像: '成员头像', 性别: '成员性别',
    成员企业微信二维码: '成员二维码', 成员敏感信息: '通讯录敏感信息', 姓名: '成员姓名', 手机号: '手机号码', 部门名: '部门名称',
    邮箱: '电子邮箱', 职务: '成员职务', 座机: '座机号码', 地址: '成员地址', 拓展属性: '扩展字段', 对外属性: '对外资料',
    对外职务: '对外展示职务', 企业客户权限: '客户管理权限', 客户基础信息: '客户资料', 客户联系: '联系客户', 客户群: '客户群聊',
  };
  const permLabel = (s) => (R.flags.has('renameperms') ? RENAMED_PERMS[s] || s : s);
  const ALL_IDS = GROUPS.flatMap((g) => (g.items.length ? g.items.map((i) => i[0]) : [g.id]));
  const INITIAL = { userid: true, department: true, avatar: true, name: true };

  function row(label, value, action) {
    return h('div', { class: 'detail_row', style: 'display:flex;padding:10px 0;border-bottom:1px solid #eee' },
      h('div', { class: 'detail_row_label', style: 'width:160px;color:#787878' }, label),
      h('div', { class: 'detail_row_value', style: 'flex:1' }, value),
      action ? h('div', { class: 'detail_row_action', style: 'width:60px;text-align:right' }, action) : null);
  }
  const link = (text, fn) => h('a', { href: 'javascript:;', class: 'detail_link', 'on:click': fn }, text);
  const section = (title, ...rows) => h('div', { class: 'detail_section', style: 'margin:18px 0' }, h('div', { class: 'detail_section_title', style: 'font-weight:bold;margin-bottom:6px' }, title), ...rows);

  // --- one permission group: header box (select all) + option boxes ---------------------------
  function permGroup(g, store, prefix) {
    if (!g.items.length) {
      return h('div', { class: 'perm_group' }, R.checkbox(store, g.id, permLabel(g.name)), h('div', { class: 'ww_tip' }, g.desc));
    }
    const box = h('span', { class: 'ww_checkbox' });
    const header = h('label', { class: 'ww_checkbox_wrap perm_group_hd' }, box, h('span', { class: 'ww_checkbox_label' }, permLabel(g.name)));
    header.addEventListener('click', (e) => {
      e.preventDefault();
      const all = g.items.every(([id]) => store[id]);
      for (const [id] of g.items) store[id] = !all;
      R.replica.log.push(['group', prefix + g.id, !all]);
      R.update();
    });
    R.onRender(box, () => {
      const n = g.items.filter(([id]) => store[id]).length;
      box.classList.toggle('ww_checkbox_checked', n === g.items.length);
      box.classList.toggle('ww_checkbox_half', n > 0 && n < g.items.length);
    });
    return h('div', { class: 'perm_group', style: 'margin:10px 0' },
      header, h('div', { class: 'ww_tip' }, g.desc),
      h('div', { class: 'perm_group_bd', style: 'padding-left:22px;display:flex;flex-wrap:wrap;gap:6px 16px' },
        g.items.map(([id, label]) => R.checkbox(store, id, permLabel(label)))));
  }

  // --- app detail -------------------------------------------------------------------------------
  R.route('/sass/customApp/app/detail', (main, query) => {
    const app = appOf(query.appid);
    const perms = Object.assign({}, INITIAL);
    const decoy = {};
    const state = { loaded: false, dialog: 'closed', snapshot: null };
    R.replica.appDetail = { perms, decoy, state };
    let alive = true;

    // Hidden decoy: a closed permission dialog with the same labels, before everything else.
    main.append(h('div', { class: 'ww_dialog_wrap', style: 'display:none', 'data-replica': 'decoy' },
      h('div', { class: 'ww_dialog', role: 'dialog' }, h('div', { class: 'ww_dialog_title' }, '编辑权限'),
        GROUPS.map((g) => permGroup(g, decoy, 'decoy.')),
        h('div', {}, R.button('取消', () => R.count('decoy.cancel')), R.button('确定', () => R.count('decoy.confirm'), { blue: true })))));
    const loading = h('div', { class: 'loading' }, '加载中…');
    main.append(loading);

    const dialogHost = h('div', { class: 'dialog_host' });

    function closeDialog() { state.dialog = 'closed'; dialogHost.textContent = ''; }
    function openDialog() {
      R.count('perm.edit');
      state.dialog = 'loading';
      state.snapshot = Object.assign({}, perms);
      dialogHost.textContent = '';
      const body = h('div', { class: 'perm_dialog_bd' }, h('div', { class: 'loading' }, '加载中…'));
      const confirmEvents = R.flags.has('mousedown') ? ['mousedown'] : ['click'];
      const dlg = h('div', { class: 'ww_dialog_wrap' },
        h('div', { class: 'ww_dialog_mask' }),
        h('div', { class: 'ww_dialog perm_dialog', role: 'dialog' },
          h('div', { class: 'ww_dialog_title', style: 'font-size:16px;margin-bottom:10px' }, '编辑权限'),
          body,
          h('div', { class: 'ww_dialog_ft', style: 'margin-top:14px;text-align:right' },
            R.button('取消', () => { R.count('perm.cancel'); Object.assign(perms, state.snapshot); for (const k of Object.keys(perms)) if (!(k in state.snapshot)) delete perms[k]; closeDialog(); R.update(); }),
            R.button('确定', () => {
              if (state.dialog !== 'open') return;
              R.count('perm.confirm');
              R.replica.saved.permissions = ALL_IDS.filter((id) => perms[id]);
              R.request('/wwopen/api/customApp/privilege/setCustomizedAppPrivilege', { appid: query.appid, privilege_list: ALL_IDS.map((id) => ({ id, b_check: !!perms[id] })) }, 100);
              closeDialog();
              R.update();
            }, { blue: true, events: confirmEvents }))));
      dialogHost.append(dlg);
      R.request('/wwopen/api/customApp/privilege/getCustomizedAppPrivilege', { appid: query.appid }, 200).then(() => {
        if (!alive || state.dialog !== 'loading') return;
        state.dialog = 'open';
        body.textContent = '';
        body.append(h('div', { class: 'ww_tip', style: 'margin-bottom:8px' }, '变更权限后,需企业管理员同意授权后生效'), ...GROUPS.map((g) => permGroup(g, perms, '')));
        R.update();
      });
    }

    // 使用配置 → 应用主页 → 修改: a dialog with tabs 网页 (the homepage URL) / 小程序 (关联小程序 marks a
    // mini program as associated and shows its name); 确定 saves
    // __replica.saved.homepage = { tab, url, miniprogram } and closes (provider-backend.md, step 6).
    function openHomepage() {
      const form = { url: app.home || '' };
      const hs = { tab: '网页', miniprogram: null };
      const tab = (name) => {
        const t = h('a', { href: 'javascript:;', class: 'ww_tab', style: 'display:inline-block;padding:6px 14px;margin-right:4px', 'on:click': () => { hs.tab = name; R.update(); } }, name);
        R.onRender(t, () => t.classList.toggle('ww_tab_active', hs.tab === name));
        return t;
      };
      const web = h('div', { class: 'ww_tab_panel' }, h('div', { class: 'ww_form_item' }, h('div', { class: 'ww_form_label' }, '应用主页'), h('div', { class: 'ww_form_content' }, R.input(form, 'url', { placeholder: '请填写带协议头的合法URL' }))));
      const mpName = h('span', { class: 'mp_name' });
      const mp = h('div', { class: 'ww_tab_panel' }, mpName, ' ', R.button('关联小程序', () => { R.count('detail.linkMiniprogram'); hs.miniprogram = '桃花岛商城'; R.update(); }));
      R.onRender(mpName, () => { mpName.textContent = hs.miniprogram ? '已关联：' + hs.miniprogram : '未关联小程序'; });
      R.onRender(web, () => { web.style.display = hs.tab === '网页' ? '' : 'none'; mp.style.display = hs.tab === '小程序' ? '' : 'none'; });
      const dlg = h('div', { class: 'ww_dialog_wrap' },
        h('div', { class: 'ww_dialog_mask' }),
        h('div', { class: 'ww_dialog home_dialog', role: 'dialog' },
          h('div', { class: 'ww_dialog_title', style: 'font-size:16px;margin-bottom:10px' }, '设置工作台应用主页'),
          h('div', { class: 'ww_tabs', style: 'border-bottom:1px solid #eee;margin-bottom:10px' }, tab('网页'), tab('小程序')),
          web, mp,
          h('div', { class: 'ww_dialog_ft', style: 'margin-top:14px;text-align:right' },
            R.button('取消', () => { R.count('detail.homepageCancel'); dlg.remove(); }),
            ' ',
            R.button('确定', () => {
              R.count('detail.homepageOk');
              R.replica.saved.homepage = { tab: hs.tab, url: form.url, miniprogram: hs.miniprogram };
              R.request('/wwopen/developer/customApp/app/setHomepage', { tab: hs.tab, url: form.url });
              dlg.remove();
            }, { blue: true }))));
      dialogHost.append(dlg);
    }

    R.request('/wwopen/developer/customApp/app/detail', { suiteid: query.suiteid, appid: query.appid }, delay(300)).then(() => {
      if (!alive) return;
      state.loaded = true;
      loading.remove();
      const q = `suiteid=${encodeURIComponent(query.suiteid || '')}&appid=${encodeURIComponent(query.appid || '')}`;
      main.append(
        h('div', { class: 'detail_hd' }, h('a', { href: '#/sass/customApp/tpl/info?id=' + encodeURIComponent(query.suiteid || '') }, '返回'), h('h2', { style: 'display:inline-block;margin-left:12px' }, '代开发应用详情')),
        h('div', { class: 'detail_card', style: 'display:flex;gap:14px;align-items:center;margin:10px 0' },
          h('div', { class: 'app_logo', style: 'width:48px;height:48px;background:#1976d2;border-radius:8px' }),
          h('div', {}, h('div', { class: 'app_name', style: 'font-size:18px' }, 'EC营客通'), h('div', { class: 'ww_tip' }, '代开发-开发'))),
        section('基本信息',
          row('企业客户', app.corp),
          row('应用名称', 'EC营客通'),
          row('应用简介', '打通六度CRM客户库和微营销工具,为销售提效赋能', link('编辑', () => R.count('detail.editBasic')))),
        section('权限',
          row('权限', '成员基本信息、成员敏感信息、企业客户权限', link('编辑', openDialog))),
        section('使用配置',
          row('应用主页', app.home || '未配置', link('修改', () => { R.count('detail.editUsage'); openHomepage(); })),
          row('可信域名', 'html.workec.com'),
          row('IP白名单', '未配置')),
        section('回调配置',
          row('代开发应用回调URL', CALLBACK, link('编辑', () => R.count('detail.editCallback'))),
          row('Token', 'zWlp****************'),
          row('EncodingAESKey', 'YyMv***************************************')),
        section('更多',
          row('审批接口', '使用企业微信审批能力,在非审批应用内设置流程、发起审批', link('设置', () => R.count('detail.approval'))),
          row('自定义菜单', '用户安装时的默认应用菜单,可在应用的底部配置七种类型的快捷操作菜单', link('设置', () => { R.count('detail.menu'); R.go('/sass/customApp/app/detail/menu?' + q); })),
          row('企业微信授权登录', '使用企业微信账号登录已有的Web网页或移动APP', link('设置', () => { R.count('detail.sso'); R.go('/sass/customApp/app/detail/sso?' + q); }))),
        dialogHost,
      );
    });
    return () => { alive = false; };
  });

  R.route('/sass/customApp/app/detail/sso', (main) => {
    main.append(h('h2', {}, 'EC营客通 - 企业微信授权登录'), h('div', { class: 'ww_tip' }, '使用企业微信账号登录已有的Web网页或移动APP'));
  });

  // --- custom menu editor -----------------------------------------------------------------------
  const renamed = () => R.flags.has('renamefields');
  const TYPES = () => [['click', '发送消息'], ['view', renamed() ? '打开H5页面' : '跳转网页'], ['miniprogram', '跳转小程序'], ['scancode_push', '扫码推事件'], ['scancode_waitmsg', '扫码推事件且弹出提示'], ['pic_photo_or_album', '拍照或相册发图'], ['location_select', '发送位置']];
  const width = (s) => Array.from(s).reduce((n, c) => n + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);
  function previewName(name) {
    if (!name) return '菜单名称';
    if (width(name) <= 8) return name;
    let out = '';
    for (const c of Array.from(name)) { if (width(out + c) > 6) break; out += c; }
    return out + '…';
  }

  R.route('/sass/customApp/app/detail/menu', (main, query) => {
    const F = R.flags;
    const menus = [];
    if (F.has('existing')) menus.push({ name: '批量加减', type: 'view', url: HOME, msg: '' });
    if (F.has('other-existing')) menus.push({ name: '官网', type: 'view', url: 'https://www.example.com/', msg: '' });
    const state = { loaded: false, sel: null, toast: '', saved: false, confirming: null };
    R.replica.menuEditor = { menus, state };
    let alive = true;
    let toastTimer = null;

    const loading = h('div', { class: 'loading' }, '加载中…');
    main.append(loading);

    function select(i) { state.sel = i; R.update(); }
    function remove(i) {
      R.count('menu.delete');
      menus.splice(i, 1);
      state.sel = null;
      state.saved = false;
      R.update();
    }
    function askRemove(i) {
      if (!F.has('confirmdelete')) return remove(i);
      state.confirming = i;
      R.update();
    }
    function toast(text) {
      state.toast = text;
      clearTimeout(toastTimer);
      toastTimer = setTimeout(() => { state.toast = ''; R.update(); }, 2000);
      R.update();
    }

    function typeRadios(m) {
      return h('div', { class: 'type_list', style: 'display:flex;flex-wrap:wrap;gap:6px 14px' }, TYPES().map(([type, label]) => {
        const dot = h('span', { class: 'ww_radio', style: 'display:inline-block;width:12px;height:12px;border:1px solid #999;border-radius:50%;margin-right:4px;vertical-align:middle' });
        const wrap = h('label', { class: 'ww_radio_wrap', style: 'cursor:pointer' }, dot, h('span', { class: 'ww_radio_text' }, label));
        wrap.addEventListener('click', (e) => { e.preventDefault(); if (m.type !== type) { m.type = type; R.replica.log.push(['menuType', type]); state.saved = false; R.update(); } });
        R.onRender(dot, () => { dot.classList.toggle('ww_radio_checked', m.type === type); dot.style.background = m.type === type ? '#1976d2' : ''; });
        return wrap;
      }));
    }

    function formItem(label, ...content) {
      return h('div', { class: 'ww_form_item' }, h('div', { class: 'ww_form_label', style: 'width:90px' }, label), h('div', { class: 'ww_form_content' }, ...content));
    }

    function menuForm(m, i, withHeader) {
      const kids = [
        withHeader ? h('div', { class: 'menu_block_hd', style: 'display:flex;justify-content:space-between;font-weight:bold' }, h('span', {}, `菜单 ${i + 1}`), link('删除菜单', () => askRemove(i))) : null,
        formItem(renamed() ? '按钮文字' : '菜单名称', R.input(m, 'name', { placeholder: renamed() ? '' : '请输入菜单名称', onValue: () => { state.saved = false; } }), h('div', { class: 'ww_tip' }, '字数不超过4个汉字或8个字母')),
        formItem('菜单内容', typeRadios(m)),
      ];
      if (m.type === 'view') kids.push(formItem(renamed() ? '目标网址' : '网页地址', R.input(m, 'url', { placeholder: renamed() ? '' : '请输入以http://或https://开头的网址', onValue: () => { state.saved = false; } }), h('div', { class: 'ww_tip' }, '订阅者点击该子菜单会跳到以下链接')));
      else if (m.type === 'click') kids.push(formItem('消息内容', R.input(m, 'msg', { multiline: true, placeholder: '请输入要发送的消息' })));
      else kids.push(h('div', { class: 'ww_tip' }, '该类型的菜单请在企业微信中配置'));
      if (!withHeader) kids.push(h('div', { style: 'margin-top:10px' }, link('删除菜单', () => askRemove(i))));
      return h('div', { class: withHeader ? 'menu_block' : 'menu_form_inner', style: withHeader ? 'border:1px solid #eee;padding:8px;margin-bottom:10px' : '' }, kids);
    }

    R.request('/wwopen/developer/customApp/menu/get', { appid: query.appid }, delay(300)).then(() => {
      if (!alive) return;
      state.loaded = true;
      loading.remove();

      const bar = h('div', { class: 'phone_bar', style: 'display:flex;border-top:1px solid #ddd;min-height:40px' });
      const add = R.button('添加主菜单', () => {
        if (menus.length >= 3) { R.count('menu.addRefused'); return; }
        R.count('menu.add');
        menus.push({ name: '', type: 'click', url: '', msg: '' });
        state.sel = menus.length - 1;
        state.saved = false;
        R.update();
      }, { icon: '+' });
      bar.append(add);
      let cellSig = '';
      R.onRender(bar, () => {
        const sig = JSON.stringify([menus.map((m) => m.name), state.sel]);
        if (sig !== cellSig) {
          cellSig = sig;
          for (const c of Array.from(bar.querySelectorAll('.ph_cell'))) c.remove();
          menus.forEach((m, i) => {
            const cell = h('div', { class: 'ph_cell' + (state.sel === i ? ' ph_cell_on' : ''), style: 'flex:1;text-align:center;line-height:40px;cursor:pointer;border-right:1px solid #eee' + (state.sel === i ? ';color:#1976d2' : ''), 'on:click': () => select(i) }, previewName(m.name));
            bar.insertBefore(cell, add);
          });
        }
        add.style.display = menus.length >= 3 ? 'none' : '';
      });

      const phone = h('div', { class: 'phone', style: 'width:300px;border:1px solid #ccc;border-radius:16px;padding:8px' },
        h('div', { class: 'phone_title', style: 'text-align:center;padding:6px' }, 'EC营客通'),
        h('div', { class: 'phone_screen', style: 'height:260px;background:#f5f5f5;padding:8px;font-size:12px;color:#999' }, '你好,欢迎使用EC营客通'),
        bar);

      const formHost = h('div', { class: 'menu_form', style: 'flex:1;margin-left:24px;border:1px solid #eee;padding:12px;min-height:200px' });
      let formSig = '';
      R.onRender(formHost, () => {
        const sig = F.has('allatonce') ? JSON.stringify(['all', menus.length, menus.map((m) => m.type)]) : JSON.stringify([state.sel, menus.length, state.sel != null && menus[state.sel] ? menus[state.sel].type : null]);
        if (sig === formSig) return;
        formSig = sig;
        formHost.textContent = '';
        if (F.has('allatonce')) {
          if (!menus.length) formHost.append(h('div', { class: 'ww_tip' }, '还没有菜单,点击左侧“添加主菜单”'));
          menus.forEach((m, i) => formHost.append(menuForm(m, i, true)));
        } else if (state.sel == null || !menus[state.sel]) {
          formHost.append(h('div', { class: 'ww_tip' }, menus.length ? '点击左侧菜单进行编辑' : '还没有菜单,点击左侧“添加主菜单”'));
        } else {
          formHost.append(menuForm(menus[state.sel], state.sel, false));
        }
      });

      // Hidden decoy: the (closed) sub-menu form template with the same labels.
      const decoy = { name: '', url: '' };
      R.replica.menuEditor.decoy = decoy;
      const decoyForm = h('div', { class: 'menu_form submenu_tpl', style: 'display:none' },
        formItem('菜单名称', R.input(decoy, 'name', { placeholder: '请输入子菜单名称' })),
        formItem('网页地址', R.input(decoy, 'url')));

      const toastEl = h('div', { class: 'ww_toast', role: 'status', style: 'position:fixed;top:80px;left:50%;transform:translateX(-50%);background:#333;color:#fff;padding:8px 18px;border-radius:4px' });
      R.onRender(toastEl, () => { toastEl.textContent = state.toast; toastEl.style.display = state.toast ? '' : 'none'; });

      const confirmHost = h('div', { class: 'confirm_host' });
      R.onRender(confirmHost, () => {
        const want = state.confirming != null;
        if (want === !!confirmHost.firstChild) return;
        confirmHost.textContent = '';
        if (!want) return;
        confirmHost.append(h('div', { class: 'ww_dialog_wrap' }, h('div', { class: 'ww_dialog_mask' }),
          h('div', { class: 'ww_dialog', role: 'dialog', style: 'min-width:300px' }, h('div', {}, '确定删除该菜单?删除后不可恢复。'),
            h('div', { style: 'margin-top:12px;text-align:right' },
              R.button('取消', () => { state.confirming = null; R.update(); }),
              R.button('确定', () => { const i = state.confirming; state.confirming = null; remove(i); }, { blue: true })))));
      });

      const save = () => {
        R.count('menu.save');
        const bad = menus.findIndex((m) => !m.name.trim() || (m.type === 'view' && !/^https?:\/\//.test(m.url.trim())));
        if (bad >= 0) { toast(`请完善菜单${bad + 1}的信息`); return; }
        const data = menus.map((m) => ({ name: m.name, type: m.type, url: m.type === 'view' ? m.url : undefined }));
        R.request('/wwopen/developer/customApp/menu/set', { appid: query.appid, button: data }, 200).then(() => {
          if (!alive) return;
          R.replica.saved.menus = data;
          state.saved = true;
          toast('保存成功');
        });
      };

      main.append(
        h('div', { class: 'menu_page_hd', style: 'display:flex;align-items:center;gap:12px' },
          h('a', { href: '#/sass/customApp/app/detail?suiteid=' + encodeURIComponent(query.suiteid || '') + '&appid=' + encodeURIComponent(query.appid || '') }, '返回'),
          h('h2', {}, 'EC营客通 - 自定义菜单')),
        h('div', { class: 'ww_tip' }, '最多添加3个主菜单,每个主菜单最多5个子菜单'),
        h('div', { class: 'menu_page_bd', style: 'display:flex;margin-top:14px;align-items:flex-start' }, phone, formHost),
        decoyForm,
        h('div', { class: 'menu_page_ft', style: 'margin-top:18px' }, R.button('保存', save, { blue: true })),
        toastEl,
        confirmHost,
      );
      R.update();
    });
    return () => { alive = false; clearTimeout(toastTimer); };
  });
})();
