/* eslint-disable @typescript-eslint/no-require-imports -- a webpack loader is CommonJS */
/**
 * custom-functions-metadata-plugin's loader (appends `CustomFunctions.associate(id, fn)` for each
 * @customfunction), run on ts-loader's output instead of its input, with ts-loader's source map passed
 * through. See AssociateAfterTypeScriptPlugin in scripts/webpack-plugins.js for why.
 */
const addAssociations = require("custom-functions-metadata-plugin/lib/loader.js");

module.exports = function associateAfterTypeScript(source, map) {
  this.callback(null, addAssociations.call(this, source), map);
};
