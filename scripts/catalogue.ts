// `npm run catalogue`: prints the ISO/IEC 27001:2022 catalogue (clauses, then Annex A controls) as a
// JSON array of { id, kind, theme, title, guidance } on stdout, and nothing else.
import { catalogue } from '../src/domain/catalogue/catalogue';

const rows = catalogue.map(({ id, kind, theme, title, guidance }) => ({ id, kind, theme, title, guidance }));
process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
