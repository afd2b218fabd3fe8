// Screening (初选).
export const SCREENING_ERRORS = {
  SCREENING_FILE_MISSING: '申报材料文件已丢失或无法读取，请申报企业重新上传',
  SCREENING_REASON_REQUIRED: '初选淘汰须填写原因（班组可在进度和消息中看到）',
  SCREENING_PROBLEMS: '该申报未通过合规性、完整性自动检查，不能直接通过初选',
  SCREENING_OVERRIDE_REASON_REQUIRED: '存在问题仍通过初选时，须填写理由（记入审计日志）',
} as const;
