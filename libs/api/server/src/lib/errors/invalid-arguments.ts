import { StoreError } from '@gongkai/api-persistence';
import type { ValidationError } from '@nestjs/common';

/** What is wrong with one argument, in both languages. */
export interface ArgumentProblem {
  zh: string;
  en: string;
}

/** Every problem as one store error: Chinese first, as every message of the API. */
export function invalidArguments(
  problems: readonly ArgumentProblem[],
): StoreError {
  return new StoreError(
    'INVALID_ARGUMENT',
    `参数无效：${problems.map((p) => p.zh).join('；')}`,
    `Invalid arguments: ${problems.map((p) => p.en).join('; ')}`,
    { problems: problems.map((p) => p.en) },
  );
}

/** The number a class-validator message ends with (`… not be less than 2008`). */
const LIMIT = /(-?\d+(?:\.\d+)?)(?: characters| elements)?$/;

/** The Chinese of class-validator's constraints the inputs use; others stay as written. */
const ZH: Record<string, (at: string, n: string) => string> = {
  min: (at, n) => `${at} 不得小于 ${n}`,
  max: (at, n) => `${at} 不得大于 ${n}`,
  isInt: (at) => `${at} 须为整数`,
  isNotEmpty: (at) => `${at} 不得为空`,
  maxLength: (at, n) => `${at} 不得超过 ${n} 个字符`,
  minLength: (at, n) => `${at} 至少要有 ${n} 个字符`,
  arrayMaxSize: (at, n) => `${at} 最多 ${n} 项`,
  arrayMinSize: (at, n) => `${at} 至少 ${n} 项`,
  isEnum: (at) => `${at} 不是可用的取值`,
  isIn: (at) => `${at} 不是可用的取值`,
};

/** class-validator's failures, each named by its argument path. */
export function validationProblems(
  errors: readonly ValidationError[],
): ArgumentProblem[] {
  const problems: ArgumentProblem[] = [];
  const walk = (list: readonly ValidationError[], path: string): void => {
    for (const e of list) {
      const at = path ? `${path}.${e.property}` : e.property;
      for (const [type, m] of Object.entries(e.constraints ?? {})) {
        // class-validator starts most messages with the property's name.
        const en = m.startsWith(`${e.property} `)
          ? `${path ? `${path}.` : ''}${m}`
          : `${at}: ${m}`;
        const zh = ZH[type]?.(at, LIMIT.exec(m)?.[1] ?? '') ?? en;
        problems.push({ zh, en });
      }
      walk(e.children ?? [], at);
    }
  };
  walk(errors, '');
  return problems;
}
