// Joining is obvious: "Join a session" is on Home and in the menu, and a code is
// checked before the name is asked, with words that say what is wrong: a code of the
// wrong shape (what a code looks like), a code no session has, a session that has
// finished; a right code goes on to the name. At a phone's and a laptop's width.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { WIDTHS, assertNoAxeViolations, hasText, launchBrowser, mainHeading, openPage, screenshot, url } from './browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** A live session started through the server's API; returns its join code. */
async function sessionCode() {
  const created = await fetch(url('/api/sessions'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'What carers need', locality: 'Maltby', date: '2024-05-14', votes_per_person: 3 }),
  });
  assert.equal(created.status, 201, await created.clone().text());
  return (await created.json()).code;
}

/** A well-formed code that is not `code`. */
function otherCode(code) {
  return code === 'K7P2QX' ? 'K7P2QY' : 'K7P2QX';
}

/** Types a code on the join form and sends it. */
async function tryCode(page, typed) {
  await page.getByLabel('Join code', { exact: true }).fill(typed);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
}

for (const width of WIDTHS) {
  test(`from Home at ${width}px: a wrong, an unknown and a right code`, async (t) => {
    const code = await sessionCode();
    const { context, page, errors } = await openPage(browser, width);
    t.after(() => context.close());

    await page.goto(url('/'));
    await mainHeading(page, 'Your action plans');
    const menu = page.getByRole('navigation', { name: 'Main', exact: true });
    assert.equal(await menu.getByRole('link', { name: 'Join a session', exact: true }).count(), 1, 'the menu has it');
    await page.getByRole('main').getByRole('link', { name: 'Join a session', exact: true }).click();
    await mainHeading(page, 'Join a session');
    await assertNoAxeViolations(page, `the join form at ${width}px`);

    const codeError = page.locator('#join-code-error');
    const nameStep = page.getByRole('heading', { name: 'Pick a name to go by', exact: true });

    // "ABC123" has six letters and numbers, but codes never have 0 or 1.
    await tryCode(page, 'ABC123');
    await hasText(codeError, 'A join code never has 0 or 1 in it: its numbers are 2 to 9.');
    assert.equal(await page.getByLabel('Join code', { exact: true }).getAttribute('aria-invalid'), 'true');
    assert.equal(await nameStep.count(), 0, 'no name is asked for a code that cannot be one');
    await assertNoAxeViolations(page, `a wrong-shape code at ${width}px`);
    await screenshot(page, 'join-wrong-shape');

    await tryCode(page, otherCode(code).toLowerCase());
    await hasText(codeError, 'No session has that code. Check the code on the board and try again.');
    assert.equal(await nameStep.count(), 0, 'no name is asked for a code no session has');
    await assertNoAxeViolations(page, `an unknown code at ${width}px`);
    await screenshot(page, 'join-unknown');

    await tryCode(page, code);
    await nameStep.waitFor();
    await page.getByText(`Joining the session with code ${code}.`).waitFor();
    await assertNoAxeViolations(page, `the name step at ${width}px`);
    assert.deepEqual(errors, []);
  });
}
