/**
 * The renderer in a real browser against the real backend and HTTP host (issue 2: the app shell
 * and the Overview). See harness.ts for what must be built first.
 */
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useWorkbenches, type Workbench } from './harness';

const AREAS = [
  { label: 'Overview', heading: /Police and Crime Plan 2025-29/ },
  { label: 'Meetings & witnesses', heading: 'Meetings & witnesses' },
  { label: 'Transcripts', heading: 'Transcripts' },
  { label: 'Evidence', heading: 'Evidence' },
  { label: 'Sources', heading: 'Sources' },
  { label: 'Metrics', heading: 'Metrics' },
  { label: 'Draft', heading: 'Draft' },
  { label: 'Export', heading: 'Export' },
] as const;

/** Browser tests get more time than unit tests: Chromium, axe and a real store on a slow CI machine. */
const SLOW = { timeout: 120_000 };

const workbenches = useWorkbenches();

function open(options: { sample?: boolean } = {}) {
  return workbenches.open(options);
}

function areasNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Areas' });
}

async function openSampleOverview(page: Page, sampleId: string | null, origin: string) {
  if (!sampleId) throw new Error('The sample was not loaded.');
  await page.goto(`${origin}/#/investigations/${sampleId}/overview`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Police and Crime Plan/);
}

describe('first start', () => {
  test('an empty store offers the sample, which opens on a complete Overview', SLOW, async () => {
    const { page } = await open();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Scrutiny Workbench');
    expect(await page.title()).toBe('Scrutiny Workbench');
    await page.getByRole('button', { name: 'Open the sample investigation' }).click();

    const main = page.getByRole('main');
    // Loading the sample reads its seven transcripts through the importer: allow a few seconds.
    await expect
      .poll(() => main.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
      .toBe("Response to the Mayor's draft Police and Crime Plan 2025-29");
    expect(page.url()).toMatch(/#\/investigations\/[^/]+\/overview$/);

    // Status, dates in house style, summary and terms of reference.
    const details = await main.locator('.details').innerText();
    expect(details).toContain('Published');
    expect(details).toContain('18 December 2024');
    expect(await main.getByRole('heading', { name: 'Terms of reference' }).count()).toBe(1);
    expect(await main.locator('ol.terms > li').count()).toBe(4);

    // The committee, its Chairman, and the secretariat with mailto links.
    const committee = main.locator('section', { has: page.getByRole('heading', { name: 'Committee', exact: true }) });
    expect(await committee.innerText()).toContain('London Assembly Police and Crime Committee');
    const chairman = committee.getByRole('row', { name: /Susan Hall AM/ });
    expect(await chairman.innerText()).toContain('Chairman');
    const secretariat = committee.getByRole('table', { name: 'Secretariat' });
    expect(await secretariat.getByRole('row').count()).toBe(7); // a header row and six contacts
    const roker = secretariat.getByRole('row', { name: /Janette Roker/ });
    expect(await roker.innerText()).toContain('Senior Policy Adviser');
    expect(await roker.getByRole('link').getAttribute('href')).toBe('mailto:Janette.roker@london.gov.uk');

    // Meetings with their kinds, dates, panels and guests.
    const meetings = main.locator('section', { has: page.getByRole('heading', { name: 'Meetings and witnesses', exact: true }) });
    const formal = meetings.getByRole('article', { name: /Formal meeting/ });
    expect(await formal.innerText()).toContain('15 January 2025');
    const panel1 = formal.getByRole('group', { name: 'Panel 1' });
    const panel2 = formal.getByRole('group', { name: 'Panel 2' });
    expect(await panel1.innerText()).toContain('Professor Ben Bradford, Director of the Centre for Global City Policing, UCL');
    expect(await panel1.getByRole('listitem').count()).toBe(3);
    expect(await panel2.innerText()).toContain('Nahar Choudhury');
    expect(await panel2.getByRole('listitem').count()).toBe(4);
    expect(await meetings.innerText()).toContain('Q&A session');
    expect(await meetings.innerText()).toContain('Claire Waxman OBE');

    // Twelve recommendations, numbered.
    const recommendations = main.locator('section', { has: page.getByRole('heading', { name: 'Recommendations', exact: true }) });
    const headings = await recommendations.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).toEqual(Array.from({ length: 12 }, (_, i) => `Recommendation ${i + 1}`));

    // The dissent sits on the bullet it dissents from, and only there.
    const eight = recommendations.getByRole('article', { name: 'Recommendation 8' });
    const bullets = eight.getByRole('listitem');
    expect(await bullets.count()).toBe(2);
    const dissented = bullets.filter({ hasText: "support the Met's use of the tactic" });
    const note = dissented.getByRole('note', { name: 'Dissent — Zoë Garbett AM' });
    expect(await note.count()).toBe(1);
    expect(await note.innerText()).toMatch(/^Dissent — Zoë Garbett AM: .*stop and search is minimally effective/s);
    const agreed = bullets.filter({ hasText: /^monitor and scrutinise its use/ });
    expect(await agreed.getByRole('note').count()).toBe(0);
    expect(await recommendations.getByRole('note').count()).toBe(1);

    // Reservations are listed.
    const reservations = main.locator('section', { has: page.getByRole('heading', { name: 'Reservations', exact: true }) });
    expect(await reservations.getByRole('note', { name: /^Reservation — / }).count()).toBeGreaterThan(0);

    // The status bar names the store and the author.
    const footer = await page.getByRole('contentinfo').innerText();
    expect(footer).toContain('store.db');
    expect(footer).toMatch(/Author/);
  });
});

describe('areas', () => {
  test('every area is reachable from the nav, has its heading, and has no serious accessibility problems', SLOW, async () => {
    const { page, sampleId, host } = await open({ sample: true });
    await openSampleOverview(page, sampleId, host.origin);

    for (const area of AREAS) {
      const link = areasNav(page).getByRole('link', { name: area.label, exact: true });
      await link.click();
      await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
      // The area's own heading comes first; the Draft area's report preview has headings of its own.
      const heading = page.getByRole('main').getByRole('heading', { level: 1 }).first();
      await expect.poll(() => heading.textContent()).toMatch(typeof area.heading === 'string' ? new RegExp(`^${escape(area.heading)}$`) : area.heading);
      expect(await areasNav(page).locator('[aria-current="page"]').count()).toBe(1);
      if (area.label === 'Meetings & witnesses') await page.locator('.ag-root').first().waitFor();

      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map((v) => `${area.label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    }
  });

  test('the welcome screen has no serious accessibility problems', SLOW, async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Open the sample investigation' }).waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});

describe('editing', () => {
  test('a member edited in the Overview stays changed after a reload', SLOW, async () => {
    const { page, sampleId, host, backend } = await open({ sample: true });
    await openSampleOverview(page, sampleId, host.origin);

    await page.getByRole('button', { name: 'Edit Zoë Garbett AM' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Zoë Garbett AM' });
    await dialog.getByRole('combobox', { name: 'Role on the committee' }).selectOption({ label: 'Deputy Chair' });
    await dialog.getByRole('textbox', { name: /^Party/ }).fill('Green');

    // An empty name is refused by the API; the message sits next to the field.
    const name = dialog.getByRole('textbox', { name: /^Name/ });
    await name.fill('');
    await dialog.getByRole('button', { name: 'Save member' }).click();
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText();
    expect(errorText).toMatch(/Name cannot be empty/);
    expect(await dialog.getByRole('alert').count()).toBeGreaterThan(0);

    await name.fill('Zoë Garbett');
    await dialog.getByRole('button', { name: 'Save member' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
    await expect.poll(() => dialog.count()).toBe(0);

    await page.reload();
    const row = page.getByRole('row', { name: /Zoë Garbett AM/ });
    await expect.poll(() => row.innerText()).toMatch(/Deputy Chair\s+Green/);

    // And the store agrees.
    const overview = await backend.client.call('investigations.get', { id: sampleId! });
    const garbett = overview.members.find((m) => m.person.fullName === 'Zoë Garbett');
    expect(garbett?.role).toBe('deputy_chair');
    expect(garbett?.party).toBe('Green');
  });

  test('a meeting can be added with a kind and date, and shows in house style', SLOW, async () => {
    const { page, sampleId, host } = await open({ sample: true });
    await page.goto(`${host.origin}/#/investigations/${sampleId}/meetings`);
    await page.getByRole('button', { name: 'Add a meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a meeting' });
    await dialog.getByRole('textbox', { name: /^Title/ }).fill('Site visit to a custody suite');
    await dialog.getByRole('combobox', { name: 'Kind of meeting' }).selectOption({ label: 'Site visit' });
    await dialog.getByLabel('Date').fill('2025-02-03');
    await dialog.getByRole('button', { name: 'Add meeting' }).click();
    const article = page.getByRole('article', { name: 'Site visit to a custody suite' });
    await expect.poll(() => article.innerText()).toMatch(/3 February 2025\s+Site visit/);
  });
});

describe('starting an investigation', () => {
  test('the welcome form shows the API’s messages next to its fields, then opens the new investigation', SLOW, async () => {
    const { page } = await open();
    const form = page.getByRole('region', { name: 'Begin your own' });
    await form.getByRole('button', { name: 'Start a new investigation' }).click();

    const title = form.getByRole('textbox', { name: 'Title of the investigation' });
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByRole('alert').innerText()).toMatch(/Title cannot be empty/);
    // Focus moves to the list of problems so a keyboard user hears them first.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');

    await title.fill('Policing protests in London');
    await form.getByRole('textbox', { name: 'Committee' }).fill('Police and Crime Committee');
    await form.getByRole('button', { name: 'Start a new investigation' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toBe('Policing protests in London');
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('No members yet');
    expect(main).toContain('No meetings yet');
    expect(main).toContain('No recommendations yet.');
  });
});

describe('investigation details', () => {
  test('status, dates and terms of reference are edited, reordered and saved', SLOW, async () => {
    const { page, sampleId, host, backend } = await open({ sample: true });
    await openSampleOverview(page, sampleId, host.origin);
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Edit details' });
    await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Monitoring responses' });
    await form.getByLabel('Publication date').fill('2025-03-05');
    expect(await form.innerText()).toContain('Wednesday 5 March 2025');

    await form.getByRole('button', { name: 'Add a term of reference' }).click();
    // The new, empty term has focus; type into it, then move it up to third place by keyboard.
    await page.keyboard.type('how the Plan will be funded');
    await form.getByRole('button', { name: 'Move up term 5' }).click();
    await page.keyboard.press('Enter'); // focus stays on the moved term's "Move up" button
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Move up term 3');

    await form.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
    await page.reload();
    const terms = page.locator('ol.terms > li');
    await expect.poll(() => terms.count()).toBe(5);
    expect(await terms.nth(2).innerText()).toBe('how the Plan will be funded');
    const details = await page.locator('.details').innerText();
    expect(details).toContain('Monitoring responses');
    expect(details).toContain('5 March 2025');

    const stored = await backend.client.call('investigations.get', { id: sampleId! });
    expect(stored.investigation.status).toBe('monitoring');
    expect(stored.investigation.termsOfReference[2]).toBe('how the Plan will be funded');
  });
});

describe('desktop menu commands and store events', () => {
  test('app.command events navigate, back up and check the store', SLOW, async () => {
    const { page, sampleId, host, backend , sendMenuCommand } = await open({ sample: true });
    await openSampleOverview(page, sampleId, host.origin);
    const heading = page.getByRole('main').getByRole('heading', { level: 1 });

    await sendMenuCommand('go-meetings');
    await expect.poll(() => heading.textContent()).toBe('Meetings & witnesses');
    await sendMenuCommand('export-docx');
    await expect.poll(() => heading.textContent()).toBe('Export');

    await sendMenuCommand('backup-store');
    const backup = page.getByRole('dialog', { name: 'Back up the store' });
    await expect.poll(() => backup.innerText()).toContain('The backup was made and checked');
    const backupPath = (await backup.locator('.file-path').innerText()).trim();
    expect(existsSync(backupPath)).toBe(true);
    await backup.getByRole('button', { name: 'Done' }).click();

    await sendMenuCommand('check-store');
    const check = page.getByRole('dialog', { name: 'Check the store' });
    await expect.poll(() => check.innerText()).toContain('The store is in good order.');
    await page.keyboard.press('Escape');
    await expect.poll(() => check.count()).toBe(0);

    await sendMenuCommand('new-investigation');
    await expect.poll(() => heading.textContent()).toBe('Start a new investigation');
  });

  test('a change made elsewhere (store.changed) shows without a reload', SLOW, async () => {
    const { page, sampleId, host, backend } = await open({ sample: true });
    await openSampleOverview(page, sampleId, host.origin);
    const overview = await backend.client.call('investigations.get', { id: sampleId! });
    const chairman = overview.members.find((m) => m.role === 'chairman')!;
    await backend.client.call('members.update', { id: chairman.id, party: 'Conservative' });
    await expect.poll(() => page.getByRole('row', { name: /Susan Hall AM/ }).innerText()).toContain('Conservative');
  });
});

describe('keyboard', () => {
  test('Tab reaches the skip link, then the Areas nav, and Enter opens an area', SLOW, async () => {
    const { page, sampleId, host } = await open({ sample: true });
    await openSampleOverview(page, sampleId, host.origin);
    // A fresh load puts the keyboard at the start of the document.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');

    // Keep tabbing until focus is on the Evidence link in the Areas nav.
    let reached = false;
    for (let i = 0; i < 20 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.closest('nav[aria-label="Areas"]') !== null && document.activeElement?.textContent === 'Evidence',
      );
    }
    expect(reached, 'Tab should reach the Evidence link in the Areas nav').toBe(true);
    // The focused link shows a visible focus ring.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');

    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toBe('Evidence');
    expect(page.url()).toMatch(/\/evidence$/);
    // Focus moves to the new page's heading, so reading continues from there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});

describe('host stopped', () => {
  test('when the host stops, the page says how to start it again', SLOW, async () => {
    const { page, sampleId, host, stopHost, problems } = await open({ sample: true });
    await openSampleOverview(page, sampleId, host.origin);
    await stopHost();
    await page.getByRole('button', { name: 'Edit Zoë Garbett AM' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Save member' }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'The workbench host has stopped. Start it again with npm start.' }).count())
      .toBeGreaterThan(0);
    // The browser logs the failed connections itself; those are expected here. The page keeps
    // probing for the host, so it is closed first: a probe after the filter would be counted.
    await page.close();
    problems.splice(0, problems.length, ...problems.filter((p) => !/ERR_CONNECTION_REFUSED|Failed to fetch|Failed to load resource/.test(p)));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
