// WebKit, the engine of every iPhone browser and of WeChat on iOS, driven through W3C WebDriver:
// Debian's WebKitWebDriver (package webkit2gtk-driver) starting MiniBrowser under a virtual X
// display (xvfb-run). Playwright's own WebKit is a download this machine may not make, so this is
// a small client of the WebDriver protocol: a session, and the few commands the tests need.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Starts the driver; resolves with a function that stops it.
export async function startDriver() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${url}/status`);
      return { url, stop: () => { try { process.kill(-driver.pid); } catch {} } };
    } catch {
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  throw new Error('WebKitWebDriver did not start');
}

// One browser window, and the commands the tests use.
export class Session {
  static async open(driverUrl) {
    const caps = { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } } };
    const value = await call(driverUrl, 'POST', '/session', caps);
    return new Session(driverUrl, value.sessionId, value.capabilities.browserVersion);
  }

  constructor(driverUrl, id, version) {
    this.base = `${driverUrl}/session/${id}`;
    this.version = version;
  }

  cmd(method, path, body) {
    return call(this.base, method, path, body);
  }

  go(url) { return this.cmd('POST', '/url', { url }); }
  reload() { return this.cmd('POST', '/refresh', {}); }
  back() { return this.cmd('POST', '/back', {}); }
  close() { return this.cmd('DELETE', ''); }
  run(script, ...args) { return this.cmd('POST', '/execute/sync', { script, args }); }
  runAsync(script, ...args) { return this.cmd('POST', '/execute/async', { script, args }); }

  async find(selector) {
    const found = await this.cmd('POST', '/element', { using: 'css selector', value: selector });
    return Object.values(found)[0];
  }

  async click(selector) {
    await this.cmd('POST', `/element/${await this.find(selector)}/click`, {});
  }

  // Types as a keyboard does, into the element.
  async type(selector, text) {
    const id = await this.find(selector);
    await this.cmd('POST', `/element/${id}/clear`, {});
    await this.cmd('POST', `/element/${id}/value`, { text });
  }

  // Waits for a condition the page evaluates (a JavaScript expression), up to 15 s.
  async until(expression, what = expression) {
    for (let i = 0; i < 150; i++) {
      if (await this.run(`return !!(${expression})`)) return;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  text(selector) {
    return this.run('const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null', selector);
  }
}

async function call(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (json.value && json.value.error) throw new Error(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
  return json.value;
}
