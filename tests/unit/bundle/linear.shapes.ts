// Pathological paste shapes for the parser's linear-time test and bench (issue 15.5).
const CORP = 'ww739fc538a1b2c3d4';
const HOME = `https://html.workec.com/v2/wx_crm_lite_v2/auth/app?qxCorpid=${CORP}`;
export const LINES = [
  '张三 17:16',
  '将以下链接发送给EC的实施人员:',
  `应用主页: ${HOME}`,
  '可信域名: html.workec.com',
  `批量加减: ${HOME}`,
  `企信客户: ${HOME}&redirect=wxwork`,
];
/** Every character chat noise is made of, and those the parser's regexes treat specially. */
export const NOISE = [
  ' ', '\t', '\u00a0', '\u3000', '\u200b', '\ufeff', '.', '。', '｡', '．', ',', '，', ';', '；', '、', '!', '！',
  ':', '：', '/', '\\', '-', '=', '&', '?', '#', '*', '•', '(', ')', '【', 'h', 'w', '0', '\n', '\r\n', '\u2028',
];
/** A paste of about `size` characters: the bundle with a run of `unit` inserted at line `line`, column `col`. */
export function pathological(unit: string, line: number, col: number, size: number): string {
  const base = LINES.join('\n');
  const reps = Math.max(1, Math.floor((size - base.length - 1) / unit.length));
  const run = unit.repeat(reps);
  const lines = [...LINES];
  if (line >= lines.length) return `${base}\n${run}`;
  const l = lines[line];
  const at = Math.min(col, l.length);
  lines[line] = l.slice(0, at) + run + l.slice(at);
  return lines.join('\n');
}

