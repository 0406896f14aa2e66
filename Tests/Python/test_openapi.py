"""The OpenAPI document at /openapi.json is valid and documents every route the server has."""
import re

import requests
from openapi_spec_validator import validate

ROOT_ROUTES = "Sources/Server/TextBIServer.swift"


def test_openapi_is_valid_and_complete(server):
    document = requests.get(server + "/openapi.json", timeout=10).json()
    validate(document)
    documented = set(document["paths"])
    # Every route the server registers (from its 405 table), with its parameters written OpenAPI's way.
    import os
    source = open(os.path.join(os.path.dirname(__file__), "..", "..", ROOT_ROUTES), encoding="utf-8").read()
    table = source[source.index("static let routes"):source.index("public func router")]
    for parts in re.findall(r"\(\[([^\]]*)\], \[", table):
        names = [p.strip().strip('"') for p in parts.split(",") if p.strip()]
        path = "/" + "/".join("{run_id}" if n == "*" and "runs" in names else n for n in names)
        if path in ("/", "/assets/*"):
            continue
        assert path in documented, f"{path} is not in openapi.json"
