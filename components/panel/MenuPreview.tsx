// Preview for the custom-menu editor: the menus the bundle will add (at most MAX_MAIN_MENUS),
// name-length warnings before filling (naming the menu), and what the editor already shows.
import { memo } from 'react';
import { findMenuEditor, readExistingMenus, menuNameProblems, MAX_MAIN_MENUS, MAX_MENU_NAME_BYTES } from '@/utils/fill/menus';
import type { Bundle } from '@/utils/bundle';
import { t } from '@/utils/i18n';

/** Re-reads the page only when a scan saw it change (tick) or the bundle changed, never on the
 *  panel's own renders (a fill's report must not wait for another look-up of the form). */
export const MenuPreview = memo(function MenuPreview({ doc, bundle }: { doc: Document; bundle: Bundle | null; tick: number; seen?: number }) {
  const editor = findMenuEditor(doc);
  const existing = editor ? readExistingMenus(editor) : [];
  const menus = bundle?.menus ?? [];
  const long = menuNameProblems(menus);
  return (
    <div className="preview" data-testid="ec-preview">
      <h3>
        {t('panel_menus_title', [String(MAX_MAIN_MENUS)])}
        <span className="sub">{t('panel_menus_title_sub', [String(MAX_MAIN_MENUS)])}</span>
      </h3>
      {menus.length ? (
        <table>
          <tbody>
            {menus.map((m, i) => {
              const same = existing[i] && existing[i].name === m.name;
              return (
                <tr key={i} data-preview-field={`menu-${i + 1}`}>
                  <th scope="row">{t('panel_field_menu', [String(i + 1)])}</th>
                  <td className={i >= MAX_MAIN_MENUS ? 'bad' : 'will'}>
                    <b>{m.name}</b>
                    <span className="sub">{m.url}</span>
                    {i >= MAX_MAIN_MENUS ? <span className="msg">{t('panel_menus_over_limit', [String(MAX_MAIN_MENUS)])}</span> : null}
                    {same ? <span className="msg">{t('panel_menus_exists')}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="sub">{t('panel_menus_none')}</p>
      )}
      {long.length ? (
        <ul className="warn" data-testid="ec-menu-warnings">
          {long.map((p) => (
            <li key={p.index}>{t('panel_menus_name_long', [p.name, String(p.bytes), String(MAX_MENU_NAME_BYTES)])}</li>
          ))}
        </ul>
      ) : null}
      {editor ? (
        <p className="sub">
          {existing.length
            ? t('panel_menus_existing', [existing.map((m) => m.name || t('panel_menus_unnamed')).join('、')])
            : t('panel_menus_existing_none')}
        </p>
      ) : (
        <p className="sub">{t('panel_menus_no_editor')}</p>
      )}
    </div>
  );
});
