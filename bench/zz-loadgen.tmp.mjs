import autocannon from 'autocannon';
const [port, slug, rate, secs] = process.argv.slice(2);
const UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36','Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'];
let n = 0;
const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 50, duration: Number(secs), ...(Number(rate) > 0 ? { overallRate: Number(rate) } : {}), requests: [{ setupRequest: (req) => { const i = n++; return { ...req, method: 'GET', path: `/${slug}?utm_source=newsletter&fbclid=IwAR0bench`, headers: { 'x-forwarded-for': `${11 + (i >>> 24)}.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}`, 'user-agent': UAS[i % 2] } }; } }] });
console.log(JSON.stringify({ rps: r.requests.average, p99: r.latency.p99, total: r.requests.total }));
