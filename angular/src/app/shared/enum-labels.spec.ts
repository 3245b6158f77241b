import { EnumLabelPipe, enumKey, enumLabels } from './enum-labels';

// Loaded at run time: the spec bundle is built for the browser, but Vitest runs it in Node.
const { existsSync, readdirSync, readFileSync, statSync } = process.getBuiltinModule('node:fs');
const { join, resolve } = process.getBuiltinModule('node:path');

const appRoot = resolve(process.cwd(), 'src/app');
const localizationRoot = resolve(
  process.cwd(),
  '../src/NavLederprogram.Domain.Shared/Localization',
);

/** Every enum in the API description, with its values (the generator's nullable marker left out). */
function apiEnums(): Map<string, string[]> {
  const openApi = JSON.parse(readFileSync(resolve(process.cwd(), 'openapi.json'), 'utf-8'));
  const schemas = openApi.components.schemas as Record<string, { enum?: (string | null)[] }>;
  return new Map(
    Object.entries(schemas)
      .filter(([, schema]) => Array.isArray(schema.enum))
      .map(([name, schema]) => [
        name,
        schema.enum!.filter((v): v is string => typeof v === 'string'),
      ]),
  );
}

function texts(culture: string): Record<string, string> {
  return Object.assign(
    {},
    ...readdirSync(localizationRoot)
      .map((module: string) => join(localizationRoot, module, `${culture}.json`))
      .filter((path: string) => existsSync(path))
      .map((path: string) => JSON.parse(readFileSync(path, 'utf-8')).texts),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'proxy' ? [] : sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('enum labels', () => {
  const enums = apiEnums();

  it('are keyed Enum:{Type}.{Value}', () => {
    expect(enumKey('CohortStatus', 'Running')).toBe('Enum:CohortStatus.Running');
    expect(enumLabels('LeadershipModel', ['SingleLeader', 'DualLeader'])).toEqual({
      SingleLeader: 'Enum:LeadershipModel.SingleLeader',
      DualLeader: 'Enum:LeadershipModel.DualLeader',
    });
    const pipe = new EnumLabelPipe();
    expect(pipe.transform('Ks', 'Employer')).toBe('Enum:Employer.Ks');
    expect(pipe.transform(null, 'Employer')).toBe('');
  });

  it('finds the enums of the API', () => {
    expect(enums.get('CohortStatus')).toContain('Running');
    expect(enums.size).toBeGreaterThan(10);
  });

  for (const culture of ['nb', 'nn', 'en']) {
    it(`exist in ${culture} for every value of every enum in openapi.json`, () => {
      const available = texts(culture);
      const missing = [...enums].flatMap(([type, values]) =>
        values.map((value) => enumKey(type, value)).filter((key) => !available[key]?.trim()),
      );
      expect(missing).toEqual([]);
    });
  }

  it('name only enums the API has', () => {
    const used = /(?:enumLabel:\s*|enumKey\(\s*|enumLabels\(\s*)'(\w+)'/g;
    const unknown = sourceFiles(appRoot).flatMap((file) =>
      [...readFileSync(file, 'utf-8').matchAll(used)]
        .map((match) => match[1])
        .filter((type) => !enums.has(type))
        .map((type) => `${type} (${file.slice(appRoot.length + 1)})`),
    );
    expect(unknown).toEqual([]);
  });
});
