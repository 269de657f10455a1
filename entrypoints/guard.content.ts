// Placeholder: the guard (issue 6). Runs in every frame at document_start; must stay ≤ 30 KB.
export default defineContentScript({
  matches: ['https://open.work.weixin.qq.com/*'],
  allFrames: true,
  runAt: 'document_start',
  main() {},
});
