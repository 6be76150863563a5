#!/usr/bin/env bash
# Installs the few Debian packages Tradeoff needs on a fresh machine with the .NET 10 SDK, when missing:
#   fonts-dejavu-core  a TrueType font for headless Chromium to draw the report's text with.
#   chromium           the HTML report's browser test opens the page headless.
#   dataset-fashion-mnist  the IDX loader's test reads the installed Fashion-MNIST files.
#   postgresql         the PostgreSQL store's tests run against a real server.
#   python3-sklearn    examples/bring-your-own's command technique (train.py) and its end-to-end test.
#   python3-onnx       examples/bring-your-own/prepare.py and the ONNX fixtures' generator write ONNX files with it.
# Then starts the local PostgreSQL cluster when it is down, and gives the user who runs the tests a role of the same
# name that may create databases and end sessions on them (the tests create and drop one per test class); it logs in over the local socket by
# peer authentication, so no password is kept anywhere.
# Run as root (or with sudo). Safe to run again: installed packages, a running cluster and an existing role are kept.
set -euo pipefail
needed=(fonts-dejavu-core chromium dataset-fashion-mnist postgresql python3-sklearn python3-onnx)
missing=()
for p in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

# The first cluster Debian made (e.g. 15 main), or a new one when the package made none (some container images);
# PostgreSQL refuses to run as root: pg_createcluster and pg_ctlcluster run it as postgres.
if [ -z "$(pg_lsclusters --no-header)" ]; then
  $SUDO pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -n 1)" main
fi
read -r version cluster status < <(pg_lsclusters --no-header | awk '{print $1, $2, $4; exit}')
if [ "$status" != "online" ]; then
  $SUDO pg_ctlcluster "$version" "$cluster" start
fi
tester="$(id -un)"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
if [ "$(as_postgres psql -XAtq -c "SELECT 1 FROM pg_roles WHERE rolname = '$tester'")" != "1" ]; then
  as_postgres createuser --createdb "$tester"
fi
# DROP DATABASE ... WITH (FORCE) ends the sessions left on a test database; an autovacuum worker there has no role,
# so only a member of pg_signal_backend may end it (without it a class's clean-up failed now and then in CI).
as_postgres psql -XAtq -c "GRANT pg_signal_backend TO \"$tester\"" >/dev/null 2>&1
