/**
 * The 25 hostile payloads of issue 17's attack typed into the pane (preview mode, built dist/): the search
 * box, the name box, the formula bar into a cell, the builder's chip box. Nothing runs (no dialog, no
 * injected element or global), nothing is requested off the origin, and the page logs no error beyond the
 * declared expected ones (the harness checks both on close). `npm run attack` runs the same driver.
 */
import { paneHarness, shot } from "../support/browser";
import { attackPane, HOSTILE_PAYLOADS } from "../support/hostile";

const { open, close } = paneHarness();
jest.setTimeout(180_000);

test(`${HOSTILE_PAYLOADS.length} hostile payloads typed into every input: no dialog, nothing injected, nothing off the origin`, async () => {
  const pane = await open();
  const attack = await attackPane(pane.page);
  await shot(pane.page, "hostile-payloads.png");
  expect(attack).toMatchObject({ payloads: 25, dialogs: [], injected: [] });
  expect(attack.inputs).toBe(25 * 4);
  await close(pane);
});
