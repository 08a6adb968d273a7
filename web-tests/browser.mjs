// Headless Chromium (Debian's) driven by Playwright, with axe checking every page visited.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// A phone-sized or desktop-sized person, each in their own context (their own storage).
export async function person(browser, { width = 320, height = 640 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.problems = problems;
  return page;
}

// WCAG 2.2 AA and axe's best practices; a page passes only with no violations at all.
export async function assertAccessible(page, what) {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(found, [], `axe found problems on ${what}`);
}

// Nothing may be wider than the screen (320 px phones must not scroll sideways).
export async function assertFitsWidth(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${what} is ${overflow}px wider than the screen`);
}

// Moves the workshop from the console to any stage through "Go to another stage", saying yes
// when the console asks to confirm a skip or closing.
export async function moveStage(console_, phase) {
  const other = console_.locator('details.other-stage');
  if (!(await other.evaluate((d) => d.open))) await other.locator('summary').click();
  await console_.getByLabel('Move the workshop to').selectOption(phase);
  await console_.getByRole('button', { name: 'Move', exact: true }).click();
  const yes = console_.getByRole('dialog').getByRole('button', { name: /^Yes, move to/ });
  const now = console_.locator('#phase-heading ~ .count');
  const label = await console_.evaluate((p) => document.querySelector(`select[name=phase] option[value="${p}"]`).textContent, phase);
  // Whichever comes first: the question (answered yes) or the move itself; a question that never
  // comes is not a failure.
  const asked = yes.waitFor().then(() => true, () => false);
  await Promise.race([asked.then((shown) => shown && yes.click()), now.filter({ hasText: label }).waitFor()]);
  await now.filter({ hasText: label }).waitFor();
}
