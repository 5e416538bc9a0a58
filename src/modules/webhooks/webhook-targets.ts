import { BlockList, isIP } from 'node:net';

/**
 * Where outbound webhooks may go (SSRF safety). Pure functions: the URL rule at registration and
 * at delivery, the address rule on every address DNS gives at delivery time (the delivery then
 * connects to that checked address, so a second resolution cannot swap it for another).
 */

export interface TargetPolicy {
  /** http:// and loopback/private/link-local addresses allowed (development and tests only). */
  allowLocal: boolean;
}

const BLOCKED = new BlockList();
// IPv4: "this network", private, CGNAT, loopback, link-local (cloud metadata), IETF protocol
// assignments, documentation, benchmarking, multicast, reserved and broadcast.
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv4');
// IPv6: unspecified, loopback, NAT64 (can embed private IPv4), discard, documentation, 6to4,
// unique local, link-local, site-local, multicast. IPv4-mapped addresses are checked as IPv4.
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv6');

/** The IPv4 inside an IPv4-mapped or -compatible IPv6 address (`::ffff:10.0.0.1`), else null. */
function embeddedIpv4(address: string): string | null {
  const m = /^::(?:ffff:(?:0:)?)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (m) return m[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Why an address may not be called (loopback, private, link-local ...), or null when it may. */
export function addressRefusal(address: string, policy: TargetPolicy): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return `"${address}" is not an IP address`;
  if (policy.allowLocal) return null;
  const v4 = family === 6 ? embeddedIpv4(bare) : bare;
  const blocked = v4 ? BLOCKED.check(v4, 'ipv4') : BLOCKED.check(bare, 'ipv6');
  return blocked ? `${bare} is a loopback, private, link-local or reserved address` : null;
}

/** Why a URL may not be registered or called, or null. DNS is not consulted here. */
export function urlRefusal(raw: string, policy: TargetPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.protocol !== 'https:' && !(policy.allowLocal && url.protocol === 'http:'))
    return policy.allowLocal ? 'must use https or http' : 'must use https';
  if (url.username || url.password) return 'must not carry credentials (the signature authenticates us)';
  if (url.hash) return 'must not have a #fragment';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return addressRefusal(host, policy);
  if (!policy.allowLocal && (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.')))
    return 'must name a public host';
  return null;
}
