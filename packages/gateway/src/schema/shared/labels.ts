import { type Labels, LOCALES, type Locale, labelFor } from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { joinMessage } from '../../errors.js';

/** The caller's language for labels: the `locale` argument if given, else Accept-Language. */
export const LocaleEnum = builder.enumType('Locale', {
  description: 'A language for labels. Tibetan falls back to Chinese where a label has no Tibetan form.',
  values: {
    ZH_CN: { value: 'zh-CN', description: '简体中文' },
    EN: { value: 'en', description: 'English' },
    BO: { value: 'bo', description: 'བོད་ཡིག Tibetan' },
  } as const,
});

export function resolveLocale(argument: Locale | null | undefined, fallback: Locale): Locale {
  return argument && LOCALES.includes(argument) ? argument : fallback;
}

/** Builds a GraphQL enum whose values and descriptions come from core's label table. */
export function labelledEnum<T extends string>(
  name: string,
  description: string,
  labels: Readonly<Record<T, Labels>>,
) {
  const values = Object.fromEntries(
    Object.entries<Labels>(labels).map(([value, label]) => [
      value,
      { value, description: joinMessage(label) },
    ]),
  ) as Record<T, { value: T; description: string }>;
  const enumRef = builder.enumType(name, { description, values });
  labelTables.set(name, labels as Readonly<Record<string, Labels>>);
  return enumRef;
}

const labelTables = new Map<string, Readonly<Record<string, Labels>>>();

/** The label of one enum value in the caller's language. */
export function localLabel<T extends string>(
  labels: Readonly<Record<T, Labels>>,
  value: T,
  locale: Locale,
): string {
  return labelFor(labels[value], locale);
}

/** The `locale` argument of every `<x>Label` field. */
export const labelArgs = builder.args((t) => ({
  locale: t.field({ type: LocaleEnum, required: false, description: 'Defaults to Accept-Language.' }),
}));

/** The label of an enum value in the language a `<x>Label` field was asked for (see {@link labelArgs}). */
export function labelOf<T extends string>(
  labels: Readonly<Record<T, Labels>>,
  value: T,
  args: { readonly locale?: Locale | null },
  context: Context,
): string {
  return localLabel(labels, value, resolveLocale(args.locale, context.locale));
}

const EnumLabel = builder.objectRef<{ value: string; label: string }>('EnumLabel').implement({
  description: 'One value of an enumeration with its label, for building menus.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The enum value as it appears in the schema.' }),
    label: t.exposeString('label', { description: 'The label in the requested language.' }),
  }),
});

builder.queryField('enumLabels', (t) =>
  t.field({
    type: [EnumLabel],
    description:
      'Every value of a labelled enum (for example "RegionLevel") with its label; empty for an unknown enum.',
    args: {
      enum: t.arg.string({ required: true, description: 'The enum type name.' }),
      locale: t.arg({
        type: LocaleEnum,
        required: false,
        description: 'Defaults to the Accept-Language header.',
      }),
    },
    resolve: (_root, args, context) => {
      const labels = labelTables.get(args.enum) ?? {};
      const locale = resolveLocale(args.locale, context.locale);
      return Object.entries(labels).map(([value, label]) => ({ value, label: labelFor(label, locale) }));
    },
  }),
);
