import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ConsoleLayout } from '../console/layout';
import { CasesTab } from './cases-tab';
import { WarningsTab } from './warnings-tab';
import '../setup-pages/setup.scss';

type Tab = 'cases' | 'warnings';
const TABS: Array<{ key: Tab; label: string }> = [
  { key: 'cases', label: '查处案件' },
  { key: 'warnings', label: '推荐单位警示' },
];

/** 违规查处 (第十五条): cases of plagiarism or fraud with their evidence and decisions, and the warnings sent to units. */
export default function DisciplinePage() {
  const [tab, setTab] = useState<Tab>('cases');
  return (
    <ConsoleLayout active="discipline" title="违规查处" subtitle="申报材料涉嫌剽窃或弄虚作假的查处，及对推荐单位的警示">
      <View className="qs-tabs">
        {TABS.map((t) => (
          <Text key={t.key} className={`qs-tabs__tab${tab === t.key ? ' qs-tabs__tab--on' : ''}`} onClick={() => setTab(t.key)} data-testid={`discipline-tab-${t.key}`}>
            {t.label}
          </Text>
        ))}
      </View>
      {tab === 'cases' ? <CasesTab /> : <WarningsTab />}
    </ConsoleLayout>
  );
}
