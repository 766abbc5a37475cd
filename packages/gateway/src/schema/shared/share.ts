// One Share type for every exact fraction the API reports (Fengqiao measures, camera coverage…).
import { percent, perMille, type Share } from '@grassroots/core';
import { builder } from '../../builder.js';

export const ShareRef = builder.objectRef<Share>('Share').implement({
  description: 'A share kept exact: numerator of denominator, with percent and per mille rounded half up.',
  fields: (t) => ({
    numerator: t.exposeInt('numerator', { description: 'How many count.' }),
    denominator: t.exposeInt('denominator', { description: 'Of how many.' }),
    percent: t.int({
      nullable: true,
      description: 'The share in percent, rounded half up; null for a share of nothing (0 of 0).',
      resolve: (share) => percent(share),
    }),
    perMille: t.int({
      nullable: true,
      description: 'The share in per mille (‰), rounded half up; null for a share of nothing (0 of 0).',
      resolve: (share) => perMille(share),
    }),
  }),
});
