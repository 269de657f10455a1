// Go-online list (代开发应用上线): #/sass/customApp/deploy/list
// Renders late (after a fake list request, ~300 ms): a + 提交上线 button and a table with columns
// 代开发应用/模版 (app name, 上线时间, 审核编号 au…), 类型, 所属模板, 企业客户, 状态 (待上线 / 已上线).
// Flags (?replica=…):
//   deploygrid   — the list is a div grid (role=row), columns in another order, an extra 操作 column
//   deploylater  — 2 s after the first render, the 待上线 row of 光明顶 turns 已上线 (the page re-renders)
//   deployempty  — the list has no rows (暂无数据)
// Rows can also be given in the route: #/sass/customApp/deploy/list?rows=桃花岛:已上线,光明顶:待上线
(function () {
  const { h, route, request, button, count, flags, replica } = window.R;

  const DEFAULT_ROWS = [
    { corp: '桃花岛', status: '已上线', at: '2024-05-08 15:20', au: 'au20240508000123' },
    { corp: '光明顶', status: '待上线', at: '', au: 'au20240510000456' },
    { corp: '侠客岛', status: '已上线', at: '2024-04-02 09:12', au: 'au20240402000789' },
  ];

  function parseRows(q) {
    if (!q || !q.rows) return DEFAULT_ROWS.map((r) => Object.assign({}, r));
    return q.rows.split(',').filter(Boolean).map((pair, i) => {
      const [corp, status] = pair.split(':');
      return { corp, status: status || '待上线', at: status === '已上线' ? '2024-06-01 10:00' : '', au: 'au2024060100' + (100 + i) };
    });
  }

  function appCell(r) {
    return [
      h('div', { class: 'deploy_app_name' }, 'EC营客通'),
      r.at ? h('div', { class: 'ww_tip' }, '上线时间:' + r.at) : null,
      h('div', { class: 'ww_tip' }, '审核编号:' + r.au),
    ];
  }

  function statusCell(r) {
    return h('span', { class: 'deploy_status ' + (r.status === '已上线' ? 'deploy_status_on' : 'deploy_status_wait') }, r.status);
  }

  function table(rows) {
    const head = h('thead', {}, h('tr', {}, ['代开发应用/模版', '类型', '所属模板', '企业客户', '状态'].map((t) => h('th', {}, t))));
    const body = h('tbody', {}, rows.length
      ? rows.map((r) => h('tr', { 'data-au': r.au }, h('td', {}, appCell(r)), h('td', {}, '代开发应用'), h('td', {}, '代开发-开发'), h('td', {}, r.corp), h('td', {}, statusCell(r))))
      : h('tr', {}, h('td', { colspan: '5', class: 'ww_tip' }, '暂无数据')));
    return h('table', { class: 'deploy_table' }, head, body);
  }

  function grid(rows) {
    const cell = (c) => h('div', { class: 'g_cell', role: 'cell' }, c);
    const headCells = ['企业客户', '状态', '代开发应用 / 模版', '所属模板', '类型', '操作'].map((t) => h('div', { class: 'g_cell', role: 'columnheader' }, h('span', {}, t), t === '状态' ? h('i', { class: 'ico' }, '⇅') : null));
    return h('div', { class: 'g_table', role: 'table' },
      h('div', { class: 'g_head' }, h('div', { class: 'g_row', role: 'row' }, headCells)),
      h('div', { class: 'g_body' }, rows.length
        ? rows.map((r) => h('div', { class: 'g_row', role: 'row' }, cell(' ' + r.corp + ' '), cell(statusCell(r)), cell(appCell(r)), cell('代开发-开发'), cell('代开发应用'), cell(h('a', { href: 'javascript:;' }, '详情'))))
        : h('div', { class: 'ww_tip' }, '暂无数据')));
  }

  route('/sass/customApp/deploy/list', function (main, query) {
    count('deploy.list');
    let alive = true;
    let rows = flags.has('deployempty') ? [] : parseRows(query);
    const list = h('div', { class: 'deploy_list' }, h('div', { class: 'loading' }, '加载中…'));
    main.append(list);

    function render() {
      if (!alive) return;
      const submit = button('+ 提交上线', () => { count('deploy.submit'); replica.saved.deploySubmit = (replica.saved.deploySubmit || 0) + 1; }, { blue: true, events: ['mousedown'] });
      list.textContent = '';
      list.append(
        h('div', { class: 'deploy_head' }, h('h2', {}, '代开发应用上线'), submit),
        flags.has('deploygrid') ? grid(rows) : table(rows),
      );
    }

    request('/wwopen/developer/customApp/deploy/list', null, 300, { rows }).then(() => {
      render();
      if (flags.has('deploylater')) {
        setTimeout(() => {
          rows = rows.map((r) => (r.corp === '光明顶' ? Object.assign({}, r, { status: '已上线', at: '2024-06-02 11:00' }) : r));
          render();
        }, 2000);
      }
    });
    return () => { alive = false; };
  });
})();
