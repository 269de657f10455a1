// Placeholder: the in-page panel (issues 4/5). Top frame only.
export default defineContentScript({
  matches: ['https://open.work.weixin.qq.com/*'],
  main() {},
});
