// Loaded at run time: the spec bundle is built for the browser, but Vitest runs it in Node.
const { existsSync, readdirSync, readFileSync, statSync } = process.getBuiltinModule('node:fs');
const { join, resolve } = process.getBuiltinModule('node:path');

/**
 * Every key the app uses must exist in all three cultures, and the cultures must agree on their
 * key sets. Keys are written as string literals ('Page:Offices.Title') so this scan can find them.
 */
const appRoot = resolve(process.cwd(), 'src/app');
const localizationRoot = resolve(
  process.cwd(),
  '../src/NavLederprogram.Domain.Shared/Localization',
);
const cultures = ['nb', 'nn', 'en'];
const keyPattern = /['"`]((?:App|Menu|Ui|Page|Field|Enum):[A-Za-z0-9_.:-]+)['"`]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'proxy' ? [] : sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

function usedKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of sourceFiles(appRoot)) {
    for (const match of readFileSync(file, 'utf-8').matchAll(keyPattern)) {
      keys.set(match[1], file.slice(appRoot.length + 1));
    }
  }
  return keys;
}

/** The module files (Localization/{Module}/{culture}.json) of one culture, by module name. */
function moduleTexts(culture: string): Map<string, Record<string, string>> {
  const modules = new Map<string, Record<string, string>>();
  for (const module of readdirSync(localizationRoot).sort()) {
    const path = join(localizationRoot, module, `${culture}.json`);
    if (statSync(join(localizationRoot, module)).isDirectory() && existsSync(path)) {
      modules.set(module, JSON.parse(readFileSync(path, 'utf-8')).texts);
    }
  }
  return modules;
}

function texts(culture: string): Record<string, string> {
  return Object.assign({}, ...moduleTexts(culture).values());
}

describe('translation keys', () => {
  const used = usedKeys();

  it('finds the keys the app uses', () => {
    expect(used.size).toBeGreaterThan(50);
    expect(used.has('Menu:Offices')).toBe(true);
  });

  for (const culture of cultures) {
    it(`are all present in ${culture}.json`, () => {
      const available = texts(culture);
      const missing = [...used]
        .filter(([key]) => !available[key]?.trim())
        .map(([key, file]) => `${key} (${file})`);
      expect(missing).toEqual([]);
    });
  }

  it('are the same in nb, nn and en, module file by module file', () => {
    const [nb, nn, en] = cultures.map((c) => moduleTexts(c));
    expect([...nb.keys()]).toContain('Common');
    expect([...nn.keys()]).toEqual([...nb.keys()]);
    expect([...en.keys()]).toEqual([...nb.keys()]);
    const notEverywhere = [...nb.keys()].flatMap((module) => {
      const keys = [nb, nn, en].map((c) => Object.keys(c.get(module) ?? {}));
      return [...new Set(keys.flat())]
        .filter((k) => keys.some((inCulture) => !inCulture.includes(k)))
        .map((k) => `${module}: ${k}`);
    });
    expect(notEverywhere).toEqual([]);
  });

  for (const culture of cultures) {
    it(`are each defined in one module file only in ${culture}`, () => {
      const files = new Map<string, string[]>();
      for (const [module, moduleKeys] of moduleTexts(culture)) {
        for (const key of Object.keys(moduleKeys))
          files.set(key, [...(files.get(key) ?? []), module]);
      }
      const twice = [...files]
        .filter(([, modules]) => modules.length > 1)
        .map(([k, m]) => `${k} (${m.join(', ')})`);
      expect(twice).toEqual([]);
    });
  }
});
