import { WechatStandIn } from '../../../server/test/support/wechat-stand-in.js';
import { type RunningServer, startServer } from '../../e2e/support/server.js';
import { MiniProgram } from '../runtime/mini-program.js';

export const STATUS_TEMPLATE_ID = 'tmpl-application-status';

/** The demo accounts the server printed (npm start's list). */
export interface DemoAccounts {
  cardNo: string;
  cardPassword: string;
  memberLoginCode: string;
  inviteCode: string;
}

/**
 * The world a weapp test runs in: the built server as `npm start` runs it (demo season seeded) on a fresh SQLite
 * database, pointed at the local WeChat stand-in for code2Session, access tokens and subscribe messages.
 */
export interface World {
  server: RunningServer;
  wechat: WechatStandIn;
  demo: DemoAccounts;
  launch(path?: string): Promise<MiniProgram>;
  stop(): Promise<void>;
}

export async function openWorld(env: Record<string, string> = {}, dataDir?: string): Promise<World> {
  const wechat = await new WechatStandIn().start();
  const server = await startServer({ ...wechat.env(), WECHAT_STATUS_TEMPLATE_ID: STATUS_TEMPLATE_ID, ...env }, dataDir ? { dataDir } : {});
  const out = server.output();
  const card = /申报企业\s+(\S+)\s+密码\s+(\S+)/.exec(out);
  const member = /班组成员\s+(\S+)\s+密码[\s\S]*?邀请码\s+(\S+?)\s/.exec(out);
  if (!card || !member) throw new Error(`没有读到演示账号：\n${out}`);
  const programs: MiniProgram[] = [];
  return {
    server,
    wechat,
    demo: { cardNo: card[1]!, cardPassword: card[2]!, memberLoginCode: member[1]!, inviteCode: member[2]! },
    async launch(path?: string) {
      const mp = await MiniProgram.launch({ server: server.url, ...(path ? { path } : {}) });
      programs.push(mp);
      // The first page has drawn (its first setData reached the view) before the test looks at it.
      await mp.ui.waitFor(/[\u4e00-\u9fff]/);
      await mp.ui.settle();
      return mp;
    },
    async stop() {
      for (const mp of programs) await mp.close();
      await server.stop();
      await wechat.stop();
    },
  };
}
