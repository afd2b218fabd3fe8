import { between } from './crash-clients.js';
import { type Acknowledged, type ClientPlan, keepAcknowledged, send } from './crowd-writes.js';
import { sha256 } from './file-hashes.js';

/**
 * The crowd at work: every client at once, each through its writes in order as a phone would, counting what it hears
 * — acknowledgements, clean refusals, answers lost on the way, resends with the same key — around one event (the
 * server killed, the database restarted) that the test sets off mid-flight.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Where one client is: the next write it has no answer for, and the ids of its records (its photos go to them). */
interface ClientState {
  plan: ClientPlan;
  next: number;
  recordIds: Map<string, number>;
  /** Its current write was sent and got no answer (or a "not now"): the next send of it is a resend. */
  unanswered: boolean;
  /** This client's first answer is lost on the way (a building site's signal): it sends that write again. */
  losesFirstAnswer: boolean;
}

export interface CrowdResult extends Acknowledged {
  /** Requests sent and not yet answered when the event (kill, database restart) began. */
  inFlightAtEvent: number;
  /** Requests cut off by the server's death (crash mode). */
  cutOff: number;
  /** Error answers by `status code`, e.g. '503 DB_UNAVAILABLE'. */
  errorAnswers: Map<string, number>;
  /** Requests that got no answer at all (socket error) while the server was alive, and ones that hung past the timeout. */
  networkErrors: number;
  hung: number;
  /** Clients that did not get all their writes acknowledged (so far: resumeCrowd finishes them). */
  unfinishedClients: number;
  requests: number;
  /** Sends of a write that had been sent before without an answer (same key): after the event, and during an outage. */
  resent: number;
  /** Answers to a resend that said "already done": a 200 (record or photo found by its key), a replayed answer, or 409 IDEMPOTENCY_ALREADY_DONE. */
  answeredAsDone: number;
  /** 2xx answers the clients threw away as lost on the way (every fifth client's first), then sent again with the same key. */
  answersLost: number;
  /** SHA-256 of every file the server answered 2xx for (lost answers included): stored, whatever a resend left in tmp/. */
  answeredFiles: Set<string>;
  /** Each client's position, for resumeCrowd. */
  clients: ClientState[];
}

export interface CrowdOptions {
  /** 'crash': the server dies at the event and every client stops; 'outage': clients retry clean refusals until done. */
  mode: 'crash' | 'outage';
  /** Called once, as soon as `eventWhen` holds after an acknowledgement; resolves when the event is over. */
  event: () => Promise<void>;
  eventWhen: (sofar: CrowdResult) => boolean;
  /**
   * Every fifth client (each declarant, every fifth member) loses the answer to its first write: stored and answered,
   * but the phone never heard it, so it sends the same write again with the same key. Only exactly-once keys make
   * that harmless; without them it is stored twice.
   */
  loseAnswers?: boolean;
}

/**
 * Answers worth sending again with the same key, as the mini-program's isRetriable: the database away (503), a lock
 * given up (409 TRY_AGAIN), or the first send with this key still running (409 IDEMPOTENCY_IN_PROGRESS).
 */
const retriable = (status: number, code: unknown) => status === 503 || (status === 409 && (code === 'TRY_AGAIN' || code === 'IDEMPOTENCY_IN_PROGRESS'));

/**
 * Runs every client at once; each goes through its writes in order, as a phone would. In 'outage' mode a clean refusal
 * or a dropped request is sent again (same key) until answered; in 'crash' mode every client stops when the server
 * dies, holding the write it has no answer for: resumeCrowd sends it again once the server is back.
 */
export async function runCrowd(base: string, plans: ClientPlan[], options: CrowdOptions): Promise<CrowdResult> {
  const result: CrowdResult = {
    records: [],
    photos: [],
    materials: [],
    inFlightAtEvent: 0,
    cutOff: 0,
    errorAnswers: new Map(),
    malformedErrors: [],
    networkErrors: 0,
    hung: 0,
    unfinishedClients: 0,
    requests: 0,
    resent: 0,
    answeredAsDone: 0,
    answersLost: 0,
    answeredFiles: new Set(),
    clients: plans.map((plan, i) => ({ plan, next: 0, recordIds: new Map(), unanswered: false, losesFirstAnswer: options.loseAnswers === true && i % 5 === 0 })),
  };
  let inFlight = 0;
  let eventStarted = false;
  let serverDead = false;
  let eventDone: Promise<void> = Promise.resolve();
  const acknowledged = () => {
    if (!eventStarted && options.eventWhen(result)) {
      eventStarted = true;
      result.inFlightAtEvent = inFlight;
      if (options.mode === 'crash') serverDead = true;
      eventDone = options.event();
    }
  };
  await Promise.all(
    result.clients.map(async (state) => {
      await sleep(between(0, 300));
      await runClient(base, state, result, {
        stop: () => serverDead,
        onSend: () => inFlight++,
        onSettled: () => inFlight--,
        onAck: acknowledged,
        onNoAnswer: (error) => {
          if (serverDead) {
            // Killed mid-request: no answer, so nothing was promised; the phone sends it again later (resumeCrowd).
            result.cutOff++;
            return 'stop';
          }
          if ((error as Error).name === 'TimeoutError') result.hung++;
          else result.networkErrors++;
          return 'retry';
        },
        deadline: Date.now() + 240_000,
      });
    }),
  );
  if (!eventStarted) throw new Error(`the crowd finished before the event (${result.records.length} records, ${result.photos.length} photos, ${result.materials.length} materials)`);
  await eventDone;
  result.unfinishedClients = result.clients.filter((c) => c.next < c.plan.writes.length).length;
  return result;
}

/**
 * After the event: every client that has a write without an answer sends it again — the same record clientKey, the
 * same photoKey, the same Idempotency-Key — and goes on with its plan, until every write is answered (or the deadline).
 * What it then hears is counted in the same result. Returns the number of clients still unfinished (0 expected).
 */
export async function resumeCrowd(base: string, result: CrowdResult, { deadlineMs = 120_000 } = {}): Promise<number> {
  const deadline = Date.now() + deadlineMs;
  await Promise.all(
    result.clients
      .filter((c) => c.next < c.plan.writes.length)
      .map((state) =>
        runClient(base, state, result, {
          stop: () => false,
          onSend: () => undefined,
          onSettled: () => undefined,
          onAck: () => undefined,
          onNoAnswer: (error) => {
            if ((error as Error).name === 'TimeoutError') result.hung++;
            else result.networkErrors++;
            return 'retry';
          },
          deadline,
        }),
      ),
  );
  result.unfinishedClients = result.clients.filter((c) => c.next < c.plan.writes.length).length;
  return result.unfinishedClients;
}

interface ClientHooks {
  stop: () => boolean;
  onSend: () => void;
  onSettled: () => void;
  onAck: () => void;
  onNoAnswer: (error: unknown) => 'retry' | 'stop';
  deadline: number;
}

/** One client from its current write to its last, each write sent until answered (a retriable refusal is sent again). */
async function runClient(base: string, state: ClientState, result: CrowdResult, hooks: ClientHooks): Promise<void> {
  while (state.next < state.plan.writes.length) {
    const write = state.plan.writes[state.next]!;
    if (hooks.stop() || Date.now() > hooks.deadline) return;
    if (state.unanswered) result.resent++;
    result.requests++;
    hooks.onSend();
    let response: Response;
    let body: Record<string, unknown>;
    try {
      response = await send(base, write, state.recordIds);
      body = (await response.json()) as Record<string, unknown>;
    } catch (error) {
      state.unanswered = true;
      if (hooks.onNoAnswer(error) === 'stop') return;
      await sleep(between(200, 500));
      continue;
    } finally {
      hooks.onSettled();
    }
    const replay = response.headers.get('idempotent-replayed') === 'true';
    if (response.ok && write.type !== 'record') result.answeredFiles.add(sha256(write.bytes));
    if (response.ok && state.losesFirstAnswer) {
      state.losesFirstAnswer = false;
      result.answersLost++;
      state.unanswered = true;
      await sleep(between(50, 200));
      continue;
    }
    if (response.ok) {
      // A 200 to a record or photo means "found by its key": stored by an earlier send, not now.
      if (state.unanswered && (response.status === 200 || replay)) result.answeredAsDone++;
      keepAcknowledged(write, body, state.recordIds, result);
      state.next++;
      state.unanswered = false;
      hooks.onAck();
      continue;
    }
    const key = `${response.status} ${String(body.code)}`;
    result.errorAnswers.set(key, (result.errorAnswers.get(key) ?? 0) + 1);
    if (body.statusCode !== response.status || typeof body.code !== 'string' || typeof body.message !== 'string' || !/[\u4e00-\u9fff]/.test(body.message)) {
      result.malformedErrors.push(`${key}: ${JSON.stringify(body)}`);
    }
    if (write.type === 'material' && state.unanswered && response.status === 409 && body.code === 'IDEMPOTENCY_ALREADY_DONE') {
      // The earlier send committed and its process died before keeping the answer: done, once; there is no id to hold.
      result.answeredAsDone++;
      result.materials.push({ applicationId: write.applicationId, id: null, kind: write.kind, sha256: sha256(write.bytes), size: write.bytes.length });
      state.next++;
      state.unanswered = false;
      hooks.onAck();
      continue;
    }
    // Anything but a clean "not now" is a wrong answer for these writes: the client gives up on them (counted unfinished).
    if (!retriable(response.status, body.code)) return;
    state.unanswered = true;
    await sleep(between(200, 500));
  }
}
