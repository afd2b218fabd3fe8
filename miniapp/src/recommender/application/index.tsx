import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { errorText, isApiError, recommendationApi } from '../../api';
import { DocumentLink } from '../../components/document-link';
import { DECLARATIONS } from '../../utils/declarations';
import { documentTypeOf } from '../../utils/document-type';
import { formatDateTime, formatSize } from '../../utils/format';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { StatusBadge } from '../status-badge';
import { DecisionPanel, type Decision } from './decision-panel';
import './index.scss';

function Line({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <View className="qt-rec__line">
      <Text className="qt-rec__line-label">{label}</Text>
      <Text className="qt-rec__line-value" data-testid={testId}>
        {value}
      </Text>
    </View>
  );
}

export interface ApplicationDetailViewProps {
  id: string;
}

/** One team's application as its recommending unit reads it, with the decision; separate from the page for tests. */
export function ApplicationDetailView({ id }: ApplicationDetailViewProps) {
  const loaded = useLoaded(() => recommendationApi.get(Number(id)), [id]);
  useReloadOnShow(loaded);
  const item = loaded.data;
  const loadError = loaded.error;
  const [error, setError] = useState('');
  const [problems, setProblems] = useState<Array<{ code: string; message: string }>>([]);
  const [busy, setBusy] = useState(false);

  // Not useAction: the server's problems are listed one by one below, so the sentence above them is its message alone.
  const decide = async (decision: Decision, reason: string) => {
    setBusy(true);
    setError('');
    setProblems([]);
    try {
      const updated = decision === 'recommend' ? await recommendationApi.recommend(Number(id)) : await recommendationApi.decline(Number(id), reason);
      if (item) loaded.setData({ ...item, ...updated });
      void Taro.showToast({ title: decision === 'recommend' ? '已推荐' : '已标记为不推荐', icon: 'success' });
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      setError(errorText(e));
      if (isApiError(e)) setProblems(e.problems);
    } finally {
      setBusy(false);
    }
  };

  if (!item) {
    return loadError !== '' ? (
      <Text className="qt-error" data-testid="rec-detail-error">
        {loadError}
      </Text>
    ) : (
      <Text className="qt-hint">正在加载…</Text>
    );
  }

  const p = item.profile ?? {};
  const d = item.declarations ?? {};
  return (
    <View data-testid="rec-detail" data-id={String(item.id)}>
      <View className="qt-card">
        <Text className="qt-rec-detail__team" data-testid="rec-detail-team">
          {item.teamName}
        </Text>
        <Text className="qt-hint">
          {item.enterpriseName} · {item.teamKindLabel}
        </Text>
        <View className="qt-rec__line">
          <Text className="qt-rec__line-label">状态</Text>
          <StatusBadge status={item.status} label={item.statusLabel} testId="rec-detail-status" />
        </View>
        <Line label="提交时间" value={formatDateTime(item.submittedAt)} />
        {item.preference !== null && <Line label="推荐顺序" value={`第 ${item.preference} 位`} testId="rec-detail-preference" />}
        {item.decisionReason && <Line label="不推荐理由" value={item.decisionReason} testId="rec-detail-reason" />}
      </View>

      <View className="qt-card" data-testid="rec-detail-profile">
        <Text className="qt-rec__section-title">班组情况</Text>
        <Line label="班组长" value={p.leaderName ?? '—'} />
        <Line label="班组长手机" value={p.leaderMobile ?? '—'} />
        <Line label="班组人数" value={p.memberCount ?? '—'} />
        <Line label="专业/工种" value={p.specialty ?? '—'} />
        <Line label="项目名称" value={p.projectName ?? '—'} />
        <Line label="现场活动记录" value={`${item.activityRecordCount} 条`} testId="rec-detail-records" />
        <Text className="qt-rec-detail__intro">{p.introduction ?? ''}</Text>
      </View>

      <View className="qt-card" data-testid="rec-detail-declarations">
        <Text className="qt-rec__section-title">申报声明</Text>
        {DECLARATIONS.map((decl) => (
          <Text key={decl.key} className="qt-rec-detail__decl">
            {d[decl.key] ? '✓' : '✗'} {decl.text}
          </Text>
        ))}
      </View>

      <View className="qt-card" data-testid="rec-detail-materials">
        <Text className="qt-rec__section-title">申报材料</Text>
        {(['pdf', 'ppt'] as const).map((kind) => {
          const m = item.materials[kind];
          const title = kind === 'pdf' ? '申报材料（PDF）' : '成果发布 PPT';
          return m ? (
            <View key={kind}>
              <Text className="qt-hint">
                {title}：{m.originalName} · {formatSize(m.size)}
              </Text>
              <DocumentLink url={m.url} fileType={documentTypeOf(m.originalName, kind === 'pdf' ? 'pdf' : 'pptx')} label={`打开${title}`} testId={`rec-material-${kind}`} />
            </View>
          ) : (
            <Text key={kind} className="qt-hint" data-testid={`rec-material-${kind}-missing`}>
              {title}：未上传
            </Text>
          );
        })}
      </View>

      {error !== '' && (
        <Text className="qt-error" data-testid="rec-action-error">
          {error}
        </Text>
      )}
      {problems.length > 0 && (
        <View className="qt-card qt-rec__problems">
          {problems.map((pr) => (
            <Text key={pr.code + pr.message} className="qt-rec__problem" data-testid="rec-action-problem">
              · {pr.message}
            </Text>
          ))}
        </View>
      )}
      {item.status === 'submitted' && <DecisionPanel busy={busy} onDecide={(dec, reason) => void decide(dec, reason)} />}
    </View>
  );
}

export default function RecommenderApplicationPage() {
  const { id = '' } = useRouter().params;
  return (
    <View className="qt-page qt-rec-detail">
      <ApplicationDetailView id={id} />
    </View>
  );
}
