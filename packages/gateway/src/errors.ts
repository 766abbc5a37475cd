// The one error contract of the API (documented in the README, "Errors"): every top-level error has
// an `extensions.code` from ERROR_CODES (or a core rule's `AREA.REASON` code), and its message in the
// caller's language. Expected failures of mutations are `userErrors` and follow the same language rule.
import type { DomainError, MessageText } from '@grassroots/core';
import { GraphQLError } from 'graphql';
import { type Plugin, maskError as yogaMaskError } from 'graphql-yoga';
import { classifyDbFailure } from './db/failures.js';

/**
 * The codes a top-level error can carry, besides a core rule's own code (`AREA.REASON`, as listed in
 * the `…UserErrorCode` enums) when a query argument breaks a domain rule.
 */
export const ERROR_CODES = {
  GRAPHQL_PARSE_FAILED: {
    zh: '查询文本无法解析',
    en: 'The query text does not parse',
    bo: 'འདྲི་རྩད་ཡི་གེ་དབྱེ་ཞིབ་བྱེད་མི་ཐུབ།',
  },
  GRAPHQL_VALIDATION_FAILED: {
    zh: '查询不符合接口定义（字段、参数或字面量类型有误）',
    en: 'The query does not fit the schema (a field, argument or literal of the wrong type)',
    bo: 'འདྲི་རྩད་དེ་མཐུད་སྒོའི་གཏན་འཁེལ་དང་མི་མཐུན། （ཡིག་དུམ་དང་ཚད་གཞི། ཡི་གེ་དངོས་ཀྱི་རིགས་ནོར་འདུག）',
  },
  BAD_USER_INPUT: {
    zh: '参数值无效；extensions.field 指出是哪个参数',
    en: 'An argument value is refused; extensions.field names the argument',
    bo: 'ཚད་གཞིའི་གྲངས་ཐང་ནུས་མེད། extensions.field ཡིས་ཚད་གཞི་གང་ཡིན་པ་སྟོན།',
  },
  UNAUTHENTICATED: {
    zh: '令牌缺失格式或无效',
    en: 'The token is malformed, expired or forged',
    bo: 'ལག་འཁྱེར་ཨང་རྟགས（token）ཆད་པའམ་རྣམ་པ་ནོར་བ། ཡང་ན་ནུས་མེད་རེད།',
  },
  FORBIDDEN: {
    zh: '调用者的角色或区域不允许',
    en: "The caller's roles or region do not allow it",
    bo: 'འབོད་མཁན་གྱི་ལས་འགན་ནམ་ས་ཁོངས་ཀྱིས་ཆོག་མཆན་མི་སྤྲོད།',
  },
  'REQUEST_LIMIT.BODY_SIZE': {
    zh: '请求体过大',
    en: 'The request body is too large',
    bo: 'རེ་ཞུའི་ནང་དོན་ཆེ་དྲགས་འདུག',
  },
  'REQUEST_LIMIT.RATE': {
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests; try again later',
    bo: 'རེ་ཞུ་ཐེངས་མང་དྲགས་འདུག ཅུང་ཙམ་སྒུག་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
  },
  'QUERY_LIMIT.DEPTH': {
    zh: '查询嵌套过深',
    en: 'The query is nested too deeply',
    bo: 'འདྲི་རྩད་ཀྱི་རིམ་པ་མང་དྲགས་འདུག',
  },
  'QUERY_LIMIT.COST': { zh: '查询开销过大', en: 'The query is too costly', bo: 'འདྲི་རྩད་ཀྱི་འགྲོ་སོང་ཆེ་དྲགས་འདུག' },
  'QUERY_LIMIT.ALIASES': {
    zh: '查询别名过多',
    en: 'The query has too many aliases',
    bo: 'འདྲི་རྩད་ཀྱི་མིང་གཞན་མང་དྲགས་འདུག',
  },
  'QUERY_LIMIT.TOKENS': { zh: '查询文本过长', en: 'The query text is too long', bo: 'འདྲི་རྩད་ཡི་གེ་རིང་དྲགས་འདུག' },
  'QUERY_LIMIT.DIRECTIVES': {
    zh: '查询指令过多',
    en: 'The query has too many directives',
    bo: 'འདྲི་རྩད་ཀྱི་བཀོད་འདོམས་མང་དྲགས་འདུག',
  },
  'TRUSTED_DOCUMENTS.ONLY': {
    zh: '本网关只执行受信任文档清单中的操作，请按文档 ID 发送',
    en: 'This gateway runs only the operations of its trusted-documents manifest; send one by its id',
    bo: 'མཐུད་སྒོ་འདིས་ཡིད་རྟོན་ཡིག་ཆའི་ཐོ་ནང་གི་བྱ་སྤྱོད་ཁོ་ན་ལག་བསྟར་བྱེད། ཡིག་ཆའི་ ID ལྟར་བསྐུར་རོགས།',
  },
  'TRUSTED_DOCUMENTS.UNKNOWN': {
    zh: '受信任文档清单中没有这个文档 ID',
    en: 'No operation of the trusted-documents manifest has this id',
    bo: 'ཡིད་རྟོན་ཡིག་ཆའི་ཐོ་ནང་ཡིག་ཆའི་ ID འདི་མེད།',
  },
  'AUDIT.UNAVAILABLE': {
    zh: '个人信息查阅审计未能记录，因此未返回结果，请稍后重试',
    en: 'The audit of a personal-data read could not be recorded, so no result is returned; try again later',
    bo: 'སྒེར་གྱི་ཆ་འཕྲིན་ལྟ་ཀློག་གི་རྩིས་ཞིབ་ཟིན་ཐོ་འགོད་མ་ཐུབ་པས་གྲུབ་འབྲས་མ་སྤྲད། ཅུང་ཙམ་སྒུག་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
  },
  SERVICE_UNAVAILABLE: {
    zh: '数据库暂时无法使用（不可达、繁忙或超时），请稍后重试',
    en: 'The database is unavailable for the moment (unreachable, busy or timed out); try again later',
    bo: 'གཞི་གྲངས་མཛོད་གནས་སྐབས་བེད་སྤྱོད་བྱེད་མི་ཐུབ། （འབྲེལ་མཐུད་མ་ཐུབ་པ་དང་ལས་འགན་མང་བ། ཡང་ན་དུས་ཚོད་བརྒལ་བ།） ཅུང་ཙམ་སྒུག་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
  },
  CONFLICT: {
    zh: '同时有其他修改涉及相同记录，本次未生效；请重新读取后再试',
    en: 'Another change to the same records came first, so this one was not made; read again and retry',
    bo: 'དུས་མཚུངས་སུ་བཟོ་བཅོས་གཞན་ཞིག་གིས་ཟིན་ཐོ་དེ་དག་ལ་འགྱུར་བ་བཏང་བས་ཐེངས་འདིའི་བཟོ་བཅོས་ནུས་མེད་རེད། ཡང་བསྐྱར་ཀློག་རྗེས་ཚོད་ལྟ་བྱེད་རོགས།',
  },
  INTERNAL_SERVER_ERROR: {
    zh: '服务器内部错误（已记录，请稍后重试）',
    en: 'An unexpected error on the server (logged; try again later)',
    bo: 'ཞབས་ཞུ་འཕྲུལ་ཆས་ནང་ནོར་འཁྲུལ་བྱུང་། （ཟིན་ཐོ་བྱས་ཟིན། ཅུང་ཙམ་སྒུག་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།）',
  },
} as const satisfies Record<string, MessageText>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A refused argument value: `BAD_USER_INPUT`, naming the argument path in `extensions.field`. */
export function inputError(message: MessageText, field?: readonly string[]): GraphQLError {
  return new GraphQLError(joinMessage(message), {
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field: [...field] } : {}) },
  });
}

/** A core rule's refusal of a query argument, as a top-level error with the rule's code. */
export function domainGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(joinMessage(error.message), {
    extensions: { code: error.code, ...(error.field ? { field: [...error.field] } : {}) },
  });
}

/**
 * The language a caller asked for: `zh`, `en` or `bo` (Tibetan) when Accept-Language names one of
 * them first, otherwise null, which answers in both working languages (Chinese, then English).
 */
export type MessageLanguage = 'zh' | 'en' | 'bo' | null;

export function messageLanguage(acceptLanguage: string | null | undefined): MessageLanguage {
  if (!acceptLanguage) return null;
  for (const range of acceptLanguage.split(',')) {
    const primary = range.trim().split(';')[0]?.split('-')[0]?.toLowerCase();
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
    if (primary === 'bo') return 'bo';
  }
  return null;
}

const CJK = /[\u3400-\u9fff]/u;
const TIBETAN = /^[\u0F00-\u0FFF]/u;

/**
 * A message as it travels inside a GraphQLError until the contract plugin localises it:
 * `中文 / English / བོད་ཡིག`. Each part is free of ` / ` except English, which the Tibetan part
 * (starting with a Tibetan letter) is told apart from.
 */
export function joinMessage(text: MessageText): string {
  return `${text.zh} / ${text.en} / ${text.bo}`;
}

/** A message in one language, or Chinese and English when `language` is null. */
export function localise(text: MessageText, language: MessageLanguage): string {
  if (language === 'zh') return text.zh;
  if (language === 'en') return text.en;
  if (language === 'bo') return text.bo;
  return `${text.zh} / ${text.en}`;
}

/**
 * Splits `中文 / English / བོད་ཡིག` into its parts; null when the text is not written that way. A
 * message written `中文 / English` only (a library's, or one of ours not yet translated) says in
 * Tibetan what kind of refusal it is, from `fallbackBo`.
 */
export function splitMessage(
  message: string,
  fallbackBo: string = ERROR_CODES.BAD_USER_INPUT.bo,
): MessageText | null {
  const at = message.indexOf(' / ');
  if (at <= 0 || !CJK.test(message.slice(0, at))) return null;
  const zh = message.slice(0, at);
  const rest = message.slice(at + 3);
  const last = rest.lastIndexOf(' / ');
  if (last >= 0 && TIBETAN.test(rest.slice(last + 3))) {
    return { zh, en: rest.slice(0, last), bo: rest.slice(last + 3) };
  }
  return { zh, en: rest, bo: fallbackBo };
}

// Messages that graphql-js, Pothos and yoga write in English only, with the code each deserves and
// what they say in Chinese and Tibetan.
const KNOWN_MESSAGES: readonly {
  readonly pattern: RegExp;
  readonly code: ErrorCode;
  readonly zh: (match: RegExpMatchArray) => string;
  readonly bo: (match: RegExpMatchArray) => string;
}[] = [
  {
    pattern: /^Invalid cursor/,
    code: 'BAD_USER_INPUT',
    zh: () => '无效的游标',
    bo: () => 'ནུས་མེད་ཀྱི་ཤོག་ངོས་རྟགས་ཚད།',
  },
  {
    pattern: /^Invalid global ID/,
    code: 'BAD_USER_INPUT',
    zh: () => '无效的全局 ID',
    bo: () => 'ནུས་མེད་ཀྱི་ཡོངས་ཁྱབ་ ID',
  },
  {
    pattern: /^Argument "(\w+)" must be a non-negative integer/,
    code: 'BAD_USER_INPUT',
    zh: (m) => `参数 ${m[1]} 须为非负整数`,
    bo: (m) => `ཚད་གཞི ${m[1]} ནི་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་ཡིན་དགོས།`,
  },
  {
    pattern: /^Unexpected error\.?$/,
    code: 'INTERNAL_SERVER_ERROR',
    zh: () => ERROR_CODES.INTERNAL_SERVER_ERROR.zh,
    bo: () => ERROR_CODES.INTERNAL_SERVER_ERROR.bo,
  },
  {
    pattern: /^Syntax Error/,
    code: 'GRAPHQL_PARSE_FAILED',
    zh: () => '查询语法错误',
    bo: () => 'འདྲི་རྩད་ཀྱི་བརྡ་སྦྱོར་ནོར་འདུག',
  },
  {
    pattern: /^Cannot query field "(\w+)" on type "(\w+)"/,
    code: 'GRAPHQL_VALIDATION_FAILED',
    zh: (m) => `类型 ${m[2]} 没有字段 ${m[1]}`,
    bo: (m) => `རིགས ${m[2]} ལ་ཡིག་དུམ ${m[1]} མེད།`,
  },
  {
    pattern: /^Unknown argument "(\w+)"/,
    code: 'GRAPHQL_VALIDATION_FAILED',
    zh: (m) => `未知参数 ${m[1]}`,
    bo: (m) => `ཚད་གཞི ${m[1]} ངོ་མི་ཤེས།`,
  },
  {
    pattern: /cannot represent|is not a valid|Expected value of type|Expected type/,
    code: 'GRAPHQL_VALIDATION_FAILED',
    zh: () => '字面量的类型与参数不符',
    bo: () => 'ཡི་གེ་དངོས་ཀྱི་རིགས་དང་ཚད་གཞི་མི་མཐུན།',
  },
  {
    pattern: /required/,
    code: 'GRAPHQL_VALIDATION_FAILED',
    zh: () => '缺少必填的参数或字段',
    bo: () => 'ངེས་པར་དུ་དགོས་པའི་ཚད་གཞི་འམ་ཡིག་དུམ་ཆད་འདུག',
  },
];

/** The code and message (in every language) of an error as the contract wants them. */
export function contractOf(message: string, code: string | undefined): { code: string; text: MessageText } {
  const kind = code !== undefined && code in ERROR_CODES ? (code as ErrorCode) : 'BAD_USER_INPUT';
  // graphql-js wraps a scalar's refusal: 'Expected value of type "Date", found "x"; 中文 / English / བོད་ཡིག'.
  const scalar = message.match(/^(?:Expected value of type|Variable "\$\w+" got invalid value).*?; (.+)$/s);
  const wrapped = scalar?.[1] ? splitMessage(scalar[1]) : null;
  if (wrapped) return { code: 'BAD_USER_INPUT', text: wrapped };
  const written = splitMessage(message, ERROR_CODES[kind].bo);
  if (written) return { code: code ?? 'BAD_USER_INPUT', text: written };
  for (const known of KNOWN_MESSAGES) {
    const match = message.match(known.pattern);
    if (match)
      return { code: code ?? known.code, text: { zh: known.zh(match), en: message, bo: known.bo(match) } };
  }
  // A library's English-only message: keep its detail, and say in Chinese and Tibetan what kind of
  // error it is.
  return { code: code ?? kind, text: { zh: ERROR_CODES[kind].zh, en: message, bo: ERROR_CODES[kind].bo } };
}

interface ResultWithErrors {
  errors?: readonly GraphQLError[];
}

function rewrite(error: GraphQLError, language: MessageLanguage): GraphQLError {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : undefined;
  const contract = contractOf(error.message, code);
  return new GraphQLError(localise(contract.text, language), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: contract.code },
  });
}

/**
 * Applies the contract to every response: each error gets its code and its message in the caller's
 * language (Accept-Language), whatever layer raised it.
 */
export function errorContractPlugin(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      const language = messageLanguage(request.headers.get('accept-language'));
      const apply = (one: ResultWithErrors) =>
        one.errors ? { ...one, errors: one.errors.map((error) => rewrite(error, language)) } : one;
      if (Array.isArray(result)) setResult(result.map((one) => apply(one as ResultWithErrors)) as never);
      else if (result && typeof result === 'object' && 'errors' in result) setResult(apply(result) as never);
    },
  };
}

/** Seconds a client is asked to wait (`Retry-After`) when the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Yoga's masking of thrown errors, except that a database that cannot serve and a lost write race
 * are not bugs: they come back as `SERVICE_UNAVAILABLE` and `CONFLICT`, which a client can retry.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const failure = original instanceof GraphQLError && original !== error ? null : classifyDbFailure(original);
  if (failure !== null) {
    const code = failure === 'unavailable' ? 'SERVICE_UNAVAILABLE' : 'CONFLICT';
    const text = ERROR_CODES[code];
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(joinMessage(text), {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions: { code },
    });
  }
  return yogaMaskError(error, message, isDev);
}

/** True when no root field of the result has data: the whole operation failed. */
function nothingAnswered(result: { data?: unknown }): boolean {
  if (result.data === null || result.data === undefined) return true;
  if (typeof result.data !== 'object') return false;
  return Object.values(result.data as Record<string, unknown>).every((value) => value === null);
}

/**
 * A request whose every root field failed because the database was unavailable is answered with
 * HTTP 503 and `Retry-After`, so proxies and clients retry it as they retry any unavailable
 * service; a partial answer keeps HTTP 200 with its errors.
 */
export function unavailableStatusPlugin(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const one = result as ResultWithErrors & { data?: unknown; extensions?: Record<string, unknown> };
      const unavailable = one.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE');
      if (!unavailable || !nothingAnswered(one)) return;
      setResult({
        ...one,
        extensions: {
          ...one.extensions,
          http: { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
        },
      } as never);
    },
  };
}
