// Loaded at run time: the spec bundle is built for the browser, but Vitest runs it in Node.
const { readdirSync, readFileSync, statSync } = process.getBuiltinModule('node:fs');
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

function texts(culture: string): Record<string, string> {
  const file = JSON.parse(readFileSync(join(localizationRoot, `${culture}.json`), 'utf-8'));
  return file.texts;
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

  it('are the same in nb, nn and en', () => {
    const [nb, nn, en] = cultures.map((c) => Object.keys(texts(c)).sort());
    const all = [...new Set([...nb, ...nn, ...en])];
    const notEverywhere = all.filter((k) => !nb.includes(k) || !nn.includes(k) || !en.includes(k));
    expect(notEverywhere).toEqual([]);
  });
});
