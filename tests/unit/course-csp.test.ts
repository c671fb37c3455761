import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  headersFile,
  inlineScriptHashes,
  inlineScriptsOf,
  metaPolicy,
  readHead,
  sha256,
  sitePolicy,
} from '../../src/course/csp';

const component = `---
const label = 'x';
---
<button>{label}</button>
<script is:inline>
	window.theme = 'dark';
</script>
<script>
	console.log('bundled by Astro, hashed by Astro');
</script>
<script is:inline aria-hidden="true">(() => {})();</script>
`;

describe('inlineScriptsOf', () => {
  test('returns the exact text of each is:inline script, and skips bundled ones', () => {
    expect(inlineScriptsOf(component)).toEqual(["\n\twindow.theme = 'dark';\n", '(() => {})();']);
  });
});

describe('inlineScriptHashes', () => {
  test("returns the hash of Starlight's theme script as it appears in built pages", () => {
    const starlight = fileURLToPath(
      new URL('../../node_modules/@astrojs/starlight/', import.meta.url),
    );
    const hashes = inlineScriptHashes([starlight]);
    // ThemeProvider.astro's inline script, as emitted in every built page (Starlight 0.42.4).
    expect(hashes).toContain('sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=');
  });
});

describe('sha256', () => {
  test('returns a CSP hash source', () => {
    const digest = createHash('sha256').update('a').digest('base64');
    expect(sha256('a')).toBe(`sha256-${digest}`);
  });
});

describe('metaPolicy', () => {
  test("returns the policy of the page's meta tag", () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'"></head>`;
    expect(metaPolicy(html)).toBe("script-src 'self'; style-src 'self'");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});

describe('readHead', () => {
  const file = (name: string, text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'read-head-')), name);
    writeFileSync(path, text);
    return path;
  };

  test('returns a page up to the end of its head, across chunk boundaries', () => {
    const head = `<head><meta http-equiv="content-security-policy" content="script-src 'self'"></head>`;
    const page = file('page.html', `<!doctype html><html>${head}<body>${'x'.repeat(5000)}</body>`);
    expect(readHead(page, 7)).toBe(`<!doctype html><html>${head}`);
    expect(metaPolicy(readHead(page, 7))).toBe("script-src 'self'");
  });

  test('returns the whole file when it has no head end, and an empty file as empty', () => {
    expect(readHead(file('fragment.html', '<p>é</p>'), 3)).toBe('<p>é</p>');
    expect(readHead(file('empty.html', ''))).toBe('');
  });
});

describe('sitePolicy', () => {
  test('returns one policy with every hash the pages need, and frame-ancestors', () => {
    const policy = sitePolicy([
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self'; script-src 'self' 'sha256-b'",
    ]);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'",
    );
    expect(policy).not.toContain('unsafe-inline');
  });
});

describe('headersFile', () => {
  test('returns the policy and the headers a meta tag cannot set, for every path', () => {
    expect(headersFile("default-src 'self'")).toMatchInlineSnapshot(`
      "/*
        Content-Security-Policy: default-src 'self'
        X-Content-Type-Options: nosniff
        Referrer-Policy: strict-origin-when-cross-origin
      "
    `);
  });
});
