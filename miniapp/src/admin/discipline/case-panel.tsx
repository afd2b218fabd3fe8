import { Text, View } from '@tarojs/components';
import { type CaseDetail, setupApi } from '../../api/console-setup';
import { formatDateTime } from '../../utils/format';
import { useAction } from '../../utils/use-request';
import { SidePanel } from '../console/side-panel';
import { CaseDecision, type DecideInput } from './case-decision';
import { CaseEvidence } from './case-evidence';

/** The case's facts as label / value pairs, the decision among them once there is one. */
function CaseFields({ detail }: { detail: CaseDetail }) {
  const rows = [
    ['申报', `#${detail.application.id} ${detail.application.teamName ?? ''} · ${detail.application.enterpriseName ?? ''}（${detail.application.statusLabel}）`],
    ['推荐单位', detail.application.unit?.name ?? '—'],
    ['违规类型', detail.kindLabel],
    ['案件状态', detail.statusLabel],
    ['立案', `${formatDateTime(detail.openedAt)} · ${detail.openedBy}`],
    ['情况说明', detail.description],
    ...(detail.status !== 'open' ? [['处理决定', `${detail.statusLabel}（${detail.decidedOn ?? ''}）：${detail.decisionReason ?? ''}`]] : []),
  ];
  return (
    <View className="qc-desc qc-desc--single" data-testid="case-fields">
      {rows.flatMap(([label, value]) => [
        <Text key={`${label}-label`} className="qc-desc__label">
          {label}
        </Text>,
        <Text key={`${label}-value`} className="qc-desc__value">
          {value}
        </Text>,
      ])}
    </View>
  );
}

export interface CasePanelProps {
  detail: CaseDetail;
  /** Changes the shown case in place (evidence added), if it is still the one shown. */
  onUpdate: (change: (shown: CaseDetail) => CaseDetail) => void;
  onDecided: (decided: CaseDetail) => void;
  onClose: () => void;
}

/** One case in the drawer: its facts, its evidence and, while it is open, the form for the decision. */
export function CasePanel({ detail, onUpdate, onDecided, onClose }: CasePanelProps) {
  const decide = useAction((input: DecideInput) => setupApi.decideCase(detail.id, input));
  const title = `案件 ${detail.id}：${detail.application.teamName ?? `申报 ${detail.application.id}`}`;
  return (
    <SidePanel open title={title} onClose={() => !decide.busy && onClose()} testId="case-panel">
      <View>
        <CaseFields detail={detail} />
        <CaseEvidence detail={detail} onAdded={(ev) => onUpdate((shown) => ({ ...shown, evidence: [...shown.evidence, ev] }))} />
        {detail.status === 'open' && <CaseDecision caseId={detail.id} decide={decide} onDecided={onDecided} />}
      </View>
    </SidePanel>
  );
}
