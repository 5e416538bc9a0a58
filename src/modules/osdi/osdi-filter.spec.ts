import {
  activityRanges,
  bindFilter,
  type FieldRule,
  FilterError,
  parseFilter,
  parseFilterDate,
} from './osdi-filter.js';

describe('OSDI filter parser', () => {
  it('should parse a single comparison with a quoted value', () => {
    expect(parseFilter("modified_date gt '2014-03-25'")).toEqual({
      kind: 'cmp',
      field: 'modified_date',
      op: 'gt',
      value: '2014-03-25',
    });
  });

  it('should bind and tighter than or when both appear', () => {
    expect(parseFilter("a eq '1' or b eq '2' and c eq '3'")).toEqual({
      kind: 'or',
      nodes: [
        { kind: 'cmp', field: 'a', op: 'eq', value: '1' },
        {
          kind: 'and',
          nodes: [
            { kind: 'cmp', field: 'b', op: 'eq', value: '2' },
            { kind: 'cmp', field: 'c', op: 'eq', value: '3' },
          ],
        },
      ],
    });
  });

  it('should honour parentheses when they group an or', () => {
    const tree = parseFilter("(a eq '1' or b eq '2') and c ne '3'");
    expect(tree).toMatchObject({ kind: 'and', nodes: [{ kind: 'or' }, { kind: 'cmp', op: 'ne' }] });
  });

  it('should read a doubled quote as one quote inside a string', () => {
    expect(parseFilter("family_name eq 'O''Brien'")).toMatchObject({ value: "O'Brien" });
  });

  it('should accept every operator of the subset, in any case', () => {
    for (const op of ['eq', 'ne', 'gt', 'ge', 'lt', 'LE'])
      expect(parseFilter(`x ${op} '1'`)).toMatchObject({ op: op.toLowerCase() });
  });

  it.each([
    ['modified_date gt 2014-03-25', /single quotes/],
    ["modified_date gt '2014", /unterminated string/],
    ["modified_date like '2014'", /expected an operator/],
    ["(a eq '1'", /missing "\)"/],
    ["a eq '1' b eq '2'", /unexpected "b"/],
    ['', /is empty/],
    ["a eq '1' and", /ends where a comparison was expected/],
  ])('should refuse %j with a message naming the problem', (input, message) => {
    expect(() => parseFilter(input)).toThrow(FilterError);
    expect(() => parseFilter(input)).toThrow(message);
  });

  it('should refuse a filter with too many comparisons when it exceeds the limit', () => {
    const long = Array.from({ length: 21 }, (_, i) => `f${i} eq '1'`).join(' and ');
    expect(() => parseFilter(long)).toThrow(/more than 20/);
  });
});

describe('bindFilter', () => {
  const rules: Record<'modified_date' | 'email_address', FieldRule<Date | string>> = {
    modified_date: { ops: ['gt', 'lt'] as const, parse: parseFilterDate('modified_date') },
    email_address: { ops: ['eq'] as const, parse: (v: string) => v },
  };

  it('should turn dates into Date values when the field is a date', () => {
    const c = bindFilter(parseFilter("modified_date gt '2026-01-02T03:04:05Z'"), rules);
    expect(c).toEqual({ field: 'modified_date', op: 'gt', value: new Date('2026-01-02T03:04:05Z') });
  });

  it('should read a date without a zone as UTC when none is given', () => {
    const c = bindFilter(parseFilter("modified_date gt '2026-01-02T03:04:05'"), rules) as { value: Date };
    expect(c.value.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  it('should complete an hour-only offset when the specification example uses one', () => {
    const c = bindFilter(parseFilter("modified_date gt '2013-11-17T18:27:35-05'"), rules) as { value: Date };
    expect(c.value.toISOString()).toBe('2013-11-17T23:27:35.000Z');
  });

  it('should name the filterable fields when the field is unknown', () => {
    expect(() => bindFilter(parseFilter("given_name eq 'Ada'"), rules)).toThrow(
      'cannot filter on "given_name"; filterable fields: modified_date, email_address',
    );
  });

  it('should refuse an operator the field does not take', () => {
    expect(() => bindFilter(parseFilter("email_address gt 'a@b.c'"), rules)).toThrow(/takes only eq, not gt/);
  });

  it('should refuse a value that is not a date when the field is a date', () => {
    expect(() => bindFilter(parseFilter("modified_date gt 'yesterday'"), rules)).toThrow(/ISO 8601/);
  });
});

describe('activityRanges', () => {
  it('should turn an incremental-sync filter into bounds, gt one millisecond later', () => {
    const r = activityRanges("modified_date gt '2026-01-02T03:04:05Z' and created_date le '2026-02-01'");
    expect(r.modified?.gte?.toISOString()).toBe('2026-01-02T03:04:05.001Z');
    expect(r.created?.lt?.toISOString()).toBe('2026-02-01T00:00:00.001Z');
  });

  it('should keep the tighter bound when a field is bounded twice', () => {
    const r = activityRanges("created_date ge '2026-01-01' and created_date ge '2026-03-01'");
    expect(r.created?.gte?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('should refuse "or", equality and other fields', () => {
    expect(() => activityRanges("created_date gt '2026-01-01' or modified_date gt '2026-01-01'")).toThrow(/"and" only/);
    expect(() => activityRanges("created_date eq '2026-01-01'")).toThrow(/takes only gt, ge, lt, le/);
    expect(() => activityRanges("status eq 'accepted'")).toThrow(/cannot filter on "status"/);
  });
});
