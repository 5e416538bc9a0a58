import { addressRefusal, urlRefusal } from './webhook-targets.js';

const production = { allowLocal: false };
const local = { allowLocal: true };

describe('webhook targets (SSRF)', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '64:ff9b::a00:1',
  ])('should refuse %s in production', (address) => {
    expect(addressRefusal(address, production)).toMatch(/loopback, private/);
  });

  it.each(['93.184.215.14', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'should accept the public address %s',
    (address) => {
      expect(addressRefusal(address, production)).toBeNull();
    },
  );

  it('should accept local addresses only when local targets are allowed', () => {
    expect(addressRefusal('127.0.0.1', local)).toBeNull();
    expect(addressRefusal('not-an-ip', local)).toMatch(/not an IP/);
  });

  it('should refuse http, credentials, localhost names and private literals in production', () => {
    expect(urlRefusal('http://example.org/hook', production)).toBe('must use https');
    expect(urlRefusal('ftp://example.org/hook', production)).toBe('must use https');
    expect(urlRefusal('https://user:pw@example.org/hook', production)).toMatch(/credentials/);
    expect(urlRefusal('https://localhost/hook', production)).toMatch(/public host/);
    expect(urlRefusal('https://intranet/hook', production)).toMatch(/public host/);
    expect(urlRefusal('https://127.0.0.1/hook', production)).toMatch(/loopback/);
    expect(urlRefusal('https://[::1]:8443/hook', production)).toMatch(/loopback/);
    expect(urlRefusal('https://169.254.169.254/latest/meta-data', production)).toMatch(/link-local/);
    expect(urlRefusal('not a url', production)).toMatch(/absolute URL/);
  });

  it('should accept public https URLs, and http to a local receiver when allowed', () => {
    expect(urlRefusal('https://hooks.example.org/groundswell?x=1', production)).toBeNull();
    expect(urlRefusal('http://127.0.0.1:4567/hook', local)).toBeNull();
  });
});
