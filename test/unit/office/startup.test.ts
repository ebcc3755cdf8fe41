/** Load on open: Office.addin.setStartupBehavior where SharedRuntime 1.1 exists; absent elsewhere, so the pane says why. */
import { officeStartup } from "../../../src/office/startup";

function fakeOffice(shared: boolean, withAddin = true) {
  let behavior = "None";
  const office = {
    StartupBehavior: { load: "Load", none: "None" },
    context: { requirements: { isSetSupported: (set: string, v: string) => shared && set === "SharedRuntime" && v === "1.1" } },
    ...(withAddin
      ? {
          addin: {
            setStartupBehavior: async (b: string) => void (behavior = b),
            getStartupBehavior: async () => behavior,
          },
        }
      : {}),
  };
  return { office: office as unknown as typeof Office, behavior: () => behavior };
}

test("sets and reads the document's startup behaviour", async () => {
  const { office, behavior } = fakeOffice(true);
  const startup = officeStartup(office)!;
  await expect(startup.get()).resolves.toBe("none");
  await startup.set("load");
  expect(behavior()).toBe("Load");
  await expect(startup.get()).resolves.toBe("load");
  await startup.set("none");
  expect(behavior()).toBe("None");
});

test("missing where Office.addin or SharedRuntime 1.1 is missing, and in a plain browser", () => {
  expect(officeStartup(fakeOffice(false).office)).toBeUndefined();
  expect(officeStartup(fakeOffice(true, false).office)).toBeUndefined();
  expect(officeStartup(undefined)).toBeUndefined();
});
