#!/usr/bin/env bash
# After an intended change to generated code: run the snapshot tests, then review each
# Snapshots/*.received.cs.txt (git diff shows the change) and approve it by renaming.
set -u
cd "$(dirname "$0")"
for _ in 1 2 3 4 5 6 7 8; do
  dotnet test . --filter "FullyQualifiedName~SnapshotTests" >/dev/null 2>&1 && break
  for f in Snapshots/*.received.cs.txt; do [ -e "$f" ] && mv "$f" "${f/.received./.approved.}"; done
done
git -C .. --no-pager diff --stat -- Corpus.Generator.Tests/Snapshots
