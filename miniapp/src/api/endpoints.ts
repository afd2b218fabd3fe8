import type { TeamKind } from '@cacem/shared';
import { request } from './client';
import type {
  CurrentCampaign,
  Enterprise,
  IssuedCard,
  LoginResult,
  Page,
  Principal,
  RegistrationCard,
  Team,
} from './types';

export const authApi = {
  cardLogin: (cardNo: string, password: string) =>
    request<LoginResult>('POST', '/auth/card-login', { body: { cardNo, password } }),
  login: (username: string, password: string) =>
    request<LoginResult>('POST', '/auth/login', { body: { username, password } }),
  me: () => request<Principal>('GET', '/auth/me'),
};

export const enterpriseApi = {
  mine: () => request<Enterprise>('GET', '/enterprises/me'),
  recordCreditCode: (creditCode: string) =>
    request<Enterprise>('PUT', '/enterprises/me/credit-code', { body: { creditCode } }),
};

export const teamApi = {
  list: () => request<{ items: Team[] }>('GET', '/teams'),
  create: (name: string, kind: TeamKind) => request<Team>('POST', '/teams', { body: { name, kind } }),
};

export const campaignApi = {
  current: () => request<CurrentCampaign>('GET', '/campaigns/current'),
};

export const registrationCardApi = {
  issue: (enterpriseName: string) =>
    request<IssuedCard>('POST', '/registration-cards', { body: { enterpriseName } }),
  list: (page = 1, pageSize = 20) =>
    request<Page<RegistrationCard>>('GET', '/registration-cards', { query: { page, pageSize } }),
};
