// Reads a JSON array of Cypher statements (file named on the command line) and checks each with
// Neo4j's parser and semantic analysis. Prints one JSON line per statement, then a summary line;
// exits 1 when any statement has an error. Parameters are supplied by the caller's code at run
// time, so "parameter not defined" is the one diagnostic ignored.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const statements = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let bad = 0;
statements.forEach((statement, index) => {
  const { diagnostics } = lintCypherQuery(statement, {}, { consoleCommandsEnabled: false });
  const errors = diagnostics
    .filter((d) => d.severity === 1 && isNotParamError(d))
    .map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message }));
  if (errors.length > 0) bad += 1;
  console.log(JSON.stringify({ index, errors }));
});
console.log(`${statements.length - bad} valid, ${bad} with errors`);
process.exit(bad > 0 ? 1 : 0);
