// Module boundaries of the server (issue 20), checked by dependency-cruiser in `npm test` (`npm run boundaries`).
// A module is a folder under server/src/modules/. Others use it only through its index.ts (its services and types),
// never its entities or internals, and no two modules depend on each other, directly or round a cycle.
// docs/architecture.md draws the modules and their allowed dependencies from this file.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-cycle',
      severity: 'error',
      comment: 'Modules form no cycle: a module that needs another is above it, never beside it and below it at once.',
      scope: 'folder',
      from: { path: '^server/src/modules/[^/]+$' },
      to: { path: '^server/src/modules/[^/]+$', circular: true },
    },
    {
      name: 'module-internals',
      severity: 'error',
      comment: 'A module is used by others through its index.ts only: its services and types, never its entities or internals.',
      from: { path: '^server/src/modules/([^/]+)/' },
      to: { path: '^server/src/modules/[^/]+/', pathNot: ['^server/src/modules/$1/', '^server/src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'tables-stay-home',
      severity: 'error',
      comment: "A module's tables are queried by the module alone: its index.ts may export an entity's type (a row's shape), never the entity class that opens a repository.",
      from: { path: '^server/src/modules/[^/]+/index\\.ts$' },
      to: { path: '\\.entity\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'common-below-modules',
      severity: 'error',
      comment: 'common/, storage/ and config/ are below the modules: they serve every module and import none (database/ and app.module.ts compose them, above).',
      from: { path: '^server/src/(common|storage|config)/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'shared/ holds the rules of the activity: it imports nothing of the server or the mini-program.',
      from: { path: '^shared/src/' },
      to: { path: '^(server|miniapp)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No file depends on itself round a cycle.',
      from: { path: '^(server|shared)/src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/|\\.spec\\.ts$' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs'],
    },
    reporterOptions: { dot: { collapsePattern: '^server/src/modules/[^/]+' } },
  },
};
