// The searchable customer list: most recently touched first, compact progress per customer.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { t } from '@/utils/i18n';
import { filterRows, usePopup, type Filter, type Row } from '@/utils/store/popup';
import type { TopStepId } from '@/utils/progress/rules';
import { VirtualList } from './VirtualList';
import { stepLabel, statusLabel } from './text';

export const ROW_HEIGHT = 56;
export const LIST_HEIGHT = 448;
const TOP: TopStepId[] = ['1', '2', '3', '4', '5', '6'];

export function ProgressBar({ steps }: { steps: Record<TopStepId, string> }) {
  return (
    <span className="bar" aria-hidden="true">
      {TOP.map((id) => (
        <span key={id} className={`seg s-${steps[id]}`} title={`${id} ${stepLabel(id)}：${statusLabel(steps[id] as never)}`} />
      ))}
    </span>
  );
}

function CustomerRow({ row, index, active, onOpen, onFocus }: { row: Row; index: number; active: boolean; onOpen: (id: string) => void; onFocus: (i: number) => void }) {
  const next = row.next ? t('popup_next', [`${row.next} ${stepLabel(row.next)}`]) : t('popup_all_done');
  return (
    <div
      role="option"
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      className={`crow${row.blocked ? ' blocked' : ''}`}
      data-testid="customer-row"
      data-corp-id={row.corpId}
      data-index={index}
      onClick={() => onOpen(row.corpId)}
      onFocus={() => onFocus(index)}
    >
      <div className="crow-top">
        <span className="cname" title={row.name}>{row.name}</span>
        {row.blocked && <span className="chip chip-blocked">{t('popup_blocked')}</span>}
        {row.archived && <span className="chip chip-archived">{t('popup_archived_chip')}</span>}
        <span className="cprog" data-testid="customer-progress">{row.step1 ? t('journey_popup_step1', [row.step1.done, row.step1.total, row.progress.done, row.progress.total]) : t('popup_progress', [row.progress.done, row.progress.total])}</span>
      </div>
      <div className="crow-bottom">
        <ProgressBar steps={row.steps} />
        <span className="cnext">{next}</span>
      </div>
    </div>
  );
}

export function CustomerList() {
  const { rows, query, filter, loaded, listError, setQuery, setFilter, open, lastOpened, showArchived, setShowArchived } = usePopup(
    useShallow((s) => ({ rows: s.rows, query: s.query, filter: s.filter, loaded: s.loaded, listError: s.listError, setQuery: s.setQuery, setFilter: s.setFilter, open: s.open, lastOpened: s.lastOpened, showArchived: s.showArchived, setShowArchived: s.setShowArchived })),
  );
  const visible = useMemo(() => filterRows(rows, query, filter, showArchived), [rows, query, filter, showArchived]);
  const archivedCount = useMemo(() => rows.reduce((n, r) => n + (r.archived ? 1 : 0), 0), [rows]);
  const [active, setActive] = useState(0);
  const focusWanted = useRef<number | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const listWrap = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const marked = useRef(false);

  // back from a customer: its row is active and focused again
  useEffect(() => {
    if (!lastOpened) {
      search.current?.focus();
      return;
    }
    const i = visible.findIndex((r) => r.corpId === lastOpened);
    if (i >= 0) {
      setActive(i);
      focusWanted.current = i;
      setFocusTick((x) => x + 1);
    } else search.current?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (active >= visible.length) setActive(Math.max(0, visible.length - 1));
  }, [visible, active]);

  // focus a row once it is rendered (it may have been out of view)
  useEffect(() => {
    const i = focusWanted.current;
    if (i == null) return;
    const el = listWrap.current?.querySelector<HTMLElement>(`[data-index="${i}"]`);
    if (el) {
      focusWanted.current = null;
      el.focus();
    }
  }, [focusTick, active, visible]);

  // first paint with data (measured by tests/bench/popup.bench.ts)
  useEffect(() => {
    if (!marked.current && visible.length) {
      marked.current = true;
      requestAnimationFrame(() => performance.mark('ec:first-rows'));
    }
  }, [visible]);

  const moveTo = (i: number) => {
    if (!visible.length) return;
    const n = Math.max(0, Math.min(visible.length - 1, i));
    setActive(n);
    focusWanted.current = n;
    setFocusTick((x) => x + 1);
  };

  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.floor(LIST_HEIGHT / ROW_HEIGHT) - 1;
    switch (e.key) {
      case 'ArrowDown': moveTo(active + 1); break;
      case 'ArrowUp': if (active === 0) search.current?.focus(); else moveTo(active - 1); break;
      case 'PageDown': moveTo(active + page); break;
      case 'PageUp': moveTo(active - page); break;
      case 'Home': moveTo(0); break;
      case 'End': moveTo(visible.length - 1); break;
      case 'Enter':
      case ' ':
        if (visible[active]) void open(visible[active].corpId);
        break;
      case 'Escape': search.current?.focus(); break;
      default: return;
    }
    e.preventDefault();
  };

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      moveTo(0);
    } else if (e.key === 'Enter' && visible.length) {
      e.preventDefault();
      void open(visible[Math.min(active, visible.length - 1)].corpId);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  return (
    <section className="list-view">
      <div className="searchbar">
        <input
          ref={search}
          type="search"
          data-testid="customer-search"
          className="search"
          placeholder={t('popup_search_placeholder')}
          aria-label={t('popup_search_label')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onSearchKey}
          autoComplete="off"
          spellCheck={false}
        />
        <select data-testid="customer-filter" className="filter" aria-label={t('popup_filter_label')} value={filter} onChange={(e) => { setFilter(e.target.value as Filter); setActive(0); }}>
          <option value="all">{t('popup_filter_all')}</option>
          <option value="unfinished">{t('popup_filter_unfinished')}</option>
          <option value="blocked">{t('popup_filter_blocked')}</option>
        </select>
      </div>
      {listError && <p className="alert" role="alert">{t('popup_list_error', [listError])}</p>}
      <div ref={listWrap}>
        {visible.length > 0 ? (
          <VirtualList
            items={visible}
            rowHeight={ROW_HEIGHT}
            height={LIST_HEIGHT}
            active={active}
            itemKey={(r) => r.corpId}
            onKeyDown={onListKey}
            label={t('popup_list_label')}
            attrs={{ 'data-testid': 'customer-list', 'data-query': query, 'data-filter': filter, 'data-loaded': loaded }}
            renderRow={(r, i) => <CustomerRow row={r} index={i} active={i === active} onOpen={open} onFocus={setActive} />}
          />
        ) : (
          <p className="empty" data-testid="customer-list-empty" data-query={query} data-loaded={loaded} style={{ height: LIST_HEIGHT - 24 }}>
            {loaded === 'none' ? t('popup_loading') : rows.length === 0 ? t('popup_no_customers') : t('popup_no_match')}
          </p>
        )}
      </div>
      <p className="count" aria-live="polite">
        {loaded === 'all' ? t('popup_count', [visible.length, rows.length]) : ''}
        {archivedCount > 0 && (
          <label className="show-archived">
            <input type="checkbox" data-testid="show-archived" checked={showArchived} onChange={(e) => { setShowArchived(e.target.checked); setActive(0); }} />
            {t('popup_show_archived', [archivedCount])}
          </label>
        )}
      </p>
    </section>
  );
}
