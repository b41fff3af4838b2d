// English, the default table: the strings themselves live in widget/src/strings.ts.
import { STRINGS } from '../strings.ts';

export default STRINGS;
