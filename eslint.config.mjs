// Typed-aware where it pays (src/), plain elsewhere. Every disabled rule says why.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const office = officeAddins.default ?? officeAddins;

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".generated/", "test-results/", "coverage/"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
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
    },
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
