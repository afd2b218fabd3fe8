import { Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';

/**
 * What a phone page shows while its first answer is on the way (a slow site connection): grey cards in the shape of
 * what is coming and a word, never an empty page that reads as "nothing here" and invites a duplicate.
 */
export function PageLoading({ cards = 2, testId = 'page-loading' }: { cards?: number; testId?: string }) {
  return (
    <View data-testid={testId} aria-busy="true">
      {Array.from({ length: cards }, (_, i) => (
        <View key={i} className="qt-card">
          <Skeleton rows={3} animated />
        </View>
      ))}
      <Text className="qt-hint">正在加载…</Text>
    </View>
  );
}
