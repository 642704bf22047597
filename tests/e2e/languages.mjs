// What the language tests share: choosing a language with the switcher at the top of
// the page, and finding text on a screen that did not come from a catalogue.

/**
 * Picks a language in the header's switcher (found by its label, in the language the
 * page is in now) and waits for the page to come back in it.
 */
export async function chooseLanguage(page, label, name) {
  const reloaded = page.waitForEvent('load');
  await page.getByLabel(label, { exact: true }).selectOption({ label: name });
  await reloaded;
}

/**
 * In the pseudo-language every message is bracketed ("[Ŝàvé~~]"), so text with letters
 * but no brackets did not come from a catalogue. What people wrote is marked
 * `translate="no"` and skipped, as are hidden elements. Labels a screen reader reads
 * (aria-label, placeholder, title, alt) are held to the same rule. Nothing else is
 * skipped: an element still marked as the core's English (`data-core-english`, which
 * the app no longer has) is a problem too. Returns one line per piece of text that
 * escaped, with the path it was found on.
 */
export async function pseudoProblems(page, where) {
  const escaped = await page.evaluate(() => {
    const letters = /\p{L}/u;
    // A message split by an element it holds (a link, a bold word) has its opening
    // bracket in one piece and its closing bracket in another.
    const bracketed = (text) => text.includes('[') || text.includes(']');
    const skipped = (el) => !el || el.closest('[translate="no"], script, style, noscript, [hidden]') !== null;
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!letters.test(text) || skipped(node.parentElement) || bracketed(text)) continue;
      if (node.parentElement.getClientRects().length === 0) continue;
      found.push(`"${text}" in <${node.parentElement.tagName.toLowerCase()}>`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (skipped(el)) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const text = (el.getAttribute(name) ?? '').trim();
        if (letters.test(text) && !bracketed(text)) found.push(`${name}="${text}" on <${el.tagName.toLowerCase()}>`);
      }
    }
    for (const el of document.body.querySelectorAll('[data-core-english]')) {
      found.push(`the core's English "${el.textContent.trim()}" in <${el.tagName.toLowerCase()}>`);
    }
    return found;
  });
  return escaped.map((line) => `${where}: ${line}`);
}
