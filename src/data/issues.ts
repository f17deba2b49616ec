// zod issues → `{ path: 'stages[2].value', message: 'expected number' }`: one short English message
// per problem, the same for the loader and for servers. Imports no zod code (types only).
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** One validation problem: a path like `stages[2].value` and a short English message. */
export interface DataIssue {
  path: string;
  message: string;
}

/** `['stages', 2, 'value']` → `stages[2].value`; '' for the root. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (s, k) =>
      typeof k == 'number'
        ? `${s}[${k}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(k))
          ? (s ? `${s}.` : '') + String(k)
          : `${s}[${JSON.stringify(String(k))}]`,
    '',
  );

const message = (i: Issue): string => {
  switch (i.code) {
    case 'invalid_type':
      return `expected ${i.expected == 'int' ? 'integer' : i.expected}`;
    case 'too_small':
    case 'too_big': {
      const small = i.code == 'too_small';
      return `must be ${small ? 'at least' : 'at most'} ${Number(small ? i.minimum : i.maximum)}${i.origin == 'string' ? ' characters' : ''}`;
    }
    case 'invalid_format':
      return `invalid ${i.format}`;
    default:
      return i.message && i.message != 'Invalid input' ? i.message : 'invalid value';
  }
};

// A failed union is reported by the alternative that got furthest: the one whose first wrong type
// (a missing key, a string for a number…) lies deepest, then the one with the fewest wrong types,
// then the one with the fewest issues.
const rank = (issues: readonly Issue[]): number[] => {
  const types = issues.filter((i) => i.code == 'invalid_type');
  return [-Math.min(...types.map((i) => i.path.length)), types.length, issues.length];
};
const better = (a: number[], b: number[]): boolean => {
  for (let k = 0; k < 3; k++) if (a[k] != b[k]) return a[k]! < b[k]!;
  return false;
};

const flatten = (issues: readonly Issue[], prefix: readonly PropertyKey[], out: DataIssue[]): DataIssue[] => {
  for (const i of issues) {
    const path = [...prefix, ...i.path];
    const best =
      i.code == 'invalid_union' &&
      i.errors.reduce<Issue[] | undefined>((a, b) => (!a || better(rank(b), rank(a)) ? b : a), undefined);
    if (best && best.length) flatten(best, path, out);
    else out.push({ path: formatPath(path), message: message(i) });
  }
  return out;
};

/** A zod error's issues as `{ path: 'stages[2].value', message: 'expected number' }`; a failed union is reported by its closest alternative. */
export const formatIssues = (error: { readonly issues: readonly Issue[] }): DataIssue[] =>
  flatten(error.issues, [], []);

/**
 * The issues as they are, one per problem, without union flattening: what the loader uses, since
 * no element schema is a zod union (each validates one shape), so the union ranking above stays
 * out of every element's bundle and serves servers that validate with the exported unions.
 */
export const listIssues = (error: { readonly issues: readonly Issue[] }): DataIssue[] =>
  error.issues.map((i) => ({ path: formatPath(i.path), message: message(i) }));
