// A live session's facilitator side, driven through the server's API and its live
// connection from a page of the app, so the phones and the board are tested on their
// own.

import { url } from './browser.mjs';

/** Starts a live session through the API from a page of the app. */
export async function createSession(page, title, { locality = 'Maltby' } = {}) {
  await page.goto(url('/about'));
  return page.evaluate(async ({ title, locality }) => {
    const response = await fetch('/api/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, locality, date: '2024-05-14', votes_per_person: 3 }),
    });
    if (response.status !== 201) throw new Error(`creating a session: ${response.status} ${await response.text()}`);
    return response.json();
  }, { title, locality });
}

/**
 * The facilitator's device, as a script in a page: one connection per call, with
 * the facilitator's token as a subprotocol; each step is stamped above the highest
 * clock seen and sent, and the call waits for its ack. Steps name statements by
 * their text and themes by their name.
 */
export async function facilitate(page, created, steps) {
  const replica = created.replica ?? (created.replica = crypto.randomUUID());
  created.seq = created.seq ?? 0;
  const { seq } = await page.evaluate(
    async ({ created, replica, seq, steps }) => {
      const socket = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/api/sessions/${created.session}/live`, [
        'cares.v1',
        `token.${created.facilitator_token}`,
      ]);
      const edits = [];
      let clock = 0;
      let waiting = null;
      const caughtUp = new Promise((resolve, reject) => {
        socket.onmessage = (event) => {
          const message = JSON.parse(event.data);
          if (message.type === 'welcome') clock = Math.max(clock, message.clock);
          if (message.type === 'edits') edits.push(...message.edits);
          if (message.type === 'caught-up') resolve();
          if ((message.type === 'ack' || message.type === 'refused') && waiting) waiting(message);
        };
        socket.onerror = () => reject(new Error('the facilitator could not connect'));
        socket.onopen = () => socket.send(JSON.stringify({ type: 'hello' }));
      });
      await caughtUp;
      for (const e of edits) clock = Math.max(clock, e.clock);
      const statements = new Map();
      const themes = new Map();
      for (const { edit } of edits) {
        const step = edit.session?.step;
        if (step?.['add-contribution']) statements.set(step['add-contribution'].text, step['add-contribution'].contribution);
        if (step?.['add-theme']) themes.set(step['add-theme'].name, step['add-theme'].theme);
      }
      for (const spec of steps) {
        let step;
        switch (spec.kind) {
          case 'advance':
            step = { advance: { to: spec.to } };
            break;
          case 'hide':
            step = { hide: { contribution: statements.get(spec.text) } };
            break;
          case 'add-theme': {
            const theme = crypto.randomUUID();
            themes.set(spec.name, theme);
            step = { 'add-theme': { theme, name: spec.name } };
            break;
          }
          case 'assign':
            step = { assign: { contribution: statements.get(spec.text), theme: themes.get(spec.theme) } };
            break;
          case 'reveal':
            step = 'reveal-votes';
            break;
          default:
            throw new Error(`unknown step ${spec.kind}`);
        }
        seq += 1;
        clock += 1;
        const answer = new Promise((resolve) => {
          waiting = resolve;
        });
        socket.send(JSON.stringify({ type: 'edit', edit: { replica, seq, clock, edit: { session: { session: created.session, step } } } }));
        const message = await answer;
        if (message.type !== 'ack') throw new Error(`${spec.kind} was refused: ${message.error}`);
      }
      socket.close();
      return { seq };
    },
    { created, replica, seq: created.seq, steps },
  );
  created.seq = seq;
}
