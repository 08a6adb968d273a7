import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer } from './local-server.mjs';
import { launch, person, assertAccessible, assertFitsWidth } from './browser.mjs';

// The council's own service: who runs it on every page, its privacy notice and its accessibility statement.
const council = {
  ORGANISATION_NAME: 'Cyngor Sir Enghraifft / Example County Council',
  CONTACT_EMAIL: 'engage@example.gov.uk',
  PRIVACY_NOTICE: 'We keep your answers for one year.\n\nYou can ask us to delete them at any time.',
};
let server;
let browser;
before(async () => { server = await startLocalServer({ env: council }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

async function check(page, what) {
  await assertAccessible(page, what);
  await assertFitsWidth(page, what);
}

test('every page names who runs it, and the accessibility statement and privacy notice read in English and Welsh at 320 px', async () => {
  const page = await person(browser);
  await page.goto(server.participant);
  const footer = page.getByRole('contentinfo');
  await footer.getByText(`This service is run by ${council.ORGANISATION_NAME}.`).waitFor();
  assert.equal(await footer.getByRole('link', { name: council.CONTACT_EMAIL }).getAttribute('href'), `mailto:${council.CONTACT_EMAIL}`);
  await check(page, 'the join page with its footer');

  await footer.getByRole('link', { name: 'Accessibility statement' }).click();
  await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
  await page.getByText(`This statement is about Common Ground, run by ${council.ORGANISATION_NAME}.`).waitFor();
  for (const heading of ['How accessible this service is', 'How we tested it', 'Reporting a problem or asking for another format']) {
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  }
  assert.equal(await page.getByRole('main').getByRole('link', { name: council.CONTACT_EMAIL }).getAttribute('href'), `mailto:${council.CONTACT_EMAIL}`);
  assert.equal(await page.title(), 'Accessibility statement – Common Ground');
  await check(page, 'the accessibility statement');

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click();
  await page.getByRole('heading', { level: 1, name: 'Datganiad hygyrchedd' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  await page.getByRole('heading', { level: 2, name: 'Sut y gwnaethon ni ei brofi' }).waitFor();
  await footer.getByText(`Mae ${council.ORGANISATION_NAME} yn rhedeg y gwasanaeth hwn.`).waitFor();
  await check(page, 'the Welsh accessibility statement');

  await footer.getByRole('link', { name: 'Hysbysiad preifatrwydd' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hysbysiad preifatrwydd' }).waitFor();
  const paragraphs = page.locator('main .notice-text');
  assert.deepEqual(await paragraphs.allTextContents(), ['We keep your answers for one year.', 'You can ask us to delete them at any time.']);
  await check(page, 'the Welsh privacy notice');

  await page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
  await check(page, 'the privacy notice');
  assert.deepEqual(page.problems, []);
});

test('a privacy notice given as an address is the council\'s own page', async () => {
  const other = await startLocalServer({ env: { ...council, PRIVACY_NOTICE: 'https://example.gov.uk/privacy/common-ground' } });
  try {
    const page = await person(browser);
    await page.goto(`${other.site}/accessibility`);
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), 'https://example.gov.uk/privacy/common-ground');
  } finally {
    await other.stop();
  }
});

test('--lan puts the network address in every link and the QR code, and says what it is for', async () => {
  const lan = await startLocalServer({ args: ['--lan'], env: { LAN_ADDRESS: '127.0.0.1' } });
  try {
    assert.match(lan.output(), /for trying Common Ground out and for training, on a network you trust/);
    for (const link of [lan.site, lan.signInPage, lan.facilitator, lan.participant, lan.screen]) {
      assert.ok(link.startsWith('http://127.0.0.1:'), `${link} does not use the network address`);
    }
    const code = lan.participant.split('/').pop();
    const svg = await (await fetch(`${lan.site}/api/join/${code}/qr.svg`)).text();
    // The code's label ends with the address it encodes.
    assert.match(svg, new RegExp(`aria-label="[^"]*: ${lan.site.replace(/[.]/g, '\\.')}/join/${code}"`), 'the QR code does not lead to the network address');
  } finally {
    await lan.stop();
  }
});
