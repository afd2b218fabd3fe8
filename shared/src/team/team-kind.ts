export const TEAM_KINDS = ['construction_crew', 'project_department', 'functional_department', 'other'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

export const TEAM_KIND_LABEL: Record<TeamKind, string> = {
  construction_crew: '施工班组',
  project_department: '项目部',
  functional_department: '职能部门',
  other: '其他',
};

export function isTeamKind(value: unknown): value is TeamKind {
  return typeof value === 'string' && (TEAM_KINDS as readonly string[]).includes(value);
}

export const TEAM_NAME_MAX = 60;
export const ENTERPRISE_NAME_MAX = 100;
