// Go-online list (代开发应用上线): #/sass/customApp/deploy/list
// Renders late (after a fake list request, ~300 ms): a + 提交上线 button and a table with columns
// 代开发应用/模版 (app name, 上线时间, 审核编号 au…), 类型, 所属模板, 企业客户, 状态 (待上线 / 已上线).
// Flags (?replica=…):
//   deploygrid   — the list is a div grid (role=row), columns in another order, an extra 操作 column
//   deploylater  — 2 s after the first render, the 待上线 row of 光明顶 turns 已上线 (the page re-renders)
//   deployempty  — the list has no rows (暂无数据)
// Rows can also be given in the route: #/sass/customApp/deploy/list?rows=桃花岛:已上线,光明顶:待上线
//
// Going online takes two presses (provider-backend.md): + 提交上线 opens a picker of the template's
// developed apps (a search box, one row per 企业客户, its own 取消 / 确 定 — spaced, with inner
// spans); 确定 creates an order (审核编号 au…, a new 待上线 row; `__replica.saved.orders`). A row's
// 详情 opens the go-online detail (#/sass/customApp/deploy/detail?auditorderid=au…) whose 提交上线
// submits the order: pressed less than WAIT ms after the order was created the page answers
// 当前状态暂不允许上线; later the order turns 已上线. Orders live in sessionStorage (reloads keep them).
// Flags: `waitshort` → WAIT is 1.5 s (default 5 minutes); `pickerlate` → the picker's list
// renders 600 ms after it opens; `pickernoapps` → the picker lists no apps.
(function () {
  const { h, route, request, button, count, flags, replica } = window.R;

  const D = window.R.deployOrders(); // the orders, rows and the five-minute rule (lib.js)
  const { APPS } = D;

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
      ? rows.map((r) => h('tr', { 'data-au': r.au }, h('td', {}, appCell(r), h('a', { href: '#/sass/customApp/deploy/detail?auditorderid=' + r.au, class: 'deploy_detail_link' }, '详情')), h('td', {}, '代开发应用'), h('td', {}, '代开发-开发'), h('td', {}, r.corp), h('td', {}, statusCell(r))))
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
    let rows = D.listRows(query);
    const list = h('div', { class: 'deploy_list' }, h('div', { class: 'loading' }, '加载中…'));
    main.append(list);

    // --- the picker (+ 提交上线), a dialog appended to <body> that stays in the DOM once closed ---
    const pick = { open: false, chosen: null, q: '', loaded: false };
    replica.deployPicker = pick;
    const search = R.input(pick, 'q', { placeholder: '搜索企业客户' });
    const listBox = h('div', { class: 'picker_list' });
    const spaced = (t, fn, blue) => { const b = h('button', { type: 'button', class: 'ww_btn' + (blue ? ' ww_btn_blue' : '') }, h('span', {}, t)); b.addEventListener('click', fn); return b; };
    const picker = h('div', { class: 'ww_dialog_wrap deploy_picker' },
      h('div', { class: 'ww_dialog_mask' }),
      h('div', { class: 'ww_dialog', role: 'dialog' },
        h('div', { class: 'ww_dialog_hd' }, h('span', { class: 'ww_dialog_title' }, '选择要上线的应用')),
        h('div', { style: 'margin:8px 0' }, search),
        listBox,
        h('div', { class: 'ww_dialog_ft' },
          spaced('取 消', () => { count('deploy.pickerCancel'); pick.open = false; R.update(); }),
          spaced('确 定', () => {
            count('deploy.pickerConfirm');
            if (!pick.chosen) { pick.error = '请选择应用'; R.update(); return; }
            const made = D.create(pick.chosen, rows);
            request('/wwopen/developer/order/add', { appid: made.app.appid }, 50);
            pick.open = false;
            pick.chosen = null;
            rows = made.rows;
            R.update();
            render();
          }, true),
        ),
      ),
    );
    R.onRender(picker, () => {
      picker.classList.toggle('hidden', !pick.open);
      listBox.textContent = '';
      if (!pick.loaded) { listBox.append(h('div', { class: 'loading' }, '加载中…')); return; }
      const q = (pick.q || '').trim();
      const apps = flags.has('pickernoapps') ? [] : APPS.filter((a) => !q || a.corp.includes(q));
      if (!apps.length) listBox.append(h('div', { class: 'ww_tip' }, '暂无可上线的应用'));
      for (const a of apps) {
        const item = h('div', { class: 'picker_item' + (pick.chosen === a.appid ? ' is-checked' : ''), style: 'padding:8px;cursor:pointer;border-bottom:1px solid #eee' },
          h('span', { class: 'ww_radio' + (pick.chosen === a.appid ? ' ww_radio_checked' : '') }),
          h('span', { class: 'picker_corp' }, a.corp), ' ', h('span', { class: 'ww_tip' }, 'EC营客通'));
        item.addEventListener('click', () => { pick.chosen = a.appid; pick.error = ''; R.update(); });
        listBox.append(item);
      }
      if (pick.error) listBox.append(h('div', { class: 'ww_error' }, pick.error));
    });
    document.body.append(picker);

    function render() {
      if (!alive) return;
      const submit = button('+ 提交上线', () => {
        count('deploy.submit');
        replica.saved.deploySubmit = (replica.saved.deploySubmit || 0) + 1;
        pick.open = true;
        pick.loaded = false;
        R.update();
        setTimeout(() => { pick.loaded = true; R.update(); }, flags.has('pickerlate') ? 600 : 80);
      }, { blue: true, events: ['mousedown'] });
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
    return () => { alive = false; picker.remove(); };
  });

  // --- the go-online detail: 提交上线 is the second press ---
  route('/sass/customApp/deploy/detail', function (main, query) {
    count('deploy.detail');
    const au = query.auditorderid || '';
    const st = { msg: '', loaded: false };
    const box = h('div', { class: 'deploy_detail' }, h('div', { class: 'loading' }, '加载中…'));
    main.append(box);
    function render() {
      const o = D.find(au);
      box.textContent = '';
      if (!o) { box.append(h('h2', {}, '代开发应用上线详情'), h('div', { class: 'ww_tip' }, '订单不存在')); return; }
      const field = (l, v) => h('div', { class: 'ww_form_item' }, h('div', { class: 'ww_form_label' }, l), h('div', { class: 'ww_form_content' }, v));
      const submit = button('提交上线', () => {
        count('deploy.detailSubmit');
        request('/wwopen/developer/order/set', { auditorderid: au, status: 5 }, 80).then(() => {
          st.msg = D.submit(au);
          render();
        });
      }, { blue: true });
      box.append(
        h('h2', {}, '代开发应用上线详情'),
        field('企业客户', o.corp),
        field('代开发应用', 'EC营客通'),
        field('审核编号', o.au),
        field('状态', h('span', { class: 'deploy_status' }, o.status)),
        o.status === '已上线' ? null : h('div', { style: 'margin-top:12px' }, submit),
        st.msg ? h('div', { class: st.msg === '提交成功' ? 'ww_toast' : 'ww_error', role: 'alert' }, st.msg) : null,
        h('div', { style: 'margin-top:12px' }, h('a', { href: '#/sass/customApp/deploy/list' }, '返回列表')),
      );
    }
    request('/wwopen/developer/order/get', { auditorderid: au }, 200).then(render);
  });
})();
