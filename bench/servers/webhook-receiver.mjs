// A webhook receiver for the webhook benchmark: answers every POST after DELAY_MS (default 50)
// with 204, or 503 while "down" (`POST /_down` / `POST /_up`), and counts what it took: messages,
// events (a `click` message carries several), bytes, when the first and the last message came. Every
// SAMPLE-th message's signature is verified with the `standardwebhooks` library against the secrets
// set with `POST /_secrets` (those that came before are kept and verified then), so the benchmark
// shows the messages are genuine without spending the receiver's core on verifying all of them.
// `GET /_count` answers the counts as JSON; `POST /_mark` starts `firstAt` again and forgets the secrets
// (a new server under test). Prints its port.
import http from 'node:http';
import { Webhook } from 'standardwebhooks';

const DELAY_MS = Number(process.env.DELAY_MS ?? 50);
const SAMPLE = Number(process.env.SAMPLE ?? 100);
let verifiers = [];
const unverified = [];
let down = false;
const count = { firstAt: null, lastAt: null, messages: 0, events: 0, bytes: 0, refused: 0, verified: 0, badSignatures: 0, ids: new Set(), clickIds: new Set(), duplicates: 0 };

const server = http.createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const raw = Buffer.concat(chunks).toString('utf8');
    if (req.url === '/_count') return void res.end(JSON.stringify({ ...count, ids: count.ids.size, clickIds: count.clickIds.size }));
    if (req.url === '/_down') return void ((down = true), res.end());
    if (req.url === '/_up') return void ((down = false), res.end());
    if (req.url === '/_mark') return void ((count.firstAt = null), (verifiers = []), unverified.splice(0), res.end());
    if (req.url === '/_secrets') {
      verifiers = JSON.parse(raw).map((s) => new Webhook(s));
      for (const sample of unverified.splice(0)) check(sample.raw, sample.headers);
      return void res.end();
    }
    if (down) {
      count.refused++;
      return void res.writeHead(503).end();
    }
    setTimeout(() => {
      count.messages++;
      count.firstAt ??= Date.now();
      count.lastAt = Date.now();
      count.bytes += raw.length;
      const id = req.headers['webhook-id'];
      if (count.ids.has(id)) count.duplicates++;
      count.ids.add(id);
      const body = JSON.parse(raw);
      if (body.type === 'click') {
        count.events += body.data.clicks.length;
        for (const c of body.data.clicks) count.clickIds.add(c.id);
      } else count.events++;
      if (count.messages % SAMPLE === 1) {
        const headers = { 'webhook-id': id, 'webhook-timestamp': req.headers['webhook-timestamp'], 'webhook-signature': req.headers['webhook-signature'] };
        if (verifiers.length > 0) check(raw, headers);
        else if (unverified.length < 1000) unverified.push({ raw, headers });
      }
      res.writeHead(204).end();
    }, DELAY_MS);
  });
});
function check(raw, headers) {
  if (verifiers.some((v) => { try { v.verify(raw, headers); return true; } catch { return false; } })) count.verified++;
  else count.badSignatures++;
}

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
