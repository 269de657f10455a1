// A tiny virtual list: fixed row height, only the rows in view (plus a few) are in the DOM.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  height: number;
  overscan?: number;
  /** index of the keyboard-active row (kept in view) */
  active: number;
  renderRow: (item: T, index: number) => ReactNode;
  itemKey: (item: T) => string;
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
  label?: string;
  attrs?: Record<string, string | undefined>;
}

/** Which rows to render for a scroll position. Pure (unit-tested). */
export function visibleRange(count: number, rowHeight: number, height: number, scrollTop: number, overscan: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return [first, Math.max(first, last)];
}

export function VirtualList<T>({ items, rowHeight, height, overscan = 4, active, renderRow, itemKey, onKeyDown, label, attrs }: VirtualListProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const onScroll = useCallback(() => setScrollTop(ref.current?.scrollTop ?? 0), []);

  // keep the active row in view
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || active < 0) return;
    const top = active * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
    if (el.scrollTop !== scrollTop) setScrollTop(el.scrollTop);
  }, [active, rowHeight, height]); // eslint-disable-line react-hooks/exhaustive-deps

  // a new result set starts at the top
  useEffect(() => {
    const el = ref.current;
    if (el && el.scrollTop > items.length * rowHeight) {
      el.scrollTop = 0;
      setScrollTop(0);
    }
  }, [items, rowHeight]);

  const [first, last] = visibleRange(items.length, rowHeight, height, scrollTop, overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div key={itemKey(items[i])} className="vrow" style={{ position: 'absolute', top: i * rowHeight, height: rowHeight, left: 0, right: 0 }}>
        {renderRow(items[i], i)}
      </div>,
    );
  }
  return (
    <div ref={ref} className="vlist" role="listbox" aria-label={label} style={{ height, overflowY: 'auto', position: 'relative' }} onScroll={onScroll} onKeyDown={onKeyDown} {...attrs}>
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
