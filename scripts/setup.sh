#!/usr/bin/env bash
# Installs the few Debian packages Tradeoff needs on a fresh machine with the .NET 10 SDK, when missing:
#   fonts-dejavu-core  a TrueType font for headless Chromium to draw the report's text with.
#   chromium           the HTML report's browser test opens the page headless.
#   dataset-fashion-mnist  the IDX loader's test reads the installed Fashion-MNIST files.
# Run as root (or with sudo). Safe to run again: installed packages are skipped.
set -euo pipefail
needed=(fonts-dejavu-core chromium dataset-fashion-mnist)
missing=()
for p in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
