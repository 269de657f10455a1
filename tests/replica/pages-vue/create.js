// Vue replica of 开始代开发应用 (Element-Plus-style): el-steps, page 1 as el-descriptions (a table),
// page 2 an el-form with <label for> pairs and CSS asterisks; a help icon slot in each label; the
// 在微工作台中始终进入主页 el-checkbox (native input hidden at 0×0) in a label-less row; a "n / 256"
// word counter in 应用主页's wrapper; 随机获取 as an append slot; "完 成". A closed 使用配置 dialog with
// the same labels is teleported to <body> and kept there (v-show).
// Flags: page2, rename (应用主页 → 主页地址, placeholder 请输入), ticked, slow. Tests read __replica.create / saved.create.
(function () {
  const { reactive, onMounted, onBeforeUnmount, watch } = Vue;
  const CALLBACK = 'https://callback-develop.workec.com/v10/weixin/cp/callback/command/any/3';
  const random = (n) => Array.from({ length: n }, () => 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(Math.random() * 56)]).join('');

  VX.route('/sass/customApp/app/create', {
    props: { query: Object },
    setup(props) {
      const F = R.flags;
      const q = props.query;
      const homeLabel = F.has('rename') ? '主页地址' : '应用主页';
      const s = reactive({
        form: { homepage: '', enterHomepage: F.has('ticked'), domain: '', ip: '', callback: '', token: '', aes: '' },
        decoy: { homepage: '', domain: '', ip: '', enterHomepage: false },
        state: { step: F.has('page2') ? 2 : 1, loaded: false, error: '', saving: false },
      });
      R.replica.create = s;
      let alive = true;
      onBeforeUnmount(() => { alive = false; });
      const load = () => {
        if (s.state.step !== 2 || s.state.loaded) return;
        R.request('/wwopen/developer/customApp/app/getDevConfig', { appid: q.appid }, F.has('slow') ? 1500 : 400).then(() => {
          if (!alive) return;
          s.state.loaded = true;
          Object.assign(s.form, { callback: CALLBACK, token: random(32), aes: random(43) });
        });
      };
      onMounted(load);
      watch(() => s.state.step, load);
      const next = () => { R.count('create.next'); s.state.step = 2; };
      const finish = () => {
        R.count('create.finish');
        const form = s.form;
        if (s.state.saving) return;
        let problem = '';
        let host = '';
        try { const u = new URL(form.homepage.trim()); if (u.protocol !== 'https:') problem = '应用主页需填写带协议头的合法URL'; host = u.host; } catch { problem = '应用主页需填写带协议头的合法URL'; }
        if (!problem && form.domain.trim() !== host) problem = '可信域名需与应用主页的域名一致';
        if (!problem && (!form.callback || !form.token || !form.aes)) problem = '回调URL、Token、EncodingAESKey 不能为空';
        s.state.error = problem;
        if (problem) return;
        s.state.saving = true;
        const corpapp = { homeurl: form.homepage, redirect_domain: form.domain, home_in_workbench: form.enterHomepage, white_ip_list: form.ip, callbackurl: form.callback, token: form.token, aeskey: form.aes };
        R.request('/wwopen/developer/customApp/app/save', { suiteid: q.suiteid, appid: q.appid, corpapp }, 150).then(() => {
          s.state.saving = false;
          R.replica.saved.create = Object.assign({ corpName: q.corpName || '', suiteid: q.suiteid, appid: q.appid }, corpapp);
          R.go('/sass/customApp/app/detail?suiteid=' + encodeURIComponent(q.suiteid || '') + '&appid=' + encodeURIComponent(q.appid || ''));
        });
      };
      const basics = [['企业客户', q.corpName || '归云庄'], ['应用Logo', ''], ['应用名称', 'EC营客通'], ['应用简介', '打通六度CRM客户库和微营销工具,为销售提效赋能']];
      return { s, homeLabel, next, finish, basics, randToken: () => { R.count('create.randomToken'); s.form.token = random(32); }, randAes: () => { R.count('create.randomAes'); s.form.aes = random(43); } };
    },
    template: `<div>
  <div class="el-page-header"><div class="el-page-header__content">开始代开发应用</div></div>
  <el-steps :active="s.state.step" :items="['确认基础信息', '配置开发信息']"/>
  <div v-if="s.state.step === 1" class="step-pane">
    <el-descriptions :items="basics"/>
    <div class="step-footer"><el-button type="primary" text="下一步" @click="next"/></div>
  </div>
  <div v-else class="step-pane">
    <div v-if="!s.state.loaded" class="el-loading-mask"><div class="el-loading-spinner"><p class="el-loading-text">拼命加载中</p></div></div>
    <form v-else class="el-form el-form--default el-form--label-right" @submit.prevent>
      <el-form-item :label="homeLabel" for="homeurl" required><template #label-extra><i class="el-icon help-icon" title="成员进入应用时打开的页面"><svg viewBox="0 0 1024 1024" width="1em" height="1em"><circle cx="512" cy="512" r="400"/></svg></i></template><el-input id="homeurl" v-model="s.form.homepage" :placeholder="homeLabel === '应用主页' ? '请填写带协议头的合法URL' : '请输入'" :max-words="256"/></el-form-item>
      <el-form-item><el-checkbox v-model="s.form.enterHomepage" name="enterHomepage" label="在微工作台中始终进入主页"/></el-form-item>
      <el-form-item label="可信域名" for="redirect_domain" required tip="该可信域名可调用OAuth2授权, JS-SDK"><el-input id="redirect_domain" v-model="s.form.domain"/></el-form-item>
      <el-form-item label="IP白名单(选填)" for="white_ip"><el-input id="white_ip" v-model="s.form.ip" placeholder="请填写调用的IP地址"/></el-form-item>
      <el-form-item label="代开发应用回调URL" for="callbackurl" required><el-input id="callbackurl" v-model="s.form.callback"/></el-form-item>
      <el-form-item label="Token" for="token" required><el-input id="token" v-model="s.form.token"><template #append><el-button text="随机获取" @click="randToken"/></template></el-input></el-form-item>
      <el-form-item label="EncodingAESKey" for="aeskey" required><el-input id="aeskey" v-model="s.form.aes"><template #append><el-button text="随机获取" @click="randAes"/></template></el-input></el-form-item>
      <div class="el-form-item__error" role="alert" style="color:#f56c6c;min-height:18px">{{ s.state.error }}</div>
      <div class="step-footer"><el-button text="上一步" @click="s.state.step = 1"/><el-button type="primary" text="完成" @click="finish"/></div>
    </form>
  </div>
  <el-dialog :model-value="false" force-render title="使用配置">
    <form class="el-form">
      <el-form-item :label="homeLabel" for="usage_homeurl"><el-input id="usage_homeurl" v-model="s.decoy.homepage" placeholder="请填写带协议头的合法URL"/></el-form-item>
      <el-form-item><el-checkbox v-model="s.decoy.enterHomepage" name="decoy.enterHomepage" label="在微工作台中始终进入主页"/></el-form-item>
      <el-form-item label="可信域名" for="usage_domain"><el-input id="usage_domain" v-model="s.decoy.domain"/></el-form-item>
      <el-form-item label="IP白名单(选填)" for="usage_ip"><el-input id="usage_ip" v-model="s.decoy.ip"/></el-form-item>
    </form>
  </el-dialog>
</div>`,
  });
})();
