// Runs axe-core on the current page and returns its violations, minus the documented
// exceptions below, as short records that read well in a failed assertion.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Exception {
  rule: string;
  selector: string;
  reason: string;
}

const EXCEPTIONS: Exception[] = [];

export async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      targets: violation.nodes
        .map((node) => node.target.join(' '))
        .filter(
          (target) =>
            !EXCEPTIONS.some((each) => each.rule === violation.id && target === each.selector),
        ),
    }))
    .filter((violation) => violation.targets.length > 0);
}
