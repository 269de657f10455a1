import { t } from '@/utils/i18n';
import { GuardSettings } from './GuardSettings';
import { DataSettings } from './DataSettings';
import { HostSettings } from './HostSettings';
import { FollowupSettings } from './FollowupSettings';
import { RetentionSettings } from './RetentionSettings';

export function OptionsApp() {
  return (
    <main className="options">
      <header>
        <h1>{t('extName')}</h1>
        <span className="muted">{t('options_title')}</span>
      </header>
      <GuardSettings />
      <DataSettings />
      <RetentionSettings />
      <HostSettings />
      <FollowupSettings />
    </main>
  );
}
