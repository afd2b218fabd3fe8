import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { recommendingUnitApi, type FilingRow } from '../../api';
import { formatDateTime } from '../../utils/format';
import { openDocument } from '../../utils/open-document';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useAction, useLoaded } from '../../utils/use-request';
import { ConsoleLayout } from '../console/layout';
import { ContactsPanel } from './contacts-panel';
import './index.scss';

const filed = (yes: boolean, testId: string) => (
  <Text className={yes ? 'qt-units__yes' : 'qt-units__no'} data-testid={testId}>
    {yes ? '已报送' : '未报送'}
  </Text>
);

/** The secretariat's view of the 70 recommending units: decisions made, 附件3 and package filed, contacts. */
export function UnitsView() {
  const loaded = useLoaded(() => recommendingUnitApi.filing(), []);
  useReloadOnShow(loaded);
  const overview = loaded.data;
  const [selected, setSelected] = useState<FilingRow | null>(null);
  const [confirmRemind, setConfirmRemind] = useState(false);
  const [remindResult, setRemindResult] = useState('');
  const [notFound, setNotFound] = useState('');
  const [links, setLinks] = useState<Record<number, { url: string; fileName: string }>>({});

  const remind = useAction(async () => {
    try {
      const { reminded } = await recommendingUnitApi.remind();
      setRemindResult(`已向未报送单位的 ${reminded} 位联系人发送提醒`);
    } finally {
      setConfirmRemind(false);
    }
  });

  // Signed addresses expire: ask for a fresh one at the moment of downloading.
  const download = useAction(async (row: FilingRow) => {
    setNotFound('');
    const pkg = await recommendingUnitApi.packageOf(row.unitId);
    if (!pkg.current) {
      setNotFound(`「${row.name}」尚未生成推荐材料`);
      return;
    }
    const { url, fileName } = pkg.current;
    setLinks((prev) => ({ ...prev, [row.unitId]: { url, fileName } }));
    await openDocument(url, 'pdf');
  });
  // One line for what went wrong last: loading the table, the reminder, or a download.
  const error = download.error || notFound || remind.error || loaded.error;

  const items = overview?.items ?? [];
  const unfiled = items.filter((r) => !r.statisticsFiled || !r.packageFiled).length;

  return (
    <View>
      <View className="qt-card">
        <View className="qt-units__toolbar">
          <Text data-testid="units-summary">
            共 {items.length} 个推荐单位，{unfiled} 个尚未报送齐全
          </Text>
          {!confirmRemind && (
            <Button type="primary" data-testid="units-remind" onClick={() => setConfirmRemind(true)}>
              提醒未报送单位
            </Button>
          )}
          {confirmRemind && (
            <View data-testid="units-remind-confirm">
              <Text>将给所有尚未报送的推荐单位联系人发送站内消息（已绑定微信的同时发送微信通知）。确定发送？</Text>
              <Button type="primary" loading={remind.busy} disabled={remind.busy} data-testid="units-remind-ok" onClick={() => void remind.run()}>
                确认发送
              </Button>
              <Button data-testid="units-remind-cancel" onClick={() => setConfirmRemind(false)}>
                取消
              </Button>
            </View>
          )}
        </View>
        {remindResult !== '' && (
          <Text className="qt-hint" data-testid="units-remind-result">
            {remindResult}
          </Text>
        )}
        {error !== '' && (
          <Text className="qt-error" data-testid="units-error">
            {error}
          </Text>
        )}
      </View>
      {/* Above the 70 rows, so that it opens where the secretariat is looking. */}
      {selected && <ContactsPanel unit={selected} onChanged={loaded.reload} onClose={() => setSelected(null)} />}
      <View className="qt-card">
        <View className="qt-units__table" data-testid="units-table">
          <View className="qt-units__tr qt-units__tr--head">
            <Text className="qt-units__td">序号</Text>
            <Text className="qt-units__td">推荐单位</Text>
            <Text className="qt-units__td">联系人</Text>
            <Text className="qt-units__td">已申报</Text>
            <Text className="qt-units__td">已推荐</Text>
            <Text className="qt-units__td">未推荐</Text>
            <Text className="qt-units__td">统计表</Text>
            <Text className="qt-units__td">推荐材料</Text>
            <Text className="qt-units__td">操作</Text>
          </View>
          {items.map((row) => (
            <View
              key={row.unitId}
              className={`qt-units__tr${selected?.unitId === row.unitId ? ' qt-units__tr--on' : ''}`}
              data-testid="units-row"
              data-unit-id={String(row.unitId)}
            >
              <Text className="qt-units__td">{row.seq}</Text>
              <Text className="qt-units__td" data-testid="units-row-name">
                {row.name}
              </Text>
              <Text className="qt-units__td">{row.contacts}</Text>
              <Text className="qt-units__td" data-testid="units-row-submitted">
                {row.submitted}
              </Text>
              <Text className="qt-units__td" data-testid="units-row-recommended">
                {row.recommended}
              </Text>
              <Text className="qt-units__td" data-testid="units-row-declined">
                {row.declined}
              </Text>
              <View className="qt-units__td">{filed(row.statisticsFiled, 'units-row-statistics')}</View>
              <View className="qt-units__td">
                {filed(row.packageFiled, 'units-row-package')}
                {row.lastFiledAt && <Text className="qt-hint">{formatDateTime(row.lastFiledAt)}</Text>}
              </View>
              <View className="qt-units__td">
                <Text className="qt-units__link" data-testid="units-contacts" onClick={() => setSelected(row)}>
                  联系人
                </Text>
                {row.packageFiled && (
                  <Text className="qt-units__link" data-testid="units-package" onClick={() => void download.run(row)}>
                    下载材料
                  </Text>
                )}
                {links[row.unitId] && (
                  <a className="qt-units__link" href={links[row.unitId]!.url} target="_blank" rel="noopener noreferrer" data-testid="units-package-link">
                    {links[row.unitId]!.fileName}
                  </a>
                )}
              </View>
            </View>
          ))}
          {overview && items.length === 0 && <Text className="qt-hint">暂无推荐单位</Text>}
        </View>
      </View>
    </View>
  );
}

export default function UnitsPage() {
  return (
    <ConsoleLayout active="units" title="推荐单位报送情况">
      <View className="qt-units">
        <UnitsView />
      </View>
    </ConsoleLayout>
  );
}
