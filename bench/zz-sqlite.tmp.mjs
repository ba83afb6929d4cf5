import SQLite from 'better-sqlite3';
import fs from 'node:fs';
const cols = ['workspace_id','id','link_id','at','country','device','os','browser','referrer_host','utm_source','utm_medium','utm_campaign','utm_term','utm_content','click_ids','bot','consent','pixels','pixels_confirmed','beacon'];
function run(name, ddl, rowsPer) {
  const f = `/tmp/i15/sq-${name}.db`; for (const s of ['', '-wal', '-shm']) fs.rmSync(f + s, { force: true });
  const db = new SQLite(f); db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL'); db.pragma('wal_autocheckpoint = 10000');
  db.exec(ddl);
  const one = `(${cols.map(() => '?').join(',')})`;
  const st = db.prepare(`insert into clicks (${cols}) values ${Array.from({ length: rowsPer }, () => one).join(',')} on conflict do nothing`);
  const N = 200000; const t = performance.now(); let at = Date.now();
  for (let b = 0; b < N; b += 1000) {
    db.exec('begin immediate');
    const params = [];
    for (let i = 0; i < 1000; i++) {
      const k = b + i; at++;
      params.push('ws_01keqr171q5xr5f1werav3txzg', `clk_${at.toString(32).padStart(10, '0')}${(Math.random() * 1e16).toString(32).slice(0, 16)}`, 'lnk_01keqr17zp3rppgf9rctkcdcg4', at, 'US', 1, 'Windows', 'Chrome', 'news.example', 'newsletter', null, null, null, null, 1, 0, 3, '', null, 0);
      if (params.length === cols.length * rowsPer) { st.run(params); params.length = 0; }
    }
    db.exec('commit');
  }
  console.log(name, rowsPer, ((performance.now() - t) * 1000 / N).toFixed(2), 'µs/row');
  db.close();
}
const base = `create table clicks (workspace_id text not null, id text not null, link_id text not null, at bigint not null, country text, device integer not null, os text, browser text, referrer_host text, utm_source text, utm_medium text, utm_campaign text, utm_term text, utm_content text, click_ids integer not null, bot integer not null, consent integer not null, pixels text not null, pixels_confirmed text, beacon integer not null`;
run('worowid', `${base}, primary key (workspace_id, id)) without rowid`, 1);
run('worowid', `${base}, primary key (workspace_id, id)) without rowid`, 64);
run('rowid', `${base}, primary key (workspace_id, id))`, 64);
run('rowid-noidx', `${base})`, 64);
