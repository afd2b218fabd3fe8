import { Text } from '@tarojs/components';

const TONE: Record<string, 'blue' | 'green' | 'orange' | 'red' | 'gray'> = {
  draft: 'gray',
  submitted: 'orange',
  recommended: 'blue',
  declined: 'gray',
  screened_in: 'blue',
  screened_out: 'red',
  reviewed: 'blue',
  invited: 'blue',
  not_invited: 'gray',
  presented: 'green',
  forfeited: 'gray',
  graded: 'green',
  certified: 'green',
  disqualified: 'red',
  withdrawn: 'gray',
  pending: 'orange',
  sent: 'green',
  failed: 'red',
  refused: 'gray',
};

/** A coloured tag for an application's (or a message's) status. */
export function StatusTag({ status, label, testId }: { status: string; label: string; testId?: string }) {
  return (
    <Text className={`qc-tag qc-tag--${TONE[status] ?? 'gray'}`} data-testid={testId} data-status={status}>
      {label}
    </Text>
  );
}
