import { describe, expect, it } from 'vitest';
import { finding, sampleReport } from '@/test/unit/sample-tab-report';
import { badgeFor } from './badge';

const warning = finding('crp-date-stale', 'warning', 'labs.crpDate', 'stale');
const error = finding('units-equal-mg', 'error', 'drug.units', 'units');
const info = finding('waste-modifier', 'info', 'drug.modifiers', 'JW');

describe('badgeFor', () => {
  it('shows the error count in red, with both counts in the tooltip', () => {
    const badge = badgeFor(sampleReport({ findings: [error, error, warning, info] }));
    expect(badge).toMatchObject({ text: '2', color: '#B3261E', title: 'PA Preflight: 2 errors, 1 warning' });
  });

  it('shows the warning count in amber with dark text when there are no errors', () => {
    const badge = badgeFor(sampleReport({ findings: [warning, warning, warning, info] }));
    expect(badge).toMatchObject({ text: '3', color: '#F2A900', textColor: '#000000' });
    expect(badge.title).toBe('PA Preflight: 0 errors, 3 warnings');
  });

  it('shows nothing when only info findings remain', () => {
    expect(badgeFor(sampleReport({ findings: [info] }))).toMatchObject({
      text: '',
      title: 'PA Preflight: no errors or warnings',
    });
  });

  it('shows nothing for a tab without a report', () => {
    expect(badgeFor(null)).toMatchObject({ text: '', title: 'PA Preflight' });
  });

  it('shows nothing for a portal page without a request form', () => {
    expect(badgeFor(sampleReport({ fieldCount: 0, findings: [error] }))).toMatchObject({ text: '', title: 'PA Preflight' });
  });

  it('caps the count at 99+', () => {
    expect(badgeFor(sampleReport({ findings: Array(120).fill(error) })).text).toBe('99+');
  });
});
