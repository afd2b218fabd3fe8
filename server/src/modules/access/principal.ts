/** The roles of user accounts (staff log in with a user name and password; members may have one too). */
export const ACCOUNT_ROLES = ['secretariat', 'recommender', 'expert', 'member'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Staff log in with a user name and password (or WeChat once bound). */
export type StaffRole = Exclude<AccountRole, 'member'>;

export type Role = 'declarant' | 'member' | StaffRole;

/** Who is calling, as carried in the access token. */
export type Principal =
  | { role: 'declarant'; cardId: number; enterpriseId: number; cardNo: string; displayName: string }
  | { role: 'member'; memberId: number; teamId: number; enterpriseId: number; displayName: string }
  | { role: StaffRole; userId: number; displayName: string; recommendingUnitId: number | null };

export type DeclarantPrincipal = Extract<Principal, { role: 'declarant' }>;
export type MemberPrincipal = Extract<Principal, { role: 'member' }>;
export type StaffPrincipal = Exclude<Principal, DeclarantPrincipal | MemberPrincipal>;

export function actorOf(principal: Principal): string {
  switch (principal.role) {
    case 'declarant':
      return `card:${principal.cardNo}`;
    case 'member':
      return `member:${principal.memberId}`;
    default:
      return `user:${principal.userId}`;
  }
}
