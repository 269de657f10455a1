import { t } from '@/utils/i18n';
// Placeholder: the progress popup (issue 7) replaces this.
export function PopupApp() {
  return <main><h1>{t('extName')}</h1></main>;
}
