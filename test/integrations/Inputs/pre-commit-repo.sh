#!/bin/sh
# Drives Debian's real pre-commit in a throw-away repository that uses the
# hooks file at the root of this source tree (no network: the hook
# repository is a local clone). Prints what the commits did.
#   pre-commit-repo.sh SRCROOT SDK CONFIG DIR
set -u
src=$1 sdk=$2 config=$3 dir=$4
rm -rf "$dir" && mkdir -p "$dir/hooks" "$dir/proj" "$dir/cache"
export PRE_COMMIT_HOME="$dir/cache" HOME="$dir" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com

# The hook repository: our .pre-commit-hooks.yaml, committed.
cd "$dir/hooks" && git init -q . && cp "$src/.pre-commit-hooks.yaml" . &&
  git add .pre-commit-hooks.yaml && git commit -q -m hooks || exit 1
rev=$(git rev-parse HEAD)

cd "$dir/proj" && git init -q . || exit 1
cp "$config" .consentlint.yaml
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $dir/hooks
    rev: $rev
    hooks:
      - id: consentlint
YAML
cat > compile_commands.json <<JSON
[{"directory": "$dir/proj", "file": "ads.cpp",
  "arguments": ["clang++", "-std=c++17", "-isystem", "$sdk/firebase", "-isystem", "$sdk/acme", "-c", "ads.cpp"]}]
JSON
git add .pre-commit-config.yaml .consentlint.yaml compile_commands.json &&
  git commit -q -m setup || exit 1
pre-commit install || exit 1

# An ungated ad request: the commit is refused and the finding shown.
cat > ads.cpp <<'CPP'
#include <firebase/gma.h>
#include <acme/consent.h>
void show(firebase::gma::AdView *view, const firebase::gma::AdRequest &req) {
  view->LoadAd(req);
}
CPP
git add ads.cpp
if git commit -q -m ungated > ../ungated.log 2>&1; then
  echo "UNGATED: committed"
else
  echo "UNGATED: refused"
fi
cat ../ungated.log
git log --oneline | wc -l | sed 's/^ */COMMITS: /'

# Gated: the commit goes through.
cat > ads.cpp <<'CPP'
#include <firebase/gma.h>
#include <acme/consent.h>
void show(firebase::gma::AdView *view, const firebase::gma::AdRequest &req) {
  if (acme::consent::granted(acme::consent::Purpose::Ads))
    view->LoadAd(req);
}
CPP
git add ads.cpp
if git commit -q -m gated > ../gated.log 2>&1; then
  echo "GATED: committed"
else
  echo "GATED: refused"
fi
cat ../gated.log
git log --oneline | wc -l | sed 's/^ */COMMITS: /'
