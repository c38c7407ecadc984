import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema file, never from a running server.
const config: CodegenConfig = {
  schema: 'apps/api/src/schema.gql',
  documents: ['libs/web/data-access/src/operations/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
};

export default config;
