#!/usr/bin/env node
// DuckDB (npm @duckdb/node-api) runs of extra peer queries, the companion of /work/shared/bench/duck_agg.js for
// SQL files that live here (tests/bench/queries/*.sql).  Usage:
//   NODE_PATH=PEERS/node_modules node duck_queries.js DBFILE REPS FILE.sql... [--show]
// Opens DBFILE (made by duck_load.js) read-only, runs each file once untimed (as demetra-bench warms each query),
// then REPS timed runs; prints one JSON line {"<file basename>_s": median in-process seconds, ...}.
'use strict';
const fs = require('fs');
const path = require('path');
const { DuckDBInstance } = require('@duckdb/node-api');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== '--show');
  const show = process.argv.includes('--show');
  const [dbFile, repsText, ...files] = args;
  const reps = Number(repsText);
  if (!dbFile || !(reps >= 1) || files.length === 0) {
    console.error('usage: duck_queries.js DBFILE REPS FILE.sql... [--show]');
    process.exit(2);
  }
  const inst = await DuckDBInstance.create(dbFile, { access_mode: 'READ_ONLY' });
  const con = await inst.connect();
  const out = {};
  for (const f of files) {
    const sql = fs.readFileSync(f, 'utf8');
    let rows = (await con.runAndReadAll(sql)).getRows(); // warm-up, untimed
    const times = [];
    for (let i = 0; i < reps; i++) {
      const t = performance.now();
      rows = (await con.runAndReadAll(sql)).getRows();
      times.push((performance.now() - t) / 1000);
    }
    out[path.basename(f, '.sql') + '_s'] = +median(times).toFixed(5);
    out[path.basename(f, '.sql') + '_rows'] = rows.length;
    if (show) console.error(path.basename(f), rows.slice(0, 3));
  }
  con.closeSync();
  inst.closeSync();
  console.log(JSON.stringify(out));
}
main().catch((e) => { console.error(e); process.exit(1); });
