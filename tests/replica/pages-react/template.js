// React replica of 代开发应用模板 (list) and 代开发应用模板详情 (detail), Ant-Design-style, and the
// signed-out login screen. Same routes, labels, behaviour and counters as tests/replica/pages/template.js.
// List (#/sass/customApp/tpl/list): a fixed-header Table (header and body are separate tables) of
// templates with "查 看" / "删 除" link buttons; "创建代开发应用模板".
// Detail (#/sass/customApp/tpl/info?id=…): renders after a fake XHR (~250 ms). Card 模板信息 whose
// extra is the button 编辑模板信息 (an icon + inner span) opening the 编辑模板信息 Modal (portal, kept in
// the DOM once closed; 删除模板 / 取 消 / 保 存); Card 授权二维码 with the QR image, a hint with 更多尺寸,
// and the button 重置二维码 (icon + span); Card 授权企业客户 with 刷新列表 (an ordinary button), a search
// Input that narrows the rows, and a fixed-header Table 企业名称 / 状态 / 操作 whose rows end in
// 开始代开发应用 (a link button → the wizard) or 查 看 (→ app detail).
// Login (#/login): the QR box with the documented classes (img.qrcode_login_img, a.qrcode_login_reload,
// li.login_selectBiz_item). Flag `signedout`: on any route a login iframe (srcdoc, no telling
// attributes) is laid over the page 600 ms after it rendered.
// Flags: `late` (the 授权二维码 card renders 1 s late), `editopen` (the edit Modal is open at load).
// Counters: reset-qr, tpl.edit, tpl.save, tpl.delete, tpl.editCancel, tpl.create, tpl.view,
// tpl.startDev, tpl.ordinary, tpl.sizes, login.reload.
(function () {
  const { e } = RX;
  const QR = 'data:image/svg+xml;utf8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><rect width="120" height="120" fill="#fff"/><rect x="10" y="10" width="30" height="30"/><rect x="80" y="10" width="30" height="30"/><rect x="10" y="80" width="30" height="30"/><rect x="55" y="55" width="12" height="12"/></svg>');
  const CUSTOMERS = [
    { corpName: '桃花岛', appid: 'dk100001', status: '待开发' },
    { corpName: '光明顶 科技', appid: 'dk100003', status: '待开发' },
    { corpName: '归云庄', appid: 'dk100002', status: '待开发' },
    { corpName: '侠客岛', appid: 'dk100004', status: '已开发' },
  ];

  RX.route('/sass/customApp/tpl/list', function TplList() {
    const rows = [{ id: 'ww-suite-dev', name: '代开发-开发' }, { id: 'ww-suite-test', name: '代开发-测试' }];
    return e('div', null,
      e('div', { className: 'ant-page-header' }, e('span', { className: 'ant-page-header-heading-title' }, '代开发应用模板')),
      e('div', { style: { margin: '10px 0' } }, e(RX.Button, { type: 'primary', icon: 'plus', onClick: () => R.count('tpl.create') }, '创建代开发应用模板')),
      e(RX.Table, {
        columns: ['模板名称', '状态', '操作'],
        rows: rows.map((r) => [
          e('a', { href: '#/sass/customApp/tpl/info?id=' + r.id }, r.name),
          e(RX.Tag, { color: 'success' }, '已上线'),
          e('span', null,
            e(RX.Button, { type: 'link', onClick: () => { R.count('tpl.view'); R.go('/sass/customApp/tpl/info?id=' + r.id); } }, '查看'),
            e(RX.Button, { type: 'link', onClick: () => { R.count('tpl.delete'); R.request('/wwopen/developer/tpl/delete', { id: r.id }); } }, '删除')),
        ]),
      }));
  });

  RX.route('/sass/customApp/tpl/info', function TplInfo({ query }) {
    const F = R.flags;
    const suiteid = query.id || 'ww-suite-dev';
    const st = RX.useStore(() => ({ loaded: false, qr: !F.has('late'), editing: F.has('editopen'), form: { name: '代开发-开发' }, search: { q: '' } }));
    RX.useLoad((alive) => {
      R.request('/wwopen/developer/tpl/info', { suiteid }, 250).then(() => { if (alive()) { st.loaded = true; RX.update(); } });
      if (F.has('late')) setTimeout(() => R.request('/wwopen/developer/tpl/qrcode', { suiteid }, 0).then(() => { if (alive()) { st.qr = true; RX.update(); } }), 1000);
    });
    if (!st.loaded) return e('div', { className: 'ant-spin' }, '加载中');
    const q = (st.search.q || '').trim();
    const shown = CUSTOMERS.filter((c) => !q || c.corpName.includes(q));
    const close = () => { st.editing = false; RX.update(); };
    return e('div', null,
      e('div', { className: 'ant-breadcrumb' }, e('a', { href: '#/sass/customApp/tpl/list' }, '代开发应用模板'), ' / ', e('span', null, '详情')),
      e('div', { className: 'ant-page-header' }, e('span', { className: 'ant-page-header-heading-title' }, '代开发应用模板详情')),
      e(RX.Card, { title: '模板信息', extra: e(RX.Button, { type: 'link', icon: 'edit', onClick: () => { R.count('tpl.edit'); st.editing = true; RX.update(); } }, '编辑模板信息') },
        e(RX.Descriptions, { items: [['模板名称', st.form.name], ['应用名称', 'EC营客通']] })),
      e(RX.Card, { title: '授权二维码' }, st.qr
        ? e('div', { className: 'qr-block' },
          e('img', { src: QR, alt: '授权二维码', width: 120, height: 120, style: { display: 'block', border: '1px solid #eee' } }),
          e('div', { className: 'ant-typography ant-typography-secondary' }, '企业管理员扫码授权后,可为该企业代开发自建应用 ', e('a', { onClick: () => R.count('tpl.sizes') }, '更多尺寸')),
          e('div', { style: { marginTop: 8 } }, e(RX.Button, { icon: 'reload', onClick: () => { R.count('reset-qr'); R.request('/wwopen/developer/tpl/resetQrcode', { suiteid }); } }, '重置二维码')))
        : e('div', { className: 'ant-spin' }, '加载中')),
      e(RX.Card, { title: '授权企业客户', extra: e(RX.Button, { icon: 'sync', onClick: () => R.count('tpl.ordinary') }, '刷新列表') },
        e('div', { style: { marginBottom: 10 } }, e(RX.Input, { id: 'tpl_search', store: st.search, k: 'q', placeholder: '检索"授权企业客户"' })),
        e(RX.Table, {
          columns: ['企业名称', '状态', '操作'],
          rowKeys: shown.map((c) => c.appid),
          rows: shown.map((c) => [
            e('span', { className: 'corp-name' }, c.corpName),
            e(RX.Tag, { color: c.status === '已开发' ? 'success' : 'processing' }, c.status),
            c.status === '已开发'
              ? e(RX.Button, { type: 'link', onClick: () => { R.count('tpl.view'); R.go(`/sass/customApp/app/detail?suiteid=${encodeURIComponent(suiteid)}&appid=${encodeURIComponent(c.appid)}`); } }, '查看')
              : e(RX.Button, { type: 'link', onClick: () => { R.count('tpl.startDev'); R.go(`/sass/customApp/app/create?suiteid=${encodeURIComponent(suiteid)}&appid=${encodeURIComponent(c.appid)}&corpName=${encodeURIComponent(c.corpName)}`); } }, '开始代开发应用'),
          ]),
        })),
      e(RX.Modal, {
        id: 'tpl_edit', title: '编辑模板信息', open: st.editing,
        footer: [
          e(RX.Button, { key: 'd', danger: true, onClick: () => { R.count('tpl.delete'); R.request('/wwopen/developer/tpl/delete', { suiteid }); } }, '删除模板'),
          e(RX.Button, { key: 'c', onClick: () => { R.count('tpl.editCancel'); close(); } }, '取消'),
          e(RX.Button, { key: 's', type: 'primary', onClick: () => { R.count('tpl.save'); R.request('/wwopen/developer/tpl/save', { suiteid, name: st.form.name }); close(); } }, '保存'),
        ],
      }, e('form', { className: 'ant-form ant-form-horizontal', onSubmit: (ev) => ev.preventDefault() },
        e(RX.FormItem, { label: '模板名称', htmlFor: 'tpl_name', required: true }, e(RX.Input, { id: 'tpl_name', store: st.form, k: 'name', count: 20 })))));
  });

  RX.route('/login', function Login() {
    return e('div', { className: 'login_box', style: { width: 300, margin: '20px auto', textAlign: 'center' } },
      e(RX.Card, { title: '企业微信扫码登录' },
        e('div', { className: 'qrcode_box' },
          e('img', { className: 'qrcode_login_img', src: QR, width: 160, height: 160, alt: '' }),
          e('div', { className: 'qrcode_expired' }, e('p', null, '二维码已失效'),
            e('a', { className: 'qrcode_login_reload', href: 'javascript:;', onClick: () => R.count('login.reload') }, RX.icon('reload'), e('span', null, '重新生成二维码')))),
        e('ul', { className: 'login_selectBiz' }, e('li', { className: 'login_selectBiz_item' }, '某某科技'))));
  });

  // A session that expired: whatever route shows, a login iframe is laid over it.
  if (R.flags.has('signedout')) {
    const orig = RX.start;
    RX.start = function () {
      orig();
      setTimeout(() => {
        const f = document.createElement('iframe');
        f.style.cssText = 'position:fixed;left:50%;top:80px;transform:translateX(-50%);width:360px;height:420px;border:0;background:#fff;z-index:5000';
        f.srcdoc = '<!doctype html><body style="text-align:center"><p>企业微信扫码登录</p><img class="qrcode_login_img" style="width:200px;height:200px;background:#000" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><br><a class="qrcode_login_reload" href="javascript:;">刷新</a></body>';
        document.body.append(f);
      }, 600);
    };
  }
})();
