import { t } from '@/utils/i18n';
import { GuardSettings } from './GuardSettings';
import { DataSettings } from './DataSettings';
import { HostSettings } from './HostSettings';
import { LearnedSettings } from './LearnedSettings';
import { DebugSettings } from './DebugSettings';

export function OptionsApp() {
  return (
    <main style={{ fontFamily: 'system-ui, "PingFang SC", "Microsoft YaHei", sans-serif', maxWidth: 960, margin: '0 auto', padding: 16 }}>
      <h1>{t('extName')}</h1>
      <GuardSettings />
      <DataSettings />
      <HostSettings />
      <LearnedSettings />
      <DebugSettings />
    </main>
  );
}
