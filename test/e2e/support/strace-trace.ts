import { dirname } from 'node:path';

/**
 * Reading an `strace -f -tt -y -s N` trace of the server (durability.e2e.ts): every system call as one event, in the
 * order the kernel saw them, and the check that each acknowledged write was durable before its answer left.
 *
 * A call strace saw start on one thread and finish later (`<unfinished ...>` … `<... fsync resumed>`) becomes one event
 * with its start and its end; "before" always means: the earlier call had returned before the later one began.
 */

export interface TraceEvent {
  /** Line of the call's start and of its return (the same line unless it was interrupted by another thread's call). */
  start: number;
  end: number;
  pid: number;
  name: string;
  /** Everything between the parentheses, as strace printed it (strings escaped, cut at -s bytes). */
  args: string;
  /** What it returned: `0`, `1167`, `-1 ENOENT (…)`, or `?` when the process died in it. */
  result: string;
  /** With -y: the first argument's file, `/path/to/file` or `socket:[1234]`; null when the first argument is no fd. */
  fdPath: string | null;
}

const LINE = /^(\d+)\s+\d\d:\d\d:\d\d\.\d+\s+(.*)$/;
const UNFINISHED = /^(\w+)\((.*) <unfinished \.\.\.>$/;
const RESUMED = /^<\.\.\. (\w+) resumed>(.*)$/;
const COMPLETE = /^(\w+)\((.*)\)\s+= (.*)$/;
const FD_ARG = /^-?\d+<((?:[^>\\]|\\.)*)>/;

/** The calls of a trace, ordered by where they started. */
export function parseTrace(text: string): TraceEvent[] {
  const events: TraceEvent[] = [];
  const pending = new Map<number, { start: number; name: string; args: string }>();
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = LINE.exec(line);
    if (!m) return;
    const pid = Number(m[1]);
    const rest = m[2]!;
    if (rest.startsWith('+++') || rest.startsWith('---')) return;
    const unfinished = UNFINISHED.exec(rest);
    if (unfinished) {
      pending.set(pid, { start: i, name: unfinished[1]!, args: unfinished[2]! });
      return;
    }
    const resumed = RESUMED.exec(rest);
    if (resumed) {
      const begun = pending.get(pid);
      pending.delete(pid);
      if (!begun || begun.name !== resumed[1]) return;
      const tail = /^(.*)\)\s+= (.*)$/.exec(resumed[2]!);
      events.push(event(begun.start, i, pid, begun.name, begun.args + (tail ? tail[1] : resumed[2]), tail ? tail[2]! : '?'));
      return;
    }
    const complete = COMPLETE.exec(rest);
    if (complete) events.push(event(i, i, pid, complete[1]!, complete[2]!, complete[3]!));
  });
  return events.sort((a, b) => a.start - b.start);
}

function event(start: number, end: number, pid: number, name: string, args: string, result: string): TraceEvent {
  const fd = FD_ARG.exec(args);
  return { start, end, pid, name, args, result: result.trim(), fdPath: fd ? fd[1]! : null };
}

/** The quoted strings among a call's arguments, unescaped enough for paths. */
export function quoted(args: string): string[] {
  return [...args.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\"/g, '"').replace(/\\\\/g, '\\'));
}

const ok = (e: TraceEvent) => /^\d+$/.test(e.result);
const WRITES = new Set(['write', 'writev', 'pwrite64', 'pwritev', 'pwritev2']);
const SYNCS = new Set(['fsync', 'fdatasync']);
const SOCKET_READS = new Set(['read', 'readv', 'recvfrom', 'recvmsg']);
const SOCKET_WRITES = new Set(['write', 'writev', 'sendto', 'sendmsg']);
const RENAMES = new Set(['rename', 'renameat', 'renameat2']);

/** One acknowledged write, as the client knows it: its X-Request-Id and, for an upload, the SHA-256 and size of its file. */
export interface AckedWrite {
  kind: string;
  requestId: string;
  file?: { sha256: string; size: number };
}

/** What the trace shows for one write, and every rule it breaks (empty: durable before its answer). */
export interface WriteFinding {
  write: AckedWrite;
  problems: string[];
  /** Syncs seen in the request's window: of its file, of the store's folder, of the SQLite WAL. */
  fileSyncs: number;
  dirSyncs: number;
  walSyncs: number;
}

/**
 * For each acknowledged write: the request's bytes arrive (a socket read carrying its X-Request-Id) and its answer
 * leaves (the first socket write on that connection after it, carrying the same id); before that answer began:
 *  - an upload: its bytes were written to one temp file under `<store>/tmp/` (all `size` of them), that file was
 *    fsynced after its last write, renamed to `<store>/objects/<aa>/<sha256>` after that fsync returned, and the
 *    folder `objects/<aa>` fsynced after the rename returned;
 *  - every write: the SQLite WAL was written after the request arrived, and its last write before the answer was
 *    followed by an fsync/fdatasync of the WAL that returned before the answer.
 */
export function checkDurability(events: TraceEvent[], writes: AckedWrite[], options: { storeDir: string; walPath: string }): WriteFinding[] {
  const { storeDir, walPath } = options;
  return writes.map((write) => {
    const finding: WriteFinding = { write, problems: [], fileSyncs: 0, dirSyncs: 0, walSyncs: 0 };
    const problem = (text: string) => finding.problems.push(`${write.kind} ${write.requestId}: ${text}`);
    const idHeader = `x-request-id: ${write.requestId}`.toLowerCase();
    const arrival = events.find((e) => SOCKET_READS.has(e.name) && e.fdPath?.startsWith('socket:') && e.args.toLowerCase().includes(idHeader));
    if (!arrival) {
      problem('its request is not in the trace');
      return finding;
    }
    const answer = events.find((e) => e.start > arrival.start && SOCKET_WRITES.has(e.name) && e.fdPath === arrival.fdPath && ok(e));
    if (!answer || !answer.args.toLowerCase().includes(idHeader) || !/HTTP\/1\.1 2\d\d/.test(answer.args)) {
      problem(`no 2xx answer carrying its id on ${arrival.fdPath}`);
      return finding;
    }
    const beforeAnswer = (e: TraceEvent) => e.end < answer.start;
    const inWindow = (e: TraceEvent) => e.start > arrival.start && beforeAnswer(e);

    if (write.file) {
      const target = `${storeDir}/objects/${write.file.sha256.slice(0, 2)}/${write.file.sha256}`;
      const rename = events.find((e) => RENAMES.has(e.name) && ok(e) && inWindow(e) && quoted(e.args)[1] === target);
      if (!rename) {
        problem(`not renamed to ${target} before the answer`);
      } else {
        const temp = quoted(rename.args)[0]!;
        if (!temp.startsWith(`${storeDir}/tmp/`)) problem(`renamed from ${temp}, not from the store's temp folder`);
        const written = events.filter((e) => WRITES.has(e.name) && e.fdPath === temp && ok(e));
        const bytes = written.reduce((n, e) => n + Number(e.result), 0);
        if (bytes !== write.file.size) problem(`${bytes} bytes written to ${temp}, ${write.file.size} sent`);
        const lastWrite = Math.max(...written.map((e) => e.end));
        const fileSync = events.find((e) => SYNCS.has(e.name) && e.fdPath === temp && ok(e) && e.start > lastWrite && e.end < rename.start);
        finding.fileSyncs = events.filter((e) => SYNCS.has(e.name) && e.fdPath === temp && ok(e)).length;
        if (!fileSync) problem(`its file ${temp} was not fsynced between its last write and the rename`);
        const folder = dirname(target);
        const dirSync = events.find((e) => SYNCS.has(e.name) && e.fdPath === folder && ok(e) && e.start > rename.end && beforeAnswer(e));
        finding.dirSyncs = events.filter((e) => SYNCS.has(e.name) && e.fdPath === folder && ok(e) && inWindow(e)).length;
        if (!dirSync) problem(`the folder ${folder} was not fsynced after the rename and before the answer`);
      }
    }

    const walWrites = events.filter((e) => WRITES.has(e.name) && e.fdPath === walPath && ok(e) && inWindow(e));
    if (walWrites.length === 0) {
      problem('nothing written to the WAL between its request and its answer');
    } else {
      const lastWal = Math.max(...walWrites.map((e) => e.end));
      const walSyncs = events.filter((e) => SYNCS.has(e.name) && e.fdPath === walPath && ok(e) && inWindow(e));
      finding.walSyncs = walSyncs.length;
      if (!walSyncs.some((e) => e.start > lastWal)) problem('the WAL was not synced after its last write before the answer');
    }
    return finding;
  });
}
