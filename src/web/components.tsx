import type { ComponentChildren } from 'preact';
import type { Locale } from '../common/i18n.js';
import type { FieldError } from '../common/problem.js';
import { messages } from './messages.js';

/**
 * What a form shows again after a validation error: the values as typed, and one message per
 * field. Empty on first display.
 */
export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
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
  /** id prefix, so two forms on a page do not share ids. */
  form: string;
}

/** A labelled input whose message, if any, sits right under it and is tied to it (aria-describedby). */
export function Field(p: FieldProps) {
  const id = `${p.form}-${p.name}`;
  const error = p.state.errors[p.name];
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{p.label}</label>
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
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextArea(p: Omit<FieldProps, 'type'>) {
  const id = `${p.form}-${p.name}`;
  const error = p.state.errors[p.name];
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{p.label}</label>
      <textarea
        id={id}
        name={p.name}
        rows={3}
        maxLength={p.maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {p.state.values[p.name] ?? ''}
      </textarea>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
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

/** `?source=` of the page, carried into the stored signature/signup/RSVP, and the consent wording's version. */
export function Attribution(p: { source?: string }) {
  return (
    <>
      {p.source ? <input type="hidden" name="source" value={p.source} /> : null}
      <input type="hidden" name="consentTextVersion" value={CONSENT_TEXT_VERSION} />
    </>
  );
}
