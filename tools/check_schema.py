#!/usr/bin/env python3
"""Checks that rules/schema/rule-pack.schema.json and the loader agree.

Every key the loader accepts in a rule pack (the checkKeys lists of
rules/loader/LoadRulePack.cpp) must be a property somewhere in the schema,
and every schema property must be accepted by the loader, so editors that
validate against the schema and the tool never disagree.
"""
import json
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
src = open(os.path.join(root, "rules", "loader", "LoadRulePack.cpp")).read()
loader = set()
for m in re.finditer(r"checkKeys\(\s*\w+,\s*\{([^}]*)\}", src, re.S):
    loader |= set(re.findall(r'"([^"]+)"', m.group(1)))

schema = json.load(open(os.path.join(root, "rules", "schema", "rule-pack.schema.json")))
props = set()


def walk(node):
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            props.update(node["properties"].keys())
        for v in node.values():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)


walk(schema)
only_loader, only_schema = sorted(loader - props), sorted(props - loader)
if only_loader or only_schema:
    print("schema and loader disagree")
    print("  accepted by the loader, missing from the schema:", only_loader)
    print("  in the schema, rejected by the loader:", only_schema)
    sys.exit(1)
print("schema and loader agree on %d keys" % len(loader))
