import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** How much of a refused body is read and thrown away, and for how long, before the connection is closed regardless. */
export interface DrainBounds {
  maxBytes: number;
  maxMs: number;
}

export const DEFAULT_DRAIN: DrainBounds = { maxBytes: 64 * 1024 * 1024, maxMs: 10_000 };

/**
 * Answers a request whose body has not all arrived (a 413 judged by the declared length, a refusal in the middle of an
 * upload) so that the client reads the answer. Closing the connection at once makes the kernel answer the bytes still
 * arriving with a reset, which on clients that stream without `Expect: 100-continue` (browsers, fetch, Node's http,
 * wx.uploadFile) mostly throws the answer away unread: the person saw a network error instead of 「文件超过 20 MB 的上限」.
 *
 * So the whole answer goes out at once, with its length and `Connection: close`; the rest of the body is read and thrown
 * away, and only when it has ended does the response end and Node close the connection, with nothing left unread to
 * reset it. Past `bounds` (a 2 GB body, a client that stops) the connection is closed anyway: by then the answer has long
 * been with the client.
 */
export function answerBeforeBody(reply: FastifyReply, statusCode: number, body: unknown, bounds: DrainBounds = DEFAULT_DRAIN): FastifyReply {
  const request = reply.request.raw;
  const json = Buffer.from(JSON.stringify(body));
  const payload = new PassThrough();
  payload.write(json);
  drain(request, bounds, () => payload.end());
  return reply
    .status(statusCode)
    .header('content-type', 'application/json; charset=utf-8')
    .header('content-length', String(json.length))
    .header('connection', 'close')
    .send(payload);
}

/** Reads and discards the rest of a request's body; `done` once it has ended or the bounds are passed (then the socket is closed). */
function drain(request: IncomingMessage, bounds: DrainBounds, done: () => void): void {
  if (!bodyPending(request) || request.destroyed) return void setImmediate(done);
  const socket = request.socket as Socket | null;
  // Whatever was reading the body (the multipart parser) lets go of it.
  request.unpipe();
  let seen = 0;
  let finished = false;
  const finish = (cut: boolean) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    request.off('data', count);
    done();
    if (cut) setTimeout(() => closeSocket(socket), 100).unref();
  };
  const count = (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > bounds.maxBytes) finish(true);
  };
  const timer = setTimeout(() => finish(true), bounds.maxMs);
  timer.unref();
  request.on('data', count);
  request.once('end', () => finish(false));
  request.once('close', () => finish(false));
  // A client that hangs up meanwhile is no error of ours.
  request.on('error', () => undefined);
  request.resume();
}

/** Whether part of the request's body has yet to arrive (Fastify's inject hands requests over whole: never). */
export function bodyPending(request: IncomingMessage): boolean {
  return request.complete === false && !request.readableEnded;
}

/** Closes a request's connection (Fastify's inject hands out a stand-in socket without one to close). */
export function closeSocket(socket: { destroy?: unknown } | null | undefined): void {
  if (socket && typeof socket.destroy === 'function') (socket as { destroy(): void }).destroy();
}
