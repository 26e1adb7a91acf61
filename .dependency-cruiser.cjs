// @ts-check
/**
 * The directions imports may take (`npm run lint:deps`). Server layers, lowest first:
 *
 *   core ← identity (organizations ← people ← accounts ← invitations) ← plans
 *        ← delegations | one-on-ones | reflections (siblings) ← notifications ← read-models
 *        ← app (+ main.ts)
 *
 * A module imports only from its own layer's folder and the layers below. Cross-feature
 * reactions go through hooks the lower module declares and app/hooks.ts wires; per-request
 * loaders and services of features reach core by declaration merging, never by import.
 * See docs/ARCHITECTURE.md (Tree).
 */
const SERVER = '^server/src/';
const FEATURES = '(delegations|one-on-ones|reflections)';
/** What sits above a layer, as a path pattern. */
const above = (...folders) => `${SERVER}(${folders.join('|')})/`;
const ENTRIES = `${SERVER}(main\\.ts$|graphql/)`;

/** A client import seen resolved (client/src/…) or through its `@/` alias when left unresolved. */
const CLIENT = '^(client/src|@)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No module reaches itself again through its imports (inside a layer either).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-no-feature',
      severity: 'error',
      comment:
        'core/ is what every feature builds on: it names no feature (features extend its types by declaration merging).',
      from: { path: `${SERVER}core/` },
      to: { path: [above('identity', 'plans', FEATURES, 'notifications', 'read-models', 'app'), ENTRIES] },
    },
    {
      name: 'identity-not-above',
      severity: 'error',
      comment:
        'identity (organizations, people, accounts, invitations) reacts to plans and others only through hooks (identity/people/people.hooks.ts), and has its emails sent through jobs it queues (core/jobs.ts), handled by notifications.',
      from: { path: `${SERVER}identity/` },
      to: { path: [above('plans', FEATURES, 'notifications', 'read-models', 'app'), ENTRIES] },
    },
    ...[
      ['organizations', 'people|accounts|invitations'],
      ['people', 'accounts|invitations'],
      ['accounts', 'invitations'],
    ].map(([lower, higher]) => ({
      name: 'identity-layers',
      severity: 'error',
      comment: 'Inside identity: organizations ← people ← accounts ← invitations.',
      from: { path: `${SERVER}identity/${lower}/` },
      to: { path: `${SERVER}identity/(${higher})/` },
    })),
    {
      name: 'plans-not-above',
      severity: 'error',
      comment: 'plans reaches delegations and reflections only through hooks (plans/plan.hooks.ts).',
      from: { path: `${SERVER}plans/` },
      to: { path: [above(FEATURES, 'notifications', 'read-models', 'app'), ENTRIES] },
    },
    {
      name: 'siblings-independent',
      severity: 'error',
      comment:
        'delegations, one-on-ones and reflections do not import each other: what one needs of another comes through its hooks (one-on-ones/one-on-one.hooks.ts, reflections/reflection.hooks.ts), or is a read model.',
      from: { path: `${SERVER}${FEATURES}/` },
      to: { path: `${SERVER}${FEATURES}/`, pathNot: `${SERVER}$1/` },
    },
    {
      name: 'features-not-above',
      severity: 'error',
      comment:
        'delegations, one-on-ones and reflections import no notification, no read model and not the composition root: they queue jobs (core/jobs.ts) that notifications handles.',
      from: { path: `${SERVER}${FEATURES}/` },
      to: { path: [above('notifications', 'read-models', 'app'), ENTRIES] },
    },
    {
      name: 'notifications-not-above',
      severity: 'error',
      comment:
        'notifications (the inbox, preferences, mail, the handlers of the message jobs) reads every feature below it, and is composed by app/; read models do not need it.',
      from: { path: `${SERVER}notifications/` },
      to: { path: [above('read-models', 'app'), ENTRIES] },
    },
    {
      name: 'read-models-not-app',
      severity: 'error',
      comment:
        'Read models (the homes, the record, plan insights) read every feature, but are composed by app/, never the reverse.',
      from: { path: `${SERVER}read-models/` },
      to: { path: [above('app'), ENTRIES] },
    },
    {
      name: 'server-not-client',
      severity: 'error',
      comment: 'The server shares code with the client only through shared/.',
      from: { path: '^server/' },
      to: { path: CLIENT },
    },
    {
      name: 'shared-imports-neither',
      severity: 'error',
      comment: 'shared/src is imported by server and client and imports neither.',
      from: { path: '^shared/src/' },
      to: { path: ['^server/', CLIENT] },
    },
    {
      name: 'client-not-server',
      severity: 'error',
      comment: 'The client talks to the server over GraphQL only.',
      from: { path: CLIENT },
      to: { path: '^server/' },
    },
    {
      name: 'client-features-independent',
      severity: 'error',
      comment: 'A client feature imports no other feature: shared pieces go to components/ or lib/.',
      from: { path: '^client/src/features/([^/]+)/' },
      to: { path: `${CLIENT}features/`, pathNot: `${CLIENT}features/$1/` },
    },
    {
      name: 'client-shared-code-not-features',
      severity: 'error',
      comment: "The client's components/ and lib/ serve every feature and import none.",
      from: { path: '^client/src/(components|lib)/' },
      to: { path: `${CLIENT}features/` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '\\.d\\.ts$'] },
    // The server's tsconfig: decorators, Node16 resolution. The client's `@/` alias is not
    // resolved with it; the client rules match both forms (CLIENT).
    tsConfig: { fileName: 'server/tsconfig.json' },
    tsPreCompilationDeps: true,
    // `@fulcrum/shared` (the workspace package) resolves into shared/: it is the shared layer.
    combinedDependencies: false,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
