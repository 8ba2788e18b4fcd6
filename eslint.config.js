import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ["eslint.config.js", "vitest.config.ts"] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // grammY's reliability guide: an un-awaited promise escapes the error boundary.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "error",
    },
  },
  { files: ["test/**", "bench/**", "src/cli/**", "src/sandbox/run-sandbox.ts", "demo/**"], rules: { "no-console": "off" } },
);
