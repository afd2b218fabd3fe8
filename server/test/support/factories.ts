import { creditCodeCheckChar } from '@cacem/shared';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { call, loginAccount } from './test-app.js';

let enterpriseCounter = 0;

/** A valid unified social credit code, different each call. */
export function creditCodeFactory(n = ++enterpriseCounter): string {
  const body = `9111010${String(n).padStart(10, '0')}`;
  return body + creditCodeCheckChar(body);
}

export async function issueCardFactory(app: NestFastifyApplication, enterpriseName = `测试建设工程有限公司${++enterpriseCounter}`) {
  const token = await loginAccount(app, 'mishuchu');
  const reply = await call<{ cardNo: string; password: string; id: number }>(app, 'POST', '/api/v1/registration-cards', {
    token,
    json: { enterpriseName },
  });
  if (reply.status !== 201) throw new Error(`issue card failed: ${JSON.stringify(reply.body)}`);
  return { ...reply.body, enterpriseName };
}

export async function declarantFactory(app: NestFastifyApplication, options: { withCreditCode?: boolean } = {}) {
  const card = await issueCardFactory(app);
  const login = await call<{ accessToken: string }>(app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } });
  const token = login.body.accessToken;
  if (options.withCreditCode) {
    const creditCode = creditCodeFactory();
    const reply = await call(app, 'PUT', '/api/v1/enterprises/me/credit-code', { token, json: { creditCode } });
    if (reply.status !== 200) throw new Error(`credit code failed: ${JSON.stringify(reply.body)}`);
  }
  return { ...card, token };
}
