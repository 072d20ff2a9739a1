"""Validates graph files against `casus schema` with an independent validator.

Usage: schema_check.py SCHEMA valid|invalid|messages FILE...
Prints one line per file: `ok FILE` when the verdict matches what was asked
(valid files have no error; invalid files have at least one), else `FAIL FILE: why`;
with `messages`, one line per error: `FILE: [path] message`, as a user would see it.
YAML is read as YAML 1.2 reads it (a date stays text), as a language server does.
"""
import json
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    pass


Loader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
expect_valid = sys.argv[2] == "valid"
for path in sys.argv[3:]:
    errors = list(validator.iter_errors(yaml.load(open(path), Loader=Loader)))
    if sys.argv[2] == "messages":
        for e in errors:
            print(f"{path}: {list(e.path)} {e.message}")
    elif expect_valid and errors:
        print(f"FAIL {path}: {errors[0].message[:160]} at {list(errors[0].path)}")
    elif not expect_valid and not errors:
        print(f"FAIL {path}: the schema accepts it")
    else:
        print(f"ok {path}")
