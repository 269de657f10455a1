// Vue replica of 代开发应用详情 and the custom-menu editor (Element-Plus-style).
// App detail: el-cards (企业客户 and 应用主页 per appid, as in pages/app-detail.js); 使用配置 → 应用主页 →
// "修 改" opens the 设置工作台应用主页 el-dialog (el-tabs 网页 / 小程序, the inactive pane hidden by v-show); 权限 shows an el-table (separate header / body tables) of granted
// permissions; "编 辑" opens the 编辑权限 el-dialog teleported to <body>, kept there (v-show) after
// 取 消 / 确 定; options are el-checkboxes (native input hidden), group headers tick their group
// (indeterminate when partly ticked), some start ticked; 确 定 records __replica.saved.permissions.
// Menu editor: EVERY menu's form at once (an el-card per menu), a phone preview bar, the
// "添加主菜单" el-button with a hint "最多添加3个主菜单" and a counter "n/3" beside it (the button is
// disabled at 3), 菜单名称 (word counter "n / 16"), 菜单类型 (el-select teleported to <body>),
// 网页链接 only for 跳转网页, "删 除" per card, "保 存" records __replica.saved.menus.
// Flags: existing (批量加减 → sample A), other-existing (官网), slow.
(function () {
  const { reactive, onMounted, onBeforeUnmount, computed } = Vue;
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
  const NAMES = Object.fromEntries(GROUPS.flatMap((g) => (g.items.length ? g.items : [[g.id, g.name]])));

  VX.route('/sass/customApp/app/detail', {
    props: { query: Object },
    setup(props) {
      const q = props.query;
      const s = reactive({ perms: { userid: true, department: true, name: true }, granted: ['userid', 'department', 'name'], state: { dialog: false, loaded: false, permsLoaded: false }, snapshot: {} });
      R.replica.appDetail = s;
      let alive = true;
      onBeforeUnmount(() => { alive = false; });
      onMounted(() => R.request('/wwopen/developer/customApp/app/detail', { appid: q.appid }, R.flags.has('slow') ? 1500 : 350).then(() => { if (alive) s.state.loaded = true; }));
      const open = () => {
        R.count('perm.edit');
        s.snapshot = Object.assign({}, s.perms);
        s.state.dialog = true;
        s.state.permsLoaded = false;
        R.request('/wwopen/api/customApp/privilege/getCustomizedAppPrivilege', { appid: q.appid }, 250).then(() => { s.state.permsLoaded = true; });
      };
      const cancel = () => { R.count('perm.cancel'); for (const k of Object.keys(s.perms)) delete s.perms[k]; Object.assign(s.perms, s.snapshot); s.state.dialog = false; };
      const confirm = () => {
        R.count('perm.confirm');
        R.replica.saved.permissions = ALL_IDS.filter((id) => s.perms[id]);
        s.granted = R.replica.saved.permissions.slice();
        R.request('/wwopen/api/customApp/privilege/setCustomizedAppPrivilege', { appid: q.appid, privilege_list: ALL_IDS.map((id) => ({ id, b_check: !!s.perms[id] })) }, 80);
        s.state.dialog = false;
      };
      const count = (g) => g.items.filter(([id]) => s.perms[id]).length;
      const setGroup = (g, v) => { for (const [id] of g.items) s.perms[id] = v; };
      const rows = computed(() => s.granted.map((id) => [NAMES[id], '已授权']));
      const app = APPS[q.appid] || APPS.dk100001;
      const corp = app.corp;
      // 使用配置 → 应用主页 → 修改 (step 6): el-dialog with el-tabs 网页 / 小程序; 确 定 saves
      // __replica.saved.homepage = { tab, url, miniprogram }. Teleported, kept (v-show) once closed.
      const home = reactive({ open: false, tab: '网页', url: '', miniprogram: null });
      s.home = home;
      const openHome = () => { R.count('detail.editUsage'); Object.assign(home, { open: true, tab: '网页', url: app.home || '', miniprogram: null }); };
      const homeCancel = () => { R.count('detail.homepageCancel'); home.open = false; };
      const homeOk = () => {
        R.count('detail.homepageOk');
        R.replica.saved.homepage = { tab: home.tab, url: home.url, miniprogram: home.miniprogram };
        R.request('/wwopen/developer/customApp/app/setHomepage', { tab: home.tab, url: home.url });
        home.open = false;
      };
      const linkMp = () => { R.count('detail.linkMiniprogram'); home.miniprogram = '桃花岛商城'; };
      const menuHash = '#/sass/customApp/app/detail/menu?suiteid=' + encodeURIComponent(q.suiteid || '') + '&appid=' + encodeURIComponent(q.appid || '');
      return { s, GROUPS, open, cancel, confirm, count, setGroup, rows, corp, appHome: app.home || '未配置', home, openHome, homeCancel, homeOk, linkMp, goMenu: () => { location.hash = menuHash; }, noop: () => R.count('detail.editUsage'), cb: () => R.count('detail.editCallback') };
    },
    template: `<div>
  <div v-if="!s.state.loaded" class="el-loading-mask">加载中</div>
  <template v-else>
    <div class="el-page-header"><a :href="'#/sass/customApp/tpl/info?id=' + (query.suiteid || '')">返回</a> <span class="el-page-header__content">代开发应用详情</span></div>
    <el-card title="基本信息"><el-descriptions :items="[['企业客户', corp], ['应用名称', 'EC营客通']]"/></el-card>
    <el-card title="权限"><template #extra><el-button link type="primary" text="编辑" @click="open"/></template><el-table :columns="['权限', '状态']" :rows="rows"/></el-card>
    <el-card title="使用配置"><template #extra><el-button link type="primary" text="编辑" @click="noop"/></template><el-descriptions :items="[['应用主页', appHome], ['可信域名', 'html.workec.com']]"><template #content="{ item }">{{ item[1] }}<el-button v-if="item[0] === '应用主页'" link type="primary" text="修改" @click="openHome"/></template></el-descriptions></el-card>
    <el-card title="回调配置"><template #extra><el-button link type="primary" text="编辑" @click="cb"/></template><el-descriptions :items="[['代开发应用回调URL', 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3']]"/></el-card>
    <el-card title="自定义菜单"><template #extra><el-button link type="primary" text="设置" @click="goMenu"/></template><span class="el-text el-text--info">用户安装时的默认应用菜单,可在应用的底部配置七种类型的快捷操作菜单</span></el-card>
    <el-card title="企业微信授权登录"><template #extra><el-button link type="primary" text="设置"/></template><span>使用企业微信账号登录已有的Web网页或移动APP</span></el-card>
  </template>
  <el-dialog v-model="s.state.dialog" title="编辑权限" @cancel="cancel" @confirm="confirm">
    <div v-if="!s.state.permsLoaded" class="el-loading-mask">加载中</div>
    <div v-else>
      <p class="el-text el-text--info">变更权限后,需企业管理员同意授权后生效</p>
      <div v-for="g in GROUPS" :key="g.id" class="perm-group" style="margin:8px 0">
        <el-checkbox v-if="!g.items.length" v-model="s.perms[g.id]" :name="g.id" :label="g.name"/>
        <template v-else>
          <div class="perm-group__title"><el-checkbox :model-value="count(g) === g.items.length" :indeterminate="count(g) > 0 && count(g) < g.items.length" :name="g.id" :label="g.name" @update:model-value="(v) => setGroup(g, v)"/></div>
          <div class="el-checkbox-group" role="group" style="padding-left:24px"><el-checkbox v-for="it in g.items" :key="it[0]" v-model="s.perms[it[0]]" :name="it[0]" :label="it[1]"/></div>
        </template>
      </div>
    </div>
  </el-dialog>
  <el-dialog v-model="home.open" title="设置工作台应用主页" @cancel="homeCancel" @confirm="homeOk">
    <el-tabs v-model="home.tab" :tabs="['网页', '小程序']">
      <template #网页><form class="el-form" @submit.prevent><el-form-item label="应用主页" for="home_url" required><el-input id="home_url" v-model="home.url" placeholder="请填写带协议头的合法URL"/></el-form-item></form></template>
      <template #小程序><span class="mp-name">{{ home.miniprogram ? '已关联：' + home.miniprogram : '未关联小程序' }}</span> <el-button text="关联小程序" @click="linkMp"/></template>
    </el-tabs>
  </el-dialog>
</div>`,
  });

  // --- custom menu editor: every menu's form at once --------------------------------------------
  const TYPES = [{ value: 'click', label: '发送消息' }, { value: 'view', label: '跳转网页' }, { value: 'miniprogram', label: '跳转小程序' }, { value: 'scancode_push', label: '扫码推事件' }, { value: 'location_select', label: '发送位置' }];
  const bytes = (x) => new TextEncoder().encode(x).length;

  VX.route('/sass/customApp/app/detail/menu', {
    props: { query: Object },
    setup(props) {
      const F = R.flags;
      const menus = [];
      if (F.has('existing')) menus.push({ name: '批量加减', type: 'view', url: HOME });
      if (F.has('other-existing')) menus.push({ name: '官网', type: 'view', url: 'https://www.example.com/' });
      const s = reactive({ menus, state: { toast: '', loaded: false } });
      R.replica.menuEditor = s;
      let alive = true;
      onBeforeUnmount(() => { alive = false; });
      onMounted(() => R.request('/wwopen/developer/customApp/menu/get', { appid: props.query.appid }, F.has('slow') ? 1500 : 300).then(() => { if (alive) s.state.loaded = true; }));
      const add = () => { if (s.menus.length >= 3) return; R.count('menu.add'); s.menus.push({ name: '', type: 'click', url: '' }); };
      const del = (i) => { R.count('menu.delete'); s.menus.splice(i, 1); };
      const save = () => {
        R.count('menu.save');
        if (s.menus.some((x) => !x.name.trim() || bytes(x.name) > 16 || (x.type === 'view' && !/^https?:\/\//.test(x.url)))) { s.state.toast = '请完善菜单信息'; return; }
        R.replica.saved.menus = s.menus.map((x) => ({ name: x.name, type: x.type, url: x.type === 'view' ? x.url : undefined }));
        s.state.toast = '保存成功';
      };
      const setType = (m, v) => { m.type = v; R.replica.log.push(['menuType', v]); };
      return { s, TYPES, add, del, save, setType };
    },
    template: `<div>
  <div v-if="!s.state.loaded" class="el-loading-mask">加载中</div>
  <template v-else>
    <div class="el-page-header"><div class="el-page-header__content">EC营客通 - 自定义菜单</div></div>
    <div class="menu-editor">
      <div class="menu-phone">
        <div class="phone"><div class="phone__title" style="text-align:center">EC营客通</div><div class="phone__screen"></div>
          <div class="phone__bar"><div v-for="(m, i) in s.menus" :key="i">{{ m.name || '菜单名称' }}</div></div></div>
        <div class="menu-tools">
          <el-button type="primary" icon="plus" text="添加主菜单" :disabled="s.menus.length >= 3" @click="add"/>
          <span class="el-text el-text--info">最多添加3个主菜单</span>
          <span class="el-text menu-tools__count">{{ s.menus.length }}/3</span>
        </div>
      </div>
      <div class="menu-cards">
        <div v-for="(m, i) in s.menus" :key="i" class="el-card menu-card">
          <div class="el-card__header"><span>主菜单{{ i + 1 }}</span><el-button link type="danger" text="删除" @click="del(i)"/></div>
          <div class="el-card__body"><form class="el-form" @submit.prevent>
            <el-form-item label="菜单名称" :for="'m' + i + '_name'" required><el-input :id="'m' + i + '_name'" v-model="m.name" placeholder="请输入菜单名称" :max-words="16"/></el-form-item>
            <el-form-item label="菜单类型" :for="'m' + i + '_type'" required><el-select :id="'m' + i + '_type'" :model-value="m.type" :options="TYPES" @update:model-value="(v) => setType(m, v)"/></el-form-item>
            <el-form-item v-if="m.type === 'view'" label="网页链接" :for="'m' + i + '_url'" required><el-input :id="'m' + i + '_url'" v-model="m.url" placeholder="以https://开头"/></el-form-item>
          </form></div>
        </div>
      </div>
    </div>
    <div style="margin-top:12px"><el-button type="primary" text="保存" @click="save"/></div>
    <div v-if="s.state.toast" class="el-message" role="alert"><p class="el-message__content">{{ s.state.toast }}</p></div>
  </template>
</div>`,
  });
})();
