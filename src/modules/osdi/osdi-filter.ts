import type { DateRanges } from '../../common/date-range.js';
/**
 * The OData subset OSDI specifies for `?filter=`: comparisons `field op 'value'` with
 * `eq ne gt ge lt le`, combined with `and`/`or` (and parentheses); strings in single quotes, a
 * quote inside written twice. The parser knows nothing about resources: each collection says which
 * fields and operators it takes, and anything else is a FilterError naming the problem.
 */

export type FilterOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterNode =
  { kind: 'cmp'; field: string; op: FilterOp; value: string } | { kind: 'and' | 'or'; nodes: FilterNode[] };

export class FilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterError';
  }
}

const OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const MAX_LENGTH = 2000;
const MAX_TERMS = 20;

type Token = { t: 'word'; v: string; at: number } | { t: 'str'; v: string; at: number } | { t: '(' | ')'; at: number };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ t: c, at: i });
      i++;
    } else if (c === "'") {
      const start = i;
      let v = '';
      i++;
      for (;;) {
        if (i >= input.length) throw new FilterError(`unterminated string starting at position ${start + 1}`);
        if (input[i] === "'") {
          if (input[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += input[i++];
      }
      tokens.push({ t: 'str', v, at: start });
    } else if (/[A-Za-z_]/.test(c)) {
      const start = i;
      while (i < input.length && /[A-Za-z0-9_.:/]/.test(input[i])) i++;
      tokens.push({ t: 'word', v: input.slice(start, i), at: start });
    } else {
      throw new FilterError(`unexpected character "${c}" at position ${i + 1}; strings go in single quotes`);
    }
  }
  return tokens;
}

/** Parses a filter expression; `and` binds tighter than `or`, as in OData. */
export function parseFilter(input: string): FilterNode {
  if (input.length > MAX_LENGTH) throw new FilterError(`is longer than ${MAX_LENGTH} characters`);
  const tokens = tokenize(input);
  if (tokens.length === 0) throw new FilterError('is empty');
  let pos = 0;
  let terms = 0;
  const peekWord = (w: string) => {
    const tok = tokens[pos];
    return tok?.t === 'word' && tok.v.toLowerCase() === w;
  };

  const parseOr = (): FilterNode => {
    const nodes = [parseAnd()];
    while (peekWord('or')) {
      pos++;
      nodes.push(parseAnd());
    }
    return nodes.length === 1 ? nodes[0] : { kind: 'or', nodes };
  };
  const parseAnd = (): FilterNode => {
    const nodes = [parseTerm()];
    while (peekWord('and')) {
      pos++;
      nodes.push(parseTerm());
    }
    return nodes.length === 1 ? nodes[0] : { kind: 'and', nodes };
  };
  const parseTerm = (): FilterNode => {
    const tok = tokens[pos];
    if (!tok) throw new FilterError('ends where a comparison was expected');
    if (tok.t === '(') {
      pos++;
      const inner = parseOr();
      if (tokens[pos]?.t !== ')') throw new FilterError(`missing ")" for "(" at position ${tok.at + 1}`);
      pos++;
      return inner;
    }
    if (tok.t !== 'word') throw new FilterError(`expected a field name at position ${tok.at + 1}`);
    if (++terms > MAX_TERMS) throw new FilterError(`has more than ${MAX_TERMS} comparisons`);
    const op = tokens[pos + 1];
    if (!op || op.t !== 'word' || !OPS.has(op.v.toLowerCase()))
      throw new FilterError(
        `expected an operator (eq, ne, gt, ge, lt, le) after "${tok.v}"${op ? ` at position ${op.at + 1}` : ''}`,
      );
    const value = tokens[pos + 2];
    if (!value || value.t !== 'str')
      throw new FilterError(`expected a value in single quotes after "${tok.v} ${op.v}"`);
    pos += 3;
    return { kind: 'cmp', field: tok.v, op: op.v.toLowerCase() as FilterOp, value: value.v };
  };

  const tree = parseOr();
  if (pos < tokens.length) {
    const tok = tokens[pos];
    throw new FilterError(
      `unexpected ${tok.t === 'word' || tok.t === 'str' ? `"${tok.v}"` : `"${tok.t}"`} at position ${tok.at + 1}`,
    );
  }
  return tree;
}

/** What a collection accepts: per field, its operators and how a value is read. */
export interface FieldRule<V> {
  ops: readonly FilterOp[];
  parse(value: string): V;
}

export type Condition<F extends string, V> =
  { field: F; op: FilterOp; value: V } | { and: Condition<F, V>[] } | { or: Condition<F, V>[] };

/** Checks a parsed filter against a collection's fields, turning values into typed ones. */
export function bindFilter<F extends string, V>(node: FilterNode, rules: Record<F, FieldRule<V>>): Condition<F, V> {
  if (node.kind !== 'cmp') {
    const nodes = node.nodes.map((n) => bindFilter(n, rules));
    return node.kind === 'and' ? { and: nodes } : { or: nodes };
  }
  const rule = (rules as Record<string, FieldRule<V> | undefined>)[node.field];
  if (!rule)
    throw new FilterError(`cannot filter on "${node.field}"; filterable fields: ${Object.keys(rules).join(', ')}`);
  if (!rule.ops.includes(node.op))
    throw new FilterError(`"${node.field}" takes only ${rule.ops.join(', ')}, not ${node.op}`);
  return { field: node.field as F, op: node.op, value: rule.parse(node.value) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** OSDI dates: ISO 8601, a date alone meaning its start in UTC, a time without zone read as UTC. */
export function parseFilterDate(field: string) {
  return (value: string): Date => {
    const v = value.trim();
    if (!ISO_DATE.test(v)) throw new FilterError(`"${field}" needs an ISO 8601 date such as '2026-01-31T12:00:00Z'`);
    // An hour-only offset ('-05', as in the specification's examples) is completed to '-05:00'.
    const full = v.replace(/([T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{2})$/, '$1:00');
    const withZone = /[T ]\d{2}:\d{2}/.test(full) && !/(Z|[+-]\d{2}:?\d{2})$/.test(full) ? `${full}Z` : full;
    const d = new Date(withZone.replace(' ', 'T'));
    if (Number.isNaN(d.getTime())) throw new FilterError(`"${field}" is not a valid date: '${value}'`);
    return d;
  };
}

type ActivityField = 'created_date' | 'modified_date';
const RANGE_OPS = ['gt', 'ge', 'lt', 'le'] as const;
const ACTIVITY_FILTER: Record<ActivityField, FieldRule<Date>> = {
  created_date: { ops: RANGE_OPS, parse: parseFilterDate('created_date') },
  modified_date: { ops: RANGE_OPS, parse: parseFilterDate('modified_date') },
};

/**
 * The filter of an activity collection (signatures, attendances): `created_date` and
 * `modified_date` compared with gt ge lt le, joined by `and`, e.g. an incremental sync's
 * `modified_date gt '…'`. Dates are compared to the millisecond, so `gt d` is `≥ d + 1 ms`.
 */
export function activityRanges(filter: string): DateRanges {
  const flat: Condition<ActivityField, Date>[] = [];
  const walk = (c: Condition<ActivityField, Date>) => {
    if ('or' in c) throw new FilterError('this collection takes comparisons joined by "and" only');
    if ('and' in c) c.and.forEach(walk);
    else flat.push(c);
  };
  walk(bindFilter(parseFilter(filter), ACTIVITY_FILTER));
  const ranges: DateRanges = {};
  for (const c of flat as { field: ActivityField; op: FilterOp; value: Date }[]) {
    const key = c.field === 'created_date' ? 'created' : 'modified';
    const b = (ranges[key] ??= {});
    const t = c.value.getTime();
    if (c.op === 'gt' || c.op === 'ge') {
      const gte = new Date(c.op === 'gt' ? t + 1 : t);
      if (!b.gte || gte > b.gte) b.gte = gte;
    } else {
      const lt = new Date(c.op === 'le' ? t + 1 : t);
      if (!b.lt || lt < b.lt) b.lt = lt;
    }
  }
  return ranges;
}
