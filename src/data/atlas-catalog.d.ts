/** The compiled catalogue, generated from data/ by the build (webpack alias) or the test harness (jest mapper). */
declare module "atlas-catalog" {
  const catalog: import("./catalog").Catalog;
  export default catalog;
}
