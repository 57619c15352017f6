#!/usr/bin/env python3
"""Reads what a running Voordeur shows, for UpgradeTests: python3 read-release-figures.py BASE_URL PGDATA OUT_DIR.

Writes OUT_DIR/reports.json (programme id -> its report as the administrator reads it),
OUT_DIR/audit-verify.json, OUT_DIR/person.json (the subject-access export of the first person by id,
as the privacy officer reads it) and, last, OUT_DIR/counts.txt ("schema.table count" per table), so
the counts include the audit entries the reads made. Connects to the embedded PostgreSQL with the
superuser password file when there is one (else the server trusts local logins)."""
import json, os, subprocess, sys, urllib.request

base, pgdata, out = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(out, exist_ok=True)
PASSWORD = "demo-voordeur-2026"

def call(method, path, token=None, body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Accept", "application/json")
    if body is not None: req.add_header("Content-Type", "application/json")
    if token: req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())

def token(user):
    return call("POST", "/api/v1/auth/token", body={"username": user, "password": PASSWORD})["token"]

def sql(query):
    port = open(os.path.join(pgdata, "postmaster.pid")).read().splitlines()[3].strip()
    env = dict(os.environ)
    secret = os.path.join(pgdata, "voordeur-superuser.secret")
    if os.path.exists(secret): env["PGPASSWORD"] = open(secret).read().strip()
    return subprocess.run(["psql", "-h", "localhost", "-p", port, "-U", "postgres", "-d", "postgres", "-Atc", query],
                          check=True, capture_output=True, text=True, env=env).stdout.strip()

admin = token("admin")
programmes = call("GET", "/api/v1/programmes?size=200", admin)
items = programmes["items"] if isinstance(programmes, dict) else programmes
reports = {p["id"]: call("GET", "/api/v1/programmes/%s/report" % p["id"], admin) for p in items}
json.dump(reports, open(os.path.join(out, "reports.json"), "w"), indent=1, sort_keys=True)
json.dump(call("GET", "/api/v1/audit/verify", token("privacy_officer")), open(os.path.join(out, "audit-verify.json"), "w"), indent=1)
person = sql("SELECT id FROM household.person ORDER BY id LIMIT 1")
json.dump({"id": person, "export": call("GET", "/api/v1/persons/%s/export" % person, token("privacy_officer"))},
          open(os.path.join(out, "person.json"), "w"), indent=1, sort_keys=True)
counts = sql("""SELECT table_schema || '.' || table_name || ' ' ||
  (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text
  FROM information_schema.tables WHERE table_type = 'BASE TABLE'
  AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1""")
open(os.path.join(out, "counts.txt"), "w").write(counts + "\n")
print("figures of %d programmes, person %s, %d tables written to %s" % (len(reports), person, len(counts.splitlines()), out))
