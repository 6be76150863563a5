#!/usr/bin/env bash
# The README's test command: the project's own set-up (scripts/setup.sh: the Debian packages the tests need, skipped
# when present, and a running PostgreSQL cluster with a role for the tester), then every test. Extra arguments go to dotnet test (CI adds its TRX logger).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The PostgreSQL store's tests use the local cluster setup.sh started, over its Unix socket, as the role it made.
if [ -z "${TRADEOFF_TEST_POSTGRES:-}" ]; then
  port="$(pg_lsclusters --no-header | awk '{print $3; exit}')"
  export TRADEOFF_TEST_POSTGRES="postgres://$(id -un)@%2Fvar%2Frun%2Fpostgresql:${port}/postgres"
fi
dotnet test Tradeoff.slnx -c Release "$@"
