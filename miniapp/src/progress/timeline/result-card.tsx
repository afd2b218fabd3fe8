import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { authHeader, buildUrl, type ApplicationResult } from '../../api';
import { formatDate } from '../../utils/format';
import { downloadAuthorized } from '../../utils/open-document';
import { ROUTES } from '../../utils/routes';

/** 评定结果: the grade, the scores and why, and the certificate once issued (第十条、第十三条). */
export function ResultCard({ result, teamName }: { result: ApplicationResult; teamName: string }) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const certificate = result.certificate;
  const download = async () => {
    if (!certificate) return;
    setBusy(true);
    setError('');
    try {
      await downloadAuthorized(buildUrl(`/certificates/${certificate.certificateNo}/pdf`), `${teamName ? `${teamName}-` : ''}证书-${certificate.certificateNo}.pdf`, authHeader());
    } catch (e) {
      setError(e instanceof Error ? e.message : '证书下载失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className={`qt-card qt-result qt-result--${result.grade}`} data-testid="result-card">
      <Text className="qt-result__caption">评定结果</Text>
      <Text className="qt-result__grade" data-testid="result-grade">
        {result.gradeLabel}
      </Text>
      <View className="qt-result__scores">
        <View className="qt-result__score">
          <Text className="qt-result__value" data-testid="result-total">
            {result.total.toFixed(2)}
          </Text>
          <Text className="qt-hint qt-result__label">总分</Text>
          <Text className="qt-result__max">满分 100</Text>
        </View>
        <View className="qt-result__score">
          <Text className="qt-result__value">{result.materialsScore.toFixed(2)}</Text>
          <Text className="qt-hint qt-result__label">资料审核</Text>
          <Text className="qt-result__max">满分 80</Text>
        </View>
        <View className="qt-result__score">
          <Text className="qt-result__value">{result.presentationScore.toFixed(2)}</Text>
          <Text className="qt-hint qt-result__label">成果发布</Text>
          <Text className="qt-result__max">满分 20</Text>
        </View>
      </View>
      <Text className="qt-result__explanation" data-testid="result-explanation">
        {result.explanation}
      </Text>
      {result.underReview && (
        <Text className="qt-error" data-testid="result-under-review">
          复核中：{result.underReviewNote ?? '该结果所依据的评分正在复核，等级以秘书处重新确认后的结果为准'}
        </Text>
      )}
      <Text className="qt-hint">公布日期：{formatDate(result.publishedAt)}</Text>
      {certificate && (
        <View className="qt-result__certificate" data-testid="result-certificate">
          <View className="qt-result__certificate-line">
            <Text className="qt-hint">证书编号</Text>
            <Text className="qt-result__certificate-no" data-testid="result-certificate-no">
              {certificate.certificateNo}
            </Text>
            {certificate.status === 'revoked' && <Text className="qt-error">（已撤销）</Text>}
          </View>
          {certificate.status === 'revoked' && certificate.revokedReason && <Text className="qt-error">撤销原因：{certificate.revokedReason}</Text>}
          <View className="qt-result__actions">
            <Button className="qt-result__action" type="primary" size="large" loading={busy} data-testid="result-download" onClick={() => void download()}>
              下载证书
            </Button>
            <Button className="qt-result__action" size="large" data-testid="result-verify" onClick={() => void Taro.navigateTo({ url: `${ROUTES.verify}?no=${certificate.certificateNo}` })}>
              验证证书
            </Button>
          </View>
          {error !== '' && <Text className="qt-error">{error}</Text>}
        </View>
      )}
    </View>
  );
}
