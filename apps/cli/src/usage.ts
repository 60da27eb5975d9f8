export const USAGE = `congvan — công văn → việc cần làm

Usage:
  congvan extract FILE [--evidence]   Print the Directive JSON read from FILE (text, image or PDF)
  congvan ingest FILE...              Store scans and run the pipeline until each is extracted or failed
  congvan import-org FILE             Import the organisation registry (JSON or CSV)
  congvan create-user --username U --role R [--unit CODE] [--name "Họ tên"]
                                      Create an account (roles: clerk, unit_admin, leader, system_admin);
                                      the password is read from CONGVAN_PASSWORD or standard input
  congvan migrate                     Apply pending database migrations

The database is DATABASE_URL, or the embedded PostgreSQL in DATA_DIR when it is unset: the running
server's when it runs (commands share it; the server keeps it), else started for the command.
Only ingest runs pipeline jobs; the other commands leave the server's jobs to the server.`;

/** Prints the usage to standard error; returns the exit code for a usage error (EX_USAGE). */
export function usage(): number {
  process.stderr.write(USAGE + '\n');
  return 64;
}
