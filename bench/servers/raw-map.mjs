// Baseline: a redirect from an in-memory Map keyed by slug, 404 otherwise.
import http from 'node:http';

const links = new Map([['bench', 'https://example.com/landing?utm_source=bench']]);
for (let i = 0; i < 10000; i++) links.set(`s${i}`, `https://example.com/${i}`);
const server = http.createServer((req, res) => {
  const q = req.url.indexOf('?');
  const slug = req.url.slice(1, q === -1 ? undefined : q);
  const url = links.get(slug);
  if (url) res.writeHead(302, { location: url });
  else res.writeHead(404);
  res.end();
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
