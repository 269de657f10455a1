// A tiny "framework" for the replica. It reproduces what makes real SPA pages hard to autofill:
// - controlled inputs: the page keeps its own state; every render writes state back into the DOM,
//   and (like React's value tracker) an `input` event after a bare `.value =` is ignored;
// - renders happen after every state change AND whenever focus leaves a field (validation);
// - custom checkboxes (span + class), late rendering after fake XHRs, mousedown-bound actions.
(function () {
  'use strict';
  const protoValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  const protoTextValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  const params = new URLSearchParams(location.search);
  const flags = new Set((params.get('replica') || '').split(',').filter(Boolean));

  const replica = (window.__replica = { calls: {}, requests: [], saved: {}, renders: 0, log: [] });

  const syncs = new Set();
  let scheduled = false;
  function render() {
    scheduled = false;
    replica.renders++;
    for (const s of [...syncs]) {
      if (s.el && !s.el.isConnected) { syncs.delete(s); continue; }
      s.fn();
    }
  }
  function update() {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(render);
  }
  function onRender(el, fn) { const s = { el, fn }; syncs.add(s); fn(); return s; }

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k.startsWith('on:')) el.addEventListener(k.slice(3), v);
      else if (k === 'class') el.className = v;
      else if (k === 'style') el.style.cssText = v;
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c == null || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  /** A controlled text input bound to store[key]. */
  function input(store, key, attrs) {
    const isArea = attrs && attrs.multiline;
    const el = h(isArea ? 'textarea' : 'input', Object.assign({ class: 'ww_input', type: isArea ? undefined : 'text' }, attrs, { multiline: undefined }));
    const desc = isArea ? protoTextValue : protoValue;
    let tracked = String(store[key] ?? '');
    // React-style value tracker: instance-level setter records the value, so an input event that
    // follows a bare `.value =` sees "no change" and is dropped.
    Object.defineProperty(el, 'value', {
      configurable: true,
      get() { return desc.get.call(this); },
      set(v) { tracked = String(v); desc.set.call(this, v); },
    });
    el.addEventListener('input', () => {
      const v = desc.get.call(el);
      if (v === tracked) return; // tracker says nothing changed: React ignores it
      tracked = v;
      store[key] = v;
      replica.log.push(['input', key, v]);
      if (attrs && attrs.onValue) attrs.onValue(v);
      update();
    });
    el.addEventListener('focusout', update);
    onRender(el, () => {
      const want = String(store[key] ?? '');
      if (desc.get.call(el) !== want) desc.set.call(el, want);
      tracked = want;
    });
    return el;
  }

  /** A custom checkbox: a span whose class shows the state. No input, no ARIA. */
  function checkbox(store, key, label) {
    const box = h('span', { class: 'ww_checkbox' });
    const wrap = h('label', { class: 'ww_checkbox_wrap' }, box, label ? h('span', { class: 'ww_checkbox_label' }, label) : null);
    wrap.addEventListener('click', (e) => {
      e.preventDefault();
      store[key] = !store[key];
      replica.log.push(['check', key, store[key]]);
      update();
    });
    onRender(box, () => box.classList.toggle('ww_checkbox_checked', !!store[key]));
    return wrap;
  }

  /** A button-like element whose action fires on the given events (default click). */
  function button(text, action, opts) {
    const o = opts || {};
    const el = h(o.tag || 'a', { class: 'ww_btn' + (o.blue ? ' ww_btn_blue' : ''), href: o.tag ? undefined : 'javascript:;', role: o.role }, o.icon ? h('i', { class: 'ico' }, o.icon) : null, h('span', {}, text));
    for (const ev of o.events || ['click']) el.addEventListener(ev, (e) => { if (o.preventDefault !== false && ev !== 'click') e.preventDefault(); action(e); });
    return el;
  }

  function count(name) { replica.calls[name] = (replica.calls[name] || 0) + 1; }

  /** A fake request: recorded (the tests check what the page sent) and answered after `ms`. */
  function request(url, body, ms, response) {
    replica.requests.push({ url, body: body ?? null, at: Date.now() });
    return new Promise((res) => setTimeout(() => res(response), ms ?? 30));
  }

  const routes = [];
  function route(path, page) { routes.push({ path, page }); }
  function hashInfo() {
    const raw = location.hash.replace(/^#/, '');
    const [p, q] = raw.split('?');
    return { path: p || '/', query: Object.fromEntries(new URLSearchParams(q || '')) };
  }
  function go(hash) { location.hash = hash; }

  let cleanup = null;
  function mount() {
    const app = document.getElementById('app');
    if (cleanup) { try { cleanup(); } catch (e) { console.error(e); } cleanup = null; }
    syncs.clear();
    app.textContent = '';
    const { path, query } = hashInfo();
    const r = routes.find((x) => x.path === path) || routes.find((x) => x.path === '*');
    const main = h('div', { class: 'frame_main' });
    app.append(h('div', { class: 'frame_top' }, '企业微信 服务商后台'), main);
    if (!r) { main.append(h('div', {}, '页面不存在')); return; }
    cleanup = r.page(main, query, path) || null;
  }

  function start() {
    window.addEventListener('hashchange', mount);
    mount();
  }

  // The go-online orders (代开发应用上线), one model for every replica set's deploy.js (plain, React,
  // Vue): the list's rows (from the route's ?rows=桃花岛:已上线,… or the defaults, plus the orders made
  // in this tab, kept in sessionStorage and in __replica.saved.orders), the developed apps the picker
  // offers, an order per 确 定 (审核编号 au…), and the five-minute rule of 提交上线 (`waitshort`: 1.5 s).
  let orders = null;
  function deployOrders() {
    if (orders) return orders;
    const KEY = 'replica.deploy.orders';
    const WAIT = flags.has('waitshort') ? 1500 : 5 * 60 * 1000;
    const DEFAULT_ROWS = [
      { corp: '桃花岛', status: '已上线', at: '2024-05-08 15:20', au: 'au20240508000123' },
      { corp: '光明顶', status: '待上线', at: '', au: 'au20240510000456' },
      { corp: '侠客岛', status: '已上线', at: '2024-04-02 09:12', au: 'au20240402000789' },
    ];
    const APPS = [{ corp: '桃花岛', appid: 'dk100001' }, { corp: '归云庄', appid: 'dk100002' }, { corp: '光明顶', appid: 'dk100003' }];
    const load = () => { try { return JSON.parse(sessionStorage.getItem(KEY) || '[]'); } catch (e) { return []; } };
    const save = (o) => { sessionStorage.setItem(KEY, JSON.stringify(o)); replica.saved.orders = o; };
    replica.saved.orders = load();
    const stamp = (t) => { const d = new Date(t); const p = (n) => String(n).padStart(2, '0'); return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' + p(d.getHours()) + ':' + p(d.getMinutes()); };
    const parseRows = (q) => {
      if (!q || !q.rows) return DEFAULT_ROWS.map((r) => Object.assign({}, r));
      return q.rows.split(',').filter(Boolean).map((pair, i) => {
        const [corp, status] = pair.split(':');
        return { corp, status: status || '待上线', at: status === '已上线' ? '2024-06-01 10:00' : '', au: 'au2024060100' + (100 + i) };
      });
    };
    const orderRows = () => load().map((o) => ({ corp: o.corp, status: o.status, at: o.status === '已上线' ? stamp(o.onlineAt) : '', au: o.au }));
    orders = {
      WAIT,
      APPS,
      /** The list's rows when it renders: the route's (or default) rows, a customer's order replacing its row. */
      listRows: (query) => (flags.has('deployempty') ? [] : parseRows(query).filter((r) => !load().some((o) => o.corp === r.corp)).concat(orderRows())),
      /** 确 定 in the picker: a new 待上线 order for the app; returns the app and the rows with it. */
      create(appid, rows) {
        const app = APPS.find((a) => a.appid === appid);
        const all = load();
        const au = 'au' + String(Date.now()) + String(all.length);
        all.push({ au, corp: app.corp, appid: app.appid, createdAt: Date.now(), status: '待上线' });
        save(all);
        return { app, au, rows: rows.filter((r) => r.corp !== app.corp).concat(orderRows().filter((r) => r.corp === app.corp)) };
      },
      find: (au) => load().find((x) => x.au === au) || null,
      /** 提交上线 on the detail: refused within WAIT of the order, else the order goes online. */
      submit(au) {
        const all = load();
        const cur = all.find((x) => x.au === au);
        if (Date.now() - cur.createdAt < WAIT) return '当前状态暂不允许上线';
        cur.status = '已上线';
        cur.onlineAt = Date.now();
        save(all);
        return '提交成功';
      },
    };
    return orders;
  }

  window.R = { h, input, checkbox, button, update, onRender, count, request, route, go, start, flags, hashInfo, replica, deployOrders };
})();
