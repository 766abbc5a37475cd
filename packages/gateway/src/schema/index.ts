// The schema: the area files register their types on the builder; this file only gathers them.
import { builder } from '../builder.js';
import './shared/labels.js';
import './region.js';

export const schema = builder.toSchema({ sortSchema: true });
