import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';

/**
 * Characters no text of the platform needs and that deceive a reader: C0 and C1 controls (NUL, BEL, ESC … — tab, line
 * feed and carriage return are judged per field below), DEL, the bidirectional overrides, embeddings, isolates and marks
 * (申报\u202Efdp.exe shows as 申报exe.pdf), and the Unicode line and paragraph separators.
 */
function hasNeverCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c >= 0x7f && c <= 0x9f) return true;
    if (c === 0x061c || c === 0x200e || c === 0x200f || c === 0x2028 || c === 0x2029) return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}

/** A one-line field (a name, a place, a number) takes no tab and no line break: a leading tab trimmed away would leave `=1+1`. */
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
/** A multi-line field takes \n and \r\n line breaks and tabs; a lone \r (which overwrites a line on a terminal) is refused. */
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;

/** A text field of at least this many characters is a paragraph (a reason, a description, an activity's content). */
const MULTI_LINE_MIN_LENGTH = 500;

export type TextKind = 'single-line' | 'multi-line';

export interface TextProblem {
  field: string;
  message: string;
}

/** What is wrong with one string of a given kind, or null. */
export function textProblem(value: string, kind: TextKind): 'deceptive' | 'line-break' | null {
  if (hasNeverCharacter(value) || (kind === 'multi-line' && LONE_CARRIAGE_RETURN.test(value))) return 'deceptive';
  if (kind === 'single-line' && LINE_BREAK_OR_TAB.test(value)) return 'line-break';
  return null;
}

/** A client's file name: one line, nothing invisible or direction-changing. */
export function fileNameIsDeceptive(name: string): boolean {
  return textProblem(name, 'single-line') !== null;
}

type Constructor = abstract new (...args: never[]) => unknown;

const isDto = (metatype: unknown): metatype is Constructor =>
  typeof metatype === 'function' && ![String, Number, Boolean, Array, Object].includes(metatype as never);

const kinds = new WeakMap<Constructor, Map<string, TextKind>>();

/**
 * Each field's kind for a DTO class, read from its class-validator metadata: a field allowed 500 characters or more is
 * multi-line, any other string field one line. The rule lives here once; the DTOs only say how long a field may be.
 */
function fieldKinds(dto: Constructor): Map<string, TextKind> {
  let map = kinds.get(dto);
  if (map) return map;
  map = new Map();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(dto as never, '', true, false)) {
    if (meta.name === 'maxLength' && typeof meta.constraints?.[0] === 'number' && meta.constraints[0] >= MULTI_LINE_MIN_LENGTH) map.set(meta.propertyName, 'multi-line');
  }
  kinds.set(dto, map);
  return map;
}

/** The DTO class of a nested field (`profile: ApplicationProfileDto`, by its declared type), if it is one. */
function nestedClass(dto: Constructor, property: string): Constructor | null {
  const type: unknown = Reflect.getMetadata('design:type', dto.prototype as object, property);
  return isDto(type) ? type : null;
}

/**
 * The first string in a request's body or query that carries a deceptive character, with its field's path. Walked on
 * the value as it arrived, before any @Transform trims it. Fields of a DTO are one line unless their length makes them
 * multi-line; values the DTO does not describe (a body a service checks itself) may hold line breaks.
 */
export function findDeceptiveText(value: unknown, metatype: unknown): TextProblem | null {
  const stack: Array<{ node: unknown; path: string; dto: Constructor | null; kind: TextKind }> = [
    { node: value, path: '', dto: isDto(metatype) ? metatype : null, kind: isDto(metatype) ? 'single-line' : 'multi-line' },
  ];
  while (stack.length > 0) {
    const { node, path, dto, kind } = stack.pop()!;
    if (typeof node === 'string') {
      const problem = textProblem(node, kind);
      if (problem) return { field: path || 'body', message: describe(path || 'body', problem) };
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const isArray = Array.isArray(node);
    for (const [key, child] of Object.entries(node)) {
      // Object keys are text too (a query's or a settings body's names).
      if (!isArray && textProblem(key, 'single-line')) return { field: path || 'body', message: describe(path || 'body', 'deceptive') };
      const childPath = path ? `${path}.${key}` : key;
      if (isArray) {
        // An array's items are of the array field's own kind and class.
        stack.push({ node: child, path: childPath, dto, kind });
      } else if (dto) {
        const nested = nestedClass(dto, key);
        // A plain object the DTO does not describe field by field (settings, a map) may hold line breaks.
        const undescribed = nested === null && child !== null && typeof child === 'object' && !Array.isArray(child);
        stack.push({ node: child, path: childPath, dto: nested, kind: undescribed ? 'multi-line' : (fieldKinds(dto).get(key) ?? 'single-line') });
      } else {
        stack.push({ node: child, path: childPath, dto: null, kind });
      }
    }
  }
  return null;
}

function describe(field: string, problem: 'deceptive' | 'line-break'): string {
  return problem === 'line-break'
    ? `${field} 应为一行文字，不能含有换行符或制表符`
    : `${field} 含有不可见的控制字符或文字方向控制符（如从右到左覆盖、NUL、ESC），请删去后再提交`;
}
