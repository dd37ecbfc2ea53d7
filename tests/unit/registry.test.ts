/** The contract and its one door: registration rules and validation at the boundary. */
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, MAX_PAYLOAD_BYTES } from '../../shared/api/contract';
import { HandlerRegistry } from '../../backend/api/registry';
import { createRegistry } from '../../backend/handlers';
import { tempBackend } from '../helpers/temp';

describe('handler registry', () => {
  it('has exactly one handler for every contract method', () => {
    expect(() => createRegistry()).not.toThrow();
    expect(METHOD_NAMES.length).toBeGreaterThan(10);
  });

  it('refuses to register a method twice', () => {
    const registry = new HandlerRegistry().register({ 'app.info': () => ({}) as never });
    expect(() => registry.register({ 'app.info': () => ({}) as never })).toThrow(/registered twice/);
  });

  it('refuses a handler for a method that is not in the contract', () => {
    expect(() => new HandlerRegistry().register({ 'no.such': () => 1 } as never)).toThrow(/not in the contract/);
  });

  it('fails start-up when a method has no handler', () => {
    expect(() => new HandlerRegistry().register({ 'app.info': () => ({}) as never }).assertComplete()).toThrow(/No handler registered for/);
  });
});

describe('validation at the boundary', () => {
  it('answers an unknown method with a typed error and keeps serving', async () => {
    const backend = await tempBackend();
    const response = await backend.dispatch('store.dropEverything', {});
    expect(response).toEqual({ ok: false, error: { code: 'unknown_method', message: expect.stringContaining('store.dropEverything') } });
    expect((await backend.dispatch('investigations.list', {})).ok).toBe(true);
  });

  it('answers wrong types with invalid_input and field details', async () => {
    const backend = await tempBackend();
    const response = await backend.dispatch('meetings.create', { investigationId: 42, kind: 'party', heldOn: '2025-02-30', title: '' });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('invalid_input');
    expect(Object.keys(response.error.details ?? {})).toEqual(expect.arrayContaining(['investigationId', 'kind', 'heldOn', 'title']));
    expect(response.error.details?.heldOn).toMatch(/not a real calendar date/);
    expect(response.error.details?.title).toMatch(/cannot be empty/);
  });

  it('refuses unexpected fields rather than ignoring them', async () => {
    const backend = await tempBackend();
    const response = await backend.dispatch('investigations.list', { sql: 'DROP TABLE people' });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Unexpected field: sql/) } });
  });

  it('refuses an oversized payload with payload_too_large', async () => {
    const backend = await tempBackend();
    const response = await backend.dispatch('investigations.create', { title: 'x'.repeat(MAX_PAYLOAD_BYTES + 10), committeeName: 'C' });
    expect(response).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
  });

  it('answers a missing input and non-object input without crashing', async () => {
    const backend = await tempBackend();
    expect((await backend.dispatch('investigations.get', undefined)).ok).toBe(false);
    expect((await backend.dispatch('investigations.get', 'abc')).ok).toBe(false);
    expect((await backend.dispatch('investigations.get', null)).ok).toBe(false);
    expect((await backend.dispatch('investigations.get', [1, 2])).ok).toBe(false);
  });

  it('answers not_found for ids that do not exist', async () => {
    const backend = await tempBackend();
    const response = await backend.dispatch('investigations.get', { id: 'no-such-id' });
    expect(response).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/investigation no longer exists/) } });
  });
});
