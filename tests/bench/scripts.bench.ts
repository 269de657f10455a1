// Our scripts parsed in a tab (CDP, extension URLs only): on a page that shows no panel (the
// template list) only the every-frame guard and the page script; on a panel page the panel too;
// and the panel script's own size.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test, EXT_DIR } from '../e2e/fixtures';
import { openRoute } from '../e2e/replica-server';
import { parsedScripts } from '../e2e/script-weight';
import { report } from './report';

test('scripts parsed per page', async ({ page }) => {
  const none = await parsedScripts(page, () => openRoute(page, '/sass/customApp/tpl/list'));
  report('scripts parsed on a page without panel (template list)', none.reduce((n, s) => n + s.bytes, 0) / 1024, 'KB', '<= 60');
  const other = await page.context().newPage();
  const withPanel = await parsedScripts(other, () => openRoute(other, '/sass/customApp/tpl/info?id=wwsuite01'));
  report('scripts parsed on a panel page (template detail)', withPanel.reduce((n, s) => n + s.bytes, 0) / 1024, 'KB', 'info');
  // the React panel, injected only where it shows (DEVELOPERS.md: ≤ 400 KB)
  report('panel.js minified size', statSync(join(EXT_DIR, 'content-scripts', 'panel.js')).size / 1024, 'KB', '<= 400');
});
