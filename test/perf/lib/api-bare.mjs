// The api bench's baseline: a bare Fastify app with a mysql2 pool, run as its own process (node api-bare.mjs <plan.json>).
// For each request it serves, it runs THE SAME SQL the real server ran for that very request (captured from MariaDB's
// general log by the bench: the session lookup of the auth guard included), on one pooled connection, in order, and
// answers with the rows as JSON.
//
// What it does:   route matching, the bearer token's HS256 signature check (node:crypto, same secret as the server),
//                 the same statements on a pool of the same size (10), JSON serialisation of the rows.
// What it does not: Nest's pipeline (guards, interceptors, pipes, DTO validation, exception filters), request logging
//                 and request context, TypeORM (query building, entity hydration), the application's view-building,
//                 the security headers and the response's shaping. Those are what the ratio measures.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import mysql from 'mysql2/promise';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const pool = mysql.createPool({ ...plan.db, connectionLimit: 10, charset: 'utf8mb4_unicode_ci', timezone: 'Z' });
const secret = Buffer.from(plan.secret);

/** The signature check @nestjs/jwt does for HS256, without its claim parsing. */
function signedByUs(token) {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  return typeof claims.exp !== 'number' || claims.exp * 1000 > Date.now();
}

const app = Fastify({ logger: false });
const handler = async (request, reply) => {
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Bearer ') || !signedByUs(header.slice(7))) return reply.code(401).send({ code: 'UNAUTHENTICATED' });
  const statements = plan.routes[`${request.url} ${header.slice(7)}`];
  if (!statements) return reply.code(404).send({ code: 'NOT_FOUND' });
  const connection = await pool.getConnection();
  try {
    const results = [];
    for (const sql of statements) {
      const [rows] = await connection.query(sql);
      results.push(rows);
    }
    return { results };
  } finally {
    connection.release();
  }
};
app.get('/api/v1/teams/:teamId/application', handler);
app.get('/api/v1/console/applications', handler);
await app.listen({ host: '127.0.0.1', port: plan.port });
console.log(`listening ${plan.port}`);
