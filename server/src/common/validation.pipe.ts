import { type ErrorCode, errorMessage } from '@cacem/shared';
import { type ArgumentMetadata, HttpStatus, ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainException } from './domain.exception.js';
import { findDeceptiveText } from './text-characters.js';

const REQUIRED = new Set(['isDefined', 'isNotEmpty', 'whitelistValidation']);
const TOO_LONG = new Set(['maxLength', 'arrayMaxSize']);
const HAS_CHINESE = /[\u4e00-\u9fff]/;

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; code: ErrorCode; message: string }> {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const nested = error.children?.length ? flatten(error.children, field) : [];
    const constraints = error.constraints ?? {};
    const names = Object.keys(constraints);
    if (names.length === 0) return nested;
    // Report the problem a person should fix first: missing, then wrong kind of value, then too long.
    const name = names.find((n) => REQUIRED.has(n)) ?? names.find((n) => !TOO_LONG.has(n)) ?? names[0]!;
    if (name === 'whitelistValidation') {
      return [{ field, code: 'FIELD_INVALID' as const, message: `不允许的字段：${field}` }];
    }
    const code: ErrorCode = REQUIRED.has(name) ? 'FIELD_REQUIRED' : TOO_LONG.has(name) ? 'FIELD_TOO_LONG' : 'FIELD_INVALID';
    const text = constraints[name]!;
    return [{ field, code, message: HAS_CHINESE.test(text) ? text : errorMessage(code) }, ...nested];
  });
}

/** Deeper than any form of the API (the campaign settings reach about 6); JSON arrives at most 1 MB, so this bounds the walk. */
export const MAX_INPUT_DEPTH = 32;

/** Whether the value nests deeper than `limit`, walked without recursion so a hostile body cannot exhaust the stack here. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * An id in a path is written in plain decimal, as the API hands ids out: `0x2`, `2e0`, ` 2`, `02`, `+2` and `2.0` name no
 * object (Number() would read them all as 2). Within JavaScript's safe integers, so no id rounds onto another.
 */
const PLAIN_ID = /^[1-9][0-9]{0,15}$/;
export const isPlainId = (raw: unknown): boolean => typeof raw === 'string' && PLAIN_ID.test(raw) && Number.isSafeInteger(Number(raw));

/**
 * class-transformer and class-validator walk a body recursively: JSON nested a few thousand levels deep (which
 * JSON.parse accepts) overflowed the stack in plainToInstance and answered 500. Refused here first, for every body,
 * query and route parameter — including bodies a service checks itself (typed `unknown`, which the pipe passes through).
 */
class HostileInputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (nestsDeeperThan(value, MAX_INPUT_DEPTH)) {
      throw new DomainException('BODY_TOO_DEEP', HttpStatus.UNPROCESSABLE_ENTITY, { field: metadata.data ?? metadata.type });
    }
    // Every numeric path parameter is an id: one that is not plain decimal names nothing, answered as an unknown id.
    if (metadata.type === 'param' && metadata.metatype === Number && !isPlainId(value)) throw new DomainException('NOT_FOUND', HttpStatus.NOT_FOUND);
    // Control and bidi characters are refused in every text of a body or query, before a @Transform trims any away.
    if (metadata.type === 'body' || metadata.type === 'query') {
      const problem = findDeceptiveText(value, metadata.metatype);
      if (problem) throw new DomainException('TEXT_CHARACTERS_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, problem);
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/** The one validation pipe: strips nothing silently (unknown fields are refused), and answers 422 with every field's problem. */
export function createValidationPipe(): ValidationPipe {
  return new HostileInputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const first = details[0];
      return new DomainException(first?.code ?? 'VALIDATION_FAILED', HttpStatus.UNPROCESSABLE_ENTITY, {
        message: first?.message ?? errorMessage('VALIDATION_FAILED'),
        field: first?.field,
        details,
      });
    },
  });
}
