/* eslint-disable @typescript-eslint/no-require-imports -- loaded by webpack.config.js and its loaders, which are CommonJS */
// The build's helpers in scripts/ are TypeScript shared with the tests and the data CLI; load them
// through ts-node once per process (Node's module cache makes this file run once).
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "CommonJS", moduleResolution: "Node" } });
