import type { ComponentChildren } from 'preact';
import { isRefCode } from '../common/attribution.js';
import type { Locale } from '../common/i18n.js';
import type { FieldError } from '../common/problem.js';
import { messages } from './messages.js';
import { privacyMessages, privacyPath } from './privacy-messages.js';

/**
 * What a form shows again after a validation error: the values as typed, and one message per
 * field. Empty on first display.
 */
export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
  /**
   * The address typed is on a domain of an organization the campaign targets: the form is shown
   * again with the email field empty and a warning offering the address anyway (nothing was stored).
   */
  employerWarning?: { email: string; domain: string };
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

/** From a posted body and the problem's field errors (paths like `email` or `body.email`). */
export function formStateOf(body: unknown, errors: FieldError[] = []): FormState {
  const values: Record<string, string> = {};
  if (body && typeof body === 'object')
    for (const [k, v] of Object.entries(body as Record<string, unknown>))
      if (typeof v === 'string' && k !== 'website') values[k] = v;
  const byField: Record<string, string> = {};
  for (const e of errors) {
    const field = e.path.split('.').pop() ?? e.path;
    byField[field] ??= e.message;
  }
  return { values, errors: byField };
}

export function Notice(p: { title: string; children?: ComponentChildren }) {
  return (
    <section class="card">
      <h1>{p.title}</h1>
      {p.children}
    </section>
  );
}

/** A button that POSTs (emailed links open a page; only the button changes anything). */
export function PostButton(p: { label: string; action?: string; fields?: Record<string, string>; danger?: boolean }) {
  return (
    <form method="post" action={p.action}>
      {Object.entries(p.fields ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <button type="submit" class={p.danger ? 'danger' : undefined}>
        {p.label}
      </button>
    </form>
  );
}

/** The summary at the top of a form with errors; focused by the script, announced by screen readers. */
export function ErrorSummary(p: { locale: Locale; state: FormState }) {
  if (Object.keys(p.state.errors).length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="form-errors">
      <p>{messages(p.locale).formErrors}</p>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  state: FormState;
  type?: 'text' | 'email' | 'number' | 'tel';
  required?: boolean;
  autocomplete?: string;
  min?: number;
  max?: number;
  maxLength?: number;
  /** A line under the label (tied to the input with aria-describedby). */
  hint?: string;
  autofocus?: boolean;
  /** id prefix, so two forms on a page do not share ids. */
  form: string;
}

/** Id, message and aria attributes of a field: the message sits under it, tied to it (aria-describedby). */
function fieldParts(p: Omit<FieldProps, 'type'>) {
  const id = `${p.form}-${p.name}`;
  const error = p.state.errors[p.name];
  const describedBy = [p.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    error,
    aria: {
      'aria-invalid': error ? ('true' as const) : undefined,
      'aria-describedby': describedBy || undefined,
    },
    hint: p.hint ? (
      <p class="hint" id={`${id}-hint`}>
        {p.hint}
      </p>
    ) : null,
    message: error ? (
      <p class="field-error" id={`${id}-error`}>
        {error}
      </p>
    ) : null,
  };
}

/** A labelled input whose message, if any, sits right under it and is tied to it (aria-describedby). */
export function Field(p: FieldProps) {
  const { id, error, aria, message, hint } = fieldParts(p);
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{p.label}</label>
      {hint}
      <input
        id={id}
        name={p.name}
        // Preact types each input type apart; ours are all plain text-like inputs.
        type={(p.type ?? 'text') as 'text'}
        value={p.state.values[p.name] ?? ''}
        required={p.required}
        autocomplete={p.autocomplete}
        min={p.min}
        max={p.max}
        maxLength={p.maxLength}
        autofocus={p.autofocus}
        {...aria}
      />
      {message}
    </div>
  );
}

/**
 * The warning shown instead of storing anything when the address is on a targeted organization's
 * domain: the email field (emptied) is one choice; the other posts the same values again with the
 * acknowledgement. Works without JavaScript; with it, the first link also focuses the field.
 */
function EmployerWarning(p: { form: string; locale: Locale; action: string; state: FormState }) {
  const w = p.state.employerWarning;
  if (!w) return null;
  const m = messages(p.locale);
  const values = { ...p.state.values, email: w.email };
  return (
    <div class="employer-warning" role="alert" id={`${p.form}-employer-warning`}>
      <h3>{m.employerWarningTitle}</h3>
      <p>{m.employerWarning(w.domain)}</p>
      <p>
        <a class="button" href={`#${p.form}-email`} data-focus-field={`${p.form}-email`}>
          {m.usePersonalAddress}
        </a>
      </p>
      <form method="post" action={p.action}>
        {Object.entries(values)
          .filter(([k]) => k !== 'employerEmailAcknowledged')
          .map(([k, v]) => (
            <input type="hidden" name={k} value={v} />
          ))}
        <input type="hidden" name="employerEmailAcknowledged" value="true" />
        <button type="submit" class="secondary">
          {m.continueAnyway}
        </button>
      </form>
    </div>
  );
}

export function TextArea(p: Omit<FieldProps, 'type'>) {
  const { id, error, aria, message } = fieldParts(p);
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{p.label}</label>
      <textarea id={id} name={p.name} rows={3} maxLength={p.maxLength} {...aria}>
        {p.state.values[p.name] ?? ''}
      </textarea>
      {message}
    </div>
  );
}

export function Checkbox(p: { name: string; label: string; state: FormState; form: string; checked?: boolean }) {
  const id = `${p.form}-${p.name}`;
  const posted = Object.keys(p.state.values).length > 0;
  const on = posted ? ['on', 'true', '1', 'yes'].includes(p.state.values[p.name] ?? '') : (p.checked ?? false);
  return (
    <div class="check">
      <input id={id} type="checkbox" name={p.name} value="true" checked={on} />
      <label for={id}>{p.label}</label>
    </div>
  );
}

/** Hidden from people (and from the accessibility tree); bots fill it and are dropped quietly. */
export function Honeypot(p: { locale: Locale; form: string }) {
  return (
    <div class="hp" aria-hidden="true">
      <label for={`${p.form}-website`}>{messages(p.locale).honeypot}</label>
      <input id={`${p.form}-website`} type="text" name="website" tabindex={-1} autocomplete="off" value="" />
    </div>
  );
}

/** The version of the consent wording these forms show, recorded with each consent. */
export const CONSENT_TEXT_VERSION = 'pages-2026-12';

/** Where a form's visitor came from: the page's `?source=` and `?ref=`, carried into what the form stores. */
export interface AttributionModel {
  source?: string;
  ref?: string;
}

/**
 * `?source=` and `?ref=` of the page (or of the post being shown again), carried into the stored
 * signature/signup/RSVP, and the consent wording's version. A ref that is not a valid code is left
 * out: the post would drop it anyway.
 */
export function Attribution(p: { attribution?: AttributionModel; state: FormState }) {
  const source = p.attribution?.source ?? p.state.values.source;
  const ref = p.attribution?.ref ?? p.state.values.ref;
  return (
    <>
      {source ? <input type="hidden" name="source" value={source} /> : null}
      {isRefCode(ref) ? <input type="hidden" name="ref" value={ref} /> : null}
      <input type="hidden" name="consentTextVersion" value={CONSENT_TEXT_VERSION} />
    </>
  );
}

/**
 * The frame every public form shares (sign, RSVP, signup): a titled card, the error summary, a
 * plain POST form with the page's language and attribution, the email and name fields, the form's
 * own fields (children), the honeypot and the button. `form` prefixes the ids (`sign-email`).
 */
export function SupporterForm(p: {
  form: string;
  locale: Locale;
  title: string;
  button: string;
  action: string;
  state: FormState;
  attribution?: AttributionModel;
  /** The family-name field (sign and RSVP forms ask for it; the signup form does not). */
  lastName?: boolean;
  /** The campaign whose privacy page the form links to. */
  campaignSlug: string;
  /** In an embed: the privacy link opens a new tab (it leaves the frame). */
  embed?: boolean;
  /** The optional Signal username field (a contact instead of a phone number). */
  signal?: boolean;
  children?: ComponentChildren;
}) {
  const m = messages(p.locale);
  return (
    <section class="card form-card" aria-labelledby={`${p.form}-title`}>
      <h2 id={`${p.form}-title`}>{p.title}</h2>
      <ErrorSummary locale={p.locale} state={p.state} />
      <EmployerWarning form={p.form} locale={p.locale} action={p.action} state={p.state} />
      <form method="post" action={p.action} data-validate>
        <input type="hidden" name="locale" value={p.locale} />
        <Attribution attribution={p.attribution} state={p.state} />
        <Field
          form={p.form}
          name="email"
          type="email"
          label={m.email}
          state={p.state}
          required
          autocomplete="email"
          maxLength={254}
          autofocus={!!p.state.employerWarning}
        />
        <Field
          form={p.form}
          name="firstName"
          label={m.firstName}
          hint={m.chosenNameHint}
          state={p.state}
          autocomplete="given-name"
          maxLength={100}
        />
        {p.lastName ? (
          <Field
            form={p.form}
            name="lastName"
            label={m.lastName}
            state={p.state}
            autocomplete="family-name"
            maxLength={100}
          />
        ) : null}
        {p.signal ? (
          <Field
            form={p.form}
            name="signalUsername"
            label={m.signalUsername}
            hint={m.signalHint}
            state={p.state}
            autocomplete="off"
            maxLength={40}
          />
        ) : null}
        {p.children}
        <Honeypot locale={p.locale} form={p.form} />
        <button type="submit">{p.button}</button>
      </form>
      <PrivacyLink locale={p.locale} campaignSlug={p.campaignSlug} embed={p.embed} />
    </section>
  );
}

/** Under every form: what happens to what you type, on the campaign's privacy page. */
export function PrivacyLink(p: { locale: Locale; campaignSlug: string; embed?: boolean }) {
  const href = privacyPath(p.campaignSlug, p.locale);
  const text = privacyMessages(p.locale).linkText;
  return (
    <p class="muted privacy-link">
      {p.embed ? (
        <a href={href} target="_blank" rel="noopener">
          {text} <span>{messages(p.locale).newTab}</span>
        </a>
      ) : (
        <a href={href}>{text}</a>
      )}
    </p>
  );
}

/** The card that stands where a form would when it is closed (petition closed, RSVPs closed). */
export function ClosedCard(p: { text: string }) {
  return (
    <section class="card">
      <p>{p.text}</p>
    </section>
  );
}
