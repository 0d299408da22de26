// @vitest-environment node
// ALLOWED_HOSTS as read at start-up, and the Host rule of proxy mode (server/hosts.ts). Over a real socket, with the
// app and a fake upstream: server/proxy-security.test.ts, "proxy security: Host names (DNS rebinding)".
import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';
import { isAllowedHost } from './hosts';

describe('ALLOWED_HOSTS', () => {
  it('parses ALLOWED_HOSTS in both modes: comma-separated names, trimmed and lowercased, a leading dot kept; unset is none', () => {
    const text = ' Dash.Example.com, .Example.org ,,intranet-host,dash.example.com.,.Bücher.example';
    const hosts = ['dash.example.com', '.example.org', 'intranet-host', 'dash.example.com', '.xn--bcher-kva.example'];
    expect(parseEnv({ ALLOWED_HOSTS: text }).ALLOWED_HOSTS).toEqual(hosts);
    expect(parseEnv({ ALLOWED_HOSTS: text, NIRVANA_LABS_API_KEY: 'nlk_x' }).ALLOWED_HOSTS).toEqual(hosts);
    expect(parseEnv({}).ALLOWED_HOSTS).toEqual([]);
    expect(parseEnv({ ALLOWED_HOSTS: '' }).ALLOWED_HOSTS).toEqual([]);
  });

  it('fails start-up on an ALLOWED_HOSTS entry with a scheme, a port, a path or a space inside, naming each', () => {
    for (const key of [undefined, 'nlk_x']) {
      for (const entry of ['https://dash.example.com', 'dash.example.com:4733', 'dash.example.com/app', 'dash example.com', '*.example.com', '.', 'a..b', 'dash.example.com?x']) {
        expect(() => parseEnv({ ALLOWED_HOSTS: `ok.example,${entry}`, NIRVANA_LABS_API_KEY: key }), entry).toThrow(
          `Invalid environment:\n  ALLOWED_HOSTS: ${JSON.stringify(entry)} is not a host name: list names only, comma-separated, without scheme, port, path or spaces (dash.example.com, or .example.com for a domain and its subdomains)`,
        );
      }
    }
    expect(() => parseEnv({ ALLOWED_HOSTS: 'http://a, b/c' })).toThrow(/ALLOWED_HOSTS: "http:\/\/a" is not a host name.*\n {2}ALLOWED_HOSTS: "b\/c" is not a host name/);
  });

  it('allows IP literals as the browser reads them, localhost names and listed names, and nothing that only looks like one', () => {
    const allowed = parseEnv({ ALLOWED_HOSTS: 'dash.example.com,.example.org,bücher.example' }).ALLOWED_HOSTS;
    const yes = ['127.0.0.1', '127.0.0.1:4733', '127.1', '0x7f.0.0.1', '[::1]', '[::1]:4733', '[::ffff:127.0.0.1]', '192.168.1.20:80',
      'localhost', 'LocalHost:4733', 'localhost.', 'app.localhost', 'dash.example.com', 'Dash.Example.COM:443', 'dash.example.com.',
      'example.org', 'a.b.example.org', 'xn--bcher-kva.example'];
    const no = [undefined, '', 'evil.example', 'evilexample.org', 'example.org.evil.example', 'localhost.evil.example', 'notlocalhost',
      'sub.dash.example.com', 'a@127.0.0.1', 'evil.example@localhost', '127.0.0.1/x', '[::1', '[evil.example]', '::1',
      'localhost:80:80', ' localhost', 'local host'];
    expect(yes.filter((h) => !isAllowedHost(h, allowed))).toEqual([]);
    expect(no.filter((h) => isAllowedHost(h, allowed))).toEqual([]);
  });
});
