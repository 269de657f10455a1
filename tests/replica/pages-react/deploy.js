// React replica of 代开发应用上线 (go-online list, picker, detail), Ant-Design-style. Same routes,
// behaviour, flags and counters as tests/replica/pages/deploy.js.
// List (#/sass/customApp/deploy/list): renders after a fake request (~300 ms); a primary button with a
// plus icon "提交上线" and a fixed-header Table (header and body separate tables) with columns
// 代开发应用/模版 (app name, 上线时间, 审核编号 au…), 类型, 所属模板, 企业客户, 状态 (Tags 待上线 / 已上线),
// 操作 (详情). Rows can be given in the route (?rows=桃花岛:已上线,光明顶:待上线).
// The picker (+ 提交上线): a Modal in a portal, kept in the DOM (hidden) once closed, titled
// 选择要上线的应用, with a search Input and one Radio per developed app (native input transparent over
// the circle), its own 取 消 / 确 定. 确 定 creates an order (审核编号 au…, a new 待上线 row;
// __replica.saved.orders, kept in sessionStorage).
// Detail (#/sass/customApp/deploy/detail?auditorderid=au…): Descriptions 企业客户 / 代开发应用 / 审核编号 /
// 状态 and the button 提交上线; pressed less than WAIT after the order was created the page shows the
// error Alert 当前状态暂不允许上线; later the order turns 已上线.
// Flags: waitshort (WAIT 1.5 s, default 5 min), deploylater (光明顶 turns 已上线 2 s after the first
// render), deployempty (no rows), pickerlate (the picker's list renders 600 ms after it opens),
// pickernoapps (the picker lists no apps). Counters: deploy.list, deploy.submit, deploy.pickerCancel,
// deploy.pickerConfirm, deploy.detail, deploy.detailSubmit.
(function () {
  const { e } = RX;
  const F = R.flags;
  const D = R.deployOrders(); // the orders, rows and the five-minute rule (tests/replica/lib.js)
  const { APPS } = D;

  RX.route('/sass/customApp/deploy/list', function DeployList({ query }) {
    const st = RX.useStore(() => {
      R.count('deploy.list');
      const s = {
        loaded: false,
        rows: D.listRows(query),
        pick: { open: false, loaded: false, chosen: null, error: '', q: '' },
      };
      R.replica.deployPicker = s.pick;
      return s;
    });
    const pick = st.pick;
    RX.useLoad((alive) => {
      R.request('/wwopen/developer/customApp/deploy/list', null, 300, {}).then(() => {
        if (!alive()) return;
        st.loaded = true;
        RX.update();
        if (F.has('deploylater')) setTimeout(() => { if (!alive()) return; st.rows = st.rows.map((r) => (r.corp === '光明顶' ? Object.assign({}, r, { status: '已上线', at: '2024-06-02 11:00' }) : r)); RX.update(); }, 2000);
      });
    });
    const openPicker = () => {
      R.count('deploy.submit');
      R.replica.saved.deploySubmit = (R.replica.saved.deploySubmit || 0) + 1;
      Object.assign(pick, { open: true, loaded: false, error: '' });
      RX.update();
      setTimeout(() => { pick.loaded = true; RX.update(); }, F.has('pickerlate') ? 600 : 80);
    };
    const confirm = () => {
      R.count('deploy.pickerConfirm');
      if (!pick.chosen) { pick.error = '请选择应用'; RX.update(); return; }
      const made = D.create(pick.chosen, st.rows);
      R.request('/wwopen/developer/order/add', { appid: made.app.appid }, 50);
      Object.assign(pick, { open: false, chosen: null });
      st.rows = made.rows;
      RX.update();
    };
    const q = (pick.q || '').trim();
    const apps = F.has('pickernoapps') ? [] : APPS.filter((a) => !q || a.corp.includes(q));
    const picker = e(RX.Modal, {
      id: 'deploy_picker', title: '选择要上线的应用', open: pick.open,
      onCancel: () => { R.count('deploy.pickerCancel'); pick.open = false; RX.update(); },
      onOk: confirm,
    },
    e('div', { style: { marginBottom: 8 } }, e(RX.Input, { id: 'picker_search', store: pick, k: 'q', placeholder: '搜索企业客户' })),
    !pick.loaded ? e('div', { className: 'ant-spin' }, '加载中')
      : apps.length ? e('div', { className: 'ant-radio-group ant-radio-group-outline', role: 'radiogroup', style: { display: 'flex', flexDirection: 'column', gap: 8 } },
        apps.map((a) => e(RX.Radio, { key: a.appid, name: 'picker', value: a.appid, checked: pick.chosen === a.appid, onChange: (v) => { pick.chosen = v; pick.error = ''; } },
          e('span', { className: 'picker-corp' }, a.corp), ' ', e('span', { className: 'ant-typography ant-typography-secondary' }, 'EC营客通'))))
        : e(RX.Empty, { text: '暂无可上线的应用' }),
    pick.error ? e('div', { className: 'ant-form-item-explain-error', role: 'alert' }, pick.error) : null);
    if (!st.loaded) return e('div', null, e('div', { className: 'ant-spin' }, '加载中'), picker);
    return e('div', null,
      e('div', { className: 'ant-page-header', style: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' } },
        e('span', { className: 'ant-page-header-heading-title' }, '代开发应用上线'),
        e(RX.Button, { type: 'primary', icon: 'plus', onClick: openPicker }, '提交上线')),
      e(RX.Table, {
        columns: ['代开发应用/模版', '类型', '所属模板', '企业客户', '状态', '操作'],
        rowKeys: st.rows.map((r) => r.au),
        rows: st.rows.map((r) => [
          e('div', null, e('div', { className: 'deploy-app-name' }, 'EC营客通'), r.at ? e('div', { className: 'ant-typography ant-typography-secondary' }, '上线时间:' + r.at) : null, e('div', { className: 'ant-typography ant-typography-secondary' }, '审核编号:' + r.au)),
          '代开发应用',
          '代开发-开发',
          r.corp,
          e(RX.Tag, { color: r.status === '已上线' ? 'success' : 'warning' }, r.status),
          e(RX.Button, { type: 'link', onClick: () => R.go('/sass/customApp/deploy/detail?auditorderid=' + r.au) }, '详情'),
        ]),
      }),
      picker);
  });

  RX.route('/sass/customApp/deploy/detail', function DeployDetail({ query }) {
    const au = query.auditorderid || '';
    const st = RX.useStore(() => { R.count('deploy.detail'); return { loaded: false, msg: '' }; });
    RX.useLoad((alive) => { R.request('/wwopen/developer/order/get', { auditorderid: au }, 200).then(() => { if (alive()) { st.loaded = true; RX.update(); } }); });
    if (!st.loaded) return e('div', { className: 'ant-spin' }, '加载中');
    const o = D.find(au);
    const title = e('div', { className: 'ant-page-header' }, e('a', { href: '#/sass/customApp/deploy/list' }, '返回'), ' ', e('span', { className: 'ant-page-header-heading-title' }, '代开发应用上线详情'));
    if (!o) return e('div', null, title, e(RX.Empty, { text: '订单不存在' }));
    const submit = () => {
      R.count('deploy.detailSubmit');
      R.request('/wwopen/developer/order/set', { auditorderid: au, status: 5 }, 80).then(() => {
        st.msg = D.submit(au);
        RX.update();
      });
    };
    return e('div', null, title,
      e(RX.Card, { title: '上线信息' }, e(RX.Descriptions, { items: [['企业客户', o.corp], ['代开发应用', 'EC营客通'], ['审核编号', o.au], ['状态', e(RX.Tag, { color: o.status === '已上线' ? 'success' : 'warning' }, o.status)]] })),
      o.status === '已上线' ? null : e('div', { style: { marginTop: 12 } }, e(RX.Button, { type: 'primary', onClick: submit }, '提交上线')),
      st.msg ? e('div', { style: { marginTop: 12 } }, e(RX.Alert, { type: st.msg === '提交成功' ? 'success' : 'error', message: st.msg })) : null);
  });
})();
