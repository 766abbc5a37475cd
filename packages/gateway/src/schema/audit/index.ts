// The audit area: its types, queries and mutations.
import './audit.js';
