// The one error style of the API: expected failures come back in a payload's `userErrors`, each with
// an enum `code` mirroring core's stable error code, a `kind`, the `field` path and a localised
// message. Thrown errors are bugs and stay masked.
import type { DomainError, ErrorKind, Locale } from '@grassroots/core';
import type { ObjectRef } from '@pothos/core';
import { builder } from '../../builder.js';
import { joinMessage, localise, type MessageLanguage } from '../../errors.js';
import { LocaleEnum } from './labels.js';

export const UserErrorKind = builder.enumType('UserErrorKind', {
  description: 'The class of an expected failure; clients may branch on it when they do not know the code.',
  values: {
    VALIDATION: { description: 'The input is wrong; fix the named field.' },
    NOT_FOUND: { description: 'Something the input names does not exist (or is not visible to the caller).' },
    FORBIDDEN: { description: "The caller's roles or region do not allow the action." },
    CONFLICT: { description: 'The action clashes with the current state; reload and decide again.' },
  } as const,
});

/** The GraphQL enum value of a core error code: `PERSON.NAME_REQUIRED` → `PERSON_NAME_REQUIRED`. */
export function codeValue(code: string): string {
  return code.replaceAll('.', '_');
}

export const UserErrorInterface = builder.interfaceRef<DomainError>('UserError').implement({
  description: 'An expected failure of a mutation.',
  fields: (t) => ({
    kind: t.field({
      type: UserErrorKind,
      description: 'The class of failure.',
      resolve: (e) => e.kind as ErrorKind,
    }),
    field: t.stringList({
      nullable: true,
      description: 'The path of the input field at fault, from the input object; null when no one field is.',
      resolve: (e) => (e.field ? [...e.field] : null),
    }),
    message: t.string({
      description:
        'What went wrong: in the requested language (the argument, else Accept-Language: zh, en or bo), in Chinese and English when neither names one.',
      args: {
        locale: t.arg({ type: LocaleEnum, required: false, description: 'Defaults to Accept-Language.' }),
      },
      resolve: (e, args, context) =>
        localise(e.message, args.locale ? languageOf(args.locale) : context.language),
    }),
  }),
});

function languageOf(locale: Locale): MessageLanguage {
  if (locale === 'zh-CN') return 'zh';
  if (locale === 'en') return 'en';
  return 'bo';
}

/**
 * A mutation's error type: `<Name>` implementing UserError, with a `code` enum `<Name>Code` whose
 * values are exactly the core errors the mutation can return.
 */
export function userErrorType(name: string, description: string, errors: readonly DomainError[]) {
  const values = Object.fromEntries(
    [...new Map(errors.map((e) => [e.code, e])).values()].map((e) => [
      codeValue(e.code),
      { value: e.code, description: joinMessage(e.message) },
    ]),
  );
  const codeEnum = builder.enumType(`${name}Code`, { description: `The codes of ${name}.`, values });
  return builder.objectRef<DomainError>(name).implement({
    description,
    interfaces: [UserErrorInterface],
    isTypeOf: () => true,
    fields: (t) => ({
      code: t.field({
        type: codeEnum,
        description: "The stable code of the failure (core's error code).",
        resolve: (e) => e.code as never,
      }),
    }),
  });
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** A payload: the result (null on failure) and the user errors (empty on success). */
export interface Payload<T> {
  readonly result: T | null;
  readonly userErrors: readonly DomainError[];
}

export function succeeded<T>(result: T): Payload<T> {
  return { result, userErrors: [] };
}

export function failed(...errors: readonly DomainError[]): Payload<never> {
  return { result: null, userErrors: errors };
}

/**
 * `failed`, with core's field names turned into the input's: core takes a grid or region by its
 * code, the API by its global ID (`{ gridCode: 'gridId' }`), and `field` names what the client sent.
 */
export function failedAt(
  renames: Readonly<Record<string, string>>,
): (...errors: readonly DomainError[]) => Payload<never> {
  return (...errors) =>
    failed(
      ...errors.map((error) => {
        const [first, ...rest] = error.field ?? [];
        const renamed = first === undefined ? undefined : renames[first];
        return renamed === undefined ? error : { ...error, field: [renamed, ...rest] };
      }),
    );
}

/**
 * The payload type of a mutation with one result: the field `result.field` holding it (null when
 * refused) and `userErrors` (empty on success).
 */
export function payloadType<T>(
  name: string,
  description: string,
  result: { readonly field: string; readonly type: ObjectRef<Types, T>; readonly description: string },
  userErrors: { readonly type: ObjectRef<Types, DomainError>; readonly description: string },
) {
  return builder.objectRef<Payload<T>>(name).implement({
    description,
    fields: (t) => ({
      [result.field]: t.field({
        type: result.type,
        nullable: true,
        description: result.description,
        // Pothos cannot resolve its result type for a generic T; `type` ties the two together.
        resolve: (payload) => payload.result as never,
      }),
      userErrors: t.field({
        type: [userErrors.type],
        description: userErrors.description,
        resolve: (payload) => [...payload.userErrors],
      }),
    }),
  });
}
