import { Text, View } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';

const OVERALL_MAX = 1000;

/** 总体评语: a text area while the sheet can be edited, the saved words once it cannot. */
export function OverallComment({ value, editable, onChange }: { value: string; editable: boolean; onChange: (text: string) => void }) {
  if (!editable && value === '') return null;
  return (
    <View className="qt-card">
      <Text className="qt-exp__card-title">总体评语{editable ? '（选填）' : ''}</Text>
      {editable ? (
        <View className="qt-exp-score__overall">
          <TextArea value={value} maxLength={OVERALL_MAX} autoSize placeholder="对该班组的总体评价与建议" onChange={(v: string) => onChange(v)} data-testid="exp-overall" />
        </View>
      ) : (
        <Text className="qt-hint">{value}</Text>
      )}
    </View>
  );
}
