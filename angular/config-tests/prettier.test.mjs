// The formatting rules of .prettierrc and .prettierignore, shown on snippets checked with the project's own config.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as prettier from 'prettier';

const root = join(import.meta.dirname, '..');

async function isFormatted(path, source) {
  const filepath = join(root, path);
  const options = await prettier.resolveConfig(filepath, { editorconfig: true });
  assert.ok(options, 'the project has a Prettier config');
  return prettier.check(source, { ...options, filepath });
}

describe('formatting', () => {
  it('accepts code in the house style: two spaces, single quotes, semicolons, trailing commas', async () => {
    const source =
      "import { inject } from '@angular/core';\n\n" +
      'export const languages = {\n' +
      "  nb: 'Bokmål',\n" +
      "  nn: 'Nynorsk',\n" +
      '};\n\n' +
      'export function injected<T>(token: new () => T): T {\n' +
      '  return inject(token);\n' +
      '}\n';
    assert.equal(await isFormatted('src/app/shared/probe.ts', source), true);
  });

  it('reports double quotes, four-space indents and a missing semicolon', async () => {
    assert.equal(await isFormatted('src/app/shared/probe.ts', 'export const a = "x";\n'), false);
    assert.equal(
      await isFormatted('src/app/shared/probe.ts', 'export function f() {\n    return 1;\n}\n'),
      false,
    );
    assert.equal(await isFormatted('src/app/shared/probe.ts', "export const a = 'x'\n"), false);
  });

  it('wraps a line longer than 100 characters and leaves one of 100 alone', async () => {
    const line = (length) => {
      const text = `export const x = ['${'a'.repeat(length - 27)}', 'b'];`;
      assert.equal(text.length, length);
      return `${text}\n`;
    };
    assert.equal(await isFormatted('src/app/shared/probe.ts', line(100)), true);
    assert.equal(await isFormatted('src/app/shared/probe.ts', line(101)), false);
  });

  it('formats Angular templates with the Angular parser', async () => {
    const misformatted = '<p   class="a">{{ x }}</p>\n';
    assert.equal(await isFormatted('src/app/pages/probe/probe.html', misformatted), false);
    assert.equal(
      await isFormatted('src/app/pages/probe/probe.html', '<p class="a">{{ x }}</p>\n'),
      true,
    );
  });

  for (const path of [
    'src/app/proxy/api.ts',
    'openapi.json',
    'package-lock.json',
    'dist/browser/main.js',
    'test-results/unit.json',
  ]) {
    it(`leaves ${path} alone: it is generated or written by a tool`, async () => {
      const info = await prettier.getFileInfo(join(root, path), {
        ignorePath: join(root, '.prettierignore'),
      });
      assert.equal(info.ignored, true);
    });
  }

  it('checks hand-written source', async () => {
    const info = await prettier.getFileInfo(join(root, 'src/app/app.config.ts'), {
      ignorePath: join(root, '.prettierignore'),
    });
    assert.equal(info.ignored, false);
  });
});
