#!/usr/bin/env bash
# Installs the few Debian packages Tradeoff needs on a fresh machine with the .NET 10 SDK, when missing:
#   fonts-dejavu-core  a TrueType font for headless Chromium to draw the report's text with.
#   chromium           the HTML report's browser test opens the page headless.
#   dataset-fashion-mnist  the IDX loader's test reads the installed Fashion-MNIST files.
#   python3-sklearn    examples/bring-your-own's command technique (train.py) and its end-to-end test.
#   python3-onnx       examples/bring-your-own/prepare.py and the ONNX fixtures' generator write ONNX files with it.
# Run as root (or with sudo). Safe to run again: installed packages are skipped.
set -euo pipefail
needed=(fonts-dejavu-core chromium dataset-fashion-mnist python3-sklearn python3-onnx)
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
