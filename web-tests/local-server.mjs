// Starts the real local server (in memory, free ports) the way scripts/dev does, and
// reads the links it prints.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The tests always use the stand-ins, even where a developer points the SDK at LocalStack.
function standInsOnly(extra) {
  const env = { ...process.env, SES_PORT: '0', ...extra };
  for (const name of Object.keys(env)) if (name.startsWith('AWS_ENDPOINT_URL')) delete env[name];
  return env;
}

// options.args are more command-line options (such as --lan); options.env more settings.
export async function startLocalServer({ args = [], env = {} } = {}) {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const classpath = `local/target/classes:${readFileSync(path.join(root, 'local/target/classpath.txt'), 'utf8').trim()}`;
  const child = spawn(java, ['--enable-native-access=ALL-UNNAMED', '-XX:TieredStopAtLevel=1', '-cp', classpath,
    `-Dcommonground.root=${root}`, 'org.commonground.local.LocalServer', '--in-memory', '--port', '0', ...args], {
    cwd: root,
    env: standInsOnly(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr.on('data', (d) => { errors += d; });
  const links = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The local server did not start in 90 s.\n${output}\n${errors}`)), 90_000);
    child.on('exit', (code) => reject(new Error(`The local server stopped (${code}).\n${output}\n${errors}`)));
    child.stdout.on('data', (d) => {
      output += d;
      if (/^Outbox: /m.test(output)) {
        clearTimeout(timer);
        const line = (name) => output.match(new RegExp(`^${name}: (\\S+)`, 'm'))?.[1];
        resolve({
          site: output.match(/running at (\S+)/)[1],
          signInPage: line('Facilitator sign-in page'),
          facilitator: line('Facilitator'),
          participant: line('Participant'),
          screen: line('Big screen'),
          outbox: line('Outbox'),
        });
      }
    });
  });
  return { ...links, output: () => output, stop: () => new Promise((done) => { child.once('exit', done); child.kill('SIGTERM'); }) };
}

// Emails the SES emulator holds for one address, newest last.
export async function emailsTo(outbox, address) {
  const store = await (await fetch(`${outbox.replace(/\/$/, '')}/store`)).json();
  return store.emails.filter((e) => e.destination.to.some((to) => to.toLowerCase() === address.toLowerCase()));
}

// Asks the emulator again until it holds more than `already` emails to the address that match,
// and answers those (newest last); fails after `timeout` ms saying what did not arrive.
export async function emailsArrive(outbox, address, { matching = () => true, already = 0, timeout = 20000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = (await emailsTo(outbox, address)).filter(matching);
    if (found.length > already) return found;
    if (Date.now() > deadline) throw new Error(`no new email to ${address} arrived within ${timeout} ms (${found.length} matching before)`);
    await new Promise((next) => setTimeout(next, 100));
  }
}

// Signs `page` in as `address` through the sign-in page and the emailed link: the link printed at
// start is single-use, so every test after the first that needs a console signs in this way.
export async function signInByEmail(page, server, address = 'facilitator@example.org') {
  await page.goto(server.signInPage);
  await page.getByLabel('Your work email address').fill(address);
  const earlier = (await emailsTo(server.outbox, address)).length;
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  const [email] = (await emailsArrive(server.outbox, address, { already: earlier })).slice(-1);
  await page.goto(email.body.text.match(/http:\/\/\S+\/signin\?token=[\w-]+/)[0]);
  await page.getByRole('heading', { name: 'Your workshops' }).waitFor();
}
