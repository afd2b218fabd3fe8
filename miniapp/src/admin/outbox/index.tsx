import { Text, View } from '@tarojs/components';
import { consoleApi, type OutboxItem, type OutboxPage } from '../../api/console';
import { formatDateTime } from '../../utils/format';
import { type Column, DataTable } from '../console/data-table';
import { Button } from '../console/kit';
import { ConsoleLayout } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { StatusTag } from '../console/status-tag';
import { queryToApi, setFilter, type TableSpec } from '../console/table-query';
import { usePagedList } from '../console/use-paged-list';
import './index.scss';

const SPEC: TableSpec = { filters: [{ name: 'status' }], sortKeys: [], defaultPageSize: 20, pageSizes: [20, 50, 100], defaultSort: null };

const STATUS_LABEL: Record<string, string> = { pending: '待发送', sent: '已发送', failed: '发送失败', refused: '被拒收' };
const RECIPIENT_LABEL: Record<string, string> = { card: '申报企业（报名卡）', member: '班组成员', user: '账号' };

const COLUMNS: Array<Column<OutboxItem>> = [
  { key: 'id', title: '序号', width: 70, render: (m) => <Text className="qc-mono">{m.id}</Text> },
  {
    key: 'recipient',
    title: '接收人',
    render: (m) => (
      <Text>
        {RECIPIENT_LABEL[m.recipientType] ?? m.recipientType} <Text className="qc-mono qc-muted">#{m.recipientId}</Text>
      </Text>
    ),
  },
  { key: 'template', title: '订阅消息模板', render: (m) => <Text className="qc-mono">{m.template}</Text> },
  { key: 'status', title: '状态', render: (m) => <StatusTag status={m.status} label={STATUS_LABEL[m.status] ?? m.status} testId="outbox-status" /> },
  { key: 'attempts', title: '尝试次数', align: 'right', render: (m) => m.attempts },
  { key: 'nextAttemptAt', title: '下次尝试', render: (m) => (m.status === 'pending' || m.status === 'failed' ? formatDateTime(m.nextAttemptAt) : <Text className="qc-muted">—</Text>) },
  { key: 'sentAt', title: '发送时间', render: (m) => formatDateTime(m.sentAt) },
  { key: 'lastError', title: '最近错误', render: (m) => (m.lastError ? <Text className="qo-error">{m.lastError}</Text> : <Text className="qc-muted">—</Text>) },
];

/** 通知发送: the WeChat subscribe messages waiting, sent, failed or refused, with the counts of each. */
export default function OutboxPage() {
  const list = usePagedList(SPEC, CONSOLE_ROUTES.outbox, (query): Promise<OutboxPage> => consoleApi.outbox(queryToApi(query)));
  const { query, setQuery, loading } = list;
  // The outbox's page also carries the count of messages in each state, for the tabs.
  const page = list.data;

  const status = typeof query.filters.status === 'string' ? query.filters.status : '';
  const counts: Record<string, number> = page?.counts ?? {};
  const all = Object.values(counts).reduce((s, n) => s + n, 0);
  const tabs = [{ value: '', label: '全部', count: all }, ...Object.keys(STATUS_LABEL).map((s) => ({ value: s, label: STATUS_LABEL[s]!, count: counts[s] ?? 0 }))];

  return (
    <ConsoleLayout
      active="outbox"
      title="通知发送"
      subtitle="微信订阅消息与业务变更同时写入发送队列，由后台逐条发送，失败的按间隔自动重试"
      extra={
        <Button disabled={loading} onClick={list.reload} data-testid="outbox-refresh">
          刷新
        </Button>
      }
    >
      <View className="qo-tabs" data-testid="outbox-tabs">
        {tabs.map((t) => (
          <View
            key={t.value || 'all'}
            className={`qo-tab${status === t.value ? ' qo-tab--on' : ''}${t.value === 'failed' && t.count > 0 ? ' qo-tab--alert' : ''}`}
            onClick={() => setQuery(setFilter(query, 'status', t.value))}
            data-testid={`outbox-tab-${t.value || 'all'}`}
          >
            <Text className="qo-tab__label">{t.label}</Text>
            <Text className="qo-tab__count">{page ? t.count : '–'}</Text>
          </View>
        ))}
      </View>
      <View className="qc-card">
        <DataTable
          testId="outbox"
          columns={COLUMNS}
          {...list.table}
          rowKey={(m) => m.id}
          emptyText={status ? `没有「${STATUS_LABEL[status] ?? status}」的消息` : '发送队列为空：尚无需要发送的微信通知（只有绑定了微信的接收人才会收到订阅消息）'}
        />
      </View>
    </ConsoleLayout>
  );
}
