import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { similarityApi } from '../../api/console-similarity';
import { useAction, useLoaded } from '../../utils/use-request';
import { ConsoleLayout } from '../console/layout';
import { failure, NoticeLine, type Notice } from '../review-pages/parts';
import { ClustersTab } from './clusters-tab';
import { runActive } from './logic';
import { PairsTab } from './pairs-tab';
import { RunCard } from './run-card';
import { UncheckableTab } from './uncheckable-tab';
import '../setup-pages/setup.scss';
import './similarity.scss';

const POLL_MS = 2000;

/** 材料查重: the latest comparison of every declaration PDF and PPTX, this year's and earlier, and the near-duplicate pairs found. */
export default function SimilarityPage() {
  const loaded = useLoaded(() => similarityApi.overview(), []);
  const { data: overview, error, reload: loadOverview } = loaded;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [tab, setTab] = useState<'pairs' | 'clusters' | 'uncheckable'>('pairs');
  const [reloadKey, setReloadKey] = useState(0);

  // While a run is queued or running, follow it every 2 s; when it ends, the tables are read again.
  const active = runActive(overview?.latestRun);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(loadOverview, POLL_MS);
    return () => clearInterval(timer);
  }, [active, loadOverview]);
  const wasActive = useRef(false);
  useEffect(() => {
    if (wasActive.current && !active) setReloadKey((k) => k + 1);
    wasActive.current = active;
  }, [active]);

  const start = useAction(async () => {
    setNotice(null);
    try {
      const run = await similarityApi.startRun();
      if (overview) loaded.setData({ ...overview, latestRun: run });
      setNotice({ ok: true, text: '已开始查重，进度会自动刷新。' });
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `开始查重失败：${text}` });
    }
  });

  return (
    <ConsoleLayout active="similarity" title="材料查重" subtitle="比对本年度及往年全部申报材料（PDF、PPT）的文字，找出疑似雷同的文件">
      <NoticeLine notice={notice} testId="similarity-notice" onClose={() => setNotice(null)} />
      {error && (
        <Text className="qc-alert qc-alert--error" data-testid="similarity-error">
          加载失败：{error}
        </Text>
      )}
      <RunCard overview={overview} starting={start.busy} onStart={() => void start.run()} />

      {/* One tab per kind of finding: pairs, 模板雷同 (passages many teams share), files that could not be read. */}
      <View className="qs-tabs">
        <Text className={`qs-tabs__tab${tab === 'pairs' ? ' qs-tabs__tab--on' : ''}`} onClick={() => setTab('pairs')} data-testid="similarity-tab-pairs">
          相似文件对{overview ? `（疑似雷同 ${overview.pairs.suspicious}）` : ''}
        </Text>
        <Text className={`qs-tabs__tab${tab === 'clusters' ? ' qs-tabs__tab--on' : ''}`} onClick={() => setTab('clusters')} data-testid="similarity-tab-clusters">
          模板雷同{overview ? `（${overview.clusters}）` : ''}
        </Text>
        <Text className={`qs-tabs__tab${tab === 'uncheckable' ? ' qs-tabs__tab--on' : ''}`} onClick={() => setTab('uncheckable')} data-testid="similarity-tab-uncheckable">
          无法比对的文件{overview ? `（${overview.documents.uncheckable}）` : ''}
        </Text>
      </View>
      {tab === 'pairs' && <PairsTab reloadKey={reloadKey} />}
      {tab === 'clusters' && <ClustersTab reloadKey={reloadKey} />}
      {tab === 'uncheckable' && <UncheckableTab reloadKey={reloadKey} />}
    </ConsoleLayout>
  );
}
