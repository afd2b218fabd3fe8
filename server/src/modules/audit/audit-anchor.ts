// An audit anchor: the chain's head at one moment — the newest entry's id and hash and how many entries there were —
// signed with HMAC-SHA-256 under a key the database does not hold (AUDIT_ANCHOR_KEY). Someone who can change the
// database can rewrite the whole chain consistently, but cannot make an anchor for it; checking the chain against the
// anchors written before (AuditService.verifyChain) catches a rewrite, an emptied log or a rewound head.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ANCHOR_MAX_BYTES, ANCHOR_NAME } from './audit-anchor-store.js';

export const ANCHOR_FORMAT = 'cacem-audit-anchor';
export const ANCHOR_VERSION = 1;

/** What an anchor vouches for. */
export interface AnchorFacts {
  lastId: number;
  hash: string;
  entries: number;
  /** When it was written (ISO). */
  at: string;
}

export interface Anchor extends AnchorFacts {
  format: typeof ANCHOR_FORMAT;
  version: typeof ANCHOR_VERSION;
  /** Which key signed it (a digest of the key, not the key): anchors made under another key are told apart from forged ones. */
  keyId: string;
  /** HMAC-SHA-256 (hex) of the fields above under the key. */
  mac: string;
}

/** One entry found under anchors/, judged. */
export type CheckedAnchor =
  | { name: string; status: 'valid'; anchor: Anchor }
  /** Well formed and signed under another key (a key changed, another instance's generated key): cannot be checked here. */
  | { name: string; status: 'other_key'; anchor: Anchor }
  /** Not an anchor this key made: its signature fails, it is not well formed, or its name does not match its content. */
  | { name: string; status: 'forged'; problem: string };

export function keyIdOf(key: string): string {
  return createHmac('sha256', key).update('cacem:audit-anchor:key-id').digest('hex').slice(0, 16);
}

function macOf(key: string, a: Omit<Anchor, 'mac'>): string {
  return createHmac('sha256', key)
    .update(JSON.stringify([a.format, a.version, a.keyId, a.lastId, a.hash, a.entries, a.at]))
    .digest('hex');
}

export function signAnchor(facts: AnchorFacts, key: string): { name: string; body: Buffer; anchor: Anchor } {
  const unsigned = { format: ANCHOR_FORMAT, version: ANCHOR_VERSION, keyId: keyIdOf(key), lastId: facts.lastId, hash: facts.hash, entries: facts.entries, at: facts.at } as const;
  const anchor: Anchor = { ...unsigned, mac: macOf(key, unsigned) };
  const stamp = facts.at.replace(/[-:.]/g, '');
  const name = `${String(facts.entries).padStart(12, '0')}-${String(facts.lastId).padStart(12, '0')}-${stamp}-${randomBytes(4).toString('hex')}.json`;
  return { name, body: Buffer.from(`${JSON.stringify(anchor)}\n`, 'utf8'), anchor };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export function checkAnchor(name: string, bytes: Buffer, key: string): CheckedAnchor {
  const forged = (problem: string): CheckedAnchor => ({ name, status: 'forged', problem });
  if (!ANCHOR_NAME.test(name)) return forged('名称不是锚点的格式');
  if (bytes.length > ANCHOR_MAX_BYTES) return forged('内容过长，不是锚点');
  let parsed: Partial<Anchor>;
  try {
    parsed = JSON.parse(bytes.toString('utf8')) as Partial<Anchor>;
  } catch {
    return forged('内容无法解析');
  }
  if (
    parsed === null ||
    typeof parsed !== 'object' ||
    parsed.format !== ANCHOR_FORMAT ||
    parsed.version !== ANCHOR_VERSION ||
    typeof parsed.keyId !== 'string' ||
    typeof parsed.mac !== 'string' ||
    typeof parsed.hash !== 'string' ||
    !/^[0-9a-f]{64}$/.test(parsed.hash) ||
    typeof parsed.at !== 'string' ||
    !isCount(parsed.lastId) ||
    !isCount(parsed.entries)
  ) {
    return forged('内容不是锚点的格式');
  }
  const anchor = parsed as Anchor;
  if (anchor.keyId !== keyIdOf(key)) return { name, status: 'other_key', anchor };
  const expected = Buffer.from(macOf(key, anchor), 'hex');
  const given = Buffer.from(anchor.mac, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return forged('签名不符');
  const [entries, lastId] = name.split('-');
  if (Number(entries) !== anchor.entries || Number(lastId) !== anchor.lastId) return forged('名称与内容不符');
  return { name, status: 'valid', anchor };
}
