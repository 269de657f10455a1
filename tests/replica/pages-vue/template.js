// Vue replica of 代开发应用模板 (list) and 代开发应用模板详情 (detail), Element-Plus-style, and the
// signed-out login screen. Same routes, labels, behaviour and counters as tests/replica/pages/template.js.
// List: an el-table (separate header / body tables) of templates with "查 看" / "删 除" link buttons.
// Detail: renders after a fake XHR (~250 ms). el-card 模板信息 with the button 编辑模板信息 (icon + inner
// span) in its header, opening the 编辑模板信息 el-dialog (teleported to <body>, kept with v-show;
// 删除模板 / 取 消 / 保 存 in its footer slot); el-card 授权二维码 with the QR image, a hint with 更多尺寸
// and 重置二维码; el-card 授权企业客户 with 刷新列表, a search el-input narrowing the rows, and an
// el-table 企业名称 / 状态 / 操作 whose rows end in 开始代开发应用 (→ the wizard) or 查 看 (→ app detail).
// Login (#/login): the QR box with the documented classes. Flag `signedout`: a login iframe laid over
// any route 600 ms after it rendered. Flags: late (the QR card 1 s late), editopen.
// Counters: reset-qr, tpl.edit, tpl.save, tpl.delete, tpl.editCancel, tpl.create, tpl.view,
// tpl.startDev, tpl.ordinary, tpl.sizes, login.reload.
(function () {
  const { reactive, onMounted, onBeforeUnmount, computed } = Vue;
  const QR = 'data:image/svg+xml;utf8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120"><rect width="120" height="120" fill="#fff"/><rect x="10" y="10" width="30" height="30"/><rect x="80" y="10" width="30" height="30"/><rect x="10" y="80" width="30" height="30"/><rect x="55" y="55" width="12" height="12"/></svg>');
  const CUSTOMERS = [
    { corpName: '桃花岛', appid: 'dk100001', status: '待开发' },
    { corpName: '光明顶 科技', appid: 'dk100003', status: '待开发' },
    { corpName: '归云庄', appid: 'dk100002', status: '待开发' },
    { corpName: '侠客岛', appid: 'dk100004', status: '已开发' },
  ];

  VX.route('/sass/customApp/tpl/list', {
    setup() {
      const rows = [{ id: 'ww-suite-dev', name: '代开发-开发' }, { id: 'ww-suite-test', name: '代开发-测试' }];
      return {
        rows, table: rows.map((r) => [r.name, '已上线', '']),
        create: () => R.count('tpl.create'),
        view: (r) => { R.count('tpl.view'); location.hash = '#/sass/customApp/tpl/info?id=' + r.id; },
        del: (r) => { R.count('tpl.delete'); R.request('/wwopen/developer/tpl/delete', { id: r.id }); },
      };
    },
    template: `<div>
  <div class="el-page-header"><div class="el-page-header__content">代开发应用模板</div></div>
  <div style="margin:10px 0"><el-button type="primary" icon="plus" text="创建代开发应用模板" @click="create"/></div>
  <el-table :columns="['模板名称', '状态', '操作']" :rows="table">
    <template #cell="{ i, j, value }">
      <a v-if="j === 0" :href="'#/sass/customApp/tpl/info?id=' + rows[i].id">{{ value }}</a>
      <el-tag v-else-if="j === 1" type="success">{{ value }}</el-tag>
      <template v-else><el-button link type="primary" text="查看" @click="view(rows[i])"/><el-button link type="danger" text="删除" @click="del(rows[i])"/></template>
    </template>
  </el-table>
</div>`,
  });

  VX.route('/sass/customApp/tpl/info', {
    props: { query: Object },
    setup(props) {
      const F = R.flags;
      const suiteid = props.query.id || 'ww-suite-dev';
      const s = reactive({ loaded: false, qr: !F.has('late'), editing: F.has('editopen'), form: { name: '代开发-开发' }, q: '' });
      let alive = true;
      const timers = [];
      onBeforeUnmount(() => { alive = false; timers.forEach(clearTimeout); });
      onMounted(() => {
        R.request('/wwopen/developer/tpl/info', { suiteid }, 250).then(() => { if (alive) s.loaded = true; });
        if (F.has('late')) timers.push(setTimeout(() => R.request('/wwopen/developer/tpl/qrcode', { suiteid }, 0).then(() => { if (alive) s.qr = true; }), 1000));
      });
      const shown = computed(() => CUSTOMERS.filter((c) => !s.q.trim() || c.corpName.includes(s.q.trim())));
      const table = computed(() => shown.value.map((c) => [c.corpName, c.status, '']));
      return {
        s, QR, shown, table,
        edit: () => { R.count('tpl.edit'); s.editing = true; },
        reset: () => { R.count('reset-qr'); R.request('/wwopen/developer/tpl/resetQrcode', { suiteid }); },
        sizes: () => R.count('tpl.sizes'),
        ordinary: () => R.count('tpl.ordinary'),
        open: (c) => {
          if (c.status === '已开发') { R.count('tpl.view'); location.hash = `#/sass/customApp/app/detail?suiteid=${encodeURIComponent(suiteid)}&appid=${encodeURIComponent(c.appid)}`; }
          else { R.count('tpl.startDev'); location.hash = `#/sass/customApp/app/create?suiteid=${encodeURIComponent(suiteid)}&appid=${encodeURIComponent(c.appid)}&corpName=${encodeURIComponent(c.corpName)}`; }
        },
        del: () => { R.count('tpl.delete'); R.request('/wwopen/developer/tpl/delete', { suiteid }); },
        cancel: () => { R.count('tpl.editCancel'); s.editing = false; },
        save: () => { R.count('tpl.save'); R.request('/wwopen/developer/tpl/save', { suiteid, name: s.form.name }); s.editing = false; },
      };
    },
    template: `<div>
  <div v-if="!s.loaded" class="el-loading-mask">加载中</div>
  <template v-else>
    <div class="el-breadcrumb"><a href="#/sass/customApp/tpl/list">代开发应用模板</a> / <span>详情</span></div>
    <div class="el-page-header"><div class="el-page-header__content">代开发应用模板详情</div></div>
    <el-card title="模板信息"><template #extra><el-button link type="primary" icon="edit" text="编辑模板信息" @click="edit"/></template><el-descriptions :items="[['模板名称', s.form.name], ['应用名称', 'EC营客通']]"/></el-card>
    <el-card title="授权二维码">
      <div v-if="s.qr" class="qr-block">
        <img :src="QR" alt="授权二维码" width="120" height="120" style="display:block;border:1px solid #eee">
        <div class="el-text el-text--info">企业管理员扫码授权后,可为该企业代开发自建应用 <a href="javascript:;" @click="sizes">更多尺寸</a></div>
        <div style="margin-top:8px"><el-button icon="refresh" text="重置二维码" @click="reset"/></div>
      </div>
      <div v-else class="el-loading-mask">加载中</div>
    </el-card>
    <el-card title="授权企业客户"><template #extra><el-button icon="refresh" text="刷新列表" @click="ordinary"/></template>
      <div style="margin-bottom:10px"><el-input id="tpl_search" v-model="s.q" placeholder="检索&quot;授权企业客户&quot;"/></div>
      <el-table :columns="['企业名称', '状态', '操作']" :rows="table">
        <template #cell="{ i, j, value }">
          <el-tag v-if="j === 1" :type="value === '已开发' ? 'success' : ''">{{ value }}</el-tag>
          <el-button v-else-if="j === 2" link type="primary" :text="shown[i].status === '已开发' ? '查看' : '开始代开发应用'" @click="open(shown[i])"/>
          <span v-else class="corp-name">{{ value }}</span>
        </template>
      </el-table>
    </el-card>
  </template>
  <el-dialog v-model="s.editing" title="编辑模板信息">
    <form class="el-form" @submit.prevent><el-form-item label="模板名称" for="tpl_name" required><el-input id="tpl_name" v-model="s.form.name" :max-words="20"/></el-form-item></form>
    <template #footer><el-button type="danger" text="删除模板" @click="del"/><el-button text="取消" @click="cancel"/><el-button type="primary" text="保存" @click="save"/></template>
  </el-dialog>
</div>`,
  });

  VX.route('/login', {
    setup() { return { QR, reload: () => R.count('login.reload') }; },
    template: `<div class="login_box" style="width:300px;margin:20px auto">
  <el-card title="企业微信扫码登录">
    <div class="qrcode_box"><img class="qrcode_login_img" :src="QR" width="160" height="160" alt="">
      <div class="qrcode_expired"><p>二维码已失效</p><a class="qrcode_login_reload" href="javascript:;" @click="reload"><i class="el-icon">↻</i><span>重新生成二维码</span></a></div></div>
    <ul class="login_selectBiz"><li class="login_selectBiz_item">某某科技</li></ul>
  </el-card>
</div>`,
  });

  // A session that expired: whatever route shows, a login iframe is laid over it.
  if (R.flags.has('signedout')) {
    const orig = VX.start;
    VX.start = function () {
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
