#!/usr/bin/env node
// `atk` of the install-time stand-in for @microsoft/m365agentstoolkit-cli (see ../package.json and the
// README, "Why npm install needs no native modules"). It is not the real CLI: it says so and fails.
const args = process.argv.slice(2).map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`));
console.error(`atk: this is not the Microsoft 365 Agents Toolkit CLI.

This project installs a local stand-in package under that name (tools/m365agentstoolkit-cli-placeholder):
office-addin-debugging requires the CLI as a peer, but an XML Excel add-in never runs it, and the real
package pulls the native keytar module, which npm install cannot build offline.

Inside this project, npx finds the stand-in. To run the real CLI (for a JSON manifest), run it from
outside the project, with absolute paths, for example:

  cd "$HOME" && npx -y -p @microsoft/m365agentstoolkit-cli atk${args.length ? ` ${args.join(" ")}` : " --help"}

(it needs network access to the npm registry, and libsecret or a prebuilt keytar binary).`);
process.exit(1);
