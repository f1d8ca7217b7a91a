// matchKey memoized for the texts several readers key in one run: a national matrix's 8,227
// commune names are keyed as header cells, as candidate communes, and on the communes sheet.
import { memoText } from './memo';
import { matchKey } from './normalize';

export const cachedMatchKey = memoText(matchKey, 50000);
