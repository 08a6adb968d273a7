import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalServer, emailsTo, emailsArrive } from './local-server.mjs';
import { launch, person, assertAccessible, assertFitsWidth } from './browser.mjs';

let server;
let browser;
before(async () => { server = await startLocalServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop(); });

// The two days are run through the API here; the pages under test are those of afterwards.
async function api(method, path, token, body) {
  const response = await fetch(`${server.site}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = response.status === 204 ? {} : await response.json();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

test('after the days: a lead posts progress from the email link, the outcomes page shows it, the records are downloaded and the workshop deleted', async () => {
  // The printed sign-in link is for the browser below; the API gets its own, by email.
  const signInMail = (e) => e.subject.startsWith('Sign in');
  const earlier = (await emailsTo(server.outbox, 'facilitator@example.org')).filter(signInMail).length;
  await api('POST', '/auth/links', null, { email: 'facilitator@example.org' });
  const signInEmails = await emailsArrive(server.outbox, 'facilitator@example.org', { matching: signInMail, already: earlier });
  const signIn = new URL(signInEmails.at(-1).body.text.match(/https?:\/\/\S+/)[0]).searchParams.get('token');
  const { token } = await api('POST', '/auth/sessions', null, { linkToken: signIn });
  const w = await api('POST', '/workshops', token, { title: 'Respite in Rhyl', focus: 'Breaks for carers' });
  const carer = await api('POST', `/workshops/${w.id}/participants`, null, { perspective: 'carer', language: 'en' });
  const statement = await api('POST', `/workshops/${w.id}/statements`, carer.token, { prompt: 'not_working', text: 'I never get a break' });
  await api('PUT', `/workshops/${w.id}/phase`, token, { phase: 'clustering' });
  const theme = await api('POST', `/workshops/${w.id}/themes`, token, { category: 'not_working', title: 'I want a proper break' });
  await api('PUT', `/workshops/${w.id}/statements/${statement.id}/theme`, token, { themeId: theme.id });
  await api('PUT', `/workshops/${w.id}/phase`, token, { phase: 'ideas' });
  const idea = await api('POST', `/workshops/${w.id}/ideas`, carer.token, { themeId: theme.id, lens: 'community', text: 'A sitting rota' });
  await api('PUT', `/workshops/${w.id}/phase`, token, { phase: 'action_planning' });
  const leadEmail = `lead-${Date.now()}@example.org`;
  const due = new Date(Date.now() + 4 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await api('POST', `/workshops/${w.id}/actions`, carer.token, {
    ideaId: idea.id, title: 'Start a sitting rota', lead: { name: 'Nia Hughes', email: leadEmail, consent: true },
    steps: [{ text: 'Find six sitters', owner: 'Nia Hughes', due }], measure: 'Ten breaks in the first month',
  });
  await api('PUT', `/workshops/${w.id}/phase`, token, { phase: 'follow_up' });

  const [ask] = await emailsArrive(server.outbox, leadEmail, { matching: (e) => e.subject.startsWith('Please confirm') });
  await api('POST', '/confirmations', null, { token: ask.body.text.match(/\/confirm\?token=(\S+)/)[1] });
  const [planEmail] = await emailsArrive(server.outbox, leadEmail, { matching: (e) => e.subject.startsWith('Your action plan') });
  const link = planEmail.body.text.match(/https?:\/\/\S+\/lead\/\S+/)[0];
  const lead = await person(browser);
  await lead.goto(link);
  await lead.getByRole('heading', { level: 1, name: 'Start a sitting rota' }).waitFor();
  await lead.getByLabel('In progress').check();
  await lead.getByLabel('What has happened?').fill('Four sitters have signed up <so far>');
  await lead.getByRole('button', { name: 'Post the update' }).click();
  await lead.getByRole('heading', { name: 'Thank you. Your update is posted.' }).waitFor();

  const reader = await person(browser);
  await reader.goto(`${server.site}/outcomes/${w.code}`);
  await reader.getByRole('heading', { level: 1, name: 'Respite in Rhyl' }).waitFor();
  await reader.getByText('Four sitters have signed up <so far>').waitFor();
  await reader.getByText('Nia.', { exact: false }).first().waitFor();
  assert.equal(await reader.getByText('Hughes').count(), 0, 'the lead by first name only');
  await reader.getByText('I want a proper break').first().waitFor();
  await assertAccessible(reader, 'the outcomes page');
  await assertFitsWidth(reader, 'the outcomes page');
  await reader.getByRole('link', { name: 'Cymraeg' }).click();
  await reader.getByRole('heading', { level: 2, name: 'Beth rydyn ni’n ei wneud' }).waitFor();
  await assertAccessible(reader, 'the outcomes page in Welsh');
  await assertFitsWidth(reader, 'the outcomes page in Welsh');
  await reader.emulateMedia({ media: 'print' });
  assert.equal(await reader.locator('.site-header').isVisible(), false, 'printing leaves out the site header');

  // Someone who took part sees the same on their own join link, and can still erase what they gave.
  const participant = await person(browser);
  await participant.goto(`${server.site}/join/${w.code}`);
  await participant.evaluate(([id, who]) => localStorage.setItem(`cg.participant.${id}`, JSON.stringify(who)),
    [w.id, { token: carer.token, participantId: carer.participantId }]);
  await participant.reload();
  await participant.getByRole('heading', { level: 2, name: 'What we are doing' }).waitFor();
  await participant.getByText('Four sitters have signed up <so far>').waitFor();
  await participant.getByRole('link', { name: 'Remove all my answers and details' }).waitFor();
  await assertAccessible(participant, 'the outcomes on the join link');
  await assertFitsWidth(participant, 'the outcomes on the join link');

  const stop = await person(browser);
  await stop.goto(`${server.site}/unsubscribe?token=not-a-real-link`);
  await stop.getByText('This link to stop emails is not valid any more').waitFor();
  await assertAccessible(stop, 'the stop-emails page');

  const console_ = await person(browser, { width: 1280, height: 1400 });
  await console_.goto(server.facilitator);
  await console_.getByRole('heading', { name: 'Your workshops' }).waitFor();
  await console_.getByRole('link', { name: 'Respite in Rhyl' }).click();
  await console_.getByRole('heading', { name: 'After the workshop' }).waitFor();
  await console_.locator('section[aria-labelledby=follow-up-heading] .theme-card', { hasText: 'Start a sitting rota' }).locator('span.tag', { hasText: 'In progress' }).waitFor();
  // A half-written progress update is kept through a reload, as the console's other fields are.
  const planCard = console_.locator('section[aria-labelledby=follow-up-heading] .theme-card', { hasText: 'Start a sitting rota' });
  await planCard.locator('summary').first().click();
  await planCard.getByLabel('What has happened?').fill('Two more sitters');
  await console_.reload();
  await console_.getByRole('heading', { name: 'After the workshop' }).waitFor();
  await planCard.locator('summary').first().click();
  await console_.waitForFunction(() => document.querySelector('section[aria-labelledby=follow-up-heading] .theme-card textarea')?.value === 'Two more sitters');
  const [download] = await Promise.all([console_.waitForEvent('download'), console_.getByRole('button', { name: 'Download every record (CSV)' }).click()]);
  assert.equal(download.suggestedFilename(), `common-ground-${w.code}.csv`);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  assert.match(csv, /I never get a break/);
  assert.match(csv, /Four sitters have signed up <so far>/);
  await assertAccessible(console_, 'the console after the workshop');

  await console_.getByRole('link', { name: 'Open the report to print' }).click();
  await console_.getByRole('heading', { name: 'Action plans and where they came from' }).waitFor();
  await console_.locator('section blockquote', { hasText: 'I never get a break' }).waitFor();
  await assertAccessible(console_, 'the report');
  await console_.getByRole('link', { name: 'Back' }).click();

  await console_.getByLabel('Type the join code to confirm').fill('WRONG1');
  await console_.getByRole('button', { name: 'Delete the workshop for good' }).click();
  await console_.getByText('type its join code').waitFor();
  await console_.getByLabel('Type the join code to confirm').fill(w.code);
  await console_.getByRole('button', { name: 'Delete the workshop for good' }).click();
  await console_.getByRole('heading', { name: 'Your workshops' }).waitFor();
  assert.equal(await console_.getByRole('link', { name: 'Respite in Rhyl' }).count(), 0);
  await reader.goto(`${server.site}/outcomes/${w.code}`);
  await reader.getByText(/could not find a workshop|Doedd dim modd dod o hyd/i).waitFor();
  // The wrong code (400) and the deleted workshop's outcomes (404) were refused on purpose.
  for (const page of [lead, reader, console_]) assert.deepEqual(page.problems.filter((p) => !/status of (400|404)/.test(p)), [], 'no script errors');
});
