// 网格化管理: grids and the people who run them. Each part registers its types with their queries and
// mutations; this file only gathers them.
import './grid.js';
import './joint-action.js';
import './staff.js';
import './leave.js';
import './attendance.js';
import './assessment.js';
import './recruitment.js';
import './training.js';
import './stats.js';
