// Councils' spreadsheets in the browser: the Joint Action Plan downloaded as an Excel
// workbook (.xlsx) holds the same table as the CSV download, with the rating cells
// filled in their colours, the header frozen and filters on; the workbook opens from
// Home as a new plan with the same actions; and workbooks that cannot be read (one
// protected with a password, a damaged one, a file that is no workbook, a sheet
// without the action columns) each say why, leaving the plans on this device as
// they were. The spreadsheet code is fetched only when a workbook is made or read.
//
// The workbook is read here with a small reader of its own (zip entries, shared
// strings, styles), not through the app, so the test sees what Excel would.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { launchBrowser, mainHeading, openPage, screenChecks, until, url } from './browser.mjs';
import { PLAN_URL, RATING, actionCard, cardTexts, download, parseCsv, planNav, rate, refusal, saved } from './app.mjs';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const JAP_NAME = 'joint-action-plan-2013-16.csv';
const PASSWORD_PROTECTED = new URL('../../crates/xlsx/tests/fixtures/password-protected.xlsx', import.meta.url);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSX_BUTTON = 'Download actions as a spreadsheet (.xlsx)';
const UNCHANGED = 'Nothing on this device has been changed.';
const AMBER_FILL = 'FFFFC000';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Home: "Open a plan file" with a file's bytes. */
async function openOnHome(page, name, buffer, mimeType = XLSX_TYPE) {
  await page.goto(url('/'));
  await mainHeading(page, 'Your action plans');
  await page.getByLabel('Open a plan file', { exact: true }).setInputFiles({ name, mimeType, buffer });
}

/** Clicks a download button; returns the suggested file name and the file's bytes. */
async function downloadBytes(page, button) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await file.path();
  assert.ok(path, 'the download should finish');
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

// ---- A small .xlsx reader: what a spreadsheet program finds in the file ----

/** The files inside a zip archive, by name, from its central directory. */
function unzip(bytes) {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end -= 1;
  assert.ok(end >= 0, 'the workbook is a zip archive');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i += 1) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const packed = bytes.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(packed) : packed).toString('utf8'));
    at += 46 + skip;
  }
  return files;
}

function unescapeXml(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The text of every <t> inside an element (a shared string may be in runs). */
function textOf(xml) {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join('');
}

/** An Excel day number as an ISO date (day 0 is 1899-12-30 in the 1900 system). */
function isoFromSerial(serial) {
  return new Date(Date.UTC(1899, 11, 30) + Number(serial) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The first sheet of a workbook: `name`, `rows` of cells ({ text, fill, isDate }),
 * `frozen` (the header row is frozen) and `filter` (the autofilter's range).
 */
function readWorkbook(bytes) {
  const files = unzip(bytes);
  const strings = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
  const styles = files.get('xl/styles.xml') ?? '';
  const fills = [...styles.matchAll(/<fill>([\s\S]*?)<\/fill>/g)].map((m) => m[1].match(/<fgColor rgb="(\w+)"/)?.[1] ?? null);
  const cellXfs = styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '';
  const xfs = [...cellXfs.matchAll(/<xf\s([^>]*?)\/?>/g)].map((m) => ({
    fill: fills[Number(m[1].match(/fillId="(\d+)"/)?.[1] ?? 0)] ?? null,
    numFmt: Number(m[1].match(/numFmtId="(\d+)"/)?.[1] ?? 0),
  }));
  const dateFormats = new Set(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].filter((m) => /y/.test(m[2])).map((m) => Number(m[1])),
  );
  const sheetName = unescapeXml(files.get('xl/workbook.xml').match(/<sheet [^>]*name="([^"]*)"/)[1]);
  const sheet = files.get('xl/worksheets/sheet1.xml');
  const rows = [];
  for (const row of sheet.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)) {
    const cells = [];
    for (const cell of row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const [, ref, attributes, inner = ''] = cell;
      const column = [...ref].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
      const type = attributes.match(/t="(\w+)"/)?.[1];
      const style = xfs[Number(attributes.match(/s="(\d+)"/)?.[1] ?? 0)] ?? { fill: null, numFmt: 0 };
      const value = inner.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      const isDate = type === undefined && value !== undefined && dateFormats.has(style.numFmt);
      let text = '';
      if (type === 's') text = strings[Number(value)];
      else if (type === 'inlineStr') text = textOf(inner);
      else if (isDate) text = isoFromSerial(value);
      else if (value !== undefined) text = unescapeXml(value);
      while (cells.length < column) cells.push({ text: '', fill: null, isDate: false });
      cells.push({ text, fill: style.fill, isDate });
    }
    rows.push(cells);
  }
  return {
    name: sheetName,
    rows,
    frozen: /<pane [^>]*ySplit="1"[^>]*state="frozen"/.test(sheet),
    filter: sheet.match(/<autoFilter ref="([^"]+)"/)?.[1],
  };
}

// ---- A workbook made here, for a sheet without the action columns ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of these files, stored without compression. */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of files) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += head.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A one-sheet workbook whose cells are these rows of text. */
function workbookOf(rows) {
  const letters = 'ABCDEFGHIJ';
  const sheetRows = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((text, c) => `<c r="${letters[c]}${r + 1}" t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${relationships}">` +
        '<sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ],
    ['xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${sheetRows}</sheetData></worksheet>`],
  ]);
}

// ---- The tests ----

/**
 * Three actions of the Joint Action Plan whose wording is one line, from the fixture,
 * among its first ten actions (the page shows ten an area before "Show more"). Rows
 * that begin "Charter commitment" are headings, not actions.
 */
function someJapActions(csv) {
  const [header, ...rows] = parseCsv(csv);
  const how = header.indexOf('How we will do this');
  return rows
    .map((row) => (row[how] ?? '').trim())
    .filter((what) => what !== '' && !/^charter commitment/i.test(what))
    .slice(0, 10)
    .filter((what) => !what.includes('\n'))
    .slice(0, 3);
}

/** The .wasm files the page has fetched so far. */
function wasmFetches(page) {
  const fetched = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.wasm')) fetched.push(request.url());
  });
  return fetched;
}

test('the Joint Action Plan downloads as an Excel workbook that reads back as the same plan', async (t) => {
  const { context, page, errors } = await openPage(browser);
  const screens = screenChecks();
  t.after(() => context.close());
  const fetched = wasmFetches(page);

  const csv = await readFile(new URL(JAP_NAME, FIXTURES), 'utf8');
  const wordings = someJapActions(csv);
  assert.equal(wordings.length, 3, 'the fixture has one-line actions to look for');
  await openOnHome(page, JAP_NAME, Buffer.from(csv), 'text/csv');
  await page.waitForURL(PLAN_URL);
  const title = JAP_NAME.replace(/\.csv$/, '');
  await mainHeading(page, title);
  await saved(page);

  // One rating, so a cell must be filled amber.
  const rated = wordings[0];
  await actionCard(page, rated).getByRole('link', { name: rated, exact: true }).click();
  await mainHeading(page, 'Edit action');
  await rate(page, RATING.amber, { note: 'Two GP practices still to reply' });
  await page.getByRole('link', { name: 'Back to the plan', exact: true }).click();
  await page.waitForURL(PLAN_URL);
  const cards = await cardTexts(page, wordings);

  await planNav(page, 'Share').click();
  await mainHeading(page, 'Share and back up');
  await page.getByRole('button', { name: XLSX_BUTTON, exact: true }).waitFor();
  await screens.check(page, 'share-xlsx');
  const beforeExport = fetched.length;
  const table = await download(page, 'Download actions as a spreadsheet (CSV)');
  assert.equal(fetched.length, beforeExport, 'the CSV needs no spreadsheet code');
  const workbook = await downloadBytes(page, XLSX_BUTTON);
  assert.ok(fetched.length > beforeExport, 'the spreadsheet code is fetched when a workbook is made, not before');
  assert.equal(workbook.name, `${title} actions.xlsx`);

  // The file itself, as a spreadsheet program finds it.
  const sheet = readWorkbook(workbook.bytes);
  const filled = (cells) => cells.some((cell) => cell.trim() !== '');
  const expected = parseCsv(table.text).filter(filled);
  sheet.rows = sheet.rows.filter((row) => filled(row.map((c) => c.text)));
  assert.equal(sheet.name, title.slice(0, 31), 'the sheet is named after the plan');
  assert.deepEqual(
    sheet.rows[0].map((c) => c.text),
    expected[0],
    'the header row is the council workbook columns, as in the CSV',
  );
  assert.equal(sheet.rows.length, expected.length, 'a row for each row of the CSV');
  sheet.rows.forEach((row, r) => {
    const texts = row.map((c) => c.text);
    while (texts.length < expected[r].length) texts.push('');
    assert.deepEqual(texts, expected[r], `row ${r + 1} holds what the CSV holds`);
    expected[r].forEach((text, c) => {
      const isDay = /^\d{4}-\d{2}-\d{2}$/.test(text);
      assert.equal(row[c]?.isDate ?? false, isDay, `row ${r + 1}, "${text}": a day alone is a date cell, sortable as one`);
    });
  });
  assert.ok(sheet.frozen, 'the header row is frozen');
  const lastColumn = String.fromCharCode(64 + expected[0].length);
  assert.equal(sheet.filter, `A1:${lastColumn}${expected.length}`, 'filters are on over the whole table');
  const status = expected[0].indexOf('Status (RAG)');
  const what = expected[0].indexOf('How we will do this');
  const amber = sheet.rows.find((row) => row[what]?.text === rated);
  assert.ok(amber, `a row for "${rated}"`);
  assert.match(amber[status].text, /^Amber/, 'the rating keeps its word');
  assert.equal(amber[status].fill, AMBER_FILL, 'and its cell is filled amber');

  // Opened again in the page: a new plan with the same actions.
  const planUrl = page.url();
  await openOnHome(page, workbook.name, workbook.bytes);
  await page.waitForURL((address) => PLAN_URL.test(address.pathname) && address.href !== planUrl);
  await mainHeading(page, `${title} actions`);
  await saved(page);
  assert.deepEqual(await cardTexts(page, wordings), cards, 'the same wording, leads, dates and statuses');
  await screens.check(page, 'plan-from-xlsx');
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});

test('a workbook that cannot be read says why and leaves the plans on this device as they were', async (t) => {
  const { context, page, errors } = await openPage(browser, 360);
  const screens = screenChecks();
  t.after(() => context.close());

  const csv = await readFile(new URL(JAP_NAME, FIXTURES));
  await openOnHome(page, JAP_NAME, csv, 'text/csv');
  await page.waitForURL(PLAN_URL);
  const title = JAP_NAME.replace(/\.csv$/, '');
  await mainHeading(page, title);
  await saved(page);
  await planNav(page, 'Share').click();
  await mainHeading(page, 'Share and back up');
  const good = await downloadBytes(page, XLSX_BUTTON);

  const bad = [
    {
      name: 'password-protected.xlsx',
      bytes: await readFile(PASSWORD_PROTECTED),
      says: 'This workbook is protected with a password, so cares cannot read it. Remove the password in your spreadsheet program, save it, and open it again.',
      detail: /the workbook is protected with a password, so cares cannot read it; open it in your spreadsheet, remove the password/,
      screen: 'home-xlsx-password',
    },
    {
      name: 'cut-short.xlsx',
      bytes: good.bytes.subarray(0, Math.floor(good.bytes.length / 2)),
      says: 'This workbook is damaged. Open it in your spreadsheet program, save it again as .xlsx, and open that.',
      detail: /the workbook is damaged and could not be read .*save it again as \.xlsx/,
    },
    {
      name: 'notes.xlsx',
      bytes: Buffer.from('These are my notes, not a spreadsheet.\n'),
      says: 'This is not an Excel workbook (.xlsx). In your spreadsheet program, save it as “Excel Workbook (.xlsx)” and open that.',
      detail: /the file is not an Excel workbook \(\.xlsx\).*save it from your spreadsheet as "Excel Workbook \(\.xlsx\)"/,
    },
    {
      name: 'budget.xlsx',
      bytes: workbookOf([
        ['Item', 'Cost'],
        ['Room hire', '40'],
      ]),
      says: /^This spreadsheet is not a table of actions: it has no “.*” columns\. Put the column headings in its first row/,
      detail: /sheet "Budget": missing required columns: .*the headers found were: .*Item.*Cost/,
    },
  ];
  for (const file of bad) {
    await openOnHome(page, file.name, file.bytes);
    await refusal(page, file, UNCHANGED);
    if (file.screen) await screens.check(page, file.screen);
    // Only the plan opened above is on this device.
    const plans = page.getByRole('main').getByRole('link', { name: /joint-action-plan|password|cut-short|notes|budget/ });
    await until(async () => assert.deepEqual(await plans.allInnerTexts(), [title]));
  }
  await page.getByRole('link', { name: title, exact: true }).click();
  await mainHeading(page, title);
  assert.deepEqual(errors, [], 'the page should raise no errors');
  screens.assertClean();
});
