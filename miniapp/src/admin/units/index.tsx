import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { recommendingUnitApi, type FilingRow } from '../../api';
import { formatDateTime } from '../../utils/format';
import { openDocument } from '../../utils/open-document';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useAction, useLoaded } from '../../utils/use-request';
import { Button } from '../console/kit';
import { ConfirmDialog } from '../console/confirm-dialog';
import { ConsoleLayout } from '../console/layout';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';
import { ContactsPanel } from './contacts-panel';
import '../setup-pages/setup.scss';
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
      <View className="qc-card">
        <View className="qt-units__toolbar">
          <Text data-testid="units-summary">
            共 {items.length} 个推荐单位，{unfiled} 个尚未报送齐全
          </Text>
          <Button variant="primary" data-testid="units-remind" onClick={() => setConfirmRemind(true)}>
            提醒未报送单位
          </Button>
        </View>
        {remindResult !== '' && (
          <Text className="qc-alert qc-alert--success" data-testid="units-remind-result">
            {remindResult}
          </Text>
        )}
        {error !== '' && (
          <Text className="qc-alert qc-alert--error" data-testid="units-error">
            {error}
          </Text>
        )}
      </View>
      <ConfirmDialog
        open={confirmRemind}
        title="提醒未报送单位"
        confirmText="确认发送"
        busy={remind.busy}
        onConfirm={() => void remind.run()}
        onCancel={() => setConfirmRemind(false)}
        testId="units-remind-confirm"
      >
        <Text>将给所有尚未报送的推荐单位联系人发送站内消息（已绑定微信的同时发送微信通知）。确定发送？</Text>
      </ConfirmDialog>
      {/* A drawer over the 70 rows: the table stays where the secretariat left it. */}
      {selected && <ContactsPanel unit={selected} onChanged={loaded.reload} onClose={() => setSelected(null)} />}
      <View className="qc-card">
        <PlainTable
          testId="units-table"
          className="qt-units__table"
          colSpan={9}
          loading={!overview && loaded.error === ''}
          error=""
          empty={items.length === 0}
          emptyText="暂无推荐单位"
          head={
            <PlainRow>
              {['序号', '推荐单位', '联系人', '已申报', '已推荐', '未推荐', '统计表', '推荐材料', '操作'].map((h) => (
                <PlainHeadCell key={h}>{h}</PlainHeadCell>
              ))}
            </PlainRow>
          }
        >
          {items.map((row) => (
            <PlainRow key={row.unitId} className={selected?.unitId === row.unitId ? 'qt-units__tr--on' : undefined} data-testid="units-row" data-unit-id={String(row.unitId)}>
              <PlainCell>{row.seq}</PlainCell>
              <PlainCell data-testid="units-row-name">{row.name}</PlainCell>
              <PlainCell>{row.contacts}</PlainCell>
              <PlainCell data-testid="units-row-submitted">{row.submitted}</PlainCell>
              <PlainCell data-testid="units-row-recommended">{row.recommended}</PlainCell>
              <PlainCell data-testid="units-row-declined">{row.declined}</PlainCell>
              <PlainCell>{filed(row.statisticsFiled, 'units-row-statistics')}</PlainCell>
              <PlainCell>
                {filed(row.packageFiled, 'units-row-package')}
                {row.lastFiledAt && <Text className="qc-muted"> {formatDateTime(row.lastFiledAt)}</Text>}
              </PlainCell>
              <PlainCell>
                <Button variant="link" small data-testid="units-contacts" onClick={() => setSelected(row)}>
                  联系人
                </Button>
                {row.packageFiled && (
                  <Button variant="link" small disabled={download.busy} data-testid="units-package" onClick={() => void download.run(row)}>
                    下载材料
                  </Button>
                )}
                {links[row.unitId] && (
                  <a className="qt-units__link" href={links[row.unitId]!.url} target="_blank" rel="noopener noreferrer" data-testid="units-package-link">
                    {links[row.unitId]!.fileName}
                  </a>
                )}
              </PlainCell>
            </PlainRow>
          ))}
        </PlainTable>
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
