import { Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { recordApi } from '../../api';
import { formatDateTime } from '../../utils/format';
import { useLoaded } from '../../utils/use-request';
import './index.scss';

export default function RecordDetailPage() {
  const { teamId = '', recordId = '' } = useRouter().params;
  const { data: record, error } = useLoaded(() => recordApi.get(Number(teamId), Number(recordId)), [teamId, recordId]);

  const urls = record?.photos.map((p) => p.url) ?? [];

  return (
    <View className="qt-page qt-record-detail">
      {error !== '' && (
        <Text className="qt-error" data-testid="record-detail-error">
          {error}
        </Text>
      )}
      {record && (
        <View data-testid="record-detail">
          <Text className="qt-page__title">
            {record.kindLabel} · {record.date}
          </Text>
          <View className="qt-card">
            <Text className="qt-record-detail__content" data-testid="record-detail-content">
              {record.content}
            </Text>
            {record.place !== '' && <Text className="qt-hint">地点：{record.place}</Text>}
            <Text className="qt-hint">
              记录人：{record.createdByName} · {formatDateTime(record.createdAt)}
            </Text>
          </View>
          <View className="qt-card">
            <Text className="qt-record-detail__label">参加人员（{record.attendees.length} 人）</Text>
            <View className="qt-record-detail__people" data-testid="record-detail-attendees">
              {record.attendees.map((a) => (
                <Text key={a.id} className="qt-record-detail__person">
                  {a.name}
                </Text>
              ))}
            </View>
          </View>
          <View className="qt-card">
            <Text className="qt-record-detail__label">现场照片（{record.photos.length} 张）</Text>
            <View className="qt-record-detail__photos">
              {record.photos.map((p) => (
                <Image
                  key={p.id}
                  className="qt-record-detail__photo"
                  src={p.url}
                  mode="aspectFill"
                  data-testid="record-detail-photo"
                  onClick={() => void Taro.previewImage({ urls, current: p.url })}
                />
              ))}
            </View>
          </View>
        </View>
      )}
    </View>
  );
}
