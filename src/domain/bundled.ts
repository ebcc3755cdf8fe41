/** The one Atlas of this runtime, over the catalogue bundled with the add-in; indexes are built here, once. */
import catalog from "atlas-catalog";
import { expandCatalog } from "../data/catalog";
import { Atlas } from "./atlas";

export const atlas = new Atlas(expandCatalog(catalog));
