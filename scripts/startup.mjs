// Start-up in headless Chromium: time from navigation start to the first rendered output (the
// calculator's heading), and from a click on the Hangzhou preset to its result on screen, median of 7
// loads, without and with 4x CPU throttling. Prints figures; asserts nothing.
import { launch } from '../e2e/browser.mjs';

const BASE_URL = process.env.BASE_URL;
const LOADS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await launch();
for (const rate of [1, 4]) {
  const firstOutput = [];
  const firstResult = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(BASE_URL, { waitUntil: 'commit' });
    await page.waitForSelector('h1');
    firstOutput.push(await page.evaluate(() => performance.now()));
    // Measured inside the page, so the driver's round trips do not count: click, then wait
    // frame by frame until the total is in the DOM.
    firstResult.push(await page.evaluate(async () => {
      const start = performance.now();
      document.querySelector('button[data-case]').click();
      while (!document.querySelector('#total-amount')) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return performance.now() - start;
    }));
    await context.close();
  }
  console.log(`CPU ${rate}x: navigation -> first output ${median(firstOutput).toFixed(0)} ms; ` +
    `preset click -> result ${median(firstResult).toFixed(0)} ms (median of ${LOADS})`);
}
await browser.close();
