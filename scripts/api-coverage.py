#!/usr/bin/env python3
"""Every public declaration of CasusKit and CasusRender has a /// comment:
lists those that do not (from the symbol graphs `scripts/docs.sh` emits) and
fails when there is any. Declarations the compiler synthesizes (==, hash(into:),
rawValue, …) have no source location and are not counted."""
import glob, json, sys

folder = sys.argv[1]
missing, total = [], 0
for path in sorted(glob.glob(f"{folder}/Casus*.symbols.json")):
    module = json.load(open(path))["module"]["name"]
    for s in json.load(open(path))["symbols"]:
        if s.get("accessLevel") != "public" or "location" not in s:
            continue
        total += 1
        if not s.get("docComment"):
            where = s["location"]["uri"].split("/Sources/")[-1]
            missing.append(f"{where}:{s['location']['position']['line'] + 1}: {module}.{'.'.join(s['pathComponents'])}")
print(f"{total} public declarations; {len(missing)} without documentation")
for m in missing:
    print("  " + m)
sys.exit(1 if missing else 0)
