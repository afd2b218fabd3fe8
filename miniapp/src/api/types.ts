import type { ErrorCode, TeamKind } from '@cacem/shared';

export type StaffRole = 'secretariat' | 'recommender' | 'expert' | 'member';

export interface DeclarantPrincipal {
  role: 'declarant';
  enterpriseId: number | string;
  cardNo: string;
  displayName: string;
}

export interface StaffPrincipal {
  role: StaffRole;
  userId: number | string;
  displayName: string;
}

export type Principal = DeclarantPrincipal | StaffPrincipal;

export interface LoginResult {
  accessToken: string;
  expiresIn: number;
  principal: Principal;
}

export interface Enterprise {
  id: number | string;
  name: string;
  creditCode: string | null;
  cardNo: string;
}

export interface Team {
  id: number | string;
  name: string;
  kind: TeamKind;
  kindLabel: string;
  createdAt: string;
  applicationStatus: string | null;
  applicationStatusLabel: string;
}

export interface StageWindow {
  opens: string;
  closes: string;
}

export interface CurrentCampaign {
  year: number;
  name: string;
  stage: string;
  stageLabel: string;
  windows: {
    registration: StageWindow;
    materialsReview: StageWindow;
    presentations: StageWindow;
  };
}

export interface IssuedCard {
  id: number | string;
  cardNo: string;
  password: string;
  enterpriseName: string;
  issuedAt: string;
}

export interface RegistrationCard {
  id: number | string;
  cardNo: string;
  enterpriseName: string;
  creditCode: string | null;
  issuedAt: string;
  firstLoginAt: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ApiErrorDetail {
  field: string;
  code: ErrorCode | string;
  message: string;
}
