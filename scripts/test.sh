#!/usr/bin/env bash
# The README's test command: the project's own set-up (scripts/setup.sh: the Debian packages the tests need, skipped
# when present), then every test. Extra arguments go to dotnet test (CI adds its TRX logger).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet test Tradeoff.slnx -c Release "$@"
