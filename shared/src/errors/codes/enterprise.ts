// Enterprises and their registration cards.
export const ENTERPRISE_ERRORS = {
  CARD_NO_MALFORMED: '报名卡号应为 10 位数字，请核对后重新输入',
  REGISTRATION_CARD_NOT_FOUND: '找不到该报名卡',
  CREDIT_CODE_INVALID: '统一社会信用代码不正确',
  CREDIT_CODE_TAKEN: '该统一社会信用代码已由其他报名卡登记',
  CREDIT_CODE_REQUIRED: '请先登记企业的统一社会信用代码',
  CREDIT_CODE_LOCKED: '已提交过申报，统一社会信用代码不能再自行修改；如需更正，请联系秘书处',
} as const;
