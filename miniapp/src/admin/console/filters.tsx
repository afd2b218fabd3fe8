import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';

/** The row of filters above a table, with 查询 and 重置 at the right. */
export function FilterBar({ children, onSubmit, onReset, testId = 'filters' }: { children: ReactNode; onSubmit: () => void; onReset: () => void; testId?: string }) {
  return (
    <View className="qc-card">
      <form
        className="qc-filters"
        data-testid={testId}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <View className="qc-filters__actions">
          <button type="submit" className="qc-btn qc-btn--primary" data-testid={`${testId}-submit`}>
            查询
          </button>
          <button type="button" className="qc-btn" data-testid={`${testId}-reset`} onClick={onReset}>
            重置
          </button>
        </View>
      </form>
    </View>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="qc-filters__field">
      <Text className="qc-filters__label">{label}</Text>
      {children}
    </View>
  );
}

export interface Option {
  value: string;
  label: string;
  count?: number;
}

/** A dropdown of checkboxes: picks several values; the button lists what is picked. */
export function MultiSelect({ options, value, onChange, placeholder = '全部', testId }: { options: Option[]; value: string[]; onChange: (v: string[]) => void; placeholder?: string; testId: string }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  const chosen = options.filter((o) => value.includes(o.value));
  const text = chosen.length === 0 ? placeholder : chosen.length <= 2 ? chosen.map((o) => o.label).join('、') : `${chosen[0]!.label} 等 ${chosen.length} 项`;
  const toggle = (v: string) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <div className="qc-multi" ref={box}>
      <button type="button" className="qc-btn qc-multi__button" data-testid={testId} onClick={() => setOpen(!open)}>
        <Text className={chosen.length ? '' : 'qc-muted'}>{text}</Text>
        <Text className="qc-muted">▾</Text>
      </button>
      {open && (
        <View className="qc-multi__panel" data-testid={`${testId}-panel`}>
          {options.map((o) => (
            <label key={o.value} className="qc-multi__option" data-testid={`${testId}-option`} data-value={o.value}>
              <input type="checkbox" checked={value.includes(o.value)} onChange={() => toggle(o.value)} />
              <Text>{o.label}</Text>
              {o.count !== undefined && <Text className="qc-multi__count">{o.count}</Text>}
            </label>
          ))}
          <View className="qc-multi__footer">
            <button type="button" className="qc-btn qc-btn--link" onClick={() => onChange([])}>
              清空
            </button>
            <button type="button" className="qc-btn qc-btn--primary qc-btn--small" data-testid={`${testId}-done`} onClick={() => setOpen(false)}>
              确定
            </button>
          </View>
        </View>
      )}
    </div>
  );
}
