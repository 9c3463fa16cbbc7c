#!/bin/sh
# The plain git hook (integrations/git/pre-commit through core.hooksPath)
# must check the staged content, not the working tree.
#   git-hook-repo.sh SRCROOT SDK CONFIG DIR
set -u
src=$1 sdk=$2 config=$3 dir=$4
rm -rf "$dir" && mkdir -p "$dir" && cd "$dir" && git init -q . || exit 1
export HOME="$dir" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
git config core.hooksPath "$src/integrations/git"
cp "$config" .consentlint.yaml
mkdir build
cat > build/compile_commands.json <<JSON
[{"directory": "$dir", "file": "$dir/ads.cpp",
  "arguments": ["clang++", "-std=c++17", "-I$dir/include", "-isystem", "$sdk/firebase", "-isystem", "$sdk/acme", "-c", "ads.cpp"]}]
JSON
mkdir include
printf '#pragma once\nvoid banner();\n' > include/banner.h
gated='#include <firebase/gma.h>
#include <acme/consent.h>
#include "banner.h"
void show(firebase::gma::AdView *view, const firebase::gma::AdRequest &req) {
  if (acme::consent::granted(acme::consent::Purpose::Ads))
    view->LoadAd(req);
}'
ungated='#include <firebase/gma.h>
#include <acme/consent.h>
#include "banner.h"
void show(firebase::gma::AdView *view, const firebase::gma::AdRequest &req) {
  view->LoadAd(req);
}'
try() { # name
  if git commit -q -m "$1" > ".git/$1.log" 2>&1; then echo "$1: committed"; else echo "$1: refused"; fi
  cat ".git/$1.log"
}

# Staged ungated, working tree "fixed" but not staged: refused.
printf '%s\n' "$ungated" > ads.cpp
git add .consentlint.yaml build include ads.cpp
printf '%s\n' "$gated" > ads.cpp
try staged-ungated

# Staged gated, working tree broken afterwards: committed.
git add ads.cpp
printf '%s\n' "$ungated" > ads.cpp
try staged-gated
git checkout -q -- ads.cpp

# A staged header is analysed through the file that includes it; the
# finding is in the header.
printf '#pragma once\n#include <firebase/analytics.h>\ninline void banner() { firebase::analytics::LogEvent("b"); }\n' > include/banner.h
git add include/banner.h
try staged-header

# A header that nothing includes is skipped with a note.
git reset -q include/banner.h && git checkout -q -- include/banner.h
printf '#pragma once\nvoid lonely();\n' > include/lonely.h
git add include/lonely.h
try lonely-header
