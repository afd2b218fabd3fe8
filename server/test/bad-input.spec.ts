import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cardNoFromBody } from '@cacem/shared';
import { declarantFactory, issueCardFactory } from './support/factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`bad input on the slice gets a 4xx with a code and a Chinese message (${TEST_DB})`, () => {
  let t: TestApp;
  let secretariat: string;
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: String(64 * 1024) });
    secretariat = await loginAccount(t.app, 'mishuchu');
  });
  afterAll(async () => t.close());

  describe('logging in with a card', () => {
    it('answers a wrong password and an unknown card with the same generic message', async () => {
      const card = await issueCardFactory(t.app);
      const wrongPassword = await call(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: card.cardNo, password: 'NOTRIGHT22' } });
      const unknownCard = await call(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: cardNoFromBody('999999999'), password: 'NOTRIGHT22' } });
      expect(wrongPassword.status).toBe(401);
      expect(wrongPassword.body).toEqual({ statusCode: 401, code: 'LOGIN_FAILED', message: '账号或密码错误' });
      expect(unknownCard.body).toEqual(wrongPassword.body);
    });

    it('rejects a malformed card number before looking anything up', async () => {
      for (const cardNo of ['12345', '2026000015', '20260000AB', '２０２６']) {
        const reply = await call(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo, password: 'x' } });
        expect(reply.status).toBe(422);
        expect(reply.body).toMatchObject({ code: 'CARD_NO_MALFORMED', field: 'cardNo', message: '报名卡号应为 10 位数字，请核对后重新输入' });
      }
    });

    it('names each missing field', async () => {
      const reply = await call(t.app, 'POST', '/api/v1/auth/card-login', { json: {} });
      expect(reply.status).toBe(422);
      expect(reply.body).toMatchObject({ code: 'FIELD_REQUIRED', field: 'cardNo', message: '请填写报名卡号' });
      expect(reply.body.details).toEqual([
        { field: 'cardNo', code: 'FIELD_REQUIRED', message: '请填写报名卡号' },
        { field: 'password', code: 'FIELD_REQUIRED', message: '请填写密码' },
      ]);
    });

    it('refuses a wrong type and fields it does not know', async () => {
      const wrongType = await call(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: 2026000014, password: 'x' } });
      expect(wrongType.body).toMatchObject({ statusCode: 422, code: 'FIELD_INVALID', field: 'cardNo', message: '报名卡号应为文本' });
      const extra = await call(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: '2026000014', password: 'x', role: 'secretariat' } });
      expect(extra.body).toMatchObject({ statusCode: 422, code: 'FIELD_INVALID', field: 'role' });
    });
  });

  describe('the body itself', () => {
    it('answers malformed JSON with MALFORMED_JSON', async () => {
      const reply = await call(t.app, 'POST', '/api/v1/auth/card-login', { payload: '{"cardNo": "20', headers: { 'content-type': 'application/json' } });
      expect(reply).toEqual({ status: 400, body: { statusCode: 400, code: 'MALFORMED_JSON', message: '请求内容不是有效的 JSON' } });
    });

    it('answers an oversized body with 413 and does not parse it', async () => {
      const payload = JSON.stringify({ cardNo: '2026000014', password: 'x'.repeat(100 * 1024) });
      const reply = await call(t.app, 'POST', '/api/v1/auth/card-login', { payload, headers: { 'content-type': 'application/json' } });
      expect(reply).toEqual({ status: 413, body: { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' } });
    });

    it('answers a body that is not JSON with 415', async () => {
      const reply = await call(t.app, 'POST', '/api/v1/auth/card-login', { payload: 'cardNo=1', headers: { 'content-type': 'text/plain' } });
      expect(reply.status).toBe(415);
      expect(reply.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型' });
    });
  });

  describe('the credit code', () => {
    it('rejects a wrong check character, a wrong length and forbidden letters, each with its reason', async () => {
      const { token } = await declarantFactory(t.app);
      const cases: Array<[string, string]> = [
        ['91350100M000100Y44', '统一社会信用代码校验位不正确，请核对后重新输入'],
        ['91350100M000100Y4', '统一社会信用代码应为 18 位'],
        ['91350100M0001O0Y43', '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）'],
      ];
      for (const [creditCode, message] of cases) {
        const reply = await call(t.app, 'PUT', '/api/v1/enterprises/me/credit-code', { token, json: { creditCode } });
        expect(reply.status).toBe(422);
        expect(reply.body).toMatchObject({ code: 'CREDIT_CODE_INVALID', field: 'creditCode', message });
      }
      const enterprise = await call(t.app, 'GET', '/api/v1/enterprises/me', { token });
      expect(enterprise.body.creditCode).toBeNull();
    });

    it('refuses a code another card already recorded, keeping the first', async () => {
      const first = await declarantFactory(t.app, { withCreditCode: true });
      const code = (await call(t.app, 'GET', '/api/v1/enterprises/me', { token: first.token })).body.creditCode;
      const second = await declarantFactory(t.app);
      const reply = await call(t.app, 'PUT', '/api/v1/enterprises/me/credit-code', { token: second.token, json: { creditCode: code } });
      expect(reply.status).toBe(409);
      expect(reply.body).toMatchObject({ code: 'CREDIT_CODE_TAKEN', field: 'creditCode' });
      expect((await call(t.app, 'GET', '/api/v1/enterprises/me', { token: first.token })).body.creditCode).toBe(code);
    });
  });

  describe('teams', () => {
    it('needs the credit code recorded first', async () => {
      const { token } = await declarantFactory(t.app);
      const reply = await call(t.app, 'POST', '/api/v1/teams', { token, json: { name: '木工班组', kind: 'construction_crew' } });
      expect(reply.status).toBe(409);
      expect(reply.body).toMatchObject({ code: 'CREDIT_CODE_REQUIRED', message: '请先登记企业的统一社会信用代码' });
    });

    it('rejects an over-long name, a blank name and an unknown kind', async () => {
      const { token } = await declarantFactory(t.app, { withCreditCode: true });
      const long = await call(t.app, 'POST', '/api/v1/teams', { token, json: { name: '班'.repeat(61), kind: 'other' } });
      expect(long.body).toMatchObject({ statusCode: 422, code: 'FIELD_TOO_LONG', field: 'name', message: '班组名称不能超过 60 个字' });
      const blank = await call(t.app, 'POST', '/api/v1/teams', { token, json: { name: '   ', kind: 'other' } });
      expect(blank.body).toMatchObject({ statusCode: 422, code: 'FIELD_REQUIRED', field: 'name', message: '请填写班组名称' });
      const kind = await call(t.app, 'POST', '/api/v1/teams', { token, json: { name: '测量班组', kind: 'crew' } });
      expect(kind.body).toMatchObject({ statusCode: 422, code: 'FIELD_INVALID', field: 'kind', message: '班组类型应为：施工班组、项目部、职能部门或其他' });
      expect((await call(t.app, 'GET', '/api/v1/teams', { token })).body.items).toEqual([]);
    });

    it('refuses a second team of the same name in one enterprise', async () => {
      const { token } = await declarantFactory(t.app, { withCreditCode: true });
      expect((await call(t.app, 'POST', '/api/v1/teams', { token, json: { name: '质检班组', kind: 'other' } })).status).toBe(201);
      const again = await call(t.app, 'POST', '/api/v1/teams', { token, json: { name: '质检班组', kind: 'other' } });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'TEAM_NAME_TAKEN', field: 'name' });
    });
  });

  describe('registration cards', () => {
    it('rejects an over-long or missing enterprise name', async () => {
      const long = await call(t.app, 'POST', '/api/v1/registration-cards', { token: secretariat, json: { enterpriseName: '企'.repeat(101) } });
      expect(long.body).toMatchObject({ statusCode: 422, code: 'FIELD_TOO_LONG', field: 'enterpriseName', message: '企业名称不能超过 100 个字' });
      const missing = await call(t.app, 'POST', '/api/v1/registration-cards', { token: secretariat, json: {} });
      expect(missing.body).toMatchObject({ statusCode: 422, code: 'FIELD_REQUIRED', field: 'enterpriseName' });
    });

    it('rejects paging outside its range', async () => {
      const reply = await call(t.app, 'GET', '/api/v1/registration-cards?page=0&pageSize=1000', { token: secretariat });
      expect(reply.body).toMatchObject({ statusCode: 422, code: 'FIELD_INVALID', field: 'page' });
    });
  });

  describe('who may call what', () => {
    it('asks for a login without a token, and again with a forged or garbled one', async () => {
      for (const token of [undefined, 'garbage', `${secretariat.slice(0, -4)}AAAA`]) {
        const reply = await call(t.app, 'GET', '/api/v1/teams', { token });
        expect(reply).toEqual({ status: 401, body: { statusCode: 401, code: 'UNAUTHENTICATED', message: '请先登录' } });
      }
    });

    it('keeps declarants out of the secretariat routes and the secretariat out of an enterprise page', async () => {
      const { token } = await declarantFactory(t.app);
      const issue = await call(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: '自己发卡' } });
      expect(issue.body).toEqual({ statusCode: 403, code: 'FORBIDDEN', message: '没有权限进行此操作' });
      const mine = await call(t.app, 'GET', '/api/v1/enterprises/me', { token: secretariat });
      expect(mine.status).toBe(403);
    });
  });
});
