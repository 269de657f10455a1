// Preview for 开始代开发应用 page 2: each field, what the page has now, what it will become.
import { memo } from 'react';
import { findWizardForm, planWizard, type PlanRow } from '@/utils/fill/wizard';
import type { Bundle } from '@/utils/bundle';
import { t } from '@/utils/i18n';
import { fieldLabel } from './Report';

function Cell({ row }: { row: PlanRow }) {
  switch (row.action) {
    case 'fill':
      return (
        <td>
          <span className="same">{row.now || t('panel_preview_empty')}</span> → <span className="will">{row.will}</span>
        </td>
      );
    case 'unchanged':
      return (
        <td className="same">
          {row.now || t('panel_preview_empty')} <span className="sub">{t('panel_preview_already')}</span>
        </td>
      );
    case 'keep':
      return (
        <td className="same">
          {row.now} <span className="sub">{row.will}</span>
        </td>
      );
    case 'empty':
      return <td className="bad">{t('panel_preview_template_empty')}</td>;
    default:
      return <td className="bad">{row.now}</td>;
  }
}

/** Re-reads the page only when a scan saw it change (tick) or the bundle changed, never on the
 *  panel's own renders (a fill's report must not wait for another look-up of the form). */
export const WizardPreview = memo(function WizardPreview({ doc, bundle }: { doc: Document; bundle: Bundle | null; tick: number; seen?: number }) {
  const form = findWizardForm(doc);
  if (!form) return <p className="sub">{t('panel_preview_no_form')}</p>;
  const rows = planWizard(form, bundle);
  return (
    <div className="preview" data-testid="ec-preview">
      <h3>
        {t('panel_preview_title')}
        <span className="sub">{t('panel_preview_title_sub')}</span>
      </h3>
      <table>
        <tbody>
          {rows.map((r) => (
            <tr key={r.field} data-preview-field={r.field}>
              <th scope="row">{fieldLabel(r.field)}</th>
              <Cell row={r} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
