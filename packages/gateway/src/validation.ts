// Argument validation (Pothos validation plugin, zod) reported in the error contract: BAD_USER_INPUT,
// the argument's path in `extensions.field`, and a message in Chinese, English and Tibetan. Our own
// schemas write their messages as `中文 / English / བོད་ཡིག`; zod's built-in checks are translated here.
import type { MessageText } from '@grassroots/core';
import type { GraphQLError } from 'graphql';
import { inputError, splitMessage } from './errors.js';

/** One failed check as the validation plugin hands it over (Standard Schema). */
interface Issue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[];
}

/** The text, in every language, of one zod message. */
function textOf(message: string): MessageText {
  const written = splitMessage(message);
  if (written) return written;
  const tooBig = message.match(/^Too big: expected (\w+) to have <=?(\d+) (\w+)/);
  if (tooBig)
    return {
      zh: `过长：最多 ${tooBig[2]} 个字符`,
      en: `Too long: at most ${tooBig[2]} ${tooBig[3]}`,
      bo: `རིང་དྲགས་འདུག ཡི་གེ་མང་མཐར ${tooBig[2]}`,
    };
  const tooSmall = message.match(/^Too small: expected (\w+) to have >=?(\d+) (\w+)/);
  if (tooSmall)
    return {
      zh: `过短：至少 ${tooSmall[2]} 个字符`,
      en: `Too short: at least ${tooSmall[2]} ${tooSmall[3]}`,
      bo: `ཐུང་དྲགས་འདུག ཡི་གེ་ཉུང་མཐར ${tooSmall[2]}`,
    };
  const numberBig = message.match(/^Too big: expected number to be <=?(-?\d+)/);
  if (numberBig)
    return { zh: `不能大于 ${numberBig[1]}`, en: `At most ${numberBig[1]}`, bo: `${numberBig[1]} ལས་ཆེ་མི་ཆོག` };
  const numberSmall = message.match(/^Too small: expected number to be >=?(-?\d+)/);
  if (numberSmall)
    return {
      zh: `不能小于 ${numberSmall[1]}`,
      en: `At least ${numberSmall[1]}`,
      bo: `${numberSmall[1]} ལས་ཆུང་མི་ཆོག`,
    };
  return { zh: '参数值无效', en: message, bo: 'ཚད་གཞིའི་གྲངས་ཐང་ནུས་མེད།' };
}

function pathOf(issue: Issue): string[] {
  return (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part));
}

/** The error for a failed argument validation: the first issue, with its field path. */
export function validationFailure(issues: readonly Issue[]): GraphQLError {
  const [first] = issues;
  if (!first) return inputError({ zh: '参数值无效', en: 'Invalid argument', bo: 'ཚད་གཞིའི་གྲངས་ཐང་ནུས་མེད།' });
  return inputError(textOf(first.message), pathOf(first));
}
