// Errors shaped for reading (issue 12.8): one headline, the problems as a short list, one action —
// the parser's messages each end with the same advice, which is said once. Pure.

/** Splits a message into its problem (first sentence) and the advice that follows. */
export function splitMessage(m: string): { problem: string; advice: string } {
  const text = m.trim();
  const i = text.search(/[。！？.!?](?=\s*\S)/);
  if (i < 0) return { problem: text, advice: '' };
  return { problem: text.slice(0, i + 1).trim(), advice: text.slice(i + 1).trim() };
}

export interface ShapedError {
  problems: string[];
  /** the advice most problems share (said once), or null */
  action: string | null;
}

export function shapeErrors(messages: string[], max = 4): ShapedError {
  const parts = [...new Set(messages.map((m) => m.trim()).filter(Boolean))].map(splitMessage);
  const counts = new Map<string, number>();
  for (const p of parts) if (p.advice) counts.set(p.advice, (counts.get(p.advice) ?? 0) + 1);
  let action: string | null = null;
  let best = 0;
  for (const [a, n] of counts) if (n > best) [action, best] = [a, n];
  const problems = parts.slice(0, max).map((p) => (p.advice && p.advice !== action ? `${p.problem}${p.advice}` : p.problem));
  if (parts.length > max) problems.push(`…（+${parts.length - max}）`);
  return { problems, action };
}

/** A ready message for the customer admin: what to copy again, and where, with what was wrong. */
export function adminMessage(problems: string[], lang: 'zh' | 'en'): string {
  const list = problems.map((p, i) => `${i + 1}. ${p}`).join('\n');
  return lang === 'zh'
    ? `您好，刚才发来的配置用不了：\n${list}\n麻烦在 EC 后台「应用互联 → 自建应用 → 安装自建应用 → 生成配置」页点「复制」，把整段配置原样重新发给我，不要手动修改。谢谢！`
    : `Hello, the configuration you sent cannot be used:\n${list}\nPlease open 应用互联 → 自建应用 → 安装自建应用 → 生成配置 in the EC backend, press 复制 and send me the whole text again, unchanged. Thank you!`;
}
