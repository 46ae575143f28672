"""API docs offline, response models in OpenAPI, and the JSON Schemas in docs/ kept true."""

import json
import re
from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsfuse.cli import app as cli_app
from newsfuse.cli import example_path
from newsfuse.server.app import create_app
from newsfuse.server.responses import SCHEMAS, json_schema

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app()) as running:
        yield running


@pytest.fixture(scope="module")
def example_documents(client):
    return client.get("/v1/example").json()["documents"]


def test_docs_page_loads_swagger_ui_from_this_server(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r"""(?:src|href)=["']?([^"' >]+)""", page.text)
    scripts = [a for a in assets if a.endswith(".js")]
    assert scripts, page.text
    for asset in assets:
        assert asset.startswith("/"), f"/docs loads {asset} from elsewhere"
        served = client.get(asset)
        assert served.status_code == 200, asset
    bundle = client.get(scripts[0])
    assert "javascript" in bundle.headers["content-type"]
    assert len(bundle.content) > 500_000 and b"SwaggerUIBundle" in bundle.content
    assert client.get("/openapi.json").json()["openapi"].startswith("3.")


def test_every_endpoint_documents_its_answer(client):
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            ok = operation["responses"]["200"]["content"]["application/json"]["schema"]
            assert "$ref" in ok, f"{method.upper()} {path} has no response model"
    schemas = spec["components"]["schemas"]
    assert {"SummaryOut", "BriefingOut", "HealthOut", "LimitsOut"} <= set(schemas)


def test_committed_schemas_are_up_to_date():
    for name, model in SCHEMAS.items():
        committed = (DOCS / name).read_text(encoding="utf-8")
        assert committed == json_schema(model), (
            f"docs/{name} is stale: run python -m newsfuse.server.responses docs"
        )


def validate(payload: dict, name: str) -> None:
    schema = json.loads((DOCS / name).read_text(encoding="utf-8"))
    jsonschema.validate(payload, schema, format_checker=jsonschema.FormatChecker())


def test_cli_outputs_validate_against_the_schemas():
    runner = CliRunner()
    example = str(example_path())
    summary = runner.invoke(cli_app, ["summarize", example, "-f", "json", "-w", "80"])
    assert summary.exit_code == 0, summary.output
    validate(json.loads(summary.stdout), "summary.schema.json")
    briefing = runner.invoke(cli_app, ["brief", example, "-f", "json", "--entities", "rules"])
    assert briefing.exit_code == 0, briefing.output
    payload = json.loads(briefing.stdout)
    assert payload["quotes"] and payload["timeline"] and payload["conflicts"]
    validate(payload, "briefing.schema.json")


def test_api_outputs_validate_against_the_schemas(client, example_documents):
    body = {"documents": example_documents, "include_documents": True, "options": {"words": 80}}
    summary = client.post("/v1/summarize", json=body)
    assert summary.status_code == 200
    validate(summary.json(), "summary.schema.json")
    body["options"]["entity_model"] = "rules"
    briefing = client.post("/v1/brief", json=body)
    assert briefing.status_code == 200
    assert briefing.json()["documents"]
    validate(briefing.json(), "briefing.schema.json")
    with pytest.raises(jsonschema.ValidationError):
        validate({**briefing.json(), "quotes": [{"text": 3}]}, "briefing.schema.json")


def test_api_names_outlets_by_their_site(client, example_documents):
    documents = [
        {"text": d["text"], "url": f"https://www.reuters.com/{i}" if i == 0 else d.get("url")}
        for i, d in enumerate(example_documents)
    ]
    reply = client.post("/v1/summarize", json={"documents": documents, "options": {"words": 60}})
    assert reply.status_code == 200
    names = [s["name"] for s in reply.json()["sources"]]
    assert names[0] == "Reuters" and names[1] == "coastline-daily.example"
