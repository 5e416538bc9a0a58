import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

/**
 * The structure rules of docs/architecture.md ("Naming", "One rule in one place") that a reviewer
 * would otherwise check by eye: file size and the names of injectables, controllers and modules.
 */
const SRC = join(process.cwd(), 'src');
const MAX_LINES = 500;
const OVER_HEADER = '// Over 500 lines because:';
/** Decorator to the role its class and file carry. */
const ROLES: Record<string, string[]> = {
  Injectable: ['service', 'processor', 'guard', 'interceptor'],
  Controller: ['controller'],
  Module: ['module'],
};
/** Interceptors that are the run-time half of a decorator defined beside them, in the decorator's file. */
const BESIDE_THEIR_DECORATOR = new Set([
  'common/validation.ts:ResponseSchemaInterceptor',
  'web/form-page.ts:FormPageInterceptor',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const kebab = (pascal: string): string => pascal.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const pascal = (role: string): string => role[0].toUpperCase() + role.slice(1);

/** Each exported class under one of ROLES' decorators, with the decorator. */
function decoratedClasses(text: string): { decorator: string; name: string }[] {
  const out: { decorator: string; name: string }[] = [];
  // The class right after the decorator; a class private to its file (not exported) is left alone.
  const re =
    /^@(Injectable|Controller|Module)\b(?:(?!^(?:export )?(?:abstract )?class )[\s\S])*?^(export )?(?:abstract )?class (\w+)/gm;
  for (const m of text.matchAll(re)) if (m[2]) out.push({ decorator: m[1], name: m[3] });
  return out;
}

/** What is wrong with a class's name or its file's name, or null. */
export function namingProblem(file: string, decorator: string, name: string): string | null {
  const roles = ROLES[decorator];
  const role = roles.find((r) => name.endsWith(pascal(r)));
  if (!role) return `${name}: an @${decorator} class ends in ${roles.map(pascal).join(' / ')}`;
  const expected = `${kebab(name.slice(0, -role.length))}.${role}.ts`;
  // Dots and hyphens both separate words in a file name (supporters.public.controller.ts).
  if (basename(file).replace(/\./g, '-') !== expected.replace(/\./g, '-'))
    return `${name} should live in ${expected} (the kebab-case of its name, then its role)`;
  return null;
}

describe('code rules (docs/architecture.md)', () => {
  const files = sourceFiles(SRC).map((path) => ({ path, rel: relative(SRC, path), text: readFileSync(path, 'utf8') }));

  it('should find the source files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it(`should keep every file in src/ under ${MAX_LINES} lines unless its top says why`, () => {
    const long = files
      .filter((f) => f.text.split('\n').length > MAX_LINES)
      .filter(
        (f) =>
          !f.text
            .split('\n')
            .slice(0, 5)
            .some((line) => line.startsWith(OVER_HEADER)),
      )
      .map((f) => `${f.rel}: ${f.text.split('\n').length} lines`);
    expect(long).toEqual([]);
  });

  it('should name every injectable, controller and module class for its role, in a file named after it', () => {
    const wrong = files.flatMap((f) =>
      decoratedClasses(f.text)
        .filter((c) => !BESIDE_THEIR_DECORATOR.has(`${f.rel}:${c.name}`))
        .map((c) => namingProblem(f.path, c.decorator, c.name))
        .filter((p): p is string => p !== null)
        .map((p) => `${f.rel}: ${p}`),
    );
    expect(wrong).toEqual([]);
  });

  it('should reject the names the rule forbids', () => {
    expect(namingProblem('mail-sender.service.ts', 'Injectable', 'MailSender')).toMatch(/ends in Service/);
    expect(namingProblem('event-notifier.ts', 'Injectable', 'EventNotifierService')).toMatch(
      /event-notifier\.service\.ts/,
    );
    expect(namingProblem('mail-sender.service.ts', 'Injectable', 'MailSenderService')).toBeNull();
    expect(namingProblem('supporters.public.controller.ts', 'Controller', 'SupportersPublicController')).toBeNull();
  });
});
