import { named, type Static, Type } from '../../common/contract/schema.js';

const DatabaseType = Type.String({ description: '数据库类型（TypeORM 的驱动名）', examples: ['better-sqlite3', 'mysql'] });

export const HealthView = named(
  'HealthView',
  Type.Object({
    status: Type.Literal('ok'),
    database: Type.Object({
      status: Type.Literal('up'),
      type: DatabaseType,
      latencyMs: Type.Number({ minimum: 0, description: '执行 SELECT 1 的耗时（毫秒，保留一位小数）', examples: [1.2] }),
    }),
  }),
);
export type HealthView = Static<typeof HealthView>;

/** The 503 answer when the database cannot be reached (the route's answer for that status). */
export const HealthDown = named(
  'HealthDown',
  Type.Object({
    status: Type.Literal('error'),
    database: Type.Object({
      status: Type.Literal('down'),
      type: DatabaseType,
      code: Type.Literal('DB_UNAVAILABLE'),
      message: Type.String({ description: '给人看的中文说明' }),
    }),
  }),
);
export type HealthDown = Static<typeof HealthDown>;
