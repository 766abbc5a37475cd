import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { printSdl, sdlPath } from '../src/schema/print.js';

describe('the schema', () => {
  it('matches the committed schema.graphql (run `pnpm --filter @grassroots/gateway schema` after a change)', () => {
    expect(printSdl()).toBe(readFileSync(sdlPath, 'utf8'));
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('gives Tibetan wherever an enum value is described as 中文 / English (labels and error codes alike)', () => {
    const chineseOnly: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isEnumType(type) || type.name.startsWith('__')) continue;
      for (const value of type.getValues()) {
        const description = value.description ?? '';
        // A Chinese first part (an English sentence quoting Chinese terms is not a label).
        const [first, ...others] = description.split(' / ');
        if (
          /^[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*$/u.test(first ?? '') &&
          others.length > 0 &&
          !/[\u0F00-\u0FFF]/u.test(description)
        ) {
          chineseOnly.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(chineseOnly).toEqual([]);
    // Written as a message is (errors.ts's joinMessage): 中文 / English / བོད་ཡིག.
    const levels = schema.getType('RegionLevel');
    expect(isEnumType(levels) && levels.getValue('COUNTY')?.description).toBe('县级 / County / རྫོང་།');
  });
});
