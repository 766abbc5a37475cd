// Query safety: limits that refuse an expensive operation before any resolver or SQL runs.
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin, type YogaInitialContext } from 'graphql-yoga';

/**
 * The limits every operation must stay within. Tests, docs and `yoga.ts` read these numbers, so
 * they are stated once.
 *
 * - `depth`: nested selections; 12 leaves room for three connections nested in one another
 *   (`regions → edges → node → children → edges → node → …`).
 * - `cost`: graphql-armor's estimate (object 2, scalar 1, ×1.5 per level, × a literal `first`/`last`):
 *   a dashboard page of 50 rows each with a nested page of 50 fits; pages nested three deep do not.
 * - `aliases`, `directives`: the two ways to repeat one costly field inside a small document.
 * - `tokens`: the lexer's count, bounding the parse itself; GraphiQL's introspection query fits.
 * - `batch`: operations in one batched HTTP request (yoga's `batching.limit`).
 */
export const QUERY_LIMITS = {
  depth: 12,
  cost: 100_000,
  aliases: 15,
  tokens: 2000,
  directives: 20,
  batch: 5,
} as const;

/** Which limit refused an operation. */
export type QueryLimit = 'depth' | 'cost' | 'aliases' | 'tokens' | 'directives';

/**
 * The stable `extensions.code` of each refusal; clients branch on it (all start with
 * `QUERY_LIMIT.`), so a code never changes once released.
 */
export const QUERY_LIMIT_CODES = {
  depth: 'QUERY_LIMIT.DEPTH',
  cost: 'QUERY_LIMIT.COST',
  aliases: 'QUERY_LIMIT.ALIASES',
  tokens: 'QUERY_LIMIT.TOKENS',
  directives: 'QUERY_LIMIT.DIRECTIVES',
} as const satisfies Record<QueryLimit, string>;

const MESSAGES: Record<QueryLimit, (limit: number) => string> = {
  depth: (limit) =>
    `查询嵌套过深，最多 ${limit} 层 / Query is nested too deeply: at most ${limit} levels / འདྲི་རྩད་ཀྱི་རིམ་པ་མང་དྲགས་འདུག མང་མཐར་རིམ་པ ${limit}`,
  cost: (limit) =>
    `查询开销过大，上限为 ${limit} / Query is too costly: the limit is ${limit} / འདྲི་རྩད་ཀྱི་འགྲོ་སོང་ཆེ་དྲགས་འདུག ཚད་མཐོ ${limit}`,
  aliases: (limit) =>
    `查询别名过多，最多 ${limit} 个 / Query has too many aliases: at most ${limit} / འདྲི་རྩད་ཀྱི་མིང་གཞན་མང་དྲགས་འདུག མང་མཐར ${limit}`,
  tokens: (limit) =>
    `查询文本过长，最多 ${limit} 个词法单元 / Query is too long: at most ${limit} tokens / འདྲི་རྩད་ཡི་གེ་རིང་དྲགས་འདུག མང་མཐར ${limit}`,
  directives: (limit) =>
    `查询指令过多，最多 ${limit} 个 / Query has too many directives: at most ${limit} / འདྲི་རྩད་ཀྱི་བཀོད་འདོམས་མང་དྲགས་འདུག མང་མཐར ${limit}`,
};

/** The error a client sees when `limit` refuses its operation: bilingual, with a stable code. */
export function queryLimitError(limit: QueryLimit): GraphQLError {
  // yoga's factory builds the error from the graphql copy yoga itself tests errors against, so a
  // thrown limit error is shown to the client instead of being masked as unexpected.
  return createGraphQLError(MESSAGES[limit](QUERY_LIMITS[limit]), {
    extensions: { code: QUERY_LIMIT_CODES[limit], limit: QUERY_LIMITS[limit] },
  });
}

// Armor's own errors carry no code and start with "Syntax Error:"; each rule reports ours instead.
// Validation rules report through their context so GraphQL collects them as validation errors;
// the token limit runs inside the lexer, with no context, so it throws and the parse fails.
function rejectWith(limit: QueryLimit): (context: ValidationContext | null) => void {
  return (context) => {
    const error = queryLimitError(limit);
    if (context === null) throw error;
    context.reportError(error);
  };
}

function armorRule(limit: QueryLimit) {
  return {
    n: QUERY_LIMITS[limit],
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [rejectWith(limit)],
  };
}

// graphql-js writes suggestions as ` Did you mean "x"?`, ` Did you mean the enum value "X"?` or
// ` Did you mean to use an inline fragment on "T"?`; all of them name parts of the schema.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function withoutSuggestions<E>(error: E): E | GraphQLError {
  if (!isGraphQLError(error)) return error;
  const message = error.message.replace(SUGGESTION, '');
  if (message === error.message) return error;
  return createGraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

// By shape, not `instanceof`: under a test runner the ESM and CommonJS builds of graphql can both
// be loaded, and errors from the other copy would slip past.
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/**
 * Removes every "Did you mean …?" from validation errors and from the variable errors found when
 * execution starts. Armor's suggestion blocker only knows the field form (`Did you mean "x"?`)
 * and only looks at validation, so enum values and type names would still leak through.
 */
function hideSuggestions(): Plugin {
  return {
    onValidate:
      () =>
      ({ result, setResult }) => {
        if (result.length > 0) setResult(result.map(withoutSuggestions));
      },
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if ('errors' in result && result.errors)
          setResult({ ...result, errors: result.errors.map(withoutSuggestions) });
      },
    }),
  };
}

/**
 * The query-safety plugins: depth, cost, alias, token and directive limits (graphql-armor) with
 * bilingual errors whose `extensions.code` is one of {@link QUERY_LIMIT_CODES}; with
 * `production: true` also no field, type or enum suggestions in errors, which must accompany
 * introspection being off or the schema can be guessed back from them.
 *
 * Wire in `yoga.ts`: `plugins: [...queryLimitPlugins({ production })]` and
 * `batching: { limit: QUERY_LIMITS.batch }`.
 */
export function queryLimitPlugins(options: { readonly production?: boolean } = {}): Plugin[] {
  const production = options.production ?? false;
  const armor = new EnvelopArmor<YogaInitialContext>({
    maxDepth: { ...armorRule('depth'), ignoreIntrospection: true },
    costLimit: { ...armorRule('cost'), maxCost: QUERY_LIMITS.cost, ignoreIntrospection: true },
    maxAliases: armorRule('aliases'),
    maxTokens: armorRule('tokens'),
    maxDirectives: armorRule('directives'),
    // Replaced by hideSuggestions below, which also covers what armor's pattern misses.
    blockFieldSuggestion: { enabled: false },
  });
  const plugins: Plugin[] = armor.protect().plugins;
  return production ? [...plugins, hideSuggestions()] : plugins;
}
