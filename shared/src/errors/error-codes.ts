// Every machine code a client can receive, with the Chinese text a person reads.
// The server answers with the code; the mini-program may show its own text for the same code.
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: '提交的内容有误，请按提示修改',
  FIELD_REQUIRED: '此项为必填项',
  FIELD_TOO_LONG: '内容过长',
  FIELD_INVALID: '内容格式不正确',
  MALFORMED_JSON: '请求内容不是有效的 JSON',
  PAYLOAD_TOO_LARGE: '请求内容过大',
  UNSUPPORTED_MEDIA_TYPE: '不支持的请求内容类型',
  UNAUTHENTICATED: '请先登录',
  SESSION_EXPIRED: '登录已过期，请重新登录',
  LOGIN_FAILED: '账号或密码错误',
  CARD_NO_MALFORMED: '报名卡号应为 10 位数字，请核对后重新输入',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '找不到请求的内容',
  ROUTE_NOT_FOUND: '请求的接口不存在',
  CREDIT_CODE_INVALID: '统一社会信用代码不正确',
  CREDIT_CODE_TAKEN: '该统一社会信用代码已由其他报名卡登记',
  CREDIT_CODE_REQUIRED: '请先登记企业的统一社会信用代码',
  TEAM_NAME_TAKEN: '本企业已有同名班组',
  TEAM_NOT_FOUND: '找不到该班组',
  TEAM_KIND_INVALID: '班组类型应为：施工班组、项目部、职能部门或其他',
  CAMPAIGN_NOT_FOUND: '当前没有进行中的年度活动',
  TOO_MANY_REQUESTS: '操作过于频繁，请稍后再试',
  CONFLICT: '数据已被修改，请刷新后重试',
  INTERNAL: '服务器内部错误，请稍后再试',
  SETTINGS_INVALID: '活动设置不符合规则',
  ELIGIBILITY_NOT_BASIC_UNIT: '参加活动的班组须为企业最基础的正式组织单元',
  ELIGIBILITY_ACCIDENT: '班组近三年须无质量、安全、环保事故',
  ELIGIBILITY_NO_ACTIVITY_PLAN: '须提供班组活动计划',
  ELIGIBILITY_NO_IMPLEMENTATION_PLAN: '须提供班组活动实施方案',
  ELIGIBILITY_ACTIVITY_RECORDS: '现场活动记录不齐全',
  ELIGIBILITY_NO_REGISTRATION_FORM: '须填写并提交报名表',
  ELIGIBILITY_NO_PDF: '须上传 PDF 版申报材料',
  ELIGIBILITY_NO_PPT: '须上传 PPT 版申报材料（成果发布时使用）',
  TRANSITION_NOT_ALLOWED: '当前状态下不能进行此操作',
  TRANSITION_ROLE_FORBIDDEN: '您的角色不能进行此操作',
  TRANSITION_OUTSIDE_WINDOW: '不在规定的时间范围内，不能进行此操作',
  SCORE_OUT_OF_RANGE: '分数超出该项的分值范围',
  SCORE_NOT_ON_STEP: '分数应以 0.5 分为单位',
  SCORE_ITEM_UNKNOWN: '评分项不存在',
  SCORE_ITEM_MISSING: '还有评分项未打分',
  SCORES_MISSING: '还有专家未提交评分，暂不能汇总',
  GRADING_INVALID_INPUT: '评定等级的数据不完整或有误',
  DRAW_INVALID_INPUT: '抽取专家组的参数有误',
  DRAW_NOT_ENOUGH_EXPERTS: '专家库中可抽取的专家人数不足',
  DRAW_CONFLICT_UNSATISFIABLE: '回避规则无法满足：部分申报没有可评审的专家组',
  // — issue 4 codes: members & activity records —
  MEMBER_NOT_FOUND: '找不到该班组成员',
  INVITE_CODE_INVALID: '邀请码无效或已过期，请向申报企业重新索取',
  LOGIN_CODE_INVALID: '登录码无效、已使用或已过期，请向申报企业重新索取',
  MOBILE_INVALID: '手机号应为 11 位，以 1 开头',
  ACTIVITY_RECORD_NOT_FOUND: '找不到该活动记录',
  ACTIVITY_ATTENDEE_UNKNOWN: '参加人员须是本班组成员',
  ACTIVITY_PHOTOS_FULL: '每条活动记录最多 9 张照片',
  PHOTO_NOT_IMAGE: '照片须为 JPEG、PNG 或 WebP 图片',
  CLIENT_KEY_REUSED: '该记录编号已用于另一条内容不同的记录',
  // — issue 4 codes: registration & materials —
  FILE_TOO_LARGE: '文件超过大小上限',
  UPLOAD_INCOMPLETE: '文件没有上传完整，请重新上传',
  UPLOAD_NOT_MULTIPART: '请以 multipart/form-data 方式上传文件',
  UPLOAD_FILE_MISSING: '请选择要上传的文件',
  UPLOAD_TOO_MANY_PARTS: '一次只能上传一个文件',
  FILE_LINK_INVALID: '文件链接无效',
  FILE_LINK_EXPIRED: '文件链接已过期，请刷新页面后重新打开',
  FILE_TYPE_MISMATCH: '文件类型不符合要求',
  FILE_ENCRYPTED: '文件已加密，请去除密码保护后重新上传',
  FILE_UNREADABLE: '文件已损坏或无法读取，请检查后重新上传',
  APPLICATION_NOT_FOUND: '该班组本年度尚未申报',
  APPLICATION_NOT_DRAFT: '申报已提交，不能再修改',
  APPLICATION_CHANGED: '申报状态已被修改，请刷新后重试',
  ELIGIBILITY_FAILED: '申报不符合参加活动的条件，请按提示补充后再提交',
  RECOMMENDING_UNIT_NOT_FOUND: '找不到该推荐单位',
  MATERIAL_KIND_INVALID: '申报材料类型应为 pdf 或 ppt',
  // — issue 4 codes: WeChat & notifications —
  WECHAT_CODE_INVALID: '登录凭证无效或已过期，请重新进入小程序',
  WECHAT_RATE_LIMITED: '登录过于频繁，请稍后再试',
  WECHAT_USER_BLOCKED: '该微信账号存在风险，已被限制登录，请联系微信客服',
  WECHAT_UNAVAILABLE: '暂时无法连接微信服务，请稍后重试',
  WECHAT_TICKET_INVALID: '微信授权已过期，请重新进入小程序后再登录',
  WECHAT_NOT_BOUND: '请先在小程序中登录以绑定微信，再订阅消息',
  INBOX_MESSAGE_NOT_FOUND: '找不到该消息',
  // — issue 5 codes: recommending units —
  STATISTICS_INVALID: '统计表填写有误，请按提示修改',
  STATISTICS_COUNT_INVALID: '应为不小于 0 的整数',
  STATISTICS_AMOUNT_INVALID: '金额应为不小于 0 的数（万元），最多两位小数',
  STATISTICS_PRESENTING_EXCEEDS_REGISTERED: '发布班组数不能多于发布会报名班组数',
  STATISTICS_REVIEW_FORM_REQUIRED: '请至少选择一种评审及交流形式',
  STATISTICS_DATE_INVALID: '日期应为 yyyy-mm-dd',
  STATISTICS_NOT_FILED: '请先填写统计表',
  EMAIL_INVALID: '邮箱格式不正确',
  USERNAME_TAKEN: '该用户名已被使用',
  CONTACT_NOT_FOUND: '找不到该推荐单位联系人',
  BIND_CODE_INVALID: '绑定码无效、已使用或已过期，请向秘书处重新索取',
  RECOMMENDER_ONLY: '仅推荐单位联系人可进行此操作',
  PREFERENCES_INVALID: '推荐顺序应包含本单位全部已推荐的申报，且每个只出现一次',
  PACKAGE_INCOMPLETE: '推荐材料不完整：须有推荐函、统计表和优秀名单公布通知',
  PACKAGE_LETTER_MISSING: '请上传推荐函（PDF）',
  PACKAGE_STATISTICS_MISSING: '请填写统计表',
  PACKAGE_EXCELLENT_LIST_MISSING: '请上传本行业（地方）年度优秀名单的公布通知（PDF）',
  // — issue 6 codes: screening (初选) —
  SCREENING_FILE_MISSING: '申报材料文件已丢失或无法读取，请申报企业重新上传',
  SCREENING_REASON_REQUIRED: '初选淘汰须填写原因（班组可在进度和消息中看到）',
  SCREENING_PROBLEMS: '该申报未通过合规性、完整性自动检查，不能直接通过初选',
  SCREENING_OVERRIDE_REASON_REQUIRED: '存在问题仍通过初选时，须填写理由（记入审计日志）',
  // — issue 6 codes: expert pool (专家库) —
  EXPERT_NOT_FOUND: '找不到该专家',
  EXPERT_MOBILE_TAKEN: '该手机号已在专家库中',
  EXPERT_STATUS_INCONSISTENT: '培训、考核状态与日期不一致，请按提示修改',
  EXPERT_IMPORT_HEADERS_MISSING: '导入表格缺少必需的列，请使用专家库导入模板（第 1 行为列名）',
  EXPERT_IMPORT_EMPTY: '导入表格中没有专家数据',
  // — issue 6 codes: review & presentations —
  // — issue 6 codes: grading —
  // — issue 6 codes: certificates —
  // — issue 6 codes: discipline —
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function errorMessage(code: ErrorCode): string {
  return ERROR_MESSAGES[code];
}

/** The one error shape of the API. */
export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  field?: string;
  /** Per-field problems of a refused form, or every unmet condition of a refused step (ELIGIBILITY_FAILED). */
  details?: Array<{ field: string; code: ErrorCode; message: string }> | { problems: Array<{ code: ErrorCode; message: string }> };
}
