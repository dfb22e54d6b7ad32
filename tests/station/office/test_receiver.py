"""The waitress receiver (`station office serve`, its own process) on 127.0.0.1: announce → token → upload.

Its own process because the models bind to one database at a time, and the test opens the station's."""
import http.client
import json
import socket
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.connection import close_database
from station.identity import init_station
from station.sync.announce import make_announcement
from station.sync.container import file_sha256, open_bundle
from station.sync.outgoing import export_bundle
from station.sync.push import push
from station.sync.state import trust_office
from tests.station.sync.helpers import add_resident, make_station, running_office, switch


@dataclass
class Served:
    url: str


@pytest.fixture
def receiver(tmp_path, office_db):
    for office, url in running_office(tmp_path, office_db):
        station = make_station(tmp_path, "CN-R-01", office)
        yield office, station, Served(url)


def _request(server, method, path, body=b"", headers=None):
    host, port = server.url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.request(method, path, body=body, headers=headers or {})
    reply = conn.getresponse()
    data = reply.read()
    conn.close()
    return reply.status, data


def _bundle(station_dir, tmp_path):
    ctx = switch(station_dir)
    add_resident("CN-R-01", "钱")
    path = Path(export_bundle(ctx, tmp_path / "out")["file"])
    return ctx, path


def _announce(station_dir, path, **override):
    from station.identity import this_station
    from station.keystore import signing_key

    switch(station_dir)
    me = this_station()
    fields = {"station": me.code, "office": "OFFICE-TEST", "bundle_id": open_bundle(path).get("bundle_id"),
              "size": __import__("os").path.getsize(path), "sha256": file_sha256(path)}
    message = make_announcement(**fields, sign_private=signing_key())
    close_database()
    return {**message, **override}


def test_push_over_announce_and_upload_applies_and_replies(tmp_path, receiver):
    office, station, server = receiver
    ctx = switch(station)
    add_resident("CN-R-01", "孙")
    result = push(ctx, server.url)
    assert result["outcome"] == "applied" and result["ack"] == 1


def test_token_is_one_time_and_bytes_must_match_the_announcement(tmp_path, receiver):
    office, station, server = receiver
    _ctx, path = _bundle(station, tmp_path)
    data = open(path, "rb").read()
    status, reply = _request(server, "POST", "/announce", json.dumps(_announce(station, path)).encode())
    assert status == 200
    token = json.loads(reply)["token"]
    status, _ = _request(server, "PUT", f"/bundle/{token}", data[:-1] + b"X")
    assert status == 400  # same size, other bytes: refused, nothing kept
    status, _ = _request(server, "PUT", f"/bundle/{token}", data)
    assert status == 403  # the token was used up
    token = json.loads(_request(server, "POST", "/announce", json.dumps(_announce(station, path)).encode())[1])["token"]
    status, reply = _request(server, "PUT", f"/bundle/{token}", data)
    assert status == 200 and reply.startswith(b"VSBUNDLE")


@pytest.mark.parametrize("change, code", [
    ({"station": "CN-NOBODY"}, "refused.unknown_station"),
    ({"size": 10}, "refused.bad_signature"),
    ({"office": "OFFICE-OTHER"}, "refused.bad_signature"),
])
def test_announcements_are_refused_before_any_payload(tmp_path, receiver, change, code):
    office, station, server = receiver
    _ctx, path = _bundle(station, tmp_path)
    status, reply = _request(server, "POST", "/announce", json.dumps(_announce(station, path, **change)).encode())
    assert status == 403 and json.loads(reply)["reason"] == code


def test_over_the_station_limit_is_refused_at_announce(tmp_path, receiver):
    office, station, server = receiver
    _ctx, path = _bundle(station, tmp_path)
    from station.office.service import set_bundle_limit

    set_bundle_limit(switch(office, office=True), "CN-R-01", 0)
    from db.models import OfficeStation

    OfficeStation.update(max_bundle=100).execute()  # below a megabyte, to refuse this small bundle
    close_database()
    status, reply = _request(server, "POST", "/announce", json.dumps(_announce(station, path)).encode())
    assert status == 413 and json.loads(reply)["reason"] == "refused.too_large"


def test_garbage_old_protocol_and_half_sent_requests_leave_the_server_serving(tmp_path, receiver):
    office, station, server = receiver
    assert _request(server, "POST", "/announce", b"{not json")[0] == 400
    assert _request(server, "POST", "/announce", b"x" * 20000)[0] == 413
    assert _request(server, "POST", "/bundle", b"VSBUNDLE")[0] == 410
    assert _request(server, "PUT", "/bundle/nope", b"abc")[0] == 403
    host, port = server.url.removeprefix("http://").split(":")
    half = socket.create_connection((host, int(port)))
    half.sendall(b"PUT /bundle/x HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nonly a little")
    half.close()  # dropped mid-body
    assert _request(server, "GET", "/")[0] == 200
    ctx = switch(station)
    add_resident("CN-R-01", "李")
    assert push(ctx, server.url)["outcome"] == "applied"


def test_stranger_station_push_is_refused_with_its_reason(tmp_path, receiver):
    from station.sync.push import OfficeRefused

    office, station, server = receiver
    ctx = init_station(tmp_path / "stranger", "CN-R-09", "未登记站")
    trust_office(ctx, tmp_path / "office.json")
    add_resident("CN-R-09", "冯")
    with pytest.raises(OfficeRefused) as refused:
        push(ctx, server.url)
    assert "CN-R-09" in refused.value.message()


def _put_headers_only(server, path: str, length: int) -> bytes:
    """Announce a huge PUT, send only its first 64 KB, and read the reply: a server reading the body first
    would still be waiting for the other bytes (and time out here)."""
    import socket

    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=20) as sock:
        sock.sendall(f"PUT {path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {length}\r\n\r\n".encode())
        sock.sendall(b"\0" * (64 << 10))
        reply = b""
        while b"\r\n\r\n" not in reply:
            chunk = sock.recv(4096)
            if not chunk:
                break
            reply += chunk
    return reply


def test_a_bad_token_put_is_refused_before_its_body_is_read(tmp_path, receiver):
    office, station, server = receiver
    huge = 200 << 20  # under the body limit, so only the token check can refuse it early
    assert _put_headers_only(server, "/bundle/not-a-token", huge).startswith(b"HTTP/1.1 403")
    _ctx, path = _bundle(station, tmp_path)
    token = json.loads(_request(server, "POST", "/announce", json.dumps(_announce(station, path)).encode())[1])["token"]
    # an open token but not the announced size: refused early too, and the token stays usable
    assert _put_headers_only(server, f"/bundle/{token}", huge).startswith(b"HTTP/1.1 403")
    status, reply = _request(server, "PUT", f"/bundle/{token}", open(path, "rb").read())
    assert status == 200 and reply.startswith(b"VSBUNDLE")
    assert _request(server, "GET", "/")[0] == 200
