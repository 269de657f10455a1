// ALT replica (autofill checks): flag `signedout` — a session that expired. Whatever route shows,
// a login iframe (srcdoc: no telling src / id / name / class) holding the QR code
// `img.qrcode_login_img` and its reload link is laid over the page that already rendered.
(function () {
  if (!R.flags.has('signedout')) return;
  const orig = R.start;
  R.start = function () {
    orig();
    setTimeout(() => {
      const f = document.createElement('iframe');
      f.style.cssText = 'position:fixed;left:50%;top:80px;transform:translateX(-50%);width:360px;height:420px;border:0;background:#fff;z-index:5000';
      f.srcdoc = '<!doctype html><body style="text-align:center"><p>企业微信扫码登录</p><img class="qrcode_login_img" style="width:200px;height:200px;background:#000" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><br><a class="qrcode_login_reload" href="javascript:;">刷新</a></body>';
      document.body.append(f);
    }, 600);
  };
})();
