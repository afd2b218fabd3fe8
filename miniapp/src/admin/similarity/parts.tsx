import { Text, View } from '@tarojs/components';
import type { SimilarityDocSide } from '../../api/console-similarity';
import { Button } from '../console/kit';
import { goConsole } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { pct, submittedText, teamText } from './logic';

/** 「已立案 #id」: opens 违规查处 on that case. */
export function CaseLink({ caseId }: { caseId: number }) {
  return (
    <Button
      variant="link"
      onClick={(e) => {
        e.stopPropagation();
        goConsole(`${CONSOLE_ROUTES.discipline}?caseId=${caseId}`);
      }}
      data-testid="case-link"
      data-case-id={caseId}
    >
      已立案 #{caseId}
    </Button>
  );
}

/** Who came first: the earlier side's label stands out (it is the likely source), the later one's is quiet. */
export function PrecedenceTag({ label, first, testId }: { label: string; first: boolean; testId?: string }) {
  if (!label) return null;
  return (
    <Text className={`qc-tag qc-tag--${first ? 'orange' : 'gray'} sim-precedence`} data-testid={testId} data-first={first ? 'true' : 'false'}>
      {label}
    </Text>
  );
}

/** A document in a table cell: team, who came first, enterprise, year and kind; the file name in the tooltip. */
export function DocCell({ doc, precedence, first }: { doc: SimilarityDocSide; precedence: string; first: boolean }) {
  return (
    <div className="sim-doc" title={doc.fileName}>
      <View className="sim-doc__team">
        <Text>{teamText(doc)}</Text>
        <PrecedenceTag label={precedence} first={first} testId="pair-precedence" />
      </View>
      <Text className="sim-doc__line">{doc.enterpriseName ?? '—'}</Text>
      <Text className="sim-doc__line qc-muted">
        {doc.campaignYear} 年 · {doc.kindLabel}
      </Text>
    </div>
  );
}

/** One figure in a bordered box; hint says what it counts when the label alone could be read two ways. */
export function Figure({ label, value, hint, testId, tone }: { label: string; value: number | string; hint?: string; testId?: string; tone?: 'red' }) {
  return (
    <View className={`sim-figures__item${tone ? ` sim-figures__item--${tone}` : ''}`} data-testid={testId}>
      <Text className="sim-figures__label">{label}</Text>
      <Text className="sim-figures__value">{value}</Text>
      {hint && <Text className="sim-figures__hint">{hint}</Text>}
    </View>
  );
}

export interface SideCardProps {
  label: string;
  doc: SimilarityDocSide;
  /** 「先提交」「往年（2025 年度）」…; '' when unknown. */
  precedence: string;
  first: boolean;
  /** Share of this document's own text found in the other. */
  coverage: number;
  testId: string;
}

/** One document of a pair: who it is, when it was submitted and whether first, and how much of it is in the other. */
export function SideCard({ label, doc, precedence, first, coverage, testId }: SideCardProps) {
  const lines: Array<[string, string]> = [
    ['企业', doc.enterpriseName ?? '—'],
    ['推荐单位', doc.unitName ?? '—'],
    ['年度', `${doc.campaignYear} 年`],
    ['提交', submittedText(doc, '')],
    ['文件', `${doc.fileName}（${doc.kindLabel}，${doc.pages} ${doc.kind === 'ppt' ? '张幻灯片' : '页'}）`],
    ['申报状态', doc.statusLabel],
  ];
  return (
    <View className="sim-side" data-testid={testId} data-application-id={doc.applicationId}>
      <View className="sim-side__head">
        <Text className="qc-tag qc-tag--blue">{label}</Text>
        <Text>{teamText(doc)}</Text>
        <PrecedenceTag label={precedence} first={first} testId={`${testId}-precedence`} />
      </View>
      <Text className="sim-side__coverage" data-testid={`${testId}-coverage`}>
        本文件 {pct(coverage)} 的文字见于对方
      </Text>
      {lines.map(([k, v]) => (
        <View key={k} className="sim-side__line">
          <Text className="sim-side__label">{k}</Text>
          <Text className="sim-side__value">{v}</Text>
        </View>
      ))}
    </View>
  );
}
