"""Harvest Files over raw HTTP: a real store, and downloads redirected to a second origin."""

from __future__ import annotations

import email.utils
import hashlib
import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from soracom_async.testing import SoracomEmulator
from soracom_async.testing.spec import get_spec
from soracom_async.testing.storage import URL_TTL_SECONDS
from soracom_async.testing.validation import response_validator

from .conftest import Api, assert_error

pytestmark = pytest.mark.soracom_emulator(sim_count=5, seed=17)
LIST_FILES = get_spec().operations["listFiles"]
CREDENTIAL_HEADERS = ("x-soracom-api-key", "x-soracom-token", "authorization")


@pytest.fixture
def storage() -> Iterator[httpx.Client]:
    """A plain client for the storage origin: no base URL, no credentials, no redirects."""
    with httpx.Client(timeout=30, follow_redirects=False) as client:
        yield client


def _put(api: Api, path: str, content: bytes, content_type: str | None = None) -> httpx.Response:
    headers = {"content-type": content_type} if content_type else {}
    return api.put(f"/files/private/{path}", content=content, headers=headers)


def _location(api: Api, path: str, scope: str = "private") -> str:
    response = api.get(f"/files/{scope}/{path}", follow_redirects=False)
    assert response.status_code == 302, response.text
    assert not response.content and "content-type" not in response.headers
    assert "x-soracom-ratelimit-remaining" in response.headers
    return response.headers["location"]


def _walk(api: Api, path: str, limit: int) -> tuple[list[dict[str, Any]], int]:
    entries: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": limit}
    pages = 0
    while True:
        response = api.get(path, params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        assert response_validator(LIST_FILES).is_valid(body), body
        assert len(body) <= limit
        entries += body
        pages += 1
        next_key = response.headers.get("x-soracom-next-key")
        if next_key is None:
            return entries, pages
        assert "rel=next" in response.headers["link"]
        params["last_evaluated_key"] = next_key


def test_upload_new_then_overwrite_and_metadata(
    soracom_emulator: SoracomEmulator, api: Api
) -> None:
    created = _put(api, "reports/a.csv", b"id,value\n1,2\n", "text/csv")
    assert created.status_code == 201 and not created.content
    assert "x-soracom-ratelimit-remaining" in created.headers
    head = api.request("HEAD", "/files/private/reports/a.csv")
    assert head.status_code == 200 and not head.content
    assert head.headers["content-length"] == "13"
    assert head.headers["content-type"] == "text/csv"
    assert head.headers["etag"] == '"' + hashlib.md5(b"id,value\n1,2\n").hexdigest() + '"'
    first_modified = email.utils.parsedate_to_datetime(head.headers["last-modified"])

    soracom_emulator.clock.advance(3600)
    content = b"\x00\x01" * 500
    replaced = _put(api, "reports/a.csv", content, "application/x-binary")
    assert replaced.status_code == 200 and not replaced.content
    head = api.request("HEAD", "/files/private/reports/a.csv")
    assert head.headers["content-length"] == "1000"
    assert head.headers["content-type"] == "application/x-binary"
    assert head.headers["etag"] == '"' + hashlib.md5(content).hexdigest() + '"'
    modified = email.utils.parsedate_to_datetime(head.headers["last-modified"])
    assert (modified - first_modified).total_seconds() >= 3599
    # No content-type given: stored as octet-stream, as S3 does.
    assert _put(api, "reports/b.bin", b"x").status_code == 201
    head = api.request("HEAD", "/files/private/reports/b.bin")
    assert head.headers["content-type"] == "application/octet-stream"
    missing = api.request("HEAD", "/files/private/reports/none.bin")
    assert missing.status_code == 404 and not missing.content


def test_list_root_and_a_subdirectory_with_pagination(api: Api) -> None:
    names = [f"log-{i:02d}.txt" for i in range(12)]
    for name in names:
        assert _put(api, f"logs/{name}", name.encode(), "text/plain").status_code == 201
    assert _put(api, "logs/2024/old.txt", b"old").status_code == 201
    assert _put(api, "top.txt", b"top").status_code == 201
    assert _put(api, "zeta.bin", b"z").status_code == 201

    for root in ("/files/private//", "/files/private///"):  # path "" and "/"
        entries, _ = _walk(api, root, 10)
        assert [(e["filename"], e["isDirectory"]) for e in entries] == [
            ("logs", True),
            ("top.txt", False),
            ("zeta.bin", False),
        ]
    entries, pages = _walk(api, "/files/private/logs/", 5)
    assert pages == 3
    assert [e["filename"] for e in entries] == ["2024", *names]
    directory, files = entries[0], entries[1:]
    assert directory["isDirectory"] and directory["filePath"] == "/logs/2024/"
    for entry, name in zip(files, names, strict=True):
        assert entry["filePath"] == f"/logs/{name}" and entry["directory"] == "/logs/"
        assert entry["contentLength"] == len(name) and entry["contentType"] == "text/plain"
        assert entry["etag"] == '"' + hashlib.md5(name.encode()).hexdigest() + '"'
        assert entry["isDirectory"] is False and entry["lastModifiedTime"] > 0
    nested, _ = _walk(api, "/files/private/logs/2024/", 10)
    assert [e["filePath"] for e in nested] == ["/logs/2024/old.txt"]
    assert_error(api.get("/files/private/nowhere/"), 404)
    # getFile of a directory redirects to its listing on the API origin.
    response = api.get("/files/private/logs", follow_redirects=False)
    assert response.status_code == 302
    assert response.headers["location"] == f"{api.emulator.base_url}/files/private/logs/"


def test_delete_then_404(api: Api) -> None:
    assert _put(api, "tmp/gone.txt", b"bye").status_code == 201
    assert _put(api, "tmp/stays.txt", b"hi").status_code == 201
    deleted = api.delete("/files/private/tmp/gone.txt")
    assert deleted.status_code == 204 and not deleted.content
    assert "content-type" not in deleted.headers
    assert_error(api.delete("/files/private/tmp/gone.txt"), 404, mentions="/tmp/gone.txt")
    assert_error(api.get("/files/private/tmp/gone.txt", follow_redirects=False), 404)
    assert api.request("HEAD", "/files/private/tmp/gone.txt").status_code == 404
    assert [e["filename"] for e in api.get("/files/private/tmp/").json()] == ["stays.txt"]
    # The directory stays until it is empty and deleted itself.
    assert_error(api.delete("/files/private/tmp/"), 400, mentions="not empty")
    assert api.delete("/files/private/tmp/stays.txt").status_code == 204
    assert api.get("/files/private/tmp/").json() == []
    assert api.delete("/files/private/tmp/").status_code == 204
    assert_error(api.get("/files/private/tmp/"), 404)
    assert_error(api.delete("/files/private/tmp/"), 404)


def test_scopes_are_separate(
    soracom_emulator: SoracomEmulator, api: Api, storage: httpx.Client
) -> None:
    assert _put(api, "shared.txt", b"private").status_code == 201
    assert_error(api.get("/files/public/shared.txt", follow_redirects=False), 404)
    assert api.get("/files/public//").json() == []
    soracom_emulator.put_file("shared.txt", b"public", scope="public", content_type="text/plain")
    assert storage.get(_location(api, "shared.txt", "public")).content == b"public"
    assert storage.get(_location(api, "shared.txt")).content == b"private"
    # The API writes the private scope only (the document's enum).
    assert_error(api.put("/files/public/x.txt", content=b"x"), 400, mentions="scope")
    with pytest.raises(ValueError, match="file path"):
        soracom_emulator.put_file("dir/", b"x")


def test_get_redirects_to_a_second_origin_serving_the_content(
    soracom_emulator: SoracomEmulator, api: Api, storage: httpx.Client
) -> None:
    content = b"sensor dump \xff\x00 " * 100
    assert _put(api, "dumps/d 1.bin", content, "application/x-dump").status_code == 201
    location = _location(api, "dumps/d%201.bin")
    url = urlsplit(location)
    assert f"{url.scheme}://{url.netloc}" == soracom_emulator.storage_url
    assert url.port != soracom_emulator.port and url.hostname == "127.0.0.1"
    assert soracom_emulator.operator_id in url.path and url.path.endswith("/dumps/d%201.bin")
    query = parse_qs(url.query)
    assert set(query) == {"Expires", "Signature"}
    assert int(query["Expires"][0]) > soracom_emulator.clock.now()
    downloaded = storage.get(location)
    assert downloaded.status_code == 200
    assert downloaded.content == content
    assert downloaded.headers["content-type"] == "application/x-dump"
    assert downloaded.headers["etag"] == '"' + hashlib.md5(content).hexdigest() + '"'
    head = storage.head(location)
    assert head.status_code == 200 and head.headers["content-length"] == str(len(content))
    # Deleted after presigning: the URL still verifies, the key is gone.
    assert api.delete("/files/private/dumps/d%201.bin").status_code == 204
    gone = storage.get(location)
    assert gone.status_code == 404 and b"NoSuchKey" in gone.content


def test_a_bad_or_expired_signature_is_refused(
    soracom_emulator: SoracomEmulator, api: Api, storage: httpx.Client
) -> None:
    assert _put(api, "a.txt", b"a").status_code == 201
    assert _put(api, "b.txt", b"b").status_code == 201
    location = _location(api, "a.txt")
    url = urlsplit(location)
    query = parse_qs(url.query)
    base = f"{url.scheme}://{url.netloc}{url.path}"
    signature, expires = query["Signature"][0], query["Expires"][0]
    other = urlsplit(_location(api, "b.txt"))
    refused = {
        "tampered signature": f"{base}?Expires={expires}&Signature={'0' * len(signature)}",
        "extended expiry": f"{base}?Expires={int(expires) + 3600}&Signature={signature}",
        "no signature": f"{base}?Expires={expires}",
        "another file's signature": f"{base}?{other.query}",
    }
    for why, bad in refused.items():
        response = storage.get(bad)
        assert response.status_code == 403, why
        assert b"AccessDenied" in response.content, why
    assert storage.post(location).status_code == 405
    assert storage.get(location).status_code == 200
    soracom_emulator.clock.advance(URL_TTL_SECONDS + 1)
    expired = storage.get(location)
    assert expired.status_code == 403 and b"expired" in expired.content
    assert storage.get(_location(api, "a.txt")).status_code == 200  # a fresh URL works


def test_the_storage_origin_records_every_request(
    soracom_emulator: SoracomEmulator, api: Api, storage: httpx.Client
) -> None:
    assert _put(api, "r.txt", b"r").status_code == 201
    soracom_emulator.clear_storage_requests()
    location = _location(api, "r.txt")
    assert storage.get(location, headers={"x-trace": "1"}).status_code == 200
    recorded = soracom_emulator.storage_requests
    assert len(recorded) == 1
    seen = recorded[0]
    url = urlsplit(location)
    assert (seen.method, seen.path, seen.query) == ("GET", url.path, url.query)
    assert seen.header("x-trace") == "1" and seen.header("host") == url.netloc
    for request in recorded:
        assert not any(request.header(h) for h in CREDENTIAL_HEADERS)
    # The record is what arrived, so a client that leaks its credentials is caught ...
    leaky = {"X-Soracom-API-Key": api.headers["X-Soracom-API-Key"], "Authorization": "Bearer t"}
    storage.get(location, headers=leaky)
    last = soracom_emulator.storage_requests[-1]
    assert last.header("x-soracom-api-key") == api.headers["X-Soracom-API-Key"]
    assert last.header("authorization") == "Bearer t"
    # ... without the secret showing in a repr (test output).
    assert api.headers["X-Soracom-API-Key"] not in repr(last) and "Bearer" not in repr(last)
    # The snapshot is a copy; clearing empties the record. The API origin records nothing there.
    recorded.clear()
    assert len(soracom_emulator.storage_requests) == 2
    soracom_emulator.clear_storage_requests()
    assert api.get("/files/private//").status_code == 200
    assert soracom_emulator.storage_requests == []


def test_a_large_file_downloads_in_bounded_chunks(api: Api, storage: httpx.Client) -> None:
    size = 64 * 1024 * 1024
    block = hashlib.sha256(b"block").digest() * 2048  # 64 KiB
    content = block * (size // len(block))
    assert _put(api, "big/blob.bin", content).status_code == 201
    expected = hashlib.md5(content).hexdigest()
    del content
    digest = hashlib.md5()
    total = chunks = largest = 0
    with storage.stream("GET", _location(api, "big/blob.bin")) as response:
        assert response.status_code == 200
        assert response.headers["content-length"] == str(size)
        for chunk in response.iter_raw(256 * 1024):
            digest.update(chunk)
            total += len(chunk)
            chunks += 1
            largest = max(largest, len(chunk))
    assert total == size and digest.hexdigest() == expected
    assert chunks >= size // (256 * 1024) and largest <= 256 * 1024


def test_files_keep_auth_validation_and_rate_limits(
    soracom_emulator: SoracomEmulator, api: Api
) -> None:
    with httpx.Client(base_url=soracom_emulator.base_url, timeout=10) as anonymous:
        for method, path in (
            ("PUT", "/files/private/x.txt"),
            ("GET", "/files/private/x.txt"),
            ("HEAD", "/files/private/x.txt"),
            ("GET", "/files/private//"),
            ("DELETE", "/files/private/x.txt"),
        ):
            response = anonymous.request(method, path, content=b"x" if method == "PUT" else None)
            assert response.status_code == 401, (method, path)
            assert "x-soracom-ratelimit-limit" in response.headers
    assert_error(api.get("/files/private//", params={"limit": "many"}), 400, mentions="limit")
    assert_error(api.put("/files/private/dir/", content=b"x"), 400, mentions="path")
    soracom_emulator.set_rate_limit("FileEntry", 2)
    assert _put(api, "one.txt", b"1").status_code == 201
    assert api.get("/files/private//").status_code == 200
    limited = api.get("/files/private/one.txt", follow_redirects=False)
    assert_error(limited, 429)
    assert limited.headers["x-soracom-ratelimit-remaining"] == "0"


def test_the_storage_origin_starts_and_stops_with_the_emulator() -> None:
    emulator = SoracomEmulator(sim_count=0)
    with pytest.raises(RuntimeError, match="not been started"):
        _ = emulator.storage_url
    with emulator:
        port = urlsplit(emulator.storage_url).port
        assert port is not None and port != emulator.port
        assert emulator.credentials()["storage_url"] == emulator.storage_url
        with httpx.Client() as client:  # listening, and refusing an unsigned request
            assert client.get(f"{emulator.storage_url}/anything").status_code == 403
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0


def test_the_root_listing_is_the_path_clients_send() -> None:
    """The vendor's own Harvest Files tools list the root as `/files/private/`."""
    with SoracomEmulator(sim_count=1) as emu:
        emu.put_file("top.txt", b"x")
        with httpx.Client(base_url=emu.base_url) as http:
            token = http.post(
                "/auth", json={"authKeyId": emu.auth_key_id, "authKey": emu.auth_key}
            ).json()
            auth = {"X-Soracom-API-Key": token["apiKey"], "X-Soracom-Token": token["token"]}
            for root in ("/files/private/", "/files/private//"):
                answer = http.get(root, headers=auth)
                assert answer.status_code == 200, root
                assert [entry["filename"] for entry in answer.json()] == ["top.txt"]
