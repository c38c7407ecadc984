import type { ValidationError } from '@nestjs/common';

import { invalidArguments, validationProblems } from './invalid-arguments';

const failed = (
  property: string,
  constraints: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => ({ property, constraints, children });

describe('validation problems in both languages', () => {
  it('says in Chinese which argument is wrong and why, the English as class-validator wrote it', () => {
    const problems = validationProblems([
      failed('year', { min: 'year must not be less than 2008' }),
      failed('limit', { max: 'limit must not be greater than 500' }),
      failed('input', {}, [
        failed('comment', {
          maxLength: 'comment must be shorter than or equal to 4000 characters',
        }),
        failed('offset', { isInt: 'offset must be an integer number' }),
      ]),
    ]);
    expect(problems).toEqual([
      { zh: 'year 不得小于 2008', en: 'year must not be less than 2008' },
      { zh: 'limit 不得大于 500', en: 'limit must not be greater than 500' },
      {
        zh: 'input.comment 不得超过 4000 个字符',
        en: 'input.comment must be shorter than or equal to 4000 characters',
      },
      {
        zh: 'input.offset 须为整数',
        en: 'input.offset must be an integer number',
      },
    ]);
    const e = invalidArguments(problems.slice(0, 2));
    expect([e.code, e.message, e.messageEn]).toEqual([
      'INVALID_ARGUMENT',
      '参数无效：year 不得小于 2008；limit 不得大于 500',
      'Invalid arguments: year must not be less than 2008; limit must not be greater than 500',
    ]);
  });

  it('keeps the English where it has no Chinese for a constraint', () => {
    expect(
      validationProblems([failed('code', { matches: 'code must match /x/' })]),
    ).toEqual([{ zh: 'code must match /x/', en: 'code must match /x/' }]);
  });
});
