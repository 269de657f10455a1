// Go-online list (代开发应用上线), other markup: #/sass/customApp/deploy/list
// Element-UI-like: a search form above the list that carries the same labels (企业客户 / 状态, with a
// non-native select whose options read 待上线 / 已上线), an `el-table` whose header and body are two
// separate <table>s (the header has an extra `gutter` cell), a fixed-right 操作 column rendered as a
// second table again (as Element does), statuses as tags, names padded with whitespace and nbsp,
// a column order unlike ours, and pagination (2 rows per page) that re-renders the body.
// Flags (?replica=…): deploylater — 1.5 s after the first render, 光明顶 turns 已上线 (re-render).
// Rows can be given in the route: #/sass/customApp/deploy/list?rows=桃花岛:已上线,光明顶:待上线
(function () {
  const { h, route, request, count, flags, replica } = window.R;

  const DEFAULT_ROWS = [
    { corp: '桃花岛', status: '已上线', at: '2024-05-08 15:20', au: 'au20240508000123' },
    { corp: '光明顶', status: '待上线', at: '', au: 'au20240510000456' },
    { corp: '侠客岛', status: '已上线', at: '2024-04-02 09:12', au: 'au20240402000789' },
  ];
  const PER_PAGE = 2;

  function parseRows(q) {
    if (!q || !q.rows) return DEFAULT_ROWS.map((r) => Object.assign({}, r));
    return q.rows.split(',').filter(Boolean).map((pair, i) => {
      const [corp, status] = pair.split(':');
      return { corp, status: status || '待上线', at: status === '已上线' ? '2024-06-01 10:00' : '', au: 'au2024060100' + (100 + i) };
    });
  }

  const COLS = ['状态', '代开发应用/模版', '企业客户', '所属模板', '操作'];
  const colgroup = (gutter) => h('colgroup', {}, COLS.map((_, i) => h('col', { name: 'el-table_1_column_' + (i + 1), width: '160' })), gutter ? h('col', { name: 'gutter', width: '0' }) : null);
  const cell = (content, i, hidden) => h('div', { class: 'cell' + (hidden ? ' is-hidden' : '') }, content);

  function headerTable(fixed) {
    return h('table', { class: 'el-table__header', cellspacing: '0', cellpadding: '0', border: '0' }, colgroup(true),
      h('thead', { class: 'has-gutter' }, h('tr', {}, COLS.map((t, i) => h('th', { class: 'el-table_1_column_' + (i + 1) + ' is-leaf' + (fixed && t !== '操作' ? ' is-hidden' : ''), colspan: '1', rowspan: '1' },
        cell([t, t === '状态' ? h('span', { class: 'caret-wrapper' }, h('i', { class: 'sort-caret ascending' }), h('i', { class: 'sort-caret descending' })) : null]))),
        h('th', { class: 'el-table__cell gutter', style: 'width:0' }))));
  }

  function bodyRow(r, i, fixed) {
    const tag = h('span', { class: 'el-tag el-tag--' + (r.status === '已上线' ? 'success' : 'warning') + ' el-tag--small el-tag--light' }, r.status);
    const app = [h('span', {}, 'EC营客通'), h('p', { class: 'sub' }, r.at ? '上线时间：' + r.at : '审核编号：' + r.au)];
    const cells = [tag, app, '\n   ' + r.corp.replace(/^/, '\u00a0') + '  \n ', '代开发-开发', h('button', { type: 'button', class: 'el-button el-button--text el-button--small' }, h('span', {}, '详情'))];
    return h('tr', { class: 'el-table__row' + (i % 2 ? ' el-table__row--striped' : '') }, cells.map((c, ci) => h('td', { class: 'el-table_1_column_' + (ci + 1) + (fixed && ci !== 4 ? ' is-hidden' : ''), rowspan: '1', colspan: '1' }, cell(c))));
  }

  function bodyTable(rows, fixed) {
    return h('table', { class: 'el-table__body', cellspacing: '0', cellpadding: '0', border: '0' }, colgroup(false),
      h('tbody', {}, rows.map((r, i) => bodyRow(r, i, fixed))));
  }

  function searchForm() {
    const item = (label, content) => h('div', { class: 'el-form-item el-form-item--small' }, h('label', { class: 'el-form-item__label' }, label), h('div', { class: 'el-form-item__content' }, content));
    const select = h('div', { class: 'el-select el-select--small' }, h('div', { class: 'el-input el-input--suffix' }, h('input', { type: 'text', readonly: '', placeholder: '请选择', class: 'el-input__inner' })),
      h('div', { class: 'el-select-dropdown el-popper', style: 'display:none' }, h('ul', { class: 'el-select-dropdown__list' }, ['全部', '待上线', '已上线'].map((t) => h('li', { class: 'el-select-dropdown__item' }, h('span', {}, t))))));
    return h('form', { class: 'el-form el-form--inline' }, item('企业客户', h('div', { class: 'el-input el-input--small' }, h('input', { type: 'text', placeholder: '请输入企业名称', class: 'el-input__inner' }))), item('状态', select));
  }

  route('/sass/customApp/deploy/list', function (main, query) {
    count('deploy.list');
    let alive = true;
    let rows = parseRows(query);
    let page = 1;
    const list = h('div', { class: 'app-container' }, h('div', { class: 'el-loading-mask' }, h('p', { class: 'el-loading-text' }, '拼命加载中')));
    main.append(list);

    function pager() {
      const pages = Math.max(1, Math.ceil(rows.length / PER_PAGE));
      const nums = [];
      for (let p = 1; p <= pages; p++) {
        const li = h('li', { class: 'number' + (p === page ? ' active' : ''), 'data-page': String(p) }, String(p));
        li.addEventListener('click', () => { page = p; render(); });
        nums.push(li);
      }
      return h('div', { class: 'el-pagination is-background' }, h('span', { class: 'el-pagination__total' }, '共 ' + rows.length + ' 条'), h('ul', { class: 'el-pager' }, nums));
    }

    function render() {
      if (!alive) return;
      const shown = rows.slice((page - 1) * PER_PAGE, page * PER_PAGE);
      list.textContent = '';
      list.append(
        h('div', { class: 'page-title' }, h('span', {}, '代开发应用上线'), h('button', { type: 'button', class: 'el-button el-button--primary el-button--small' }, h('span', {}, '提交上线'))),
        searchForm(),
        h('div', { class: 'el-table el-table--fit el-table--striped el-table--enable-row-hover' },
          h('div', { class: 'hidden-columns' }, COLS.map(() => h('div'))),
          h('div', { class: 'el-table__header-wrapper' }, headerTable(false)),
          h('div', { class: 'el-table__body-wrapper is-scrolling-none' }, bodyTable(shown, false)),
          h('div', { class: 'el-table__fixed-right', style: 'width:100px' },
            h('div', { class: 'el-table__fixed-header-wrapper' }, headerTable(true)),
            h('div', { class: 'el-table__fixed-body-wrapper' }, bodyTable(shown, true)))),
        pager(),
      );
      replica.saved.deployPage = page;
    }

    request('/wwopen/developer/customApp/deploy/list', null, 200, { rows }).then(() => {
      render();
      if (flags.has('deploylater')) {
        setTimeout(() => {
          rows = rows.map((r) => (r.corp === '光明顶' ? Object.assign({}, r, { status: '已上线', at: '2024-06-02 11:00' }) : r));
          render();
        }, 1500);
      }
    });
    return () => { alive = false; };
  });
})();
