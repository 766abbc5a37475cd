import { isRegionCode } from '../shared/division-code.js';
import { isFen, sumFen } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, COBUILDING_ERRORS, type CoBuildingError } from './party.errors.js';
import { type CoBuildingActivity, PARTNER_KINDS } from './party.js';

/**
 * Records a co-building activity (党建共建): at least one partner, a village, a date, the number of
 * participants and the goods given; the total value is the sum of the goods, in fen.
 */
export function createCoBuildingActivity(
  input: Omit<CoBuildingActivity, 'totalValueFen'>,
): Result<CoBuildingActivity, CoBuildingError> {
  if (input.id.trim() === '') return err(at(COBUILDING_ERRORS.REQUIRED, 'id'));
  if (input.title.trim() === '') return err(at(COBUILDING_ERRORS.REQUIRED, 'title'));
  if (input.villageCode.length !== 12 || !isRegionCode(input.villageCode)) {
    return err(at(COBUILDING_ERRORS.VILLAGE_CODE, 'villageCode'));
  }
  if (input.partners.length === 0) return err(at(COBUILDING_ERRORS.REQUIRED, 'partners'));
  for (const [index, partner] of input.partners.entries()) {
    if (partner.name.trim() === '') return err(at(COBUILDING_ERRORS.REQUIRED, 'partners', index, 'name'));
    if (!PARTNER_KINDS.includes(partner.kind))
      return err(at(COBUILDING_ERRORS.REQUIRED, 'partners', index, 'kind'));
  }
  if (!Number.isInteger(input.participants) || input.participants < 0) {
    return err(at(COBUILDING_ERRORS.PARTICIPANTS, 'participants'));
  }
  for (const [index, goods] of input.goods.entries()) {
    if (goods.description.trim() === '')
      return err(at(COBUILDING_ERRORS.REQUIRED, 'goods', index, 'description'));
    if (!isFen(goods.valueFen) || goods.valueFen < 0)
      return err(at(COBUILDING_ERRORS.VALUE, 'goods', index, 'valueFen'));
  }
  const total = sumFen(input.goods.map((g) => g.valueFen));
  if (!total.ok) return err(at(COBUILDING_ERRORS.VALUE, 'goods'));
  return ok({ ...input, title: input.title.trim(), totalValueFen: total.value });
}
