// 社情民意与事项: public-opinion records, the matters they raise, and the region figures over them.
// Each part registers its types with their queries and mutations; this file only gathers them.
import './enums.js';
import './record.js';
import './matter.js';
import './matter-event.js';
import './matter-actions.js';
import './attachment.js';
import './petition.js';
import './stats.js';
