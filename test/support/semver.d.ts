/** The part of semver (a devDependency, see README) the tests use; the package ships no types. */
declare module "semver" {
  export function satisfies(version: string, range: string): boolean;
  const semver: { satisfies: typeof satisfies };
  export default semver;
}
