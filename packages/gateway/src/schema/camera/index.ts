// 雪亮工程: the camera network. Key sites of the grids, camera points with their GB/T 28181 device ids,
// cases solved with footage and the coverage of key sites, counted in SQL. Camera positions are
// security information: lists and nodes are cut to the caller's region.
import './enums.js';
import './key-site.js';
import './camera-point.js';
import './solved-case.js';
import './stats.js';
