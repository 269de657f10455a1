// Styles of the in-page panel, injected into its shadow root (no fetch, no web-accessible CSS).
export const PANEL_CSS = `
:host { all: initial; }
.ec-panel {
  position: fixed; top: 56px; right: 12px; z-index: 2147483000;
  width: 360px; max-height: calc(100vh - 72px); overflow: auto; box-sizing: border-box;
  font: 13px/1.5 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif;
  color: #1f2329; background: #fff; border: 1px solid #c9d3e0; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18);
}
.ec-panel.collapsed { width: auto; max-width: 360px; }
.ec-panel.compact { overflow: auto; }
.ec-body.slim { padding: 4px 8px 6px; gap: 4px; }
.slimrow { display: flex; gap: 4px; align-items: center; }
.slimrow textarea { min-height: 28px; height: 28px; flex: 1; resize: none; }
.slim .report li { display: inline-block; border: 0; margin-right: 6px; }
.slim .report .msg { display: none; }
.ec-panel.compact .ec-head { border-bottom: 0; border-radius: 8px; padding: 6px 8px; }
.ec-panel.compact .ec-head h2 { font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.ec-head { position: sticky; top: 0; z-index: 1; display: flex; align-items: center; gap: 8px; padding: 8px 10px; background: #f3f7fc; border-bottom: 1px solid #e3e9f1; border-radius: 8px 8px 0 0; }
.ec-panel.collapsed .ec-head { border-bottom: 0; border-radius: 8px; }
.ec-head h2 { margin: 0; font-size: 14px; font-weight: 600; flex: 1; }
.ec-head .kind { color: #5b6b7f; font-size: 12px; font-weight: 400; margin-left: 6px; }
.ec-body { padding: 10px 12px 12px; display: flex; flex-direction: column; gap: 8px; }
.sub { display: block; color: #8a96a3; font-size: 11px; line-height: 1.35; }
.customer { font-size: 13px; }
.customer b { font-weight: 600; }
.warn { background: #fff6e5; border: 1px solid #f5c16c; color: #7a4b00; border-radius: 6px; padding: 6px 8px; }
.ok { background: #eaf7ee; border: 1px solid #9fd7b0; color: #1d5b30; border-radius: 6px; padding: 6px 8px; }
.info { background: #eef4fb; border: 1px solid #b9cfe8; color: #23476d; border-radius: 6px; padding: 6px 8px; }
label.field { display: flex; flex-direction: column; gap: 2px; font-weight: 600; }
textarea {
  width: 100%; box-sizing: border-box; min-height: 84px; resize: vertical; padding: 6px 8px;
  font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; color: #1f2329;
  border: 1px solid #b8c4d2; border-radius: 6px; background: #fff;
}
.buttons { display: flex; flex-wrap: wrap; gap: 6px; }
button {
  font: inherit; cursor: pointer; border-radius: 6px; padding: 5px 14px; border: 1px solid #b8c4d2;
  background: #fff; color: #1f2329;
}
button.primary { background: #1a6fd1; border-color: #1a6fd1; color: #fff; font-weight: 600; }
button.danger { background: #fff; border-color: #d9822b; color: #9a4a00; }
button.icon { padding: 2px 8px; font-size: 12px; }
button:hover { filter: brightness(0.96); }
button:focus-visible, textarea:focus-visible { outline: 3px solid #f0a020; outline-offset: 2px; }
.error { color: #b42318; background: #fdecea; border: 1px solid #f3b4ad; border-radius: 6px; padding: 6px 8px; white-space: pre-line; }
.report { border: 1px solid #dde3ea; border-radius: 6px; padding: 6px 8px; }
.report .status { font-weight: 600; }
.report[data-status="filled"] .status { color: #1d7a3a; }
.report[data-status="partial"] .status { color: #b45309; }
.report[data-status="refused"] .status { color: #b42318; }
.report ul, .preview ul { list-style: none; margin: 4px 0 0; padding: 0; }
.report li { padding: 3px 0; border-top: 1px dashed #e6ebf0; }
.report li:first-child { border-top: 0; }
.res { display: inline-block; min-width: 52px; font-size: 12px; padding: 0 6px; border-radius: 10px; margin-right: 6px; text-align: center; }
.res-filled { background: #dff3e5; color: #1d5b30; }
.res-unchanged { background: #e8eef5; color: #33506e; }
.res-kept { background: #eef0f3; color: #4b5563; }
.res-failed { background: #fde2df; color: #9b1c1c; }
.msg { display: block; color: #6b7785; font-size: 12px; }
.preview { border-top: 1px solid #e3e9f1; padding-top: 6px; }
.preview h3 { margin: 0 0 2px; font-size: 13px; }
.preview table { width: 100%; border-collapse: collapse; font-size: 12px; table-layout: fixed; }
.preview th, .preview td { text-align: left; vertical-align: top; padding: 3px 4px; border-top: 1px solid #eef1f4; word-break: break-all; }
.preview th { color: #5b6b7f; font-weight: 500; width: 28%; }
.preview .will { color: #1a6fd1; }
.preview .same { color: #6b7785; }
.preview .bad { color: #b42318; }
.notice { white-space: pre-line; }
.error .headline { display: block; }
.error .problems { margin: 4px 0; padding-left: 18px; }
.error .action { display: block; margin-top: 2px; }
.error .copyline { display: flex; gap: 6px; align-items: center; margin-top: 6px; flex-wrap: wrap; }
.history summary { cursor: pointer; color: #5b6b7f; font-size: 12px; }
.history ul { margin: 4px 0 0; padding-left: 16px; color: #4b5563; font-size: 12px; }
.journey { display: flex; flex-direction: column; gap: 6px; }
.checklist { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 2px 8px; font-size: 12px; }
.checklist li { display: flex; gap: 4px; align-items: baseline; color: #4b5563; }
.checklist li.st-done { color: #1d7a3a; }
.checklist li.st-doing { color: #b45309; }
.checklist li.current { color: #1a6fd1; font-weight: 600; }
.checklist .id { font-variant-numeric: tabular-nums; min-width: 1.6em; }
.checklist .mark { width: 1em; text-align: center; }
button.next { align-self: flex-start; }
.listed h3 { margin: 4px 0 2px; font-size: 13px; }
.listed ul { list-style: none; margin: 0; padding: 0; }
.listed li { padding: 3px 0; border-top: 1px dashed #e6ebf0; }
.status-line { margin: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
