import { Text, View } from '@tarojs/components';
import { Button } from '../console/kit';
import { NoticeLine, ProgressBar, useExport } from '../review-pages/parts';

const EXPORTS = [
  { key: 'applications', label: '申报汇总表', hint: '每个已提交的申报：状态、得分、等级、证书编号', path: '/console/exports/applications.xlsx' },
  { key: 'scores', label: '专家评分明细', hint: '每位专家对每个评分项的打分（资料审核、成果发布各一表）', path: '/console/exports/scores.xlsx' },
  { key: 'results', label: '等级评定结果', hint: '排名、总分、建议与决定等级、调整理由', path: '/console/exports/results.xlsx' },
  { key: 'statistics', label: '统计表汇总（附件3）', hint: '各推荐单位的统计表及合计，未报送的单位列在最后', path: '/console/exports/statistics.xlsx' },
] as const;

function ExportButton({ item }: { item: (typeof EXPORTS)[number] }) {
  const { progress, notice, setNotice, run } = useExport(item.path, `${item.label}.xlsx`);
  return (
    <View className="qd-export">
      <View className="qd-export__text">
        <Text className="qd-export__label">{item.label}</Text>
        <Text className="qd-note">{item.hint}</Text>
      </View>
      <Button disabled={progress !== null} onClick={() => void run()} data-testid={`export-${item.key}`}>
        {progress ? '导出中…' : '导出 Excel'}
      </Button>
      <ProgressBar progress={progress} testId={`export-${item.key}-progress`} />
      <NoticeLine notice={notice} testId={`export-${item.key}-notice`} onClose={() => setNotice(null)} />
    </View>
  );
}

/** 数据导出: the season's workbooks with Chinese headers, each downloaded with a progress bar. */
export function ExportsCard() {
  return (
    <View className="qc-card" data-testid="dashboard-exports">
      <View className="qc-card__title">
        <Text>数据导出</Text>
        <Text className="qc-card__hint">Excel，中文表头</Text>
      </View>
      {EXPORTS.map((item) => (
        <ExportButton key={item.key} item={item} />
      ))}
    </View>
  );
}
