import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type ImportReport, setupApi } from '../../api/console-setup';
import { useAction } from '../../utils/use-request';
import { Button, FileButton } from '../console/kit';
import { type Notice } from '../review-pages/parts';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';
import { useFailureNotice } from '../console/failure-notice';

const SHEET_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ImportButtonProps {
  /** A file was chosen: the last import's report and notice go away. */
  onStart: () => void;
  onReport: (report: ImportReport) => void;
  onNotice: (notice: Notice) => void;
}

/** 从 Excel 导入: uploads a sheet of experts, showing the upload's progress on the button. */
export function ImportButton({ onStart, onReport, onNotice }: ImportButtonProps) {
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useAction(async (file: File) => {
    setProgress(0);
    try {
      return await setupApi.importExperts(file, file.name, setProgress);
    } finally {
      setProgress(null);
    }
  });
  useFailureNotice(upload.error, '导入失败', onNotice);

  const importFile = async (file: File) => {
    onStart();
    const report = await upload.run(file);
    if (report) onReport(report);
  };

  return (
    <FileButton accept={SHEET_TYPES} disabled={progress !== null} onFile={(file) => void importFile(file)} data-testid="experts-import" inputTestId="experts-import-input">
      {progress !== null ? `导入中… ${progress}%` : '从 Excel 导入'}
    </FileButton>
  );
}

/** 导入结果: how many rows were added or updated, and each rejected row with its column and problem. */
export function ImportReportCard({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  return (
    <View className="qc-card" data-testid="experts-import-report">
      <Text className="qc-card__title">导入结果</Text>
      <Text className={`qc-alert ${report.rejected.length ? 'qc-alert--warning' : 'qc-alert--success'}`} data-testid="experts-import-summary">
        共读取 {report.total} 行：新增 {report.imported} 人，更新 {report.updated} 人（手机号已在专家库中），{report.rejected.length} 行有误未导入。
      </Text>
      {report.rejected.length > 0 && (
        <PlainTable
          testId="experts-import-rows"
          colSpan={3}
          loading={false}
          error=""
          empty={false}
          head={
            <PlainRow>
              <PlainHeadCell style={{ width: '80px' }}>行号</PlainHeadCell>
              <PlainHeadCell style={{ width: '160px' }}>列</PlainHeadCell>
              <PlainHeadCell>问题</PlainHeadCell>
            </PlainRow>
          }
        >
          {report.rejected.flatMap((r) =>
            r.errors.map((e, i) => (
              <PlainRow key={`${r.row}-${i}`} data-testid="experts-import-row">
                <PlainCell>{i === 0 ? `第 ${r.row} 行` : ''}</PlainCell>
                <PlainCell>{e.column || '—'}</PlainCell>
                <PlainCell>{e.message}</PlainCell>
              </PlainRow>
            )),
          )}
        </PlainTable>
      )}
      <Button variant="link" onClick={onClose}>
        关闭
      </Button>
    </View>
  );
}
