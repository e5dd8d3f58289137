"""JWTs whose payload names a person (``detectors/jwt_tokens.py``)."""

from __future__ import annotations

import base64
import json

import pytest
from helpers import found

from detectors import Engine, EngineConfig
from detectors.jwt_tokens import person_entity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("jwt_tokens",)))


def _seg(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def _jwt(payload: dict, signature: str = "c2lnbmF0dXJlLWJ5dGVzLWhlcmU") -> str:
    return ".".join([_seg({"alg": "RS256", "typ": "JWT"}), _seg(payload), signature])


PERSON = _jwt({"sub": "00u8k2lq7d", "email": "jane.doe@gmail.com", "name": "Jane Doe"})
NAMED = _jwt({"sub": "a3f1c9d2", "given_name": "Priya", "family_name": "Raman"})
SUBJECT = _jwt({"iss": "https://login.x.org", "sub": "00u9m3nr8eWcY4tU2e8", "scp": ["rx"]})
UPN = _jwt({"sub": "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ", "upn": "mbellamy@x.org"})
UNSIGNED = _jwt({"sub": "00u8k2lq7d"}, signature="")

POSITIVES = [
    ("url", f"https://portal.x.org/callback#id_token={PERSON}&state=af0", "EMAIL", PERSON),
    ("headers.Authorization", f"Bearer {SUBJECT}", "ONLINE_ID", SUBJECT),
    ("request.cookies[0].value", NAMED, "NAME", NAMED),
    ("message", f'GET /api/me?access_token={UPN} HTTP/1.1" 200', "EMAIL", UPN),
    ("message", f"token={UNSIGNED};", "ONLINE_ID", UNSIGNED),
]


@pytest.mark.parametrize(("field", "text", "entity", "span"), POSITIVES)
def test_a_persons_token_is_reported_whole(
    engine: Engine, field: str, text: str, entity: str, span: str
) -> None:
    assert found(engine, {field: text}) == [(entity, span)]


NEGATIVES = [
    # client-credentials grants: a program's token (Auth0, Okta, Entra ID)
    _jwt({"sub": "Xk2Lm9PqR4sT7uVw@clients", "gty": "client-credentials"}),
    _jwt({"sub": "0oa8k2lq7dVbX3sT1d7", "cid": "0oa8k2lq7dVbX3sT1d7", "scp": ["sync"]}),
    _jwt({"sub": "svc-1", "idtyp": "app", "appid": "f00"}),
    _jwt({"sub": "svc-2", "azp": "svc-2"}),
    # no subject: a signed state or a webhook signature
    _jwt({"nonce": "n-0S6", "redirect": "/home", "exp": 1729003600}),
    # a payload that is no JSON object
    ".".join([_seg({"alg": "HS256"}), "eyJub3QganNvbg", "c2ln"]),
    ".".join([_seg({"alg": "HS256"}), _seg(["a", "list"]), "c2ln"]),
]


@pytest.mark.parametrize("token", NEGATIVES)
def test_a_machines_token_is_not_reported(engine: Engine, token: str) -> None:
    assert found(engine, {"headers.authorization": f"Bearer {token}"}) == []


def test_claims_decide_the_entity() -> None:
    assert person_entity({"sub": "jane@x.org"}) == "EMAIL"
    assert person_entity({"sub": 88412}) == "ONLINE_ID"
    assert person_entity({"name": "", "sub": "u1"}) == "ONLINE_ID"
    assert person_entity({"email": "not an address", "sub": "u1"}) == "ONLINE_ID"
    assert person_entity({}) is None
