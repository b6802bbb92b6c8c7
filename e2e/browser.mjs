// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, against
// the release build served on 127.0.0.1 (scripts/with-server.sh starts the server and sets BASE_URL).
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL || 'http://127.0.0.1:8080/';
// The full calculator, as a lawyer or a teacher opens it; the page opens on the guided questions.
export const FULL = `${BASE_URL}?full=1`;
export const ORIGIN = new URL(BASE_URL).origin;

// Without the background-networking flags Chromium tries to reach Google's hosts at start.
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launch(extra = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...ARGS, ...extra] });
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

// A page that records every request, console message and uncaught error.
export async function openPage(browser, viewport = PHONE, url = FULL) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const log = { requests: [], console: [], errors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => log.errors.push(e.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  // The calculator has a root to wait for; the static pages (gallery, embed) do not.
  if (await page.locator('#root').count()) await ready(page);
  return { page, context, log };
}

// The app has replaced the prerendered page and answers input (src/main.rs marks the root).
export function ready(page) {
  return page.waitForSelector('#root[data-ready]');
}

// The language switch: the page is built once per language, so switching loads the other build
// (the form comes along through the tab's storage); this waits until it answers.
export async function switchLanguage(page) {
  const before = await page.getAttribute('html', 'lang');
  await Promise.all([page.waitForURL((url) => url.searchParams.has('lang')), page.click('#switch-language')]);
  await ready(page);
  await page.waitForFunction((was) => document.documentElement.lang !== was, before);
}

// The teacher area of the full calculator (the reform sandbox, the scholars' proposals): opened
// if it is closed.
export async function openTeacherArea(page) {
  if (!(await page.locator('#teacher[open]').count())) await page.click('#teacher > summary');
}

export async function type(page, id, text) {
  await page.fill(`#${id}`, text);
}

// Types as a person does, a key at a time, and fails if any error the page did not show before
// appears while the field still has the focus: errors wait until the user leaves the field.
export async function typeByHand(page, id, text) {
  const shownErrors = () => page.$$eval('.field__error, .error-summary li', (es) => es.map((e) => e.id || e.textContent));
  const before = new Set(await shownErrors());
  const field = page.locator(`#${id}`);
  await field.fill('');
  let typed = '';
  for (const ch of text) {
    await field.pressSequentially(ch);
    typed += ch;
    const fresh = (await shownErrors()).filter((e) => !before.has(e));
    if (fresh.length) throw new Error(`#${id}: an error showed mid-typing at "${typed}": ${fresh.join('; ')}`);
  }
}

export async function totalText(page) {
  return (await page.textContent('#total-amount'))?.trim();
}
