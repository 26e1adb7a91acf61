import type { CodegenConfig } from '@graphql-codegen/cli';
import { API_ENUMS } from '../shared/src/api-enums';

// Typed documents from the .graphql files next to the code that uses them. Generated code is
// committed; run `npm run codegen -w client` after changing a document or the server schema,
// never edit it by hand.
//
// Each generated module holds every document of its target, and a module is never split
// between bundles. So src/gql/ holds only what the first page needs (the viewer, signing in);
// the lazily loaded features get their own module under api/gql/, loaded with the feature, so
// the sign-in page does not download the plan's documents.
// The GraphQL enums the server registers from @fulcrum/shared (API_ENUMS, read from source: the
// package's build may not exist yet) are that enum in the generated types too, so generated
// types and the shared rules speak one type, with no casts. (The rest, such as ExportFormat, stay
// string unions.) Sorted, so the generated imports keep their order.
const SHARED_ENUMS = Object.keys(API_ENUMS).sort();

const output = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    enumValues: Object.fromEntries(SHARED_ENUMS.map((name) => [name, `@fulcrum/shared#${name}`])),
    // Only what the documents use: not the whole schema again in every module.
    onlyOperationTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false },
    defaultScalarType: 'unknown',
    nonOptionalTypename: true,
    skipTypeNameForRoot: true,
    scalars: { DateTimeISO: 'string', LocalDate: 'string' },
  },
} as const;

const LAZY_FEATURES = ['home', 'people', 'plan', 'delegations', 'requests', 'reflections', 'record', 'one-on-ones'];

const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      ...output,
      documents: ['src/lib/**/*.graphql', '!src/lib/people/**', 'src/features/auth/**/*.graphql'],
    },
    // Documents several lazy features share (the people to pick from): loaded with the first of them.
    'src/lib/people/api/gql/': { ...output, documents: ['src/lib/people/**/*.graphql'] },
    ...Object.fromEntries(
      LAZY_FEATURES.map((feature) => [
        `src/features/${feature}/api/gql/`,
        { ...output, documents: ['src/lib/fragments.graphql', `src/features/${feature}/**/*.graphql`] },
      ]),
    ),
  },
};

export default config;
