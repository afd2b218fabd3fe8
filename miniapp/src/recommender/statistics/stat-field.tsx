import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

export interface StatFieldProps {
  field: string;
  label: string;
  unit?: string;
  /** Shown after the label, e.g. the 已修改 tag. */
  extra?: ReactNode;
  problems: string[];
  children: ReactNode;
}

/** One row of 附件3: label, input, and every problem the check found for it. */
export function StatField({ field, label, unit, extra, problems, children }: StatFieldProps) {
  return (
    <View className={`qt-stat__field${problems.length ? ' qt-stat__field--bad' : ''}`} data-testid={`stat-field-${field}`}>
      <View className="qt-stat__label">
        <Text>
          {label}
          {unit ? `（${unit}）` : ''}
        </Text>
        {extra}
      </View>
      {children}
      {problems.map((m) => (
        <Text key={m} className="qt-stat__problem" data-testid={`stat-problem-${field}`}>
          {m}
        </Text>
      ))}
    </View>
  );
}
