/**
 * manifest.xml, checked locally (Microsoft's validator is an online service): the structure a shared-runtime
 * custom-functions add-in needs, every resid defined, URLs on the dev server's port, icons at their sizes.
 */
import { readFileSync, existsSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: () => false, removeNSPrefix: true });
const doc = parser.parse(xml).OfficeApp;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const port = pkg.config.dev_server_port as number;

/** Every value of attribute `name` anywhere under `node`. */
function attributes(node: unknown, name: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => attributes(n, name, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === `@${name}`) out.push(String(v));
      else attributes(v, name, out);
    }
  }
  return out;
}
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

const host = doc.VersionOverrides.Hosts.Host;
const resources = doc.VersionOverrides.Resources;
const definedIds = new Set(
  [resources.Images.Image, resources.Urls.Url, resources.ShortStrings.String, resources.LongStrings.String].flatMap((group) =>
    asArray(group).map((r: { "@id": string }) => r["@id"]),
  ),
);
const urls = new Map<string, string>(asArray(resources.Urls.Url).map((u: { "@id": string; "@DefaultValue": string }) => [u["@id"], u["@DefaultValue"]]));

describe("manifest.xml", () => {
  test("is an Excel (Workbook) task pane add-in that may read and write the workbook", () => {
    expect(doc["@type"]).toBe("TaskPaneApp");
    expect(doc.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(doc.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(doc.Hosts.Host["@Name"]).toBe("Workbook");
    expect(doc.Permissions).toBe("ReadWriteDocument");
  });

  test("requires SharedRuntime 1.1 and declares one long-lived runtime", () => {
    const sets = asArray(doc.Requirements.Sets.Set);
    expect(sets).toContainEqual(expect.objectContaining({ "@Name": "SharedRuntime", "@MinVersion": "1.1" }));
    expect(host.Runtimes.Runtime).toEqual({ "@resid": "Taskpane.Url", "@lifetime": "long" });
  });

  test("has a CustomFunctions extension point without a Namespace, on the shared runtime's page", () => {
    expect(xml.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/<Namespace/);
    const cf = asArray(host.AllFormFactors.ExtensionPoint).find((e: { "@type": string }) => e["@type"] === "CustomFunctions");
    expect(cf).toBeDefined();
    expect(cf.Script.SourceLocation["@resid"]).toBe("Functions.Script.Url");
    expect(cf.Metadata.SourceLocation["@resid"]).toBe("Functions.Metadata.Url");
    expect(cf.Page.SourceLocation["@resid"]).toBe(host.Runtimes.Runtime["@resid"]);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(host.Runtimes.Runtime["@resid"]);
  });

  test("has a ribbon button that shows the task pane", () => {
    const control = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control;
    expect(control["@type"]).toBe("Button");
    expect(control.Action["@type"]).toBe("ShowTaskpane");
    expect(control.Action.SourceLocation["@resid"]).toBe("Taskpane.Url");
  });

  test("every resid refers to a defined resource", () => {
    const used = attributes(doc, "resid");
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !definedIds.has(id))).toEqual([]);
    for (const id of definedIds) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("every URL is on the dev server's https port and names a file the build writes", () => {
    const all = [...urls.values(), ...["DefaultValue", "Value"].flatMap((name) => attributes(doc, name)).filter((v) => v.startsWith("http"))];
    const built = new Set(["taskpane.html", "functions.js", "functions.json", "functions.zh.json", ...[16, 32, 64, 80, 128].map((s) => `assets/icon-${s}.png`)]);
    for (const url of all) {
      expect(url.startsWith(`https://localhost:${port}`)).toBe(true);
      const path = url.replace(`https://localhost:${port}/`, "").replace(`https://localhost:${port}`, "");
      if (path) expect(built.has(path)).toBe(true);
    }
    expect(doc.AppDomains.AppDomain).toBe(`https://localhost:${port}`);
  });

  test("zh-CN Excel reads the Chinese function metadata (an override on the metadata URL)", () => {
    const metadata = asArray(resources.Urls.Url).find((u: { "@id": string }) => u["@id"] === "Functions.Metadata.Url");
    expect(metadata.Override).toEqual({ "@Locale": "zh-CN", "@Value": `https://localhost:${port}/functions.zh.json` });
  });

  test("icons exist at the sizes the manifest names", () => {
    const images = asArray(resources.Images.Image).map((i: { "@DefaultValue": string }) => i["@DefaultValue"]);
    for (const url of [...images, doc.IconUrl["@DefaultValue"], doc.HighResolutionIconUrl["@DefaultValue"]]) {
      const file = join(root, url.replace(`https://localhost:${port}/`, ""));
      expect(existsSync(file)).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test("the webpack dev server uses the same port", () => {
    const config = readFileSync(join(root, "webpack.config.js"), "utf8");
    expect(config).toMatch(/npm_package_config_dev_server_port \|\| 3000/);
    expect(port).toBe(3000);
  });
});

/**
 * Element order as Microsoft's manifest schemas (OfficeApp 1.1, TaskPaneApp; VersionOverrides 1.0 for task
 * pane add-ins; the basic types) require it. The XSDs themselves are not reachable offline (no npm package
 * or Debian package ships them; office-addin-manifest validates online), so the order is checked here,
 * element by element: children may be absent, but those present come in this order and no other child appears.
 */
const SCHEMA_ORDER: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "AllowSnapshot",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  DisplayName: ["Override"],
  Description: ["Override"],
  Hosts: ["Host"],
  Requirements: ["Sets", "Methods"],
  Sets: ["Set"],
  DefaultSettings: ["SourceLocation", "RequestedWidth", "RequestedHeight"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "VersionOverrides"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  Runtimes: ["Runtime"],
  AllFormFactors: ["ExtensionPoint"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  ExtensionPoint: ["Script", "Page", "Metadata", "Namespace", "OfficeTab", "CustomTab", "OfficeMenu"],
  Script: ["SourceLocation"],
  Page: ["SourceLocation"],
  Metadata: ["SourceLocation"],
  OfficeTab: ["Group"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action", "Items", "Enabled"],
  Supertip: ["Title", "Description"],
  Icon: ["Image"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning", "FunctionName"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  Images: ["Image"],
  Urls: ["Url"],
  ShortStrings: ["String"],
  LongStrings: ["String"],
  Url: ["Override"],
  String: ["Override"],
  Image: ["Override"],
};

type Ordered = Record<string, unknown>[];
/** Every element's name and its children's names in document order (comments and text dropped, namespace prefixes removed). */
function orderOf(text: string): { name: string; children: string[] }[] {
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: true, removeNSPrefix: true, commentPropName: "#comment" }).parse(text) as Ordered;
  const out: { name: string; children: string[] }[] = [];
  const walk = (nodes: Ordered) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((k) => !k.startsWith("#") && k !== ":@" && k !== "?xml");
      if (!name) continue;
      const kids = (node[name] as Ordered).filter((k) => Object.keys(k).some((n) => !n.startsWith("#") && n !== ":@"));
      out.push({ name, children: kids.map((k) => Object.keys(k).find((n) => !n.startsWith("#") && n !== ":@") as string) });
      walk(node[name] as Ordered);
    }
  };
  walk(tree);
  return out;
}

/** What breaks the schema's order or allowed children, in words. */
function orderProblems(text: string): string[] {
  const problems: string[] = [];
  for (const { name, children } of orderOf(text)) {
    const order = SCHEMA_ORDER[name];
    if (!order) continue;
    let at = 0;
    for (const child of children) {
      const i = order.indexOf(child);
      if (i < 0) problems.push(`<${child}> is not allowed in <${name}>`);
      else if (i < at) problems.push(`<${child}> comes after <${order[at]}> in <${name}>, the schema puts it before`);
      else at = i;
    }
  }
  return problems;
}

describe.each([
  ["manifest.xml", join(root, "manifest.xml")],
  ["dist/manifest.xml (the built copy)", join(root, "dist", "manifest.xml")],
])("%s: elements in the schema's order", (_label, file) => {
  test("every element's children are allowed and in order", () => {
    if (!existsSync(file)) return; // dist/ exists after `npm run build` (npm test builds first)
    const text = readFileSync(file, "utf8");
    expect(orderOf(text).length).toBeGreaterThan(40);
    expect(orderProblems(text)).toEqual([]);
  });
});

test("the order check catches a misplaced element", () => {
  const swapped = xml.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2$1");
  expect(swapped).not.toBe(xml);
  expect(orderProblems(swapped)).toEqual(["<Version> comes after <ProviderName> in <OfficeApp>, the schema puts it before"]);
  expect(orderProblems(xml.replace("<Permissions>", "<Bogus/><Permissions>"))).toEqual(["<Bogus> is not allowed in <OfficeApp>"]);
});
