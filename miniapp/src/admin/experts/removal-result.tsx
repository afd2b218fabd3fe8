import { Text, View } from '@tarojs/components';
import type { RemovalResult } from '../../api/console-setup';
import { Button } from '../console/kit';

/** What a replacement did, in one sentence: who was drawn into which panel, or why nobody could be. */
function replacementText(removal: RemovalResult): string {
  const r = removal.replacement;
  if (!r) return '';
  const drawn = r.replacementExpert
    ? `已随机抽取「${r.replacementExpert.name}」替换进入第 ${r.panelNo} 专家组，担任${r.roleLabel}（候选 ${r.candidateCount} 人）。`
    : `第 ${r.panelNo} 专家组没有可替换的专家（无符合条件且无回避关系的候选人），该组将少一人评审。`;
  return removal.voidedSheetIds.length > 0 ? `${drawn} 其已有的 ${removal.voidedSheetIds.length} 份评分表已作废。` : drawn;
}

/** After 取消资格: the expert's login is off; the replacement drawn, if any; the sheets kept wait for a decision below. */
export function RemovalResultNotice({ removal, onClose }: { removal: RemovalResult; onClose: () => void }) {
  const kept = removal.keptSheets ?? [];
  return (
    <View className="qc-alert qc-alert--warning" data-testid="experts-removal-result">
      <Text style={{ display: 'block' }}>已取消专家「{removal.expert.name}」的资格，其登录已停用。</Text>
      {removal.replacement ? (
        <Text style={{ display: 'block' }} data-testid="experts-replacement">
          {replacementText(removal)}
        </Text>
      ) : (
        <Text style={{ display: 'block' }}>
          {removal.panelClosed ? '该专家所在专家组的评审已结束，不再抽取替换专家。' : '该专家不在本届最近一次抽取的专家组中，无需替换。'}
        </Text>
      )}
      {kept.length > 0 && (
        <Text style={{ display: 'block' }} data-testid="experts-kept-sheets">
          已结束评审阶段的 {kept.length} 份评分表保留不变（
          {[...new Set(kept.map((k) => k.teamName))].slice(0, 5).join('、')}
          {kept.length > 5 ? ' 等' : ''}），已计入的成绩不受影响；是否继续采用，请在下方「待决定」中作出决定。
        </Text>
      )}
      <Button variant="link" onClick={onClose}>
        知道了
      </Button>
    </View>
  );
}
