import { describe, expect, it } from 'vitest';
import { CIGNA_APPEALS, CIGNA_ILARIS, ILARIS_CALCULATOR } from '@/test/unit/sample-docs';
import { sampleReport, SELECTIONS } from '@/test/unit/sample-tab-report';
import type { AppealRules } from './appeals';
import type { PackDocs } from './engine/pack-docs';
import { applyManualTicks, contextLine, countFindings, hostPatterns, toolsFor, urlMatchesAny, urlMatchesPattern } from './tab-view';

describe('contextLine', () => {
  it('names payer, drug, indication and the code it came from', () => {
    expect(contextLine(sampleReport())).toBe("Cigna · Ilaris (canakinumab) · Still's disease (adult-onset, AOSD), M06.1");
  });

  it('capitalizes the indication and leaves the code out when there is none', () => {
    const gout = sampleReport({ indication: 'GOUT', indicationLabel: 'gout flares', indicationCode: null });
    expect(contextLine(gout)).toBe('Cigna · Ilaris (canakinumab) · Gout flares');
  });

  it('says when the indication is not known yet', () => {
    expect(contextLine(sampleReport({ indication: null, indicationLabel: null, indicationCode: null }))).toBe(
      'Cigna · Ilaris (canakinumab) · indication not known yet (enter the diagnosis code)',
    );
  });

  it("names the pack's drug when the drug as read is missing", () => {
    const report = sampleReport({ selection: { ...SELECTIONS.ilaris, read: null } });
    expect(contextLine(report)).toMatch(/^Cigna · Ilaris \(canakinumab\) · /);
  });

  it('says plainly when no pack checks the drug read', () => {
    expect(contextLine(sampleReport({ selection: SELECTIONS.humira }))).toBe(
      'No Ilaris or Remicade checks: this request is for Humira (adalimumab). Only the checks for every drug ran.',
    );
    expect(contextLine(sampleReport({ selection: { ...SELECTIONS.humira, read: null } }))).toBe(
      'No Ilaris or Remicade checks: the drug on this request is not one PA Preflight knows. Only the checks for every drug ran.',
    );
  });

  it('says when the drug is not known yet, naming no drug', () => {
    expect(contextLine(sampleReport({ selection: SELECTIONS.unknown }))).toBe(
      'Cigna · drug not known yet (enter the drug name, HCPCS or NDC): only the checks for every drug ran',
    );
  });
});

describe('applyManualTicks', () => {
  it('marks ticked manual items done and recounts', () => {
    const checklist = applyManualTicks(sampleReport().checklist, { coverage: true });
    expect(checklist.sections[0]!.items[1]!.status).toBe('manual-done');
    expect(checklist.done).toBe(2);
    expect(checklist.total).toBe(5);
  });

  it('unticks a manual item the report still shows as done', () => {
    const report = sampleReport();
    report.checklist.sections[0]!.items[1]!.status = 'manual-done';
    expect(applyManualTicks(report.checklist, {}).sections[0]!.items[1]!.status).toBe('manual-open');
  });

  it('leaves derived items alone even when a tick has their id', () => {
    const checklist = applyManualTicks(sampleReport().checklist, { units: true });
    expect(checklist.sections[2]!.items[0]!.status).toBe('problem');
  });
});

it('counts findings by severity', () => {
  expect(countFindings(sampleReport().findings)).toEqual({ errors: 1, warnings: 1, notes: 1 });
});

describe('toolsFor', () => {
  const BASE: PackDocs = {
    manifest: { id: 'base', payer: 'any payer', drug: { brand: 'any drug', generic: 'any drug', hcpcs: [], ndcProducts: [] } },
    title: 'Checks for every drug',
    descriptions: {},
  };
  const ILARIS: PackDocs = {
    manifest: CIGNA_ILARIS,
    title: 'Cigna × Ilaris (canakinumab)',
    descriptions: {},
    calculator: ILARIS_CALCULATOR,
    appeals: CIGNA_APPEALS,
  };
  const AETNA_APPEALS: AppealRules = { ...CIGNA_APPEALS, payer: 'Aetna' };
  const AETNA_HUMIRA: PackDocs = {
    manifest: { id: 'aetna-humira', payer: 'Aetna', drug: { brand: 'Humira', generic: 'adalimumab', hcpcs: ['J0135'], ndcProducts: [] } },
    title: 'Aetna × Humira (adalimumab)',
    descriptions: {},
    appeals: AETNA_APPEALS,
  };
  const DOCS = [BASE, ILARIS, AETNA_HUMIRA];
  const drugs = (report: Parameters<typeof toolsFor>[0]) => toolsFor(report, DOCS).calculators.map((c) => c.drug);
  const payers = (report: Parameters<typeof toolsFor>[0]) => toolsFor(report, DOCS).appeals.map((a) => a.payer);

  it("offers the applying pack's calculator on the request's indication, and its payer's deadlines", () => {
    const tools = toolsFor(sampleReport(), DOCS);
    expect(tools.calculators).toEqual([
      { packId: 'cigna-ilaris', drug: 'Ilaris (canakinumab)', payer: 'Cigna', calculator: ILARIS_CALCULATOR, indication: 'AOSD' },
    ]);
    expect(tools.appeals).toEqual([CIGNA_APPEALS]);
  });

  it('offers no calculator for a drug no pack checks, and the deadlines of a pack for the same payer', () => {
    expect(drugs(sampleReport({ selection: SELECTIONS.humira }))).toEqual([]);
    expect(payers(sampleReport({ selection: SELECTIONS.humira }))).toEqual(['Cigna']);
  });

  it('offers every calculator, on no indication, while the drug is not known', () => {
    const tools = toolsFor(sampleReport({ selection: SELECTIONS.unknown }), DOCS);
    expect(tools.calculators.map((c) => [c.drug, c.indication])).toEqual([['Ilaris (canakinumab)', null]]);
  });

  it('offers no deadlines for a payer no pack knows', () => {
    expect(payers(sampleReport({ payer: 'Humana', selection: SELECTIONS.humira }))).toEqual([]);
  });

  it("offers every calculator and every payer's deadlines once each on a tab with no report", () => {
    const twoCignaPacks = [...DOCS, { ...ILARIS, manifest: { ...CIGNA_ILARIS, id: 'cigna-ilaris-2' }, calculator: undefined }];
    expect(drugs(null)).toEqual(['Ilaris (canakinumab)']);
    expect(toolsFor(null, twoCignaPacks).appeals.map((a) => a.payer)).toEqual(['Cigna', 'Aetna']);
  });
});

describe('hostPatterns', () => {
  it("reads MV3's host_permissions and MV2's origins among its permissions, not API names", () => {
    expect(hostPatterns({ permissions: ['storage'], host_permissions: ['https://cignaforhcp.cigna.com/*'] })).toEqual([
      'https://cignaforhcp.cigna.com/*',
    ]);
    expect(hostPatterns({ permissions: ['storage', 'https://cignaforhcp.cigna.com/*', '<all_urls>'] })).toEqual([
      'https://cignaforhcp.cigna.com/*',
      '<all_urls>',
    ]);
    expect(hostPatterns({})).toEqual([]);
  });
});

describe('urlMatchesPattern', () => {
  it("covers the portal's pages and no other host or scheme", () => {
    const portal = 'https://cignaforhcp.cigna.com/*';
    expect(urlMatchesPattern('https://cignaforhcp.cigna.com/app/precert?id=7', portal)).toBe(true);
    expect(urlMatchesPattern('https://cignaforhcp.cigna.com', portal)).toBe(true);
    expect(urlMatchesPattern('http://cignaforhcp.cigna.com/app', portal)).toBe(false);
    expect(urlMatchesPattern('https://evil.example/cignaforhcp.cigna.com/', portal)).toBe(false);
    expect(urlMatchesPattern('https://cignaforhcp.cigna.com.evil.example/', portal)).toBe(false);
    expect(urlMatchesPattern('chrome-extension://abc/popup.html', portal)).toBe(false);
  });

  it('matches any port when the pattern names none, and only its port when it does', () => {
    expect(urlMatchesPattern('http://127.0.0.1:43121/no-form-here', 'http://127.0.0.1/*')).toBe(true);
    expect(urlMatchesPattern('http://localhost:8080/', 'http://localhost:8080/*')).toBe(true);
    expect(urlMatchesPattern('http://localhost:8081/', 'http://localhost:8080/*')).toBe(false);
  });

  it('reads wildcard schemes, subdomains and paths', () => {
    expect(urlMatchesPattern('http://a.b.example.org/x', '*://*.example.org/*')).toBe(true);
    expect(urlMatchesPattern('https://example.org/x', '*://*.example.org/*')).toBe(true);
    expect(urlMatchesPattern('https://badexample.org/x', '*://*.example.org/*')).toBe(false);
    expect(urlMatchesPattern('ftp://example.org/x', '*://*.example.org/*')).toBe(false);
    expect(urlMatchesPattern('https://example.org/app/new', 'https://example.org/app/*')).toBe(true);
    expect(urlMatchesPattern('https://example.org/apps', 'https://example.org/app/*')).toBe(false);
    expect(urlMatchesPattern('https://example.org/a.b', 'https://example.org/a.b')).toBe(true);
    expect(urlMatchesPattern('https://example.org/axb', 'https://example.org/a.b')).toBe(false);
  });

  it('covers web pages with <all_urls>, and nothing with a malformed pattern or URL', () => {
    expect(urlMatchesPattern('https://anything.example/', '<all_urls>')).toBe(true);
    expect(urlMatchesPattern('chrome://settings/', '<all_urls>')).toBe(false);
    expect(urlMatchesPattern('https://example.org/', 'example.org')).toBe(false);
    expect(urlMatchesPattern('not a url', '*://*/*')).toBe(false);
  });

  it('matches a URL any pattern covers', () => {
    expect(urlMatchesAny('http://localhost:5179/fax.html', ['https://cignaforhcp.cigna.com/*', 'http://localhost/*'])).toBe(true);
    expect(urlMatchesAny('http://localhost:5179/fax.html', ['https://cignaforhcp.cigna.com/*'])).toBe(false);
    expect(urlMatchesAny('http://localhost:5179/fax.html', [])).toBe(false);
  });
});
