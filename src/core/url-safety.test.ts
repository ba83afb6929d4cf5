import { describe, expect, it } from 'vitest';
import { MAX_URL_BYTES, URL_PROBLEMS, checkDestinationUrl, type UrlProblem } from './url-safety.js';

describe('checkDestinationUrl', () => {
  it.each([
    ['https://example.com/article?id=1#top', 'https://example.com/article?id=1#top'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['https://bücher.de/', 'https://xn--bcher-kva.de/'],
    ['https://example.com/ünïcode', 'https://example.com/%C3%BCn%C3%AFcode'],
    ['https://127.0.0.1:8080/x', 'https://127.0.0.1:8080/x'],
    ['https://[::1]/x', 'https://[::1]/x'],
    ['https://example.com/a%20b', 'https://example.com/a%20b'],
    ['https://example.com./fqdn', 'https://example.com./fqdn'],
    ['https://my_site.example.com/', 'https://my_site.example.com/'],
  ])('accepts %s as %s', (input, normalised) => {
    expect(checkDestinationUrl(input)).toEqual({ ok: true, url: normalised });
  });

  it.each<[string, UrlProblem]>([
    ['', 'empty'],
    ['javascript:alert(1)', 'scheme'],
    ['JavaScript:alert(1)', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['vbscript:msgbox(1)', 'scheme'],
    ['ftp://example.com/file', 'scheme'],
    ['mailto:a@example.com', 'scheme'],
    ['https://user:pw@example.com/', 'credentials'],
    ['https://user@example.com/', 'credentials'],
    ['https://example.com/\u0000', 'control_chars'],
    ['https://example.com/a\u0007b', 'control_chars'],
    ['https://example.com/\r\nSet-Cookie: x=1', 'control_chars'],
    ['https://example.com/\n', 'control_chars'],
    ['https://example.com/\u0085', 'control_chars'],
    ['https://example.com/a\tb', 'control_chars'],
    ['https://example.com/a b', 'whitespace'],
    [' https://example.com/', 'whitespace'],
    ['https://example.com/\u00a0', 'whitespace'],
    ['/relative/path', 'not_absolute'],
    ['//example.com/x', 'not_absolute'],
    ['example.com/x', 'not_absolute'],
    ['https:example.com', 'not_absolute'],
    ['https:/example.com', 'not_absolute'],
    ['https:\\\\example.com', 'not_absolute'],
    ['https://', 'host'],
    ['http://exa mple.com', 'whitespace'],
    ['https://exa<mple.com/', 'host'],
    // Issue 17: destination hostnames are validated label by label.
    ['https://a..b.example/', 'empty_label'],
    ['https://.example.com/', 'empty_label'],
    ['https://-lead.example.com/', 'label'],
    ['https://trail-.example.com/', 'label'],
    [`https://${'x'.repeat(64)}.example/`, 'label'],
    [`https://${`${'a'.repeat(60)}.`.repeat(5)}com/`, 'host_too_long'],
  ])('rejects %j (%s)', (input, problem) => {
    expect(checkDestinationUrl(input)).toEqual({ ok: false, problem, message: URL_PROBLEMS[problem] });
  });

  it('accepts a URL of exactly 8 KB and rejects one byte more', () => {
    const base = 'https://example.com/';
    const exact = base + 'a'.repeat(MAX_URL_BYTES - base.length);
    expect(checkDestinationUrl(exact)).toEqual({ ok: true, url: exact });
    expect(checkDestinationUrl(`${exact}a`)).toMatchObject({ ok: false, problem: 'too_long' });
  });

  it('counts bytes, not characters, and re-checks the length after percent-encoding', () => {
    const base = 'https://example.com/';
    // 3 bytes per character: under 8192 characters but over 8192 bytes.
    expect(checkDestinationUrl(base + '€'.repeat(3000))).toMatchObject({ ok: false, problem: 'too_long' });
    // 'ü' is 2 bytes raw but 6 once percent-encoded (%C3%BC).
    expect(checkDestinationUrl(base + 'ü'.repeat(2000))).toMatchObject({ ok: false, problem: 'too_long' });
  });

  it('gives a human message for every problem', () => {
    for (const message of Object.values(URL_PROBLEMS)) expect(message).toMatch(/^[A-Z].+\.$/);
  });
});
