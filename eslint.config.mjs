// Type-aware in src/, plain elsewhere; imports follow DESIGN.md's layers. Every disabled rule says why.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const office = officeAddins.default ?? officeAddins;

// HyperFormula is GPL-3.0: a benchmark-only devDependency, never in the bundle.
const HYPERFORMULA = { group: ["hyperformula", "hyperformula/*"], message: "HyperFormula is GPL-3.0: benchmarks only, never src/." };
const HOST_AND_UI = [
  {
    group: ["react", "react-dom", "react-dom/*", "@fluentui/*", "@microsoft/office-js", "office-addin-*"],
    message: "src/data and src/domain are pure: no UI, no Office (DESIGN.md).",
  },
  { group: ["**/office/*", "**/taskpane/*", "**/functions/functions"], message: "src/data and src/domain import no adapter, UI or entry point (DESIGN.md)." },
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".generated/", "test-results/", "coverage/"] },
  ...tseslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ["src/**/*.{ts,tsx}"] })),
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "office-addins": office },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      // Domain code must not reach for Office, Excel or the DOM (DESIGN.md "Boundaries").
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document"],
      "no-restricted-imports": ["error", { patterns: [HYPERFORMULA] }],
    },
  },
  {
    // src/data and src/domain run in Node, the functions runtime and the pane alike: no Office, React, UI or adapters.
    files: ["src/data/**", "src/domain/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [HYPERFORMULA, ...HOST_AND_UI] }] },
  },
  {
    // UI components get a Workbook passed in; only the pane's entry (index.tsx) builds the Excel adapter.
    files: ["src/taskpane/**"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            HYPERFORMULA,
            { group: ["**/office/excel", "**/office/excel.ts"], message: "UI components never call Excel: they use the Workbook they are given (DESIGN.md)." },
          ],
        },
      ],
    },
  },
  {
    // Zod-checked inputs are asserted to the catalogue's types on purpose: the schema is the check.
    files: ["src/data/**"],
    rules: { "@typescript-eslint/no-unnecessary-type-assertion": "off" },
  },
  {
    // The in-memory workbook implements the async Workbook interface with synchronous work.
    files: ["src/office/memory.ts"],
    rules: { "@typescript-eslint/require-await": "off" },
  },
  {
    // CustomFunctions.Error is what Excel expects thrown from a custom function; it is not an Error subclass.
    files: ["src/functions/**"],
    rules: { "@typescript-eslint/only-throw-error": "off" },
  },
  {
    // Only src/office and the pane's entry may touch the host and the DOM.
    files: ["src/office/**", "src/taskpane/**", "src/functions/contract.ts"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly", Buffer: "readonly" } },
  },
);
