import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * The dependency direction, as a lint rule: domain ← providers/store ← services ← bot/jobs/server ← main.
 * Each layer lists the top-level folders of src/ it must not import (relative imports that climb to
 * src/ and enter that folder); `typesOnly` folders may be imported for types alone (`import type`).
 */
const LAYERS = {
  domain: { forbid: ["accounts", "bot", "cli", "jobs", "presenters", "providers", "sandbox", "server", "services", "store", "telegram", "config", "main", "logger"] },
  store: { forbid: ["accounts", "bot", "cli", "jobs", "presenters", "providers", "sandbox", "server", "services", "telegram", "main"] },
  providers: { forbid: ["accounts", "bot", "cli", "jobs", "presenters", "server", "services", "store", "telegram", "main"] },
  sandbox: { forbid: ["accounts", "bot", "cli", "jobs", "presenters", "providers", "server", "services", "store", "telegram", "main"] },
  accounts: { forbid: ["bot", "cli", "jobs", "presenters", "server", "services", "telegram", "main"] },
  services: { forbid: ["accounts", "bot", "cli", "jobs", "presenters", "providers", "sandbox", "server", "telegram", "main"] },
  presenters: { forbid: ["accounts", "bot", "cli", "jobs", "providers", "sandbox", "server", "services", "telegram", "main"], typesOnly: ["store"] },
  telegram: { forbid: ["accounts", "bot", "cli", "jobs", "providers", "sandbox", "server", "store", "main"] },
  // bot/ and jobs/ reach store/ and providers/ only through services/ (types excepted); nothing imports bot/ but main.ts.
  bot: { forbid: ["cli", "jobs", "sandbox", "main"], typesOnly: ["store", "providers", "server"] },
  jobs: { forbid: ["accounts", "bot", "cli", "sandbox", "server", "main"], typesOnly: ["store", "providers"] },
  server: { forbid: ["accounts", "bot", "cli", "jobs", "sandbox", "main"] },
  cli: { forbid: ["bot", "jobs", "server", "main"] },
};

const into = (folder) => `^(\\.\\./)+${folder}(/|\\.js$)`;
export const layerRules = Object.entries(LAYERS).map(([layer, { forbid, typesOnly = [] }]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    "@typescript-eslint/no-restricted-imports": ["error", {
      patterns: [
        ...forbid.map((f) => ({ regex: into(f), message: `${layer}/ must not import ${f}/ (dependencies point inward: see eslint.config.js).` })),
        ...typesOnly.map((f) => ({ regex: into(f), allowTypeImports: true, message: `${layer}/ may import only types from ${f}/; use a service in services/.` })),
      ],
    }],
  },
}));

export default tseslint.config(
  { ignores: ["build/", "build-bench/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ["eslint.config.js", "vitest.config.ts"] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // date-fns' index (and its locale index) loads every function (every locale): half the bot's cold start.
      "no-restricted-imports": ["error", { paths: [
        { name: "date-fns", message: "Import each function from its own path (date-fns/format): the index loads all of them at startup." },
        { name: "date-fns/locale", message: "Import the locale itself (date-fns/locale/id): the index loads every locale." },
      ] }],
      // grammY's reliability guide: an un-awaited promise escapes the error boundary.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "error",
    },
  },
  ...layerRules,
  {
    // Features route on LeanComposer (src/bot/lean-composer.ts): grammY's Composer allocates per update and filter.
    files: ["src/bot/features/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", { selector: "NewExpression[callee.name='Composer']", message: "Use LeanComposer (src/bot/lean-composer.ts) for feature composers." }] },
  },
  { files: ["test/**", "bench/**", "src/cli/**", "src/sandbox/run-sandbox.ts", "demo/**"], rules: { "no-console": "off" } },
);
