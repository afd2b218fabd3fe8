import { ENTERPRISE_NAME_MAX } from '@cacem/shared';

/** Why a name typed to issue one card cannot be sent, or '' when it can (the server checks the same). */
export function enterpriseNameProblem(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return '请填写企业名称';
  if (trimmed.length > ENTERPRISE_NAME_MAX) return `企业名称不超过 ${ENTERPRISE_NAME_MAX} 个字`;
  return '';
}
