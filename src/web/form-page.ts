import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isValidElement, type VNode } from 'preact';
import { catchError, from, type Observable, throwError } from 'rxjs';
import { Problem } from '../common/problem.js';
import { EMPLOYER_EMAIL_PROBLEM } from '../common/targeted-domains.js';
import { isEmbed, type PageOptions, sendPage, wantsHtml } from './answer.js';
import { type FormState, formStateOf } from './components.js';

/** The form again after the employer-domain warning: every value kept but the address, which the warning holds. */
function employerWarningState(body: unknown, domain: string): FormState {
  const { values } = formStateOf(body);
  const { email = '', ...rest } = values;
  return { values: rest, errors: {}, employerWarning: { email, domain } };
}

/**
 * Re-rendering a form after a validation error. The API route that takes the post declares which
 * form it answers (`@FormPage('petition-sign')`); the web layer registers how that form's page is
 * drawn (`registerFormPage`). When validation (or the service) rejects fields and the client is a
 * browser, the page comes back with status 400, the typed values and a message beside each field.
 * Validation runs in Nest's pipes, inside interceptors, so this sees those errors too.
 */
export type FormPageRenderer = (
  req: FastifyRequest,
  state: FormState,
) => Promise<VNode | { page: VNode; options: PageOptions }>;

const renderers = new Map<string, FormPageRenderer>();

/**
 * Registers how a form's page is drawn again. An embedded form (posted with `?embed=1`) is drawn by
 * the renderer registered as `<name>:embed`, so its errors stay inside the frame.
 */
export function registerFormPage(name: string, render: FormPageRenderer): void {
  renderers.set(name, render);
}

function rendererFor(name: string | undefined, req: FastifyRequest): FormPageRenderer | undefined {
  if (!name) return undefined;
  return (isEmbed(req) && renderers.get(`${name}:embed`)) || renderers.get(name);
}

const FORM_PAGE = 'groundswell:form-page';

@Injectable()
export class FormPageInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const name = this.reflector.get<string | undefined>(FORM_PAGE, ctx.getHandler());
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const reply = ctx.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      catchError((err: unknown) => {
        const render = rendererFor(name, req);
        const warning = err instanceof Problem && err.kind === EMPLOYER_EMAIL_PROBLEM;
        if (!render || !(err instanceof Problem) || !(err.status === 400 || warning) || !err.extras.errors)
          return throwError(() => err);
        if (!wantsHtml(req)) return throwError(() => err);
        const state = warning
          ? employerWarningState(req.body, String(err.extras.domain))
          : formStateOf(req.body, err.extras.errors);
        return from(
          render(req, state).then(async (drawn) => {
            const { page, options } = isValidElement(drawn) ? { page: drawn, options: {} } : drawn;
            await sendPage(req, reply, page, { ...options, status: err.status });
            return undefined;
          }),
        );
      }),
    );
  }
}

/** Marks an API route as the target of an HTML form (see FormPageInterceptor). */
export const FormPage = (name: string): MethodDecorator =>
  applyDecorators(SetMetadata(FORM_PAGE, name), UseInterceptors(FormPageInterceptor));
