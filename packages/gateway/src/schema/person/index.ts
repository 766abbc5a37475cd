// The person area: its types, queries and mutations.
import './person.js';
