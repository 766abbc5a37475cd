// 家庭积分制: the family points of the herding villages. A village's rule catalogue (村规民约 as points)
// and points shop, each household's ledger of events, balances and rankings. A balance is the sum of
// the household's events and a rank is RANK() over the village's balances, both computed in SQL
// (sql.ts); every change is a new event (a correction never edits the event it corrects).
import './enums.js';
import './catalogue.js';
import './event.js';
import './household-ledger.js';
import './ranking.js';
import './process-types.js';
import './process.js';
