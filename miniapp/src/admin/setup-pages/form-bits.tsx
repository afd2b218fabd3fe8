import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

/** A labelled form field with the problems (server's or the checker's) written beside it. */
export function FormRow({ label, problems, hint, wide, testId, children }: { label: string; problems?: readonly string[] | undefined; hint?: ReactNode; wide?: boolean; testId?: string; children: ReactNode }) {
  return (
    <View className={`qs-row${wide ? ' qs-row--wide' : ''}`} data-testid={testId}>
      <Text className="qs-row__label">{label}</Text>
      <View className="qs-row__inline">{children}</View>
      {hint && <Text className="qs-hint">{hint}</Text>}
      {(problems ?? []).map((m, i) => (
        <Text key={i} className="qs-problem" data-testid={testId ? `${testId}-problem` : undefined}>
          {m}
        </Text>
      ))}
    </View>
  );
}

/** A one-time secret (password, bind code), large and copyable. */
export function Secret({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <View>
      <Text className="qc-muted">{label}</Text>
      <Text className="qs-secret" data-testid={testId} style={{ userSelect: 'all' }}>
        {value}
      </Text>
    </View>
  );
}

