// The region area: its types, queries and mutations.
import './region.js';
