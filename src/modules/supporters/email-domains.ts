import { createRequire } from 'node:module';
import { emailDomain } from '../../common/email.js';

const require = createRequire(import.meta.url);
let lists: { exact: Set<string>; wildcard: Set<string> } | undefined;

function disposableLists() {
  // ~120k domains: loaded on first use, so a process that never checks a signup skips it.
  lists ??= {
    exact: new Set<string>(require('disposable-email-domains') as string[]),
    wildcard: new Set<string>(require('disposable-email-domains/wildcard.json') as string[]),
  };
  return lists;
}

/** The domain and each parent domain above it (`a.b.example.org` -> a.b.example.org, b.example.org, example.org). */
function domainAndParents(domain: string): string[] {
  const labels = domain.replace(/\.$/, '').split('.');
  const out: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/**
 * Why an address may not sign up, or null: a domain the deployment blocks (and its subdomains), or
 * with `disposable` a throwaway-inbox service from the disposable-email-domains list.
 */
export function blockedDomainReason(
  email: string,
  options: { blocked: readonly string[]; disposable: boolean },
): string | null {
  const domain = emailDomain(email);
  if (!domain) return null;
  const candidates = domainAndParents(domain);
  const blocked = new Set(options.blocked.map((d) => d.toLowerCase()));
  if (candidates.some((d) => blocked.has(d)))
    return 'uses an email domain that is not accepted here; please use another address';
  if (options.disposable) {
    const l = disposableLists();
    if (l.exact.has(domain) || candidates.slice(1).some((d) => l.wildcard.has(d)) || l.wildcard.has(domain)) {
      return 'uses a disposable email service; please use an address you keep';
    }
  }
  return null;
}
