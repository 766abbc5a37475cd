import { describe, expect, it } from 'vitest';
import { startGateway } from './harness.js';

describe('the gateway', () => {
  it('answers the smallest query', async () => {
    const t = await startGateway();
    try {
      const result = await t.gql('{ __typename }');
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ __typename: 'Query' });
    } finally {
      await t.close();
    }
  });
});
