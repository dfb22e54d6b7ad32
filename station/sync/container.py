"""The bundle file: one signed manifest, one encrypted payload, streamed both ways.

Layout (all lengths big-endian):
    MAGIC(8) | frame* | manifest JSON | Ed25519 signature(64) | u32 manifest length | END(8)
Each frame is u32 length + ChaCha20-Poly1305 ciphertext of one 64 KiB plaintext chunk of the
zlib-compressed payload. The nonce is an 11-byte chunk counter plus a last-chunk flag (the STREAM
construction age uses), so chunks cannot be reordered, dropped or cut off unnoticed. The key comes from
an ephemeral X25519 exchange with the recipient's box key through HKDF-SHA256. The manifest sits at the
end so the writer can stream once; it carries the SHA-256 of every payload byte, and the signature
covers MAGIC + manifest, so any changed byte anywhere is refused before anything is applied.
"""
import codecs
import hashlib
import json
import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from station.keys import b64, unb64
from station.sync.errors import BundleRefused

MAGIC = b"VSBUNDLE"
END = b"VSBEND01"
FORMAT = 1
CHUNK = 64 * 1024
_U32 = struct.Struct(">I")
_TRAILER = 64 + 4 + 8
_MAX_MANIFEST = 1 << 20
_TAG = 16


def _key(shared: bytes, ephemeral: bytes, recipient: bytes, bundle_id: str) -> bytes:
    info = b"village-station bundle v1|" + bundle_id.encode("ascii")
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + recipient, info=info).derive(shared)


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class BundleWriter:
    """Feed payload bytes with write(); finish() signs the manifest and renames the temp file into place."""

    def __init__(self, path: Path, recipient_box_public: bytes, bundle_id: str) -> None:
        self.path = path
        self.bundle_id = bundle_id
        self.tmp = path.with_name(path.name + ".part")
        path.parent.mkdir(parents=True, exist_ok=True)
        ephemeral = X25519PrivateKey.generate()
        self.ephemeral = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_box_public))
        self._aead = ChaCha20Poly1305(_key(shared, self.ephemeral, recipient_box_public, bundle_id))
        self._fh = open(self.tmp, "wb")
        self._fh.write(MAGIC)
        self._zip = zlib.compressobj(1)
        self._buf = bytearray()
        self._counter = 0
        self._hash = hashlib.sha256()
        self.payload_size = 0

    def write(self, data: bytes) -> None:
        self._buf += self._zip.compress(data)
        while len(self._buf) > CHUNK:
            self._frame(bytes(self._buf[:CHUNK]), last=False)
            del self._buf[:CHUNK]

    def _frame(self, plain: bytes, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._counter, last), plain, None)
        frame = _U32.pack(len(sealed)) + sealed
        self._fh.write(frame)
        self._hash.update(frame)
        self.payload_size += len(frame)
        self._counter += 1

    def finish(self, manifest: dict, sign_private: bytes) -> dict:
        self._buf += self._zip.flush()
        while len(self._buf) > CHUNK:
            self._frame(bytes(self._buf[:CHUNK]), last=False)
            del self._buf[:CHUNK]
        self._frame(bytes(self._buf), last=True)
        manifest = {**manifest, "format": FORMAT, "bundle_id": self.bundle_id, "ephemeral": b64(self.ephemeral),
                    "cipher": "x25519-hkdf-sha256-chacha20poly1305-stream", "compression": "zlib",
                    "chunk": CHUNK, "payload_size": self.payload_size, "payload_sha256": self._hash.hexdigest()}
        body = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        signature = Ed25519PrivateKey.from_private_bytes(sign_private).sign(MAGIC + body)
        self._fh.write(body + signature + _U32.pack(len(body)) + END)
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self.tmp, self.path)
        fsync_dir(self.path.parent)
        return manifest

    def abort(self) -> None:
        if not self._fh.closed:
            self._fh.close()
        self.tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle whose manifest has been read but not yet trusted (call verify())."""

    path: Path
    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    payload_end: int

    @property
    def name(self) -> str:
        return self.path.name

    def get(self, key: str, kind: type = str):
        value = self.manifest.get(key)
        if not isinstance(value, kind) or isinstance(value, bool) != (kind is bool):
            raise BundleRefused("tampered", file=self.name)
        return value


def open_bundle(path: Path) -> OpenedBundle:
    """Read the trailer and manifest; refuses what is not a bundle or was cut off."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise BundleRefused("not_a_bundle", file=path.name)
        if size < len(MAGIC) + _TRAILER:
            raise BundleRefused("truncated", file=path.name)
        fh.seek(size - _TRAILER)
        tail = fh.read(_TRAILER)
        if tail[-len(END):] != END:
            raise BundleRefused("truncated", file=path.name)
        length = _U32.unpack(tail[64:68])[0]
        start = size - _TRAILER - length
        if length > _MAX_MANIFEST or start < len(MAGIC):
            raise BundleRefused("tampered", file=path.name)
        fh.seek(start)
        body = fh.read(length)
    try:
        manifest = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundleRefused("tampered", file=path.name) from None
    if not isinstance(manifest, dict):
        raise BundleRefused("tampered", file=path.name)
    return OpenedBundle(path, manifest, body, tail[:64], start)


def verify(bundle: OpenedBundle, sign_public: bytes) -> None:
    """Check the signature, then every payload byte against the signed hash (streamed)."""
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(bundle.signature, MAGIC + bundle.manifest_bytes)
    except InvalidSignature:
        raise BundleRefused("tampered", file=bundle.name) from None
    found = bundle.get("format", int)
    if found > FORMAT:
        raise BundleRefused("format_too_new", file=bundle.name, found=found, known=FORMAT)
    if bundle.get("payload_size", int) != bundle.payload_end - len(MAGIC):
        raise BundleRefused("tampered", file=bundle.name)
    digest = hashlib.sha256()
    with open(bundle.path, "rb") as fh:
        fh.seek(len(MAGIC))
        remaining = bundle.payload_end - len(MAGIC)
        while remaining:
            block = fh.read(min(1 << 20, remaining))
            if not block:
                raise BundleRefused("truncated", file=bundle.name)
            digest.update(block)
            remaining -= len(block)
    if digest.hexdigest() != bundle.get("payload_sha256"):
        raise BundleRefused("tampered", file=bundle.name)


def plaintext(bundle: OpenedBundle, box_private: bytes) -> Iterator[bytes]:
    """Decrypt and decompress the (verified) payload chunk by chunk."""
    private = X25519PrivateKey.from_private_bytes(box_private)
    recipient = private.public_key().public_bytes_raw()
    try:
        ephemeral = unb64(bundle.get("ephemeral"))
        aead = ChaCha20Poly1305(_key(private.exchange(X25519PublicKey.from_public_bytes(ephemeral)), ephemeral,
                                     recipient, bundle.get("bundle_id")))
    except ValueError:
        raise BundleRefused("tampered", file=bundle.name) from None
    unzip = zlib.decompressobj()
    with open(bundle.path, "rb") as fh:
        fh.seek(len(MAGIC))
        position, counter, last = len(MAGIC), 0, False
        while not last:
            head = fh.read(4)
            length = _U32.unpack(head)[0] if len(head) == 4 else -1
            if length < _TAG or length > CHUNK + _TAG or position + 4 + length > bundle.payload_end:
                raise BundleRefused("tampered", file=bundle.name)
            position += 4 + length
            last = position == bundle.payload_end
            try:
                chunk = aead.decrypt(_nonce(counter, last), fh.read(length), None)
                yield unzip.decompress(chunk)
            except (InvalidTag, zlib.error):
                raise BundleRefused("tampered", file=bundle.name) from None
            counter += 1
    if not unzip.eof or unzip.unused_data:
        raise BundleRefused("tampered", file=bundle.name)


def line_blocks(chunks: Iterator[bytes], name: str) -> Iterator[list[str]]:
    """Split a UTF-8 byte stream into lists of newline-terminated text lines (the last one must end too)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    rest = ""
    for chunk in chunks:
        try:
            text = decoder.decode(chunk)
        except UnicodeDecodeError:
            raise BundleRefused("tampered", file=name) from None
        parts = (rest + text).split("\n")
        rest = parts.pop()
        if parts:
            yield parts
    if rest or decoder.getstate()[0]:
        raise BundleRefused("tampered", file=name)


def lines(chunks: Iterator[bytes], name: str) -> Iterator[str]:
    for block in line_blocks(chunks, name):
        yield from block


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
