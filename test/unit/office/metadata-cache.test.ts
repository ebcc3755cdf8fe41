/** Fresh metadata after an update: Office.ForceRefreshCustomFunctionsCache on when the functions changed, off again after one open. */
import { FUNCTION_SPECS } from "../../../src/functions/registry";
import { FORCE_REFRESH, LAST_SIGNATURE, functionsSignature, refreshMetadataOnUpdate } from "../../../src/office/metadata-cache";

function fakeOffice(initial: Record<string, unknown> = {}) {
  const stored = new Map(Object.entries(initial));
  let saved = { ...initial };
  const settings = {
    get: (k: string) => (stored.has(k) ? stored.get(k) : null),
    set: (k: string, v: unknown) => void stored.set(k, v),
    saveAsync: (cb?: (r: { status: string }) => void) => {
      saved = Object.fromEntries(stored);
      cb?.({ status: "succeeded" });
    },
  };
  return { office: { context: { document: { settings } } } as unknown as typeof Office, saved: () => saved };
}

test("a workbook last used with other function signatures (or never) asks Excel to refresh its cache, and saves that", async () => {
  const first = fakeOffice();
  await expect(refreshMetadataOnUpdate(first.office)).resolves.toBe("refresh on");
  expect(first.saved()).toEqual({ [FORCE_REFRESH]: true, [LAST_SIGNATURE]: functionsSignature() });
  const older = fakeOffice({ [LAST_SIGNATURE]: "00000000" });
  await expect(refreshMetadataOnUpdate(older.office)).resolves.toBe("refresh on");
  expect(older.saved()[FORCE_REFRESH]).toBe(true);
});

test("the next open turns the refresh off again; after that nothing is written", async () => {
  const doc = fakeOffice({ [LAST_SIGNATURE]: functionsSignature(), [FORCE_REFRESH]: true });
  await expect(refreshMetadataOnUpdate(doc.office)).resolves.toBe("refresh off");
  expect(doc.saved()[FORCE_REFRESH]).toBe(false);
  await expect(refreshMetadataOnUpdate(doc.office)).resolves.toBe("unchanged");
});

test("outside Excel (no document settings) it does nothing", async () => {
  await expect(refreshMetadataOnUpdate(undefined)).resolves.toBe("unsupported");
});

test("the signature changes when an argument is added, not otherwise", () => {
  expect(functionsSignature()).toMatch(/^[0-9a-f]{8}$/);
  expect(functionsSignature([...FUNCTION_SPECS])).toBe(functionsSignature());
  const [first, ...rest] = FUNCTION_SPECS;
  const added = { ...first, args: [...first.args, { name: "extra", kind: "text" as const, optional: true, help: "new" }] };
  expect(functionsSignature([added, ...rest])).not.toBe(functionsSignature());
});
