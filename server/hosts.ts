// Which Host headers proxy mode answers (docs/decisions/022): DNS rebinding needs a domain name that the attacker's
// DNS points at this machine, so IP literals, localhost and the operator's own ALLOWED_HOSTS names are the only ones.
import { isIPv4, isIPv6 } from 'node:net';
import { domainToASCII } from 'node:url';

/** One ALLOWED_HOSTS entry: a host name, or `.example.com` for that domain and every name under it. */
const ENTRY = /^\.?[\p{L}\p{N}_-]+(\.[\p{L}\p{N}_-]+)*\.?$/u;

/** An entry as a browser sends its name in Host: lowercased, punycode for an international name, no trailing dot. */
function normalEntry(entry: string): string | null {
  if (!ENTRY.test(entry)) return null;
  const dot = entry.startsWith('.') ? '.' : '';
  const ascii = domainToASCII(entry.slice(dot.length).replace(/\.$/, ''));
  return ascii ? dot + ascii : null;
}

/** Splits ALLOWED_HOSTS on commas, ignoring spaces around entries and empty ones. Invalid entries are named. */
export function parseAllowedHosts(text: string): { hosts: string[]; invalid: string[] } {
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  const normal = entries.map(normalEntry);
  return {
    hosts: normal.filter((e) => e !== null),
    invalid: entries.filter((_, i) => normal[i] === null),
  };
}

/** `[v6]` or a name or IPv4 address, then an optional port. Nothing that could shift the host (`@`, `/`) passes. */
const HOST_HEADER = /^(?:\[([0-9a-f:.]+)\]|([^:[\]/\\@?#\s]+))(?::\d{0,5})?$/i;

/** The host name of a Host header (lowercased, no port, no trailing dot), or null for one that is not a host. */
function hostName(host: string): string | null {
  const m = HOST_HEADER.exec(host);
  if (!m) return null;
  if (m[1] !== undefined) return isIPv6(m[1]) ? `[${m[1].toLowerCase()}]` : null;
  try {
    // The browser's own reading: `127.1` and `0x7f.0.0.1` are IPv4 addresses to it (no DNS), names get punycode.
    return new URL(`http://${m[2]}`).hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

/**
 * Whether a request with this Host header is answered in proxy mode: an IP literal (IPv4, or IPv6 in brackets),
 * `localhost` or a `*.localhost` name, or a name in `allowed` (`.example.com` matches it and its subdomains). The
 * port is ignored. No Host at all is refused.
 */
export function isAllowedHost(host: string | undefined, allowed: readonly string[]): boolean {
  const name = host === undefined ? null : hostName(host);
  if (name === null) return false;
  if (name.startsWith('[') || isIPv4(name) || name === 'localhost' || name.endsWith('.localhost')) return true;
  return allowed.some((entry) => (entry.startsWith('.') ? name === entry.slice(1) || name.endsWith(entry) : name === entry));
}

/** The 403 message: names the host and how to allow it. */
export function hostRefusal(host: string | undefined): string {
  const about = 'in proxy mode this server answers only requests addressed to an IP address, localhost or a name in ALLOWED_HOSTS';
  if (!host) return `A request without a Host header is not answered: ${about}.`;
  const name = hostName(host);
  const fix = name ? ` To open it as ${name}, start the server with ALLOWED_HOSTS=${name}.` : '';
  return `Host ${JSON.stringify(host)} is not allowed: ${about}.${fix}`;
}
