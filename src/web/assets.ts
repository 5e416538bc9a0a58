import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * The pages' static files (one stylesheet, one small progressive-enhancement script, the default
 * share image, the embed loader other sites include), read once at start. Each is served under a name carrying a hash of its content,
 * so it can be cached for a year and a new build changes the name. `npm run build` copies the
 * folder next to the compiled code (scripts/copy-web-assets.mjs).
 */
const DIR = new URL('./assets/', import.meta.url);

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  png: 'image/png',
};

export interface Asset {
  name: string;
  hashedName: string;
  type: string;
  body: Buffer;
  gzip: Buffer;
}

// share.png is drawn from share.svg (its source, not served): link previews on Facebook, X and
// messengers show PNG or JPEG, never SVG.
const FILES = ['site.css', 'site.js', 'share.png', 'embed.js'];

function load(): Map<string, Asset> {
  const byHashed = new Map<string, Asset>();
  for (const name of FILES) {
    const body = readFileSync(new URL(name, DIR));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const dot = name.lastIndexOf('.');
    const hashedName = `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
    byHashed.set(hashedName, {
      name,
      hashedName,
      type: TYPES[name.slice(dot + 1)],
      body,
      gzip: gzipSync(body, { level: 9 }),
    });
  }
  return byHashed;
}

let assets: Map<string, Asset> | undefined;
const all = () => (assets ??= load());

/** The public path of an asset, e.g. `/assets/site.3f2a….css`. */
export function assetPath(name: string): string {
  return `/assets/${assetNamed(name).hashedName}`;
}

/** An asset by its plain name (`embed.js`). */
export function assetNamed(name: string): Asset {
  for (const a of all().values()) if (a.name === name) return a;
  throw new Error(`unknown asset ${name}`);
}

export function findAsset(hashedName: string): Asset | undefined {
  return all().get(hashedName);
}
