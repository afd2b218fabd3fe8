import { Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';

export interface UploadProgressProps {
  fileName: string;
  /** 0–100. */
  percent: number;
  testId: string;
}

/** One file on its way up: its name, a bar, and the percentage in words for a glance in sunlight. */
export function UploadProgress({ fileName, percent, testId }: UploadProgressProps) {
  const shown = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <View className="qt-upload-progress" data-testid={testId}>
      <Text className="qt-upload-progress__name">{fileName}</Text>
      <Progress percent={shown} strokeWidth="12" data-testid={`${testId}-bar`} />
      <Text className="qt-upload-progress__text" data-testid={`${testId}-percent`}>
        {shown < 100 ? `正在上传 ${shown}%` : '上传完成，正在校验…'}
      </Text>
    </View>
  );
}
