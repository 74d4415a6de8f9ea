// Solace's real-browser suite: headless Chromium driven by playwright-core, axe-core for accessibility.
//
//   node --test-reporter=spec tests/browser/run.mjs http://127.0.0.1:PORT/
//
// It checks the triage form without JavaScript and with it, the quick exit (link and Escape ×3),
// runs axe-core on every kind of page and fails on any violation, and fails on any request to
// another origin, any console error, CSP violation, uncaught page error or failed sub-resource.
// Mobile screenshots of /check and a result go to target/browser-screenshots/ for people to look at.
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), SOLACE_SCREENSHOT_DIR (default
// <workspace>/target/browser-screenshots).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));

if (!process.argv[2]) {
  console.error('usage: node run.mjs http://127.0.0.1:PORT/   (a running `solace serve`)');
  process.exit(2);
}
const BASE = new URL(process.argv[2]);
const ORIGIN = BASE.origin;
const url = (p) => new URL(p, BASE).href;

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// The flags TOOLING.md prescribes: the network is closed and Chromium must not try to reach out.
// playwright adds a fresh --user-data-dir of its own for every launch.
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const SCREENSHOTS =
  process.env.SOLACE_SCREENSHOT_DIR ||
  path.join(process.env.CARGO_TARGET_DIR || path.resolve(HERE, '../../target'), 'browser-screenshots');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_VERSION = require('axe-core/package.json').version;
const PLAYWRIGHT_VERSION = require('playwright-core/package.json').version;

const FORM = 'form#triage-form';
const SUBMIT = `${FORM} button[type="submit"], ${FORM} button:not([type]), ${FORM} input[type="submit"]`;

// Reported before any page script runs, so that a CSP violation shows up as a console error
// even where the browser would only fire the event.
const CSP_LISTENER = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('Content Security Policy violation: ' + e.violatedDirective + ' blocked ' +
    (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`;

let browser;

/** Fails with a message meant for the page's author, without a stack trace of this harness. */
function fail(message) {
  const error = new Error(message);
  error.stack = `${error.name}: ${message}`;
  throw error;
}
const summary = { pages: [], violations: 0, requests: 0 };

before(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  console.log(
    `\nbrowser suite: ${summary.pages.length} pages checked with axe-core ${AXE_VERSION} ` +
      `(${summary.pages.join(', ')}); ${summary.violations} accessibility violations; ` +
      `${summary.requests} requests, all checked for origin; playwright-core ${PLAYWRIGHT_VERSION}, ` +
      `${browser ? browser.version() : 'no browser'}`,
  );
});

/**
 * A fresh context (its own cookies and history) whose every request, console message, page error
 * and sub-resource failure is recorded. `problems` lists what must not happen; `check()` fails on it.
 */
async function session(options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(15_000);
  if (options.javaScriptEnabled !== false) await context.addInitScript(CSP_LISTENER);
  const problems = [];
  // Documents whose error status is the point of the test (the 404 page, the 422 form).
  const errorDocuments = new Set();

  context.on('request', (req) => {
    summary.requests += 1;
    const u = new URL(req.url());
    if (u.protocol === 'data:' || u.protocol === 'about:') return;
    if (u.origin !== ORIGIN) problems.push(`request to another origin: ${req.method()} ${req.url()}`);
  });
  context.on('response', (res) => {
    const req = res.request();
    if (res.status() < 400) return;
    if (req.isNavigationRequest()) {
      errorDocuments.add(res.url());
    } else {
      problems.push(`sub-resource failed: ${req.method()} ${res.url()} → ${res.status()}`);
    }
  });
  const watch = (page) => {
    page.on('console', (msg) => {
      const text = msg.text();
      const where = msg.location()?.url || page.url();
      // Chromium logs the error status of the document itself; the status is asserted by the test.
      if (/^Failed to load resource: the server responded with a status of (404|422)\b/.test(text) && errorDocuments.has(where)) {
        return;
      }
      if (msg.type() === 'error' || /Content Security Policy/i.test(text)) {
        problems.push(`console ${msg.type()} on ${page.url()}: ${text}${where !== page.url() ? ` (${where})` : ''}`);
      }
    });
    page.on('pageerror', (err) => problems.push(`uncaught error on ${page.url()}: ${err.message}`));
    page.on('websocket', (ws) => problems.push(`websocket opened: ${ws.url()}`));
  };
  context.on('page', watch);
  const page = await context.newPage();
  return {
    context,
    page,
    problems,
    /** Fails on anything recorded so far. */
    check() {
      if (problems.length) fail(`problems seen by the browser:\n  ${[...new Set(problems)].join("\n  ")}`);
    },
  };
}

/** Runs `body` with a fresh session, closes it, then fails on anything the browser recorded. */
async function withSession(options, body) {
  const s = await session(options);
  try {
    await body(s);
  } finally {
    await s.context.close();
  }
  s.check();
}

async function open(page, p, expectedStatus = 200) {
  const res = await page.goto(url(p), { waitUntil: 'load' });
  assert.ok(res, `no response for ${p}`);
  assert.equal(res.status(), expectedStatus, `status of GET ${p}`);
  return res;
}

/** Submits the triage form and waits for the page that comes back. */
async function submit(page, expectedStatus) {
  const response = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/check' && r.request().isNavigationRequest(),
  );
  const button = page.locator(SUBMIT).first();
  assert.equal(await button.count(), 1, 'the triage form has a submit button');
  await button.click();
  const res = await response;
  await page.waitForLoadState('load');
  assert.equal(res.status(), expectedStatus, `status of POST /check: ${await bodyText(page)}`);
  return res;
}

async function bodyText(page) {
  try {
    return (await page.locator('body').innerText()).slice(0, 600);
  } catch {
    return '(no body)';
  }
}

const radio = (name, value) => `${FORM} input[type="radio"][name="${name}"][value="${value}"]`;
const checkbox = (name) => `${FORM} input[type="checkbox"][name="${name}"][value="yes"]`;
const text = (name) => `${FORM} input[name="${name}"]`;

/**
 * The hooks every page promises: the emergency banner with a phone link, the quick exit and the
 * main landmark. /away is the exception: a neutral page that must not give away what was open.
 */
async function assertPageHooks(page, p) {
  assert.equal(await page.locator('main#main').count(), 1, `${p}: one <main id="main">`);
  const exit = page.locator('a#quick-exit');
  if (new URL(page.url()).pathname === '/away') {
    assert.equal(await exit.count(), 0, '/away has no quick exit');
    const words = `${await page.title()} ${await page.locator('body').innerText()}`;
    const giveaway = words.match(/solace|pregnan|miscarri|ectopic|bleed|emergency/i);
    assert.equal(giveaway, null, `/away stays neutral, but it says "${giveaway?.[0]}"`);
    return;
  }
  const tel = page.locator('#emergency-banner a[href^="tel:"]');
  assert.ok((await tel.count()) >= 1, `${p}: #emergency-banner has an a[href^="tel:"]`);
  assert.ok(await tel.first().isVisible(), `${p}: the emergency phone link is visible`);
  assert.equal(await page.locator('a#quick-exit[href="/away"]').count(), 1, `${p}: a#quick-exit[href="/away"]`);
  assert.ok(await exit.isVisible(), `${p}: the quick exit is visible`);
}

/** Runs axe-core in the page (CDP evaluate is not subject to the page's CSP); fails on any violation. */
async function assertAccessible(page, label) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
    }));
  });
  summary.pages.push(label);
  summary.violations += violations.length;
  if (violations.length) {
    const lines = violations.map((v) => {
      const first = v.nodes.slice(0, 3).map((n) => `      at ${n.target}\n         ${n.html.slice(0, 200)}\n         ${(n.summary || '').replace(/\n/g, '\n         ')}`);
      return `  - ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n    ${v.nodes.length} node(s):\n${first.join('\n')}`;
    });
    fail(`axe-core found ${violations.length} violation(s) on ${label} (${page.url()}):\n${lines.join('\n')}`);
  }
}

async function fillHappyPath(page, { fainted = false } = {}) {
  await page.check(radio('situation', 'pregnant'));
  await page.fill(text('weeks'), '7');
  if (fainted) await page.check(checkbox('fainted'));
  else await page.check(checkbox('shoulder_tip_pain'));
}

async function fillInvalid(page) {
  await page.check(radio('situation', 'pregnant'));
  await page.fill(text('weeks'), '50');
  await page.fill(text('temperature'), 'abc');
}

async function assertUrgentResult(page) {
  const result = page.locator('section#result');
  assert.equal(await result.count(), 1, `section#result after POST /check: ${await bodyText(page)}`);
  assert.equal(await result.getAttribute('data-urgency'), 'urgent');
  assert.equal(await page.locator('#result ul#reasons > li[data-rule="possible-ectopic-shoulder"]').count(), 1,
    'reason li[data-rule="possible-ectopic-shoulder"]');
  assert.ok((await page.locator('#result ol#actions a[href^="tel:"]').count()) >= 1, 'a phone link in #actions');
  assert.ok((await page.locator('#result ul#safety-net > li').count()) >= 1, 'a safety net');
}

async function assertInvalidRefilled(page) {
  const summaryBox = page.locator('#error-summary');
  assert.equal(await summaryBox.count(), 1, '#error-summary on the 422 page');
  assert.ok(await summaryBox.isVisible(), '#error-summary is visible');
  for (const field of ['weeks', 'temperature']) {
    const err = page.locator(`p.field-error#error-${field}`);
    assert.equal(await err.count(), 1, `p.field-error#error-${field}`);
    assert.ok(await err.isVisible(), `#error-${field} is visible`);
  }
  assert.equal(await page.inputValue(text('weeks')), '50', 'weeks keeps what was typed');
  assert.equal(await page.inputValue(text('temperature')), 'abc', 'temperature keeps what was typed');
  assert.ok(await page.isChecked(radio('situation', 'pregnant')), 'situation stays ticked');
  assert.equal(await page.locator('section#result').count(), 0, 'no result for invalid answers');
}

// ---------------------------------------------------------------------------------------------

test('without JavaScript: shoulder-tip pain in pregnancy is urgent, with the reason', async () => {
  await withSession({ javaScriptEnabled: false }, async ({ page }) => {
    await open(page, '/check');
    await assertPageHooks(page, '/check');
    await fillHappyPath(page);
    await submit(page, 200);
    await assertUrgentResult(page);
    const print = page.locator('#print');
    assert.equal(await print.count(), 1, 'button#print is in the page');
    assert.ok(await print.isHidden(), '#print is hidden without JavaScript (it only works with it)');
  });
});

test('without JavaScript: bad answers come back as 422 with the errors and what was typed', async () => {
  await withSession({ javaScriptEnabled: false }, async ({ page }) => {
    await open(page, '/check');
    await fillInvalid(page);
    await submit(page, 422);
    await assertInvalidRefilled(page);
  });
});

test('with JavaScript: fainting is an emergency with the phone number and a print button', async () => {
  await withSession({}, async ({ page }) => {
    await open(page, '/check');
    await fillHappyPath(page, { fainted: true });
    await submit(page, 200);
    const result = page.locator('section#result');
    assert.equal(await result.count(), 1, `section#result: ${await bodyText(page)}`);
    assert.equal(await result.getAttribute('data-urgency'), 'emergency');
    assert.equal(await page.locator('#result ul#reasons > li[data-rule="collapse"]').count(), 1, 'reason "collapse"');
    const call = page.locator('#result ol#actions a[href="tel:999"]');
    assert.ok((await call.count()) >= 1, 'a[href="tel:999"] in #actions');
    assert.ok(await call.first().isVisible(), 'the 999 link is visible');
    assert.ok(await page.locator('#print').isVisible(), '#print is shown with JavaScript');
  });
});

test('with JavaScript: the quick exit replaces the page in history', async () => {
  await withSession({}, async ({ page }) => {
    await open(page, '/');
    await open(page, '/check');
    const before = await page.evaluate(() => history.length);
    await page.click('a#quick-exit');
    await page.waitForURL(url('/away'));
    assert.equal(new URL(page.url()).pathname, '/away');
    assert.equal(await page.evaluate(() => history.length), before,
      'history.length is unchanged: the quick exit used location.replace');
    await page.goBack({ waitUntil: 'load' });
    assert.notEqual(new URL(page.url()).pathname, '/check', 'Back does not return to /check');
  });
});

test('with JavaScript: pressing Escape three times leaves for /away', async () => {
  await withSession({}, async ({ page }) => {
    await open(page, '/check');
    const before = await page.evaluate(() => history.length);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Escape');
    await page.waitForURL(url('/away'));
    assert.equal(await page.evaluate(() => history.length), before, 'Escape ×3 used location.replace too');
  });
});

test('every page: contract hooks and zero axe-core violations', async (t) => {
  const s = await session({});
  const { page } = s;
  try {
    const pages = [
      ['/', async () => open(page, '/')],
      ['/check', async () => open(page, '/check')],
      ['result (POST /check)', async () => {
        await open(page, '/check');
        await fillHappyPath(page);
        await submit(page, 200);
      }],
      ['invalid form (422)', async () => {
        await open(page, '/check');
        await fillInvalid(page);
        await submit(page, 422);
      }],
      ['/settings', async () => {
        await open(page, '/settings');
        const form = page.locator('form:has(input[type="radio"][name="region"])');
        assert.equal(await form.count(), 1, 'one form with region radios');
        assert.ok((await form.locator('input[type="radio"][name="region"]').count()) >= 2, 'region radios');
        assert.equal(await form.locator('input[type="hidden"][name="csrf"]').count(), 1, 'a csrf hidden field in it');
      }],
      ['/away', async () => open(page, '/away')],
      ['404 page', async () => open(page, '/no-such-page', 404)],
    ];
    for (const [label, load] of pages) {
      await t.test(label, async () => {
        await load();
        await assertPageHooks(page, label);
        await assertAccessible(page, label);
      });
    }
  } finally {
    await s.context.close();
  }
  s.check();
});

test('mobile screenshots of /check and a result (412×915)', async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await withSession({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true }, async ({ page }) => {
    await open(page, '/check');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'check-mobile.png'), fullPage: true });
    await fillHappyPath(page);
    await submit(page, 200);
    await assertUrgentResult(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'result-mobile.png'), fullPage: true });
  });
  console.log(`screenshots: ${SCREENSHOTS}/check-mobile.png, result-mobile.png`);
});
