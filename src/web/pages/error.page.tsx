import type { Locale } from '../../common/i18n.js';
import type { FieldError } from '../../common/problem.js';
import { Notice } from '../components.js';
import { Layout } from '../layout.js';
import { messages } from '../messages.js';

/** The one page a browser sees for any problem, 4xx, 429 and 5xx alike. */
export function ErrorPage(p: {
  locale: Locale;
  status: number;
  detail?: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
  path: string;
  /** Inside an embedded form's frame: the embed layout. */
  embed?: boolean;
}) {
  const m = messages(p.locale);
  return (
    <Layout locale={p.locale} title={m.errorTitle(p.status)} path={p.path} embed={p.embed} noindex>
      <Notice title={m.errorTitle(p.status)}>
        {p.detail ? <p>{p.detail}</p> : null}
        {p.errors?.length ? (
          <ul>
            {p.errors.map((e) => (
              <li>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        ) : null}
        {p.retryAfterSeconds !== undefined ? <p>{m.errorRetry(p.retryAfterSeconds)}</p> : null}
      </Notice>
    </Layout>
  );
}
