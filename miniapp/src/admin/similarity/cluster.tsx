import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { type SimilarityClusterDetail, type SimilarityClusterMember, similarityClustersApi } from '../../api/console-similarity-clusters';
import { formatDateTime } from '../../utils/format';
import { useLoaded } from '../../utils/use-request';
import { type Column, DataTable } from '../console/data-table';
import { Button } from '../console/kit';
import { ConsoleLayout, goConsole } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { defaultQuery } from '../console/table-query';
import { pct, teamText } from './logic';
import { Figure } from './parts';
import './similarity.scss';
import './cluster.scss';

const pagesText = (from: number, to: number, unit: string) => (from === to ? `第 ${from} ${unit}` : `第 ${from}–${to} ${unit}`);

const MEMBER_COLUMNS: Array<Column<SimilarityClusterMember>> = [
  { key: 'team', title: '班组', render: (m) => <Text data-testid="cluster-member-team">{teamText(m)}</Text> },
  { key: 'enterprise', title: '申报企业', render: (m) => m.enterpriseName ?? '—' },
  { key: 'unit', title: '推荐单位', render: (m) => m.unitName ?? '—' },
  { key: 'file', title: '文件', render: (m) => `${m.campaignYear} 年 · ${m.kindLabel}` },
  { key: 'submitted', title: '提交时间', render: (m) => (m.submittedAt ? formatDateTime(m.submittedAt) : '—') },
  { key: 'share', title: '占本班组文字', align: 'right', render: (m) => <Text data-testid="cluster-member-share">{pct(m.share)}</Text> },
];

/** 材料查重 · 模板雷同: which teams share the passages, how much of each one's text they are, and the passages as written. */
export default function SimilarityClusterPage() {
  const raw = useRouter().params.id;
  const id = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : null;
  const loaded = useLoaded((): Promise<SimilarityClusterDetail | null> => (id === null ? Promise.resolve(null) : similarityClustersApi.one(id)), [id]);
  const cluster = loaded.data;
  const error = id === null ? '缺少模板雷同组编号' : loaded.error;

  const unit = cluster?.representative.kind === 'ppt' ? '张幻灯片' : '页';
  const extra = (
    <Button onClick={() => goConsole(CONSOLE_ROUTES.similarity)} data-testid="cluster-back">
      返回材料查重
    </Button>
  );
  return (
    <ConsoleLayout active="similarity" title="材料查重 · 模板雷同" subtitle={cluster ? `比对于 ${formatDateTime(cluster.checkedAt)}` : undefined} extra={extra}>
      <View data-testid="similarity-cluster-view" data-cluster-id={cluster?.id ?? ''}>
        {error && (
          <Text className="qc-alert qc-alert--error" data-testid="cluster-error">
            加载失败：{error}
          </Text>
        )}
        {!cluster && !error && <Text className="qc-muted">加载中…</Text>}
        {cluster && (
          <>
            <View className="qc-card">
              <View className="sim-figures">
                <Figure label="共用这段文字的班组" value={`${cluster.applicationCount} 个`} testId="cluster-figure-teams" />
                <Figure label="共用文字" value={`${cluster.chars} 字`} hint={`${cluster.passages.length} 段`} />
                <Figure label="最高占比" value={pct(cluster.score)} hint="共用文字占该班组本人文字的比例" tone={cluster.score >= 0.15 ? 'red' : undefined} />
              </View>
              <Text className="qc-muted">
                这些班组的材料里出现了同一段文字，且不是通知或评分标准的原文：可能出自同一份代写或购买的材料。请逐一核实；如需立案，可在「相似文件对」中打开其中两份材料的对比后立案查处。
              </Text>
            </View>
            <View className="qc-card">
              <Text className="qc-card__title">共用的班组</Text>
              <DataTable
                testId="cluster-members"
                rowTestId="cluster-member"
                columns={MEMBER_COLUMNS}
                rows={cluster.members}
                total={cluster.members.length}
                rowKey={(m) => m.documentId}
                query={{ ...defaultQuery({ filters: [], sortKeys: [], defaultPageSize: 100, pageSizes: [100], defaultSort: null }) }}
                onQueryChange={() => undefined}
                pageSizes={[100]}
                loading={false}
                error=""
                onRetry={loaded.reload}
              />
            </View>
            <View className="qc-card" data-testid="cluster-passages">
              <Text className="qc-card__title">共用的段落（{teamText(cluster.representative)}材料中的原文）</Text>
              {cluster.passages.map((p, k) => (
                <View key={k} className="sim-cluster-passage" data-testid="cluster-passage">
                  <Text className="qc-muted">{pagesText(p.fromPage, p.toPage, unit)}</Text>
                  <Text className="sim-cluster-passage__text">{p.text}</Text>
                </View>
              ))}
            </View>
          </>
        )}
      </View>
    </ConsoleLayout>
  );
}
