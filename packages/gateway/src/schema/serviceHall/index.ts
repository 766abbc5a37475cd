// The county service hall (政务服务大厅): the hall and its catalogue, applications and visits, the
// lifecycle's mutations, ratings, and the statistics on Region.
import './hall.js';
import './application.js';
import './stats.js';
import './application-actions.js';
import './rating-actions.js';
