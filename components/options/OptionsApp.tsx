import { t } from '@/utils/i18n';
import { GuardSettings } from './GuardSettings';
import { DataSettings } from './DataSettings';
import { HostSettings } from './HostSettings';
import { FollowupSettings } from './FollowupSettings';
import { RetentionSettings } from './RetentionSettings';
import { LearnedSettings } from './LearnedSettings';
import { DebugSettings } from './DebugSettings';

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
      <LearnedSettings />
      <DebugSettings />
    </main>
  );
}
