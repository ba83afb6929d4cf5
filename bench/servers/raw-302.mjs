// Baseline: the least a Node server can do for a redirect.
import http from 'node:http';

const server = http.createServer((req, res) => {
  res.writeHead(302, { location: 'https://example.com/landing?utm_source=bench' });
  res.end();
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
