import type { ApolloServerPlugin } from '@apollo/server';
import type {
  ASTVisitor,
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { GraphQLError, Kind } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { getComplexity } from 'graphql-query-complexity';

export const MAX_DEPTH = 8;
export const MAX_COMPLEXITY = 100_000;

const limitError = (message: string, messageEn: string) =>
  new GraphQLError(message, {
    extensions: {
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COMPLEX',
      messageEn,
    },
  });

/** Refuses operations nested deeper than `max` fields (fragments counted where used). */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    }
    const depthOf = (set: SelectionSetNode, seen: Set<string>): number => {
      let deepest = 0;
      for (const s of set.selections) {
        let d = 0;
        if (s.kind === Kind.FIELD) {
          d = s.selectionSet ? 1 + depthOf(s.selectionSet, seen) : 1;
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          d = depthOf(s.selectionSet, seen);
        } else if (!seen.has(s.name.value)) {
          const f = fragments.get(s.name.value);
          // A fragment cycle is refused by graphql's own rules; never follow one.
          if (f) d = depthOf(f.selectionSet, new Set([...seen, s.name.value]));
        }
        deepest = Math.max(deepest, d);
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            limitError(
              `查询嵌套 ${depth} 层，最多 ${max} 层。`,
              `The query is nested ${depth} levels deep; at most ${max} are allowed.`,
            ),
          );
        }
      },
    };
  };
}

/**
 * Every field costs 1; a field with a `limit` argument (a page of a list: the board's
 * rows, a series' lines, a ranking) costs `limit` times what one of its items costs.
 * Aliases add up, so a query cannot ask for the same large page a hundred times.
 */
const limitEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const limit = typeof args['limit'] === 'number' ? args['limit'] : 1;
  return limit * (childComplexity + 1);
};

export function complexityLimit(max: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            ...(request.operationName
              ? { operationName: request.operationName }
              : {}),
            estimators: [limitEstimator],
          });
          if (complexity > max) {
            throw limitError(
              `查询的复杂度为 ${complexity}，上限为 ${max}；请分页或减少字段。`,
              `The query's complexity is ${complexity}, over the limit of ${max}; page it or ask for fewer fields.`,
            );
          }
          return Promise.resolve();
        },
      }),
  };
}
