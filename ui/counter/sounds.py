"""A short sound for each counter answer (success, refused, choice), where the PC has a speaker.

QtMultimedia's QSoundEffect plays the bundled WAVs (resources/sounds/, found through the same resource
directory as the fonts, so the frozen bundle finds them too). Where there is no audio output (no sound
card, a server, the offscreen tests) or QtMultimedia cannot load, the counter stays silent: the probe
asks once for the audio outputs and nothing is ever created that could wait on a missing device.
On Linux the outputs come from the PulseAudio (or PipeWire-Pulse) server; a server that holds its socket
but does not answer would make Qt wait 30 s for its connection timeout, so its socket is asked first
(`pulse_answers`, as ui.speech asks speech-dispatcher).
QtMultimedia's start-up chatter (backends it looks for and does not find) goes to our log, not to stderr.
"""
import contextlib
import logging
import os
import socket
import struct
import sys
from pathlib import Path

from station.counter.feedback import CHOICE, REFUSED, SUCCESS
from station.paths import resource_dir
from ui.qt import QtCore

log = logging.getLogger(__name__)

SOUND_FILES = {SUCCESS: "success.wav", REFUSED: "refused.wav", CHOICE: "choice.wav"}


def sound_path(verdict: str):
    return resource_dir() / "sounds" / SOUND_FILES[verdict]


@contextlib.contextmanager
def _quiet_qt():
    def to_log(_mode, _context, message) -> None:
        log.info("qt multimedia: %s", message)

    previous = QtCore.qInstallMessageHandler(to_log)
    try:
        yield
    finally:
        QtCore.qInstallMessageHandler(previous)


def _pulse_socket() -> Path | None:
    """Where libpulse would connect: $PULSE_SERVER's first unix socket, else the user's, else the system's."""
    servers = os.environ.get("PULSE_SERVER", "").split()
    if servers:
        path = servers[0].removeprefix("unix:")
        return Path(path) if path.startswith("/") else None  # tcp:… and host names: left to Qt
    runtime = os.environ.get("PULSE_RUNTIME_PATH") or (
        os.environ.get("XDG_RUNTIME_DIR") and os.path.join(os.environ["XDG_RUNTIME_DIR"], "pulse"))
    for candidate in ([Path(runtime) / "native"] if runtime else []) + [Path("/run/pulse/native")]:
        if candidate.exists():
            return candidate
    return None


def _pulse_auth() -> bytes:
    """PulseAudio's first request (AUTH, protocol 35, an empty cookie): any server replies, if only to refuse."""
    def u32(value: int) -> bytes:
        return b"L" + struct.pack(">I", value)

    payload = u32(8) + u32(0) + u32(35) + b"x" + struct.pack(">I", 256) + bytes(256)
    return struct.pack(">5I", len(payload), 0xFFFFFFFF, 0, 0, 0) + payload


def pulse_answers(timeout: float = 1.0) -> bool:
    """Whether the audio server answers within `timeout` seconds; True where there is none to ask (Qt then
    fails at once) or it is not PulseAudio's (Windows, macOS)."""
    path = _pulse_socket() if sys.platform.startswith("linux") else None
    if path is None:
        return True
    try:
        with socket.socket(socket.AF_UNIX) as probe:
            probe.settimeout(timeout)
            probe.connect(str(path))
            probe.sendall(_pulse_auth())
            probe.recv(64)  # a reply, or the server closing on us: either way it is alive
            return True
    except (FileNotFoundError, ConnectionRefusedError):
        return True
    except OSError:  # timed out, or the socket is not ours to use
        return False


def audio_outputs() -> list:
    """The PC's audio outputs; [] where QtMultimedia is missing or finds none."""
    with _quiet_qt():
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError:
            return []
        return list(QMediaDevices.audioOutputs())


class CounterSounds(QtCore.QObject):
    """Plays the sound of a verdict; silent (and says why in `silent_reason`) where it cannot."""

    def __init__(self, parent: QtCore.QObject | None = None, enabled: bool = True) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._effects: dict[str, object] = {}
        self._probed: bool | None = None
        self.silent_reason = ""
        self.played: list[str] = []  # what was played, for tests and the log

    def available(self) -> bool:
        if self._probed is None:
            if not pulse_answers():
                self._probed, self.silent_reason = False, "the audio server does not answer"
                log.info("the audio server holds its socket but does not answer: the counter stays silent")
            else:
                self._probed = bool(audio_outputs())
                self.silent_reason = "" if self._probed else "no audio output"
        return self.enabled and self._probed

    def play(self, verdict: str) -> bool:
        """Play `verdict`'s sound if there is one and a speaker; True when it was started."""
        if verdict not in SOUND_FILES or not self.available():
            return False
        effect = self._effects.get(verdict) or self._make(verdict)
        if effect is None:
            return False
        with _quiet_qt():
            effect.play()
        self.played.append(verdict)
        return True

    def _make(self, verdict: str):
        path = sound_path(verdict)
        if not path.exists():
            self.silent_reason = f"missing {path.name}"
            return None
        from PySide6.QtMultimedia import QSoundEffect

        with _quiet_qt():
            effect = QSoundEffect(self)
            effect.setSource(QtCore.QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
        self._effects[verdict] = effect
        return effect
