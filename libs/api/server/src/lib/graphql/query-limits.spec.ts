import { buildSchema, parse, validate } from 'graphql';

import { depthLimit } from './query-limits';

// A schema that nests without end, as a hostile query would like ours to.
const schema = buildSchema(`
  type Node { id: ID, child: Node }
  type Query { node: Node }
`);

const nested = (levels: number) => {
  let selection = 'id';
  for (let i = 0; i < levels - 1; i++) selection = `child { ${selection} }`;
  return `{ node { ${selection} } }`;
};

const errorsOf = (query: string) =>
  validate(schema, parse(query), [depthLimit(8)]).map((e) => e.message);

describe('depthLimit', () => {
  it('lets 8 levels through and refuses 9, saying how deep', () => {
    expect(errorsOf(nested(7))).toEqual([]);
    expect(errorsOf(nested(8))).toEqual(['查询嵌套 9 层，最多 8 层。']);
  });

  it('counts fragments where they are spread', () => {
    const query = `
      fragment Deep on Node { child { child { child { child { id } } } } }
      { node { child { child { child { ...Deep } } } } }`;
    expect(errorsOf(query)).toEqual(['查询嵌套 9 层，最多 8 层。']);
  });
});
