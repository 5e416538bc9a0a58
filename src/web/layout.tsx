import type { ComponentChildren } from 'preact';
import { isRtlLocale, type Locale, SUPPORTED_LOCALES } from '../common/i18n.js';
import { assetPath } from './assets.js';
import { messages } from './messages.js';
import { privacyMessages, privacyPath } from './privacy-messages.js';

export interface ShareMeta {
  /** Absolute URL of the page (og:url, canonical). */
  url: string;
  description: string;
  /** Absolute URL of the share image. */
  image: string;
  type?: 'website' | 'article';
}

export interface LayoutProps {
  locale: Locale;
  title: string;
  /** The page's path without query, for the language links. */
  path: string;
  campaign?: { name: string; slug: string };
  share?: ShareMeta;
  /** Embedded in an iframe on a campaign site: no header or footer. */
  embed?: boolean;
  /** Keep search engines away from pages behind emailed links. */
  noindex?: boolean;
  children: ComponentChildren;
}

/**
 * The one layout of every public page: language and direction on <html>, one stylesheet and one
 * deferred script (both same-origin, hashed names), nothing from any other host.
 */
export function Layout(p: LayoutProps) {
  const m = messages(p.locale);
  const fullTitle = p.campaign && p.campaign.name !== p.title ? `${p.title} · ${p.campaign.name}` : p.title;
  return (
    <html lang={p.locale} dir={isRtlLocale(p.locale) ? 'rtl' : 'ltr'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {p.noindex ? <meta name="robots" content="noindex" /> : null}
        <title>{fullTitle}</title>
        <link rel="stylesheet" href={assetPath('site.css')} />
        <script src={assetPath('site.js')} defer />
        {p.share ? <ShareTags title={p.title} site={p.campaign?.name} locale={p.locale} share={p.share} /> : null}
      </head>
      <body class={p.embed ? 'embed' : undefined}>
        {p.embed ? null : (
          <>
            <a class="skip" href="#main">
              {m.skip}
            </a>
            <header class="site">
              <div class="wrap">
                {p.campaign ? (
                  <a class="brand" href={`/c/${p.campaign.slug}?locale=${p.locale}`}>
                    {p.campaign.name}
                  </a>
                ) : (
                  <span class="brand">Groundswell</span>
                )}
                <nav aria-label={m.language} class="langs">
                  {SUPPORTED_LOCALES.map((l) => (
                    <a
                      href={`${p.path}?locale=${l}`}
                      lang={l}
                      hreflang={l}
                      aria-current={l === p.locale ? 'true' : undefined}
                    >
                      {messages(l).langName}
                    </a>
                  ))}
                </nav>
              </div>
            </header>
          </>
        )}
        <main id="main" class="wrap">
          {p.children}
        </main>
        {p.embed ? null : (
          <footer class="site">
            <div class="wrap">
              <p>{m.privacy}</p>
              {p.campaign ? (
                <p>
                  <a href={privacyPath(p.campaign.slug, p.locale)}>{privacyMessages(p.locale).linkText}</a>
                </p>
              ) : null}
              <p>{m.poweredBy}</p>
            </div>
          </footer>
        )}
      </body>
    </html>
  );
}

function ShareTags(p: { title: string; site?: string; locale: Locale; share: ShareMeta }) {
  return (
    <>
      <link rel="canonical" href={p.share.url} />
      <meta name="description" content={p.share.description} />
      <meta property="og:type" content={p.share.type ?? 'website'} />
      <meta property="og:title" content={p.title} />
      <meta property="og:description" content={p.share.description} />
      <meta property="og:url" content={p.share.url} />
      <meta property="og:image" content={p.share.image} />
      <meta property="og:locale" content={p.locale === 'ar' ? 'ar_AR' : 'en_GB'} />
      {p.site ? <meta property="og:site_name" content={p.site} /> : null}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={p.title} />
      <meta name="twitter:description" content={p.share.description} />
      <meta name="twitter:image" content={p.share.image} />
    </>
  );
}
