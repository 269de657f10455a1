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

  window.R = { h, input, checkbox, button, update, onRender, count, request, route, go, start, flags, hashInfo, replica };
})();
