#!/usr/bin/python3
"""Validates bundles against data/rapport-bundle.schema.json with an independent
validator (python3-jsonschema, Draft 2020-12). Usage: validate-bundle-schema.py SCHEMA BUNDLE…"""
import json
import sys

import jsonschema

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
status = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        bundle = json.load(f)
    errors = sorted(validator.iter_errors(bundle), key=lambda e: list(e.path))
    for error in errors[:10]:
        print(f"{path}: {'/'.join(str(p) for p in error.path)}: {error.message}")
    if errors:
        status = 1
    else:
        print(f"{path}: valid")
sys.exit(status)
