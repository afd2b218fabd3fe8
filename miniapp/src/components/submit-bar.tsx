import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';

export interface SubmitBarProps {
  label: string;
  submitting: boolean;
  onSubmit: () => void;
  /** The server's refusal, shown above the button; empty when there is none. */
  error: string;
  /** Test ids are `<testIdPrefix>-submit` and `<testIdPrefix>-error`. */
  testIdPrefix: string;
  /** Full width on phones; the desktop console keeps a compact button. */
  block?: boolean;
}

/** The error line and the large primary button that end every form. */
export function SubmitBar({ label, submitting, onSubmit, error, testIdPrefix, block = true }: SubmitBarProps) {
  return (
    <>
      {error !== '' && (
        <Text className="qt-error" data-testid={`${testIdPrefix}-error`}>
          {error}
        </Text>
      )}
      <View className="qt-actions">
        <Button type="primary" size="large" block={block} loading={submitting} disabled={submitting} data-testid={`${testIdPrefix}-submit`} onClick={onSubmit}>
          {label}
        </Button>
      </View>
    </>
  );
}
