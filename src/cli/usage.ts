/** The `dyad` usage text. */
/** Usage text of every subcommand. */
export const USAGE = `usage:
  dyad code FILE [--date YYYY-MM-DD] [--title T] [--html] [--explain] [--incidents] [--hypothetical] [--all] [--one-sided] [--max-bytes N] code one article (text or HTML), print a table
  dyad code --jsonl [--incidents] [--hypothetical] [--all] [--one-sided] [--max-bytes N]   JSON Lines on stdin -> one result line per input line
      --incidents: every incident without a dyad becomes an event (ACLED-style data; default: only sideless ones)
      --hypothetical: keep hypothetical acts ("could strike", "would sign if …"; default: left out)
      --all: keep every event the default leaves out: hypothetical acts and background (relative clauses,
        "had attacked", acts dated to earlier years), each flagged ("modality", "background": why)
      --one-sided: code every sentence as if apart: keep a statement, appeal, demand or threat (CAMEO 01-13)
        from a placed source with no target, where its sentence holds no other event ("X promised reforms";
        GDELT's events with no Actor2); a text of one sentence is always coded so; default: a target is needed
  dyad eval GOLD.jsonl [--json] [--out PRED.jsonl] [--incidents] [--hypothetical] [--all] [--one-sided] code a gold file as code --jsonl would, score it like shared/tools/score.py
  dyad coverage FILE.jsonl[.gz] [--top N] [--max N] [--json]  code a corpus; rank silent actor pairs (by verb), unknown
      capitalised names and CAMEO codes with no trigger, each with an example sentence
  dyad ingest PATH... [--db dyad.db] [--jobs N] [--strict] [--max-bytes N] [--date YYYY-MM-DD] [--watch SECONDS] [--hypothetical] [--all] [--quiet] [--json]
      PATH: files, folders (recursive), - (stdin), or feed URLs; .txt .html .json .jsonl[.gz] .xml/.rss/.atom .warc[.gz]
      exit status 0 = all coded, 3 = some records failed and were skipped, 4 = every input failed (nothing coded),
      1 = stopped by --strict or the store cannot be opened, 2 = bad flags
      --queue redis://HOST:PORT [--queue-name dyad] [--attempts 3] [--backoff-ms 1000]: validate and enqueue for workers instead
  dyad recode [--db dyad.db] [--jobs N] [--hypothetical] [--all] [--queue redis://…]   re-code stored articles whose coder version is stale
  dyad worker --queue redis://HOST:PORT --db postgres://… [--concurrency N] [--lock-seconds 30] [--queue-name dyad]
      code and store queued articles until SIGTERM (which finishes the active jobs); --db or DYAD_DB
  dyad queue status|retry-failed|drain --queue redis://… [--json] [--watch SECONDS]   queue counts, throughput, admin
  dyad events [--db dyad.db] [--actor CODE] [--source CODE] [--target CODE] [--code PREFIX] [--quad N] [--since DATE]
      [--until DATE] [--place TEXT] [--text "full-text query"] [--negated] [--background] [--limit N] [--format table|json|jsonl|csv]
      --negated, --background: include negated events, and background ones (stored by ingest --all; ADR 0010)
  dyad export --format gdelt|jsonl|csv [--db dyad.db] [--out FILE]   gdelt: GDELT 2.0 event table (TSV, no header)
  dyad serve [--db dyad.db] [--port 8080] [--host 127.0.0.1] [--cors ORIGIN] [--no-cache]   REST API (/docs, /openapi.json) and dashboard (/)
      [--workers N]   N processes on the port (default: one per CPU, at most 4)
      any host but loopback needs DYAD_API_TOKEN set; write routes then need "Authorization: Bearer TOKEN"
  --db takes a SQLite file or a postgres:// URL (default: $DYAD_DB, else dyad.db)`;
