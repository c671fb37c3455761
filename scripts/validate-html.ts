// Validates every built page with the Nu HTML Checker (vnu.jar; needs Java). Fails on any
// error that is not one of the documented exceptions below. Info messages are ignored.
//
//   npm run validate:html        (after npm run build)
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** Messages we accept, each with the reason. All come from markup this site does not own. */
const ACCEPTED: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^CSS: “--”: Parse Error\.$/,
    reason:
      'Expressive Code colours code with custom properties named --0, --1 in style attributes. ' +
      'They are valid CSS (any name after "--" is allowed), but vnu’s CSS parser rejects names ' +
      'that start with a digit.',
  },
  {
    pattern: /^Element “div” not allowed as child of element “(code|button)”/,
    reason:
      'Expressive Code (Starlight’s code blocks) renders each code line as a <div> inside <code> ' +
      'and an empty <div> icon inside its copy button. Changing it means replacing the highlighter.',
  },
  {
    pattern: /^Forbidden code point U\+007f\.$/,
    reason:
      'Expressive Code’s copy button stores the code in a data-code attribute with U+007F as ' +
      'its line separator, which it turns back into newlines when copying.',
  },
  {
    pattern: /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
    reason:
      'Starlight marks its inline sidebar-state scripts aria-hidden. Scripts are never rendered, ' +
      'so the attribute has no effect on assistive technology.',
  },
  {
    pattern: /^A “style” element in “body” must be the first child of its parent\.$/,
    reason:
      'Astro inserts <style>astro-island{display:contents}</style> before the first island on a ' +
      'page. Browsers apply body styles everywhere; it cannot be moved from this site.',
  },
];

const jar = createRequire(import.meta.url)('vnu-jar') as string;
let output: string;
try {
  output = execFileSync('java', ['-jar', jar, '--format', 'json', '--skip-non-html', 'dist'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // The report lists every documented exception too; a course with many code blocks passes
    // Node's default 1 MB buffer, which would cut the JSON short.
    maxBuffer: 256 * 1024 * 1024,
  });
} catch (error) {
  const failure = error as { stderr?: string; code?: string };
  if (failure.code === 'ENOENT') {
    console.error('Java is not installed. On Debian: apt-get install -y default-jre-headless');
    process.exit(1);
  }
  // vnu exits non-zero when it finds errors and writes its JSON report to stderr.
  output = failure.stderr ?? '';
}
// With --format json, vnu writes the report to stderr even on success.
const report = output.trim() ? output : '';
const { messages } = JSON.parse(report || '{"messages":[]}') as { messages: VnuMessage[] };

const errors = messages.filter((message) => message.type !== 'info');
const unexpected = errors.filter(
  (message) => !ACCEPTED.some(({ pattern }) => pattern.test(message.message)),
);
const pages = new Set(messages.map((message) => message.url)).size;
console.log(
  `Nu HTML Checker: ${errors.length} errors, ${errors.length - unexpected.length} of them documented exceptions (${ACCEPTED.length} kinds, see scripts/validate-html.ts), across ${pages} pages with messages.`,
);
for (const message of unexpected) {
  console.error(
    `${message.url?.replace(/^file:.*?\/dist\//, 'dist/')}:${message.lastLine}: ${message.message}`,
  );
}
if (unexpected.length > 0) process.exitCode = 1;
