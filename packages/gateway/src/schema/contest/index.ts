// 竞赛: 那曲市's programme 乡村振兴 那曲奋进. The catalogue is core data; editions, events, entries,
// judges' marks, outcomes and the heritage survey are stored; leaderboards (scores, ranks, advancement,
// prizes) are computed from the marks by core's rules; statistics on Region are computed in SQL.
import './enums.js';
import './catalogue.js';
import './entry.js';
import './event.js';
import './stats.js';
import './actions.js';
import './heritage.js';
