// The panel's error (hook `ec-error`, role alert): one headline, the problems as a short list, one
// action, and — for a bundle the customer admin must send again — a button that copies a ready
// message for them (what to re-copy and where).
import { useState } from 'react';
import { byUser } from '@/utils/panel/trusted';
import { t } from '@/utils/i18n';
import { adminMessage, shapeErrors } from '@/utils/panel/errors';

export function ErrorBox({ messages, headline, forAdmin }: { messages: string[]; headline?: string; forAdmin: boolean }) {
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const { problems, action } = shapeErrors(messages);
  const single = !headline && problems.length === 1;
  const copy = async () => {
    const text = adminMessage(problems, t('panel_admin_lang') === 'en' ? 'en' : 'zh');
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="error" role="alert" data-testid="ec-error">
      <b className="headline">{single ? problems[0] : headline ?? t('panel_err_head_parse')}</b>
      {single ? null : (
        <ul className="problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {action ? <span className="action">{action}</span> : null}
      {forAdmin ? (
        <span className="copyline">
          <button type="button" data-testid="ec-copy-admin-message" onClick={(e) => byUser(e) && void copy()}>
            {t('panel_copy_admin_message')}
          </button>
          {copied ? <span role="status">{t(copied === 'ok' ? 'panel_copied' : 'panel_copy_failed')}</span> : null}
        </span>
      ) : null}
    </div>
  );
}
