// Grades and certificates.
export const GRADING_ERRORS = {
  GRADING_INVALID_INPUT: '评定等级的数据不完整或有误',
  GRADING_INCOMPLETE: '还有受邀班组的成果发布尚未结束，不能评定等级',
  GRADING_NOT_PROPOSED: '尚未生成等级建议',
  GRADING_CONFIRMED: '等级已确认，不能再调整',
  GRADING_NOT_CONFIRMED: '等级尚未确认，不能公布',
  GRADING_PUBLISHED: '评定结果已经公布',
  GRADE_CAP_EXCEEDED: '调整后超出等级名额比例（卓越级不超过 10%，示范级不超过 40%）',
  GRADE_REASON_REQUIRED: '调整等级须填写理由',
  GRADING_RESCORE_REQUIRED: '有申报的评分经秘书处决定已重新汇总，须先重新生成等级建议（已确认的须重新确认）',
  GRADING_NO_RESCORE: '没有需要重新确认的等级：评分未因秘书处决定而变化',
  CERTIFICATE_NOT_FOUND: '未找到该证书编号，请核对后重新输入',
  CERTIFICATE_ALREADY_REVOKED: '该证书已撤销，不能重复撤销',
  CERTIFICATE_REVOKE_REASON_REQUIRED: '撤销证书须填写原因',
} as const;
