/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: { module: "CommonJS", moduleResolution: "Node", jsx: "react-jsx" } }];

module.exports = {
  // The browser tests start Chromium and a server; `npm test` runs them in band after the unit project.
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test/unit", "<rootDir>/test/bundle"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper: { "^atlas-catalog$": "<rootDir>/test/support/catalog-module.ts" },
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test/browser"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
