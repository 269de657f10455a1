// React replica of 代开发应用详情 and the custom-menu editor (Ant-Design-style).
// App detail: Cards with Descriptions (企业客户 and 应用主页 per appid, as in pages/app-detail.js); 使用配置 →
// 应用主页 → "修 改" opens the 设置工作台应用主页 Modal (Tabs 网页 / 小程序, inactive pane hidden in the DOM); 权限 shows a fixed-header Table (separate header / body
// tables) listing the granted permissions by name, and "编 辑" opens the 编辑权限 Modal in a portal
// that stays in the DOM (display:none) after 取消 / 确定. Options are Ant checkboxes (native input
// transparent over the box), group headers tick their group (indeterminate when partly ticked),
// some start ticked. 确 定 records __replica.saved.permissions.
// Menu editor ("EC营客通 - 自定义菜单"): a phone preview whose menu bar cells select a menu (one
// form at a time); under it the dashed "添加主菜单" button with a hint "最多添加3个主菜单，…" and a
// counter "n/3" beside it; the form has 菜单名称 (with a "n / 16" counter), 菜单类型 (a Select whose
// list is portalled to <body>) and — only for 跳转网页 — 网页地址; "删除菜单"; "保 存" records
// __replica.saved.menus. Flags: existing (starts with 批量加减 → sample A), other-existing (官网), slow,
// renameadd (the add button reads 新建一级菜单 — a word the vocabulary does not know).
(function () {
  const { e } = RX;
  const HOME = 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww3a7c91e0b5d24f68'; // tests/fixtures/bundles/valid-plain.txt
  const GROUPS = [
    { id: 'base', name: '成员基本信息', items: [['userid', '账号'], ['department', '部门ID'], ['avatar', '头像'], ['gender', '性别']] },
    { id: 'qrcode', name: '成员企业微信二维码', items: [] },
    { id: 'sensitive', name: '成员敏感信息', items: [['name', '姓名'], ['mobile', '手机号'], ['dept_name', '部门名'], ['email', '邮箱'], ['position', '职务'], ['telephone', '座机'], ['address', '地址'], ['extattr', '拓展属性'], ['external_profile', '对外属性'], ['external_position', '对外职务']] },
    { id: 'customer', name: '企业客户权限', items: [['customer_base', '客户基础信息'], ['customer_contact', '客户联系']] },
  ];
  const ALL_IDS = GROUPS.flatMap((g) => (g.items.length ? g.items.map((i) => i[0]) : [g.id]));
  // Per-appid fake table (the authorised customer of each app), as in tests/replica/pages/app-detail.js.
  const APPS = {
    dk100001: { corp: '桃花岛', home: HOME },
    dk100002: { corp: '归云庄', home: '' },
    dk100003: { corp: '光明顶', home: 'https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=ww5e0a9d2c4b7f8e13' },
    dk100004: { corp: '侠客岛', home: '' },
    dkGYZ: { corp: '归云庄', home: HOME },
  };
  const appOf = (appid) => APPS[appid] || APPS.dk100001;
  const NAMES = Object.fromEntries(GROUPS.flatMap((g) => (g.items.length ? g.items : [[g.id, g.name]])));

  function PermGroup({ g, perms }) {
    if (!g.items.length) return e('div', { className: 'perm-group' }, e(RX.Checkbox, { name: g.id, checked: !!perms[g.id], onChange: (v) => { perms[g.id] = v; }, label: g.name }));
    const n = g.items.filter(([id]) => perms[id]).length;
    return e('div', { className: 'perm-group', style: { margin: '8px 0' } },
      e('div', { className: 'perm-group-title' }, e(RX.Checkbox, { name: g.id, checked: n === g.items.length, indeterminate: n > 0 && n < g.items.length, onChange: (v) => { for (const [id] of g.items) perms[id] = v; }, label: g.name })),
      e('div', { className: 'ant-checkbox-group', style: { paddingLeft: 24 } }, g.items.map(([id, text]) => e(RX.Checkbox, { key: id, name: id, checked: !!perms[id], onChange: (v) => { perms[id] = v; }, label: text }))));
  }

  RX.route('/sass/customApp/app/detail', function DetailPage({ query }) {
    const st = RX.useStore(() => {
      const s = { perms: { userid: true, department: true, name: true }, granted: ['userid', 'department', 'name'], state: { dialog: false, loaded: false, permsLoaded: false }, home: { open: false, tab: '网页', miniprogram: null, form: { url: '' } } };
      R.replica.appDetail = s;
      return s;
    });
    const { perms, state } = st;
    const app = appOf(query.appid);
    RX.useLoad((alive) => {
      R.request('/wwopen/developer/customApp/app/detail', { appid: query.appid }, R.flags.has('slow') ? 1500 : 350).then(() => { if (alive()) { state.loaded = true; RX.update(); } });
    });
    function open() {
      R.count('perm.edit');
      state.dialog = true;
      state.permsLoaded = false;
      state.snapshot = Object.assign({}, perms);
      RX.update();
      R.request('/wwopen/api/customApp/privilege/getCustomizedAppPrivilege', { appid: query.appid }, 250).then(() => { state.permsLoaded = true; RX.update(); });
    }
    const close = () => { state.dialog = false; RX.update(); };
    // 使用配置 → 应用主页 → 修改 (step 6): a Modal with Tabs 网页 (应用主页 input) / 小程序 (关联小程序);
    // 确 定 saves __replica.saved.homepage = { tab, url, miniprogram }. Kept in the DOM once closed.
    const hs = st.home;
    function openHome() { R.count('detail.editUsage'); Object.assign(hs, { open: true, tab: '网页', miniprogram: null }); hs.form.url = app.home || ''; RX.update(); }
    const homeOk = () => {
      R.count('detail.homepageOk');
      R.replica.saved.homepage = { tab: hs.tab, url: hs.form.url, miniprogram: hs.miniprogram };
      R.request('/wwopen/developer/customApp/app/setHomepage', { tab: hs.tab, url: hs.form.url });
      hs.open = false;
      RX.update();
    };
    if (!state.loaded) return e('div', { className: 'ant-spin' }, '加载中');
    const q = 'suiteid=' + encodeURIComponent(query.suiteid || '') + '&appid=' + encodeURIComponent(query.appid || '');
    return e('div', null,
      e('div', { className: 'ant-page-header' }, e('a', { href: '#/sass/customApp/tpl/info?id=' + encodeURIComponent(query.suiteid || '') }, '返回'), ' ', e('span', { className: 'ant-page-header-heading-title' }, '代开发应用详情')),
      e(RX.Card, { title: '基本信息' }, e(RX.Descriptions, { items: [['企业客户', app.corp], ['应用名称', 'EC营客通']] })),
      e(RX.Card, { title: '权限', extra: e(RX.Button, { type: 'link', onClick: open }, '编辑') },
        e(RX.Table, { columns: ['权限', '状态'], rows: st.granted.map((id) => [NAMES[id], '已授权']) })),
      e(RX.Card, { title: '使用配置', extra: e(RX.Button, { type: 'link', onClick: () => R.count('detail.editUsage') }, '编辑') }, e(RX.Descriptions, { items: [['应用主页', app.home || '未配置', e(RX.Button, { type: 'link', onClick: openHome }, '修改')], ['可信域名', 'html.workec.com']] })),
      e(RX.Card, { title: '回调配置', extra: e(RX.Button, { type: 'link', onClick: () => R.count('detail.editCallback') }, '编辑') }, e(RX.Descriptions, { items: [['代开发应用回调URL', 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3']] })),
      e(RX.Card, { title: '自定义菜单', extra: e(RX.Button, { type: 'link', onClick: () => R.go('/sass/customApp/app/detail/menu?' + q) }, '设置') }, e('span', { className: 'ant-typography ant-typography-secondary' }, '用户安装时的默认应用菜单,可在应用的底部配置七种类型的快捷操作菜单')),
      e(RX.Card, { title: '企业微信授权登录', extra: e(RX.Button, { type: 'link', onClick: () => {} }, '设置') }, e('span', null, '使用企业微信账号登录已有的Web网页或移动APP')),
      e(RX.Modal, {
        id: 'perm', title: '编辑权限', open: state.dialog,
        onCancel: () => { R.count('perm.cancel'); for (const k of Object.keys(perms)) delete perms[k]; Object.assign(perms, state.snapshot); close(); },
        onOk: () => {
          R.count('perm.confirm');
          R.replica.saved.permissions = ALL_IDS.filter((id) => perms[id]);
          st.granted = R.replica.saved.permissions.slice();
          R.request('/wwopen/api/customApp/privilege/setCustomizedAppPrivilege', { appid: query.appid, privilege_list: ALL_IDS.map((id) => ({ id, b_check: !!perms[id] })) }, 80);
          close();
        },
      }, state.permsLoaded
        ? e('div', null, e('p', { className: 'ant-typography ant-typography-secondary' }, '变更权限后,需企业管理员同意授权后生效'), GROUPS.map((g) => e(PermGroup, { key: g.id, g, perms })))
        : e('div', { className: 'ant-spin' }, '加载中')),
      e(RX.Modal, { id: 'home', title: '设置工作台应用主页', open: hs.open, onCancel: () => { R.count('detail.homepageCancel'); hs.open = false; RX.update(); }, onOk: homeOk },
        e(RX.Tabs, {
          active: hs.tab,
          onChange: (k) => { hs.tab = k; RX.update(); },
          items: [
            { key: '网页', label: '网页', children: e('form', { className: 'ant-form ant-form-horizontal', onSubmit: (ev) => ev.preventDefault() }, e(RX.FormItem, { label: '应用主页', htmlFor: 'home_url', required: true }, e(RX.Input, { id: 'home_url', store: hs.form, k: 'url', placeholder: '请填写带协议头的合法URL' }))) },
            { key: '小程序', label: '小程序', children: e('div', null, e('span', { className: 'mp-name' }, hs.miniprogram ? '已关联：' + hs.miniprogram : '未关联小程序'), ' ', e(RX.Button, { onClick: () => { R.count('detail.linkMiniprogram'); hs.miniprogram = '桃花岛商城'; RX.update(); } }, '关联小程序')) },
          ],
        })));
  });

  // --- custom menu editor -----------------------------------------------------------------------
  const TYPES = [{ value: 'click', label: '发送消息' }, { value: 'view', label: '跳转网页' }, { value: 'miniprogram', label: '跳转小程序' }, { value: 'scancode_push', label: '扫码推事件' }, { value: 'location_select', label: '发送位置' }];
  const bytes = (s) => new TextEncoder().encode(s).length;

  RX.route('/sass/customApp/app/detail/menu', function MenuPage({ query }) {
    const F = R.flags;
    const st = RX.useStore(() => {
      const menus = [];
      if (F.has('existing')) menus.push({ name: '批量加减', type: 'view', url: HOME });
      if (F.has('other-existing')) menus.push({ name: '官网', type: 'view', url: 'https://www.example.com/' });
      const s = { menus, state: { selected: menus.length ? 0 : -1, toast: '', loaded: false } };
      R.replica.menuEditor = s;
      return s;
    });
    const { menus, state } = st;
    RX.useLoad((alive) => {
      R.request('/wwopen/developer/customApp/menu/get', { appid: query.appid }, F.has('slow') ? 1500 : 300).then(() => { if (alive()) { state.loaded = true; RX.update(); } });
    });
    if (!state.loaded) return e('div', { className: 'ant-spin' }, '加载中');
    const m = menus[state.selected];
    const add = () => { if (menus.length >= 3) return; R.count('menu.add'); menus.push({ name: '', type: 'click', url: '' }); state.selected = menus.length - 1; RX.update(); };
    const save = () => {
      R.count('menu.save');
      if (menus.some((x) => !x.name.trim() || bytes(x.name) > 16 || (x.type === 'view' && !/^https?:\/\//.test(x.url)))) { state.toast = '请完善菜单信息'; RX.update(); return; }
      R.replica.saved.menus = menus.map((x) => ({ name: x.name, type: x.type, url: x.type === 'view' ? x.url : undefined }));
      state.toast = '保存成功';
      RX.update();
    };
    const form = m ? e('div', { className: 'menu-form' },
      e('div', { className: 'menu-form-head', style: { display: 'flex', justifyContent: 'space-between', marginBottom: 12 } }, e('span', { className: 'ant-typography' }, '主菜单信息'),
        e(RX.Button, { type: 'link', onClick: () => { R.count('menu.delete'); menus.splice(state.selected, 1); state.selected = menus.length ? 0 : -1; RX.update(); } }, '删除菜单')),
      e('form', { className: 'ant-form ant-form-horizontal', onSubmit: (ev) => ev.preventDefault() },
        e(RX.FormItem, { key: 'n' + state.selected, label: '菜单名称', htmlFor: 'menu_name', required: true, extra: '字数不超过4个汉字或8个字母' }, e(RX.Input, { id: 'menu_name', store: m, k: 'name', placeholder: '请输入', count: 16 })),
        e(RX.FormItem, { label: '菜单类型', htmlFor: 'menu_type', required: true }, e(RX.Select, { id: 'menu_type', value: m.type, options: TYPES, onChange: (v) => { m.type = v; R.replica.log.push(['menuType', v]); } })),
        m.type === 'view' ? e(RX.FormItem, { label: '网页地址', htmlFor: 'menu_url', required: true }, e(RX.Input, { id: 'menu_url', store: m, k: 'url', placeholder: '请输入以http://或https://开头的网址' })) : null))
      : e('div', { className: 'menu-form ant-empty' }, e('span', { className: 'ant-empty-description' }, '暂无菜单，请点击左侧添加'));
    return e('div', null,
      e('div', { className: 'ant-page-header' }, e('span', { className: 'ant-page-header-heading-title' }, 'EC营客通 - 自定义菜单')),
      e('div', { className: 'menu-editor' },
        e('div', { className: 'phone-wrap' },
          e('div', { className: 'phone' }, e('div', { className: 'phone-title', style: { textAlign: 'center' } }, 'EC营客通'), e('div', { className: 'phone-screen' }),
            e('div', { className: 'phone-menubar' }, menus.map((x, i) => e('div', { key: i, className: RX.cx('phone-menubar-cell', i === state.selected && 'is-active'), onClick: () => { state.selected = i; RX.update(); } }, x.name || '菜单名称')))),
          e('div', { className: 'menu-add-bar' },
            e(RX.Button, { type: 'dashed', icon: 'plus', disabled: menus.length >= 3, onClick: add }, F.has('renameadd') ? '新建一级菜单' : '添加主菜单'),
            e('span', { className: 'ant-typography ant-typography-secondary' }, '最多添加3个主菜单，每个主菜单最多5个子菜单'),
            e('span', { className: 'menu-counter' }, `${menus.length}/3`))),
        form),
      e('div', { style: { marginTop: 16 } }, e(RX.Button, { type: 'primary', onClick: save }, '保存')),
      e(RX.Message, { text: state.toast }));
  });
})();
