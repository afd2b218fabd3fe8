import { Text, View } from '@tarojs/components';
import type { Grade } from '@cacem/shared';
import type { CertificateItem } from '../../api/console-review';
import { formatDate } from '../../utils/format';
import type { Column } from '../console/data-table';
import { Button } from '../console/kit';

const GRADE_TONE: Record<Grade, string> = { excellent: 'green', exemplary: 'blue', improving: 'gray' };

export interface CertificateActions {
  /** The certificate whose PDF is being downloaded, if any. */
  pdfBusy: string | null;
  onPdf: (c: CertificateItem) => void;
  onRevoke: (c: CertificateItem) => void;
}

/** The certificates table's columns: number, team, grade, status (with the revocation's reason), PDF and 撤销. */
export function certificateColumns({ pdfBusy, onPdf, onRevoke }: CertificateActions): Array<Column<CertificateItem>> {
  return [
    { key: 'no', title: '证书编号', render: (c) => <Text className="qc-mono" data-testid="cert-no">{c.certificateNo}</Text> },
    { key: 'team', title: '班组名称', render: (c) => c.team.name },
    { key: 'enterprise', title: '申报企业', render: (c) => c.enterprise.name },
    { key: 'unit', title: '推荐单位', render: (c) => (c.unit ? `${c.unit.seq}. ${c.unit.name}` : <Text className="qc-muted">—</Text>) },
    {
      key: 'grade',
      title: '等级',
      render: (c) => (
        <Text className={`qc-tag qc-tag--${GRADE_TONE[c.grade]}`} data-grade={c.grade}>
          {c.gradeLabel}
        </Text>
      ),
    },
    { key: 'total', title: '总分', align: 'right', render: (c) => (c.total === null ? '—' : c.total.toFixed(2)) },
    { key: 'issuedAt', title: '颁发日期', width: 110, render: (c) => formatDate(c.issuedAt) },
    {
      key: 'revoked',
      title: '状态',
      render: (c) =>
        c.revoked ? (
          <View>
            <Text className="qc-tag qc-tag--red" data-testid="cert-status" data-revoked="true">
              已撤销 {formatDate(c.revokedAt)}
            </Text>
            {c.revokedReason && (
              <Text className="qc-muted" style={{ display: 'block', fontSize: '12px' }} data-testid="cert-revoked-reason">
                {c.revokedReason}
              </Text>
            )}
          </View>
        ) : (
          <Text className="qc-tag qc-tag--green" data-testid="cert-status" data-revoked="false">
            有效
          </Text>
        ),
    },
    {
      key: 'actions',
      title: '操作',
      width: 150,
      render: (c) => (
        <View className="rp-inline">
          <Button variant="link" disabled={pdfBusy === c.certificateNo} onClick={() => onPdf(c)} data-testid="cert-pdf">
            {pdfBusy === c.certificateNo ? '下载中…' : 'PDF'}
          </Button>
          {!c.revoked && (
            <Button variant="link" onClick={() => onRevoke(c)} data-testid="cert-revoke">
              撤销
            </Button>
          )}
        </View>
      ),
    },
  ];
}
