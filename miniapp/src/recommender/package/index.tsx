import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { errorText, isApiError, recommendationApi, type BuiltPackage, type PackageView } from '../../api';
import { DocumentLink } from '../../components/document-link';
import { SubmitBar } from '../../components/submit-bar';
import { formatDateTime, formatSize } from '../../utils/format';
import { ROUTES } from '../../utils/routes';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { PackageSlot } from './package-slot';
import './index.scss';

const EMPTY: PackageView = { letter: null, excellentList: null, current: null, history: [] };

function BuiltLine({ pkg }: { pkg: BuiltPackage }) {
  return (
    <Text className="qt-hint">
      第 {pkg.version} 版 · {pkg.pageCount} 页 · {formatSize(pkg.size)} · {formatDateTime(pkg.builtAt)} 生成
    </Text>
  );
}

/** 推荐函 + 附件3 + 优秀名单公布通知 merged by the server into one PDF named after the unit. */
export function RecommendationPackage() {
  const [statisticsFiled, setStatisticsFiled] = useState<boolean | null>(null);
  const [error, setError] = useState('');
  const [problems, setProblems] = useState<Array<{ code: string; message: string }>>([]);
  const [building, setBuilding] = useState(false);

  const loaded = useLoaded(async () => {
    recommendationApi
      .statistics()
      .then((s) => setStatisticsFiled(s.values !== null && s.updatedAt !== null))
      .catch(() => setStatisticsFiled(null));
    return { ...EMPTY, ...(await recommendationApi.package()) };
  }, []);
  useReloadOnShow(loaded);
  const pkg = loaded.data;
  const setPkg = loaded.setData;
  const load = loaded.reload;

  // Not useAction: the server's problems are listed one by one below, so the sentence above them is its message alone.
  const build = async () => {
    setBuilding(true);
    setError('');
    setProblems([]);
    try {
      await recommendationApi.buildPackage();
      void Taro.showToast({ title: '推荐材料已生成', icon: 'success' });
      load();
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      setError(errorText(e));
      if (isApiError(e)) setProblems(e.problems);
    } finally {
      setBuilding(false);
    }
  };

  const current = pkg?.current ?? null;
  const earlier = (pkg?.history ?? []).filter((h) => !current || h.version !== current.version);

  return (
    <View>
      <Text className="qt-hint">推荐函、统计表（附件3）和本行业（地方）年度优秀名单公布通知将合成一个 PDF 文件，以推荐单位名称命名。</Text>
      <PackageSlot
        slot="letter"
        title="推荐函（PDF）"
        hint="加盖公章的推荐函扫描件。"
        path={recommendationApi.letterPath}
        current={pkg?.letter ?? null}
        onUploaded={(a) => setPkg({ ...(pkg ?? EMPTY), ...a })}
      />
      <PackageSlot
        slot="excellent-list"
        title="本行业（地方）年度优秀名单公布通知（PDF）"
        hint="请在通知中标注出推荐的班组。"
        path={recommendationApi.excellentListPath}
        current={pkg?.excellentList ?? null}
        onUploaded={(a) => setPkg({ ...(pkg ?? EMPTY), ...a })}
      />
      <View className="qt-card" data-testid="pkg-statistics">
        <Text className="qt-rec__section-title">统计表（附件3）</Text>
        {statisticsFiled ? (
          <Text className="qt-pkg__ok" data-testid="pkg-statistics-filed">
            已填报
          </Text>
        ) : (
          <Text className="qt-pkg__missing" data-testid="pkg-statistics-missing">
            尚未填报
          </Text>
        )}
        <Text className="qt-hint" data-testid="pkg-go-statistics" onClick={() => void Taro.navigateTo({ url: ROUTES.recommenderStatistics })}>
          {statisticsFiled ? '查看或修改统计表 ›' : '去填报统计表 ›'}
        </Text>
      </View>

      {problems.length > 0 && (
        <View className="qt-card qt-rec__problems" data-testid="pkg-build-problems">
          {problems.map((p) => (
            <Text key={p.code + p.message} className="qt-rec__problem" data-testid="pkg-build-problem">
              · {p.message}
            </Text>
          ))}
        </View>
      )}
      <SubmitBar label="生成推荐材料 PDF" submitting={building} onSubmit={() => void build()} error={error || loaded.error} testIdPrefix="pkg-build" />

      {current && (
        <View className="qt-card qt-pkg__current" data-testid="pkg-current">
          <Text className="qt-rec__section-title">当前推荐材料</Text>
          <Text className="qt-pkg__file-name" data-testid="pkg-current-name">
            {current.fileName}
          </Text>
          <BuiltLine pkg={current} />
          <DocumentLink url={current.url} fileType="pdf" label="下载推荐材料" testId="package-download" />
        </View>
      )}
      {earlier.length > 0 && (
        <View className="qt-card" data-testid="pkg-history">
          <Text className="qt-rec__section-title">历史版本</Text>
          {earlier.map((h) => (
            <View key={h.version} className="qt-pkg__history-item" data-testid="pkg-history-item">
              <Text>{h.fileName}</Text>
              <BuiltLine pkg={h} />
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

export default function RecommenderPackagePage() {
  return (
    <View className="qt-page qt-pkg">
      <Text className="qt-page__title">推荐材料</Text>
      <RecommendationPackage />
    </View>
  );
}
