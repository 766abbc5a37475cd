// The address a request came from, as the rate limit counts it.
import { isIPv4, isIPv6 } from 'node:net';

/** Expands an IPv6 address to its eight groups (`::` filled with zeros); null when malformed. */
function ipv6Groups(address: string): string[] | null {
  const [head = '', tail, extra] = address.split('::');
  if (extra !== undefined) return null;
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
}

/**
 * The key one client is counted under: an IPv4 address as it is (an IPv4-mapped IPv6 address as its
 * IPv4 form), an IPv6 address by its /64, since one subscriber is given a whole /64 and could
 * otherwise take a fresh budget per address.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(address)) return address;
  if (isIPv6(address)) {
    const groups = ipv6Groups(address.split('%')[0] ?? address);
    if (groups)
      return `${groups
        .slice(0, 4)
        .map((group) => Number.parseInt(group, 16).toString(16))
        .join(':')}::/64`;
  }
  return address;
}

interface NodeServerContext {
  readonly req?: { readonly socket?: { readonly remoteAddress?: string } };
}

/**
 * Where the request came from. With no trusted proxy, the socket's peer; with `trustedProxies`
 * proxies in front, the address the outermost of them saw (`X-Forwarded-For` read from the right,
 * since a client can put anything at its left end). "unknown" when there is no socket, as in tests
 * that call `yoga.fetch` without a server context.
 */
export function clientAddress(request: Request, serverContext: unknown, trustedProxies: number): string {
  const peer = (serverContext as NodeServerContext | undefined)?.req?.socket?.remoteAddress ?? 'unknown';
  if (trustedProxies === 0) return peer;
  const forwarded = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (forwarded.length === 0) return peer;
  return forwarded[Math.max(0, forwarded.length - trustedProxies)] ?? peer;
}
