// Mounts a replica page (tests/replica/lib.js + one page file) in happy-dom at the real URL, for unit
// tests of fill logic against the replica's markup. Earlier mounts are kept from re-mounting on hash changes.
import { readFileSync } from 'node:fs';

export function mountReplica(pageFile: string, hash: string, flags: string[] = []): void {
  const w = window as unknown as { happyDOM: { setURL(u: string): void }; R: { start(): void } };
  w.happyDOM.setURL(`https://open.work.weixin.qq.com/wwopen/developer${flags.length ? `?replica=${flags.join(',')}` : ''}#${hash}`);
  document.body.innerHTML = '<div id="app"></div>';
  const add = window.addEventListener;
  window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
    if (type !== 'hashchange') (add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof window.addEventListener;
  try {
    new Function(readFileSync('tests/replica/lib.js', 'utf8'))();
    new Function('R', readFileSync(pageFile, 'utf8'))(w.R);
    w.R.start();
  } finally {
    window.addEventListener = add;
  }
}
