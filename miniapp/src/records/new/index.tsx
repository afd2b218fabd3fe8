import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { getPrincipal, memberApi, type TeamMember } from '../../api';
import { persistPhoto } from '../../offline/photo-files';
import { recordQueue, syncRecords } from '../../offline/record-sync';
import { uuidV4 } from '../../offline/sync-queue';
import { currentTeamOf } from '../../utils/current-team';
import { ROUTES, openPage } from '../../utils/routes';
import { useLoginRequired } from '../../utils/use-auth-guard';
import { RecordForm, type RecordFormValues } from './record-form';
import './index.scss';

const MEMBERS_CACHE_KEY = 'qt.membersCache';

/** The roster is cached so the attendee chips still work on a site without signal. */
function cachedMembers(teamId: string): TeamMember[] {
  const raw: unknown = Taro.getStorageSync(`${MEMBERS_CACHE_KEY}.${teamId}`);
  try {
    return typeof raw === 'string' && raw ? (JSON.parse(raw) as TeamMember[]) : [];
  } catch {
    return [];
  }
}

export default function RecordNewPage() {
  useLoginRequired();
  const router = useRouter();
  const teamId = router.params.teamId ?? String(currentTeamOf(getPrincipal())?.id ?? '');
  const [members, setMembers] = useState<TeamMember[]>(() => (teamId ? cachedMembers(teamId) : []));

  useLoad(() => {
    if (!teamId) return;
    memberApi
      .list(Number(teamId))
      .then(({ items }) => {
        setMembers(items);
        Taro.setStorageSync(`${MEMBERS_CACHE_KEY}.${teamId}`, JSON.stringify(items));
      })
      .catch(() => undefined);
  });

  const save = async (values: RecordFormValues) => {
    if (!teamId) throw new Error('请先选择班组');
    const photoPaths: string[] = [];
    for (const photo of values.photos) photoPaths.push(await persistPhoto(photo));
    try {
      recordQueue().enqueue({
        clientKey: uuidV4(),
        teamId,
        date: values.date,
        kind: values.kind,
        content: values.content,
        place: values.place,
        attendeeIds: values.attendeeIds,
        attendeeNames: members.filter((m) => values.attendeeIds.includes(m.id)).map((m) => m.name),
        photoPaths,
      });
    } catch {
      throw new Error('手机存储空间不足，记录未能保存。请删除部分照片后重试');
    }
    void syncRecords({ force: true });
    void Taro.showToast({ title: '已保存', icon: 'success' });
    // The list shows it at once with its upload state.
    void openPage(ROUTES.records);
  };

  return (
    <View className="qt-page qt-record-new">
      <Text className="qt-page__title">记录现场活动</Text>
      <View className="qt-card">
        <RecordForm members={members} onSave={save} />
      </View>
    </View>
  );
}
