import type { Locale } from '../../common/i18n.js';
import {
  type AttributionModel,
  Checkbox,
  ClosedCard,
  Field,
  type FormState,
  Notice,
  PostButton,
  SupporterForm,
  TextArea,
} from '../components.js';
import { type ShareMeta, Layout } from '../layout.js';
import { formatNumber, messages } from '../messages.js';
import { forgetNotice } from '../../modules/petitions/signer-retention.js';
import { NOT_KEPT } from '../../modules/petitions/signer-data.js';

export interface PetitionModel {
  slug: string;
  campaign: { slug: string; name: string };
  locale: string;
  locales: string[];
  title: string;
  bodyHtml: string;
  target: string;
  status: 'open' | 'closed' | 'delivered';
  confirmedCount: number;
  goal: number | null;
  nextThreshold: number | null;
  recentSigners: { name: string; comment: string | null; signedAt: Date }[];
  /** "Verify, then forget": the form says what is kept and offers no public listing or comment. */
  verifyThenForget?: boolean;
}

/** What a "verify, then forget" signature keeps, stated on the form itself. */
/** What a "verify, then forget" signature keeps, in the form's own words (the form and the privacy page). */
export function KeptNotice(p: { locale: Locale }) {
  const f = forgetNotice(p.locale);
  return (
    <div class="notice kept" data-kept>
      <p>
        <strong>{f.heading}</strong>
      </p>
      <ul>
        {f.kept.map((k) => (
          <li>{k}</li>
        ))}
      </ul>
      <p>{f.notKept}</p>
    </div>
  );
}

export const petitionPath = (campaignSlug: string, slug: string) => `/c/${campaignSlug}/petitions/${slug}`;

/** Count, bar toward the next threshold (or the goal); the script refreshes `data-count`. */
export function Progress(p: {
  locale: Locale;
  count: number;
  next: number | null;
  goal: number | null;
  live?: string;
}) {
  const m = messages(p.locale);
  const target = p.next ?? p.goal;
  return (
    <div class="progress" data-live={p.live}>
      <p class="count">
        <strong data-count>{formatNumber(p.locale, p.count)}</strong> <span>{m.signaturesWord}</span>
      </p>
      {target ? (
        <>
          <progress
            max={target}
            value={Math.min(p.count, target)}
            aria-label={m.progressLabel}
            data-progress
          >{`${p.count}/${target}`}</progress>
          <p class="muted" data-next>
            {m.nextGoal(formatNumber(p.locale, target))}
          </p>
        </>
      ) : null}
    </div>
  );
}

export function SignForm(p: {
  locale: Locale;
  petition: PetitionModel;
  state: FormState;
  attribution?: AttributionModel;
  embed?: boolean;
}) {
  const m = messages(p.locale);
  const action = `/public/campaigns/${p.petition.campaign.slug}/petitions/${p.petition.slug}/signatures${p.embed ? '?embed=1' : ''}`;
  return (
    <SupporterForm
      form="sign"
      locale={p.locale}
      title={m.signTitle}
      button={m.signButton}
      action={action}
      state={p.state}
      attribution={p.attribution}
      lastName
      campaignSlug={p.petition.campaign.slug}
      embed={p.embed}
    >
      <Field
        form="sign"
        name="postalCode"
        label={m.postalCode}
        state={p.state}
        autocomplete="postal-code"
        maxLength={20}
      />
      <Field form="sign" name="country" label={m.country} state={p.state} autocomplete="country" maxLength={2} />
      {p.petition.verifyThenForget ? (
        <>
          <KeptNotice locale={p.locale} />
          <Checkbox form="sign" name="consentUpdates" label={forgetNotice(p.locale).join} state={p.state} />
        </>
      ) : (
        <>
          <TextArea form="sign" name="comment" label={m.comment} state={p.state} maxLength={1000} />
          <Checkbox form="sign" name="showName" label={m.showName} state={p.state} />
          <Checkbox form="sign" name="consentUpdates" label={m.consentUpdates} state={p.state} />
        </>
      )}
    </SupporterForm>
  );
}

/** What a petition is at a glance: its title, to whom, and the live count toward the next goal. */
export function PetitionHeading(p: { locale: Locale; petition: PetitionModel }) {
  const x = p.petition;
  return (
    <>
      <h1>{x.title}</h1>
      <p class="target">
        <strong>{messages(p.locale).to}:</strong> {x.target}
      </p>
      <Progress
        locale={p.locale}
        count={x.confirmedCount}
        next={x.nextThreshold}
        goal={x.goal}
        live={`/public/campaigns/${x.campaign.slug}/petitions/${x.slug}`}
      />
    </>
  );
}

/** The sign form while the petition is open, else why it is not. */
export function SignSection(p: Parameters<typeof SignForm>[0]) {
  const m = messages(p.locale);
  if (p.petition.status === 'open') return <SignForm {...p} />;
  return <ClosedCard text={p.petition.status === 'delivered' ? m.petitionDelivered : m.petitionClosed} />;
}

export function PetitionPage(p: {
  locale: Locale;
  petition: PetitionModel;
  state: FormState;
  share: ShareMeta;
  attribution?: AttributionModel;
}) {
  const m = messages(p.locale);
  const x = p.petition;
  const path = petitionPath(x.campaign.slug, x.slug);
  return (
    <Layout locale={p.locale} title={x.title} path={path} campaign={x.campaign} share={p.share}>
      <div class="columns">
        <article class="card">
          <PetitionHeading locale={p.locale} petition={x} />
          <div class="prose" dangerouslySetInnerHTML={{ __html: x.bodyHtml }} />
          {x.recentSigners.length ? (
            <section aria-labelledby="signers-title">
              <h2 id="signers-title">{m.recentSigners}</h2>
              <ul class="signers">
                {x.recentSigners.map((s) => (
                  <li>
                    <strong>
                      {s.name === 'Anonymous'
                        ? m.anonymous
                        : s.name === NOT_KEPT
                          ? forgetNotice(p.locale).signerLabel
                          : s.name}
                    </strong>
                    {s.comment ? <q>{s.comment}</q> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </article>
        <SignSection locale={p.locale} petition={x} state={p.state} attribution={p.attribution} />
      </div>
    </Layout>
  );
}

export interface NextAction {
  title: string;
  href: string;
}

export function shareLinks(locale: Locale, title: string, url: string) {
  const m = messages(locale);
  const text = m.shareText(title);
  const e = encodeURIComponent;
  return [
    { name: m.shareEmail, href: `mailto:?subject=${e(title)}&body=${e(`${text}\n${url}`)}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${e(`${text} ${url}`)}` },
    { name: 'Signal', href: `https://signal.me/#text=${e(`${text} ${url}`)}` },
    { name: 'X', href: `https://x.com/intent/post?text=${e(text)}&url=${e(url)}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${e(`${text} ${url}`)}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${e(url)}` },
  ];
}

export function PetitionThanksPage(p: {
  locale: Locale;
  petition: PetitionModel;
  url: string;
  next: NextAction | null;
  embed?: boolean;
}) {
  const m = messages(p.locale);
  const x = p.petition;
  return (
    <Layout
      locale={p.locale}
      title={m.checkEmailTitle}
      path={`${petitionPath(x.campaign.slug, x.slug)}/thanks`}
      campaign={x.campaign}
      embed={p.embed}
      noindex
    >
      <Notice title={m.checkEmailTitle}>
        <p>{m.checkEmail}</p>
        <h2>{m.shareTitle}</h2>
        <ul class="share">
          {shareLinks(p.locale, x.title, p.url).map((s) => (
            <li>
              <a href={s.href} rel="noopener noreferrer" target={p.embed ? '_blank' : undefined}>
                {s.name}
              </a>
            </li>
          ))}
        </ul>
        {p.next ? (
          <>
            <h2>{m.nextAction}</h2>
            <p>
              <a href={p.next.href} target={p.embed ? '_blank' : undefined} rel={p.embed ? 'noopener' : undefined}>
                {p.next.title}
              </a>
            </p>
          </>
        ) : null}
      </Notice>
    </Layout>
  );
}

export function ConfirmSignaturePage(p: {
  locale: Locale;
  title: string;
  confirmed: boolean;
  petitionHref?: string;
  path: string;
}) {
  const m = messages(p.locale);
  if (p.confirmed)
    return (
      <Layout locale={p.locale} title={m.signConfirmedTitle} path={p.path} noindex>
        <Notice title={m.signConfirmedTitle}>
          <p>{m.signConfirmed(p.title)}</p>
          {p.petitionHref ? (
            <p>
              <a href={p.petitionHref}>{m.seePetition}</a>
            </p>
          ) : null}
        </Notice>
      </Layout>
    );
  return (
    <Layout locale={p.locale} title={m.confirmSignTitle} path={p.path} noindex>
      <Notice title={m.confirmSignTitle}>
        <p>{m.confirmSignPrompt(p.title)}</p>
        <PostButton label={m.confirmSignButton} />
      </Notice>
    </Layout>
  );
}
