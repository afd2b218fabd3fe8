import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useLoad, useRouter } from '@tarojs/taro';
import { Button, Input } from '@nutui/nutui-react-taro';
import { formatCertificateNo, isWellFormedCertificateNo, normalizeCertificateNo } from '@cacem/shared';
import { errorText, isApiError } from '../../api';
import { call, type Schemas } from '../../api/contract';
import { formatDate } from '../../utils/format';
import './index.scss';

/** What the server tells anyone about a certificate number (GET /public/certificates/:no). */
export type PublicCertificate = Schemas['PublicCertificate'];

type Result = { kind: 'found'; certificate: PublicCertificate } | { kind: 'notFound'; message: string } | { kind: 'error'; message: string };

const displayNo = (no: string) => (isWellFormedCertificateNo(no) ? formatCertificateNo(no) : no);

/**
 * 证书查验: anyone, logged in or not, checks a certificate by its number. The QR code on the certificate opens this
 * page with `?no=`, and the check runs at once.
 */
export default function VerifyCertificatePage() {
  const router = useRouter();
  const [no, setNo] = useState(() => decodeURIComponent(router.params.no ?? ''));
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const check = async (input: string) => {
    const value = normalizeCertificateNo(input);
    if (value === '') {
      setResult({ kind: 'error', message: '请输入证书编号' });
      return;
    }
    setChecking(true);
    setResult(null);
    try {
      const certificate = await call('GET', '/public/certificates/{no}', { path: { no: value } });
      setResult({ kind: 'found', certificate });
    } catch (e) {
      setResult(isApiError(e) && e.code === 'CERTIFICATE_NOT_FOUND' ? { kind: 'notFound', message: e.message } : { kind: 'error', message: errorText(e) });
    } finally {
      setChecking(false);
    }
  };

  useLoad(() => {
    if (no.trim() !== '') void check(no);
  });

  return (
    <View className="qt-page qt-verify">
      <Text className="qt-page__title">证书查验</Text>
      <Text className="qt-page__subtitle">输入证书上的编号，或扫描证书上的二维码，查验工程建设质量信得过班组证书的真伪。</Text>
      <View className="qt-card">
        <Text className="qt-verify__label">证书编号</Text>
        <Input
          className="qt-verify__input"
          name="certificateNo"
          value={no}
          placeholder="如 QT-2026-K7M2-Q9XA-H"
          maxLength={40}
          onChange={(value: string) => setNo(value)}
          onConfirm={() => void check(no)}
          data-testid="verify-no"
        />
        <View className="qt-actions">
          <Button type="primary" size="large" block loading={checking} disabled={checking} onClick={() => void check(no)} data-testid="verify-submit">
            查询
          </Button>
        </View>
      </View>

      {result?.kind === 'found' && result.certificate.status === 'valid' && (
        <View className="qt-card qt-verify__result qt-verify__result--valid" data-testid="verify-valid">
          <Text className="qt-verify__status">✓ 证书有效</Text>
          <Field label="班组名称" value={result.certificate.teamName} />
          <Field label="企业名称" value={result.certificate.enterpriseName} />
          <Field label="等级" value={result.certificate.gradeLabel} strong />
          <Field label="活动年度" value={`${result.certificate.year}年`} />
          <Field label="颁发日期" value={formatDate(result.certificate.issuedAt)} />
          <Field label="证书编号" value={displayNo(result.certificate.certificateNo)} />
          <Text className="qt-hint">颁发单位：中国施工企业管理协会</Text>
        </View>
      )}

      {result?.kind === 'found' && result.certificate.status === 'revoked' && (
        <View className="qt-card qt-verify__result qt-verify__result--revoked" data-testid="verify-revoked">
          <Text className="qt-verify__status">✕ 已撤销</Text>
          <Text className="qt-verify__note">此证书已被撤销，不再有效。</Text>
          <Field label="撤销日期" value={formatDate(result.certificate.revokedAt)} />
          <Field label="撤销原因" value={result.certificate.revokedReason ?? '—'} />
          <Field label="班组名称" value={result.certificate.teamName} />
          <Field label="企业名称" value={result.certificate.enterpriseName} />
          <Field label="证书编号" value={displayNo(result.certificate.certificateNo)} />
        </View>
      )}

      {result !== null && result.kind !== 'found' && (
        <View className="qt-card qt-verify__result qt-verify__result--missing" data-testid="verify-not-found">
          <Text className="qt-verify__status">{result.kind === 'notFound' ? '未找到' : '查询失败'}</Text>
          <Text className="qt-verify__note">{result.message}</Text>
        </View>
      )}
    </View>
  );
}

interface FieldProps {
  label: string;
  value: string;
  strong?: boolean;
}

function Field({ label, value, strong = false }: FieldProps) {
  return (
    <View className="qt-verify__field">
      <Text className="qt-verify__field-label">{label}</Text>
      <Text className={strong ? 'qt-verify__field-value qt-verify__field-value--strong' : 'qt-verify__field-value'}>{value}</Text>
    </View>
  );
}
