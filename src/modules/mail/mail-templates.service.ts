import { Injectable } from '@nestjs/common';
import { SUPPORTED_LOCALES } from '../../common/i18n.js';
import type { AnyMailTemplate } from './mail.types.js';

/**
 * Every kind of message, by name. Modules register theirs in onModuleInit (through
 * MailService.registerTemplate), in both roles: the API renders previews and validates names at
 * enqueue time, the worker renders for sending.
 */
@Injectable()
export class MailTemplatesService {
  private readonly templates = new Map<string, AnyMailTemplate>();

  register(template: AnyMailTemplate): void {
    if (!/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(template.name))
      throw new Error(`mail template name "${template.name}" must be lowercase words joined by . or -`);
    const existing = this.templates.get(template.name);
    if (existing && existing !== template) throw new Error(`mail template "${template.name}" is registered twice`);
    this.templates.set(template.name, template);
  }

  get(name: string): AnyMailTemplate | undefined {
    return this.templates.get(name);
  }

  require(name: string): AnyMailTemplate {
    const template = this.templates.get(name);
    if (!template)
      throw new Error(
        `unknown mail template "${name}" (registered: ${[...this.templates.keys()].join(', ') || 'none'})`,
      );
    return template;
  }

  list(): AnyMailTemplate[] {
    return [...this.templates.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  get locales(): readonly string[] {
    return SUPPORTED_LOCALES;
  }
}
