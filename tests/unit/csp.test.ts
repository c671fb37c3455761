import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, inlineScripts } from '../../src/lib/csp';

const page = `<html><head>
<script>window.a = 1;</script>
<script type="module" src="/_astro/page.js"></script>
<script type="module">import('/x.js')</script>
</head></html>`;

describe('inlineScripts', () => {
  test('returns only scripts without a src', () => {
    expect(inlineScripts(page)).toEqual(['window.a = 1;', "import('/x.js')"]);
  });
});

describe('contentSecurityPolicy', () => {
  test('returns a script-src with a hash per inline script and no unsafe-inline', () => {
    const policy = contentSecurityPolicy(page);
    const scriptSrc =
      policy.split('; ').find((directive) => directive.startsWith('script-src')) ?? '';
    const hash = createHash('sha256').update('window.a = 1;').digest('base64');
    expect(scriptSrc).toContain(`'sha256-${hash}'`);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
  });
});
