import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { noDuplicatePaths, REQUEST, requestForm, WITH_THERAPIES } from './request';

describe('the request form on its own (the baseline every shell wraps)', () => {
  it('reads the request', () => {
    page(requestForm());
    expect(read()).toEqual(REQUEST);
  });
  it('reads the request with its prior therapies, not the hidden template row', () => {
    page(requestForm('pa', true));
    expect(read()).toEqual(WITH_THERAPIES);
    noDuplicatePaths();
  });
});
