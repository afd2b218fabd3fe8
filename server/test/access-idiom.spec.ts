import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// One access idiom (modules/access): every service method that acts for a principal opens with requireAccess, only the
// access module tests a principal's role, and every route names its permission with @Access. Read from the source.

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const MODULES = join(SRC, 'modules');
// auth issues and checks the principal itself (login, sessions); access is the idiom.
const OUTSIDE = new Set(['auth', 'access']);

function files(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix) && !e.name.endsWith('.spec.ts'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !OUTSIDE.has(relative(MODULES, f).split('/')[0]!));
}

interface ServiceMethod {
  where: string;
  opensWith: string | null;
  /** Tagged `@afterAccess`: a step other services call once their own method has checked (it records the actor). */
  afterAccess: boolean;
}

/** The public methods of the services' classes that take a principal, and the first function their first line calls. */
function principalMethods(): ServiceMethod[] {
  const found: ServiceMethod[] = [];
  for (const file of files(MODULES, '.service.ts')) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isMethodDeclaration(node) && node.body) {
        const hidden = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
        const takesPrincipal = node.parameters.some((p) => p.type && /\bPrincipal\b/.test(p.type.getText(source)));
        if (!hidden && takesPrincipal) {
          const cls = ts.isClassDeclaration(node.parent) ? node.parent.name?.text : '?';
          const afterAccess = ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'afterAccess');
          found.push({ where: `${relative(SRC, file)} ${cls}.${node.name.getText(source)}`, opensWith: firstCall(node.body.statements[0]), afterAccess });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function firstCall(statement: ts.Node | undefined): string | null {
  let name: string | null = null;
  const visit = (node: ts.Node): void => {
    if (name !== null) return;
    if (ts.isCallExpression(node)) {
      name = node.expression.getText();
      return;
    }
    ts.forEachChild(node, visit);
  };
  if (statement) visit(statement);
  return name;
}

describe('one access idiom', () => {
  const methods = principalMethods();

  it('finds the services’ methods that act for a principal', () => {
    // A floor, so a change to the scan that finds nothing cannot pass as a clean bill.
    expect(methods.length).toBeGreaterThan(100);
  });

  it('opens every one of them with requireAccess', () => {
    const offenders = methods.filter((m) => m.opensWith !== 'requireAccess' && !m.afterAccess).map((m) => `${m.where} opens with ${m.opensWith ?? 'no call'}`);
    expect(offenders).toEqual([]);
  });

  it('keeps the steps called after another method’s check few, and says which they are', () => {
    const steps = methods.filter((m) => m.afterAccess).map((m) => m.where);
    console.log(`[access] ${methods.length} methods act for a principal; ${methods.length - steps.length} open with requireAccess; called after another's check (@afterAccess):\n  ${steps.join('\n  ')}`);
    expect(steps.length).toBeLessThan(methods.length / 8);
  });

  it('tests a principal’s role only in the access module', () => {
    const offenders: string[] = [];
    for (const file of files(MODULES, '.ts')) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, k) => {
          if (/principal\.role\b|function require[A-Z]\w*\(principal/.test(line)) offenders.push(`${relative(SRC, file)}:${k + 1} ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('names every route’s permission with @Access, not a list of roles', () => {
    const offenders = files(MODULES, '.controller.ts').filter((f) => /@Roles\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
