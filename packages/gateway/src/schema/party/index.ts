// 党建: party organisations and members with their organisational life, stationed work teams and
// cadres with the recall workflow, co-building activities, and their statistics on Region.
import './enums.js';
import './organisation.js';
import './member.js';
import './cadre.js';
import './recall.js';
import './leave.js';
import './stats.js';
import './co-building.js';
import './grid-task.js';
