import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCors from '@fastify/cors';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { AllExceptionsFilter } from './common/all-exceptions.filter.js';
import { buildApiDocument } from './common/contract/api-document.js';
import type { ContractTally } from './common/contract/contract-check.js';
import { toErrorBody } from './common/error-body.js';
import { requestIdOf, runInRequestContext } from './common/request-context.js';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from './common/security-headers.js';
import { createValidationPipe } from './common/validation.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { type DemoAccount, seedDemo, seedReferenceData } from './database/seed.js';
import { MULTIPART_LIMITS } from './storage/multipart.js';
import { uploadLengthCheck } from './storage/upload-limits.js';

export const API_PREFIX = 'api/v1';

export interface CreateAppOptions {
  /**
   * Serve static files (the Swagger UI's assets and the H5 build). Jest cannot load @fastify/static, whose
   * content-disposition dependency is ESM-only, so the integration tests leave them out; the browser tests
   * run the real server and cover them.
   */
  serveStaticFiles?: boolean;
  /** Validate every JSON answer against its documented schema into this tally (the integration tests' contract check). */
  contractTally?: ContractTally;
}

/** Builds the whole application — the same one `npm start` serves and the integration tests call. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const serveStaticFiles = options.serveStaticFiles ?? true;
  // maxParamLength: signed file links (/files/:token) carry the file's name and type, longer than Fastify's default 100.
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // X-Forwarded-For is believed only from the configured proxies (TRUST_PROXY), and then only its rightmost address
    // not theirs: what a client writes into the header itself is never taken for its address.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // Slow headers hold a socket on any route: they must arrive within HEADERS_TIMEOUT_SECONDS, the whole request within
    // REQUEST_TIMEOUT_SECONDS (upload bodies also have their own idle and rate limits, UploadWatch).
    requestTimeout: config.http.requestTimeoutMs,
    routerOptions: { maxParamLength: 2048 },
    genReqId: requestIdOf,
    // A URL the router refuses before any route runs (bad percent-encoding, an over-long parameter) answers in the API's
    // own error shape, not Fastify's.
    frameworkErrors: (error: Error, _request: FastifyRequest, reply: FastifyReply) => {
      const answer = toErrorBody(error);
      void reply.status(answer.statusCode).send(answer);
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  fastify.server.headersTimeout = config.http.headersTimeoutMs;
  // Every route as the router has it (the authorization matrix and the fuzz tests enumerate these, not a hand-kept list).
  const table: RouteEntry[] = [];
  routeTables.set(app, table);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method: method as RouteEntry['method'], url: route.url });
  });
  // Security headers on every answer; the Content-Security-Policy admits the H5 page's own inline script by its hash and
  // nothing else.
  const headers = securityHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(inlineScriptHashes(serveStaticFiles ? config.h5Dir : null)) },
    strictTransportSecurity: config.production ? { maxAge: 15_552_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  // Each request runs in its own context (its id, later its caller's role) for the audit log, and answers with its id.
  fastify.addHook('onRequest', (request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    void reply.header('x-request-id', request.id);
    runInRequestContext({ requestId: request.id }, done);
  });
  // API answers are personal or change with every action: no browser, proxy or WebView keeps them (tokens in /auth/*
  // answers above all). Health checks and files keep their own caching; a route that sets its own header keeps it.
  const apiPrefix = `/${API_PREFIX}/`;
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const url = request.url;
    if (url.startsWith(apiPrefix) && !url.startsWith(`${apiPrefix}health`) && !url.startsWith(`${apiPrefix}files/`) && !reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
  // The API speaks JSON only; a text body is refused with 415 rather than half-parsed.
  fastify.removeContentTypeParser('text/plain');
  // CORS: the site's own pages need none; other origins only when configured (CORS_ORIGINS).
  const allowed = new Set(config.corsOrigins);
  await app.register(fastifyCors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    exposedHeaders: ['x-request-id', 'content-disposition'],
    maxAge: 600,
  });
  // Uploads stream part by part (StorageService.readUpload); busboy's own cap sits just above the largest per-route limit.
  const { maxPdfBytes, maxPptBytes, maxPhotoBytes } = config.storage;
  await app.register(fastifyMultipart, { limits: { ...MULTIPART_LIMITS, fileSize: Math.max(maxPdfBytes, maxPptBytes, maxPhotoBytes) + 1 } });
  // An upload declaring more than its route's limit is refused (413) before its body is read.
  fastify.addHook('onRequest', uploadLengthCheck(config.storage, API_PREFIX));

  if (options.contractTally) {
    const { installContractCheck } = await import('./common/contract/contract-check.js');
    installContractCheck(fastify, options.contractTally);
  }

  const document = buildApiDocument(app, config.storage);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', swaggerUiEnabled: serveStaticFiles });

  if (serveStaticFiles && config.h5Dir && existsSync(join(config.h5Dir, 'index.html'))) {
    const { default: fastifyStatic } = await import('@fastify/static');
    const { default: fastifyCompress } = await import('@fastify/compress');
    const h5Dir = config.h5Dir;
    // The H5 files go out brotli'd or gzipped (a third of their size or less); the compression is scoped to them, so
    // the API's answers are as before.
    await app.register(async (site: FastifyInstance) => {
      await site.register(fastifyCompress);
      // wildcard: false registers each built file as its own route, so unknown /api paths still reach the API's 404.
      await site.register(fastifyStatic, { root: h5Dir, prefix: '/', wildcard: false, index: ['index.html'] });
    });
  }

  await app.init();
  await fastify.ready();
  return app;
}

/** TRUST_PROXY as a hop count: the nearest `hops` peers are proxies (what Fastify does with a number). */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

export interface RouteEntry {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS';
  url: string;
}

const routeTables = new WeakMap<NestFastifyApplication, RouteEntry[]>();

/** The routes registered on the application's router, in registration order (HEAD twins left out). */
export function routesOf(app: NestFastifyApplication): readonly RouteEntry[] {
  return routeTables.get(app) ?? [];
}

export function dataSourceOf(app: NestFastifyApplication): DataSource {
  return app.get<DataSource>(getDataSourceToken());
}

/** Brings the schema up to date and lays the reference data (and, outside production, the demo people). */
export async function prepareDatabase(app: NestFastifyApplication, config: AppConfig): Promise<DemoAccount[]> {
  const dataSource = dataSourceOf(app);
  await dataSource.runMigrations({ transaction: 'each' });
  await seedReferenceData(dataSource, config.configDir);
  return config.seedDemo ? seedDemo(dataSource) : [];
}
