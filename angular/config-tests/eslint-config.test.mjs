// eslint.config.mjs at work: deliberate violations, linted with the project's own config.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..');
const app = join(root, 'src/app');
const eslint = new ESLint({ cwd: root });

/** An existing source file of a folder, without extension, as an import names it. */
function moduleIn(folder) {
  const file = readdirSync(join(app, folder))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .sort()[0];
  assert.ok(file, `no source file in src/app/${folder}`);
  return file.replace(/\.ts$/, '');
}

/** The boundary findings for `code` as if it were the file at `path` (relative to src/app). */
async function boundaryFindings(path, code) {
  const [result] = await eslint.lintText(code, { filePath: join(app, path) });
  const fatal = result.messages.filter((m) => m.fatal);
  assert.deepEqual(fatal, [], 'the probe source must parse');
  return result.messages
    .filter((m) => m.ruleId === 'boundaries/dependencies')
    .map((m) => m.message);
}

/**
 * The relative specifier from one file to another under src/app. Targets are real files: an import that does not
 * resolve is never reported, so it would prove nothing.
 */
function importOf(fromPath, target) {
  const specifier = relative(join(app, fromPath, '..'), join(app, target));
  return specifier.startsWith('.') ? specifier : `./${specifier}`;
}

describe('import boundaries', () => {
  let pageA;
  let pageB;
  let pageC;

  before(() => {
    // Real page folders, whatever they are called, so the rule is shown to be generic and not a list of names.
    const pages = readdirSync(join(app, 'pages'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    assert.ok(pages.length >= 3, 'at least three pages');
    [pageA, pageB, pageC] = pages;
  });

  it('a page may not import another page', async () => {
    for (const [from, to] of [
      [pageA, pageB],
      [pageB, pageC],
      [pageC, pageA],
    ]) {
      const path = `pages/${from}/probe.ts`;
      const target = `pages/${to}/${moduleIn(`pages/${to}`)}`;
      const findings = await boundaryFindings(
        path,
        `import * as other from '${importOf(path, target)}';\nexport { other };\n`,
      );
      assert.equal(findings.length, 1, `pages/${from} importing ${target}`);
      assert.equal(
        findings[0].startsWith(`pages/${from} imports pages/${to}: a page does not import`),
        true,
        findings[0],
      );
    }
  });

  it('a page may import its own files, shared/, core/ and data/', async () => {
    const path = `pages/${pageA}/probe.ts`;
    const imports = [
      `pages/${pageA}/${moduleIn(`pages/${pageA}`)}`,
      ...['shared', 'core', 'data'].map((f) => `${f}/${moduleIn(f)}`),
    ];
    const code = imports
      .map((target, i) => `import * as m${i} from '${importOf(path, target)}';\n`)
      .join('');
    assert.deepEqual(
      await boundaryFindings(
        path,
        `${code}export { ${imports.map((_, i) => `m${i}`).join(', ')} };\n`,
      ),
      [],
    );
  });

  for (const folder of ['core', 'shared', 'data']) {
    it(`${folder}/ may not import a page, statically or lazily`, async () => {
      const path = `${folder}/probe.ts`;
      const target = importOf(path, `pages/${pageB}/${moduleIn(`pages/${pageB}`)}`);
      const findings = await boundaryFindings(
        path,
        `import { x } from '${target}';\nexport const lazy = () => import('${target}');\nexport { x };\n`,
      );
      assert.equal(findings.length, 2);
      for (const message of findings) assert.match(message, /do not import one/);
    });
  }

  it('the app shell may load pages lazily', async () => {
    const path = 'app.routes.ts';
    const target = importOf(path, `pages/${pageA}/${moduleIn(`pages/${pageA}`)}`);
    assert.deepEqual(
      await boundaryFindings(path, `export const load = () => import('${target}');\n`),
      [],
    );
  });

  it('nobody but data/ imports the generated API client, not even a type', async () => {
    for (const path of [
      `pages/${pageB}/probe.ts`,
      'core/probe.ts',
      'shared/probe.ts',
      'app.config.ts',
      'testing/probe.ts',
    ]) {
      const findings = await boundaryFindings(
        path,
        `import { Api } from '${importOf(path, 'proxy/api')}';\nexport type { Api };\n` +
          `export type { ApiConfiguration } from '${importOf(path, 'proxy/api-configuration')}';\n`,
      );
      assert.equal(findings.length, 2, path);
      for (const message of findings)
        assert.match(message, /Only data\/ imports the generated API client/);
    }
  });

  it('data/ imports the generated API client', async () => {
    const path = 'data/probe.ts';
    assert.deepEqual(
      await boundaryFindings(
        path,
        `import { Api } from '${importOf(path, 'proxy/api')}';\nexport { Api };\n`,
      ),
      [],
    );
  });

  it('an end-to-end test may not import the generated API client', async () => {
    const [result] = await eslint.lintText(
      `import { Api } from '../src/app/proxy/api';\nexport { Api };\n`,
      {
        filePath: join(root, 'e2e/probe.spec.ts'),
      },
    );
    assert.equal(result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').length, 1);
  });
});

describe('Angular rules', () => {
  const component = (selector, template) =>
    `import { Component } from '@angular/core';\n\n` +
    `@Component({ selector: '${selector}', template: '${template}' })\n` +
    `export class Probe {}\n`;

  async function ruleIds(code) {
    const [result] = await eslint.lintText(code, { filePath: join(app, 'shared/probe.ts') });
    return result.messages.map((m) => m.ruleId);
  }

  it('lints inline templates, for accessibility too', async () => {
    assert.deepEqual(await ruleIds(component('app-probe', '<img src="a.png" />')), [
      '@angular-eslint/template/alt-text',
    ]);
    assert.deepEqual(await ruleIds(component('app-probe', '<img src="a.png" alt="" />')), []);
  });

  it('wants the app- prefix on component selectors', async () => {
    assert.deepEqual(await ruleIds(component('probe-card', '<p>x</p>')), [
      '@angular-eslint/component-selector',
    ]);
  });
});
