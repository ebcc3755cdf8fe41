/** Stands in for the build-generated `atlas-catalog` module under jest. */
import { testCatalog } from "./catalog";

const catalog = testCatalog();
export default catalog;
