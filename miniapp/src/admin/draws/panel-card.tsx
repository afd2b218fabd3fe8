import { Text, View } from '@tarojs/components';
import type { DrawPanel, PanelExpert } from '../../api/console-review';

const expertName = (e: PanelExpert) => `${e.name ?? `专家 ${e.id}`}${e.replacement ? '（替换）' : ''}`;

/** One drawn panel: its leader, members (replacements marked) and the applications it reviews. */
export function PanelCard({ panel, replaced }: { panel: DrawPanel; replaced: number }) {
  return (
    <View className="rp-panel" data-testid="draw-panel" data-panel={panel.panelNo}>
      <View className="rp-panel__head">
        <Text>第 {panel.panelNo} 组</Text>
        <Text className="qc-muted">
          专家 {1 + panel.members.length} 人 · 申报 {panel.applications.length} 个{replaced ? ` · 替换 ${replaced} 次` : ''}
        </Text>
      </View>
      <Text className="rp-panel__line" data-testid="draw-panel-leader">
        组长：<Text className={panel.leader.replacement ? 'qc-tag qc-tag--orange' : ''}>{expertName(panel.leader)}</Text>
      </Text>
      <Text className="rp-panel__line" data-testid="draw-panel-members">
        组员：{panel.members.length ? panel.members.map(expertName).join('、') : <Text className="qc-muted">无</Text>}
      </Text>
      <Text className="rp-panel__line" data-testid="draw-panel-applications">
        评审申报：
        {panel.applications.length ? panel.applications.map((a) => `${a.teamName ?? `申报 ${a.id}`}（${a.id}）`).join('、') : <Text className="qc-muted">无</Text>}
      </Text>
    </View>
  );
}
