#!/usr/bin/env python3
"""The yardstick for `make bench`'s loading figures: PyYAML's C loader (libyaml,
the same C parser Yams wraps) on the very YAML files casus-bench wrote, parse
only — no checking, no model. Prints one Markdown row per world."""
import os, sys, time

try:
    import yaml
    Loader = yaml.CLoader
except (ImportError, AttributeError):
    print("PyYAML with its C loader is not installed: no yardstick")
    sys.exit(0)

root = sys.argv[1]
print("| world | YAML | PyYAML C loader, median | speed |")
print("|---|---:|---:|---:|")
for name in sorted(os.listdir(root)):
    folder = os.path.join(root, name)
    if not os.path.isdir(folder):
        continue
    paths = [os.path.join(folder, f) for f in sorted(os.listdir(folder)) if f.endswith(".yaml")]
    texts = [open(p, encoding="utf-8").read() for p in paths]
    size = sum(len(t.encode("utf-8")) for t in texts)
    times = []
    for _ in range(1 if size > 10_000_000 else 5):
        start = time.perf_counter()
        for t in texts:
            yaml.load(t, Loader=Loader)
        times.append(time.perf_counter() - start)
    t = sorted(times)[len(times) // 2]
    print(f"| {name} | {size / 1e6:.1f} MB | {t * 1000:.0f} ms | {size / 1e6 / t:.1f} MB/s |")
