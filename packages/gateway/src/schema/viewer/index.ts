// The viewer area: who the caller is.
import './viewer.js';
