"""A short sound for each counter answer (success, refused, choice), where the PC has a speaker.

QtMultimedia's QSoundEffect plays the bundled WAVs (resources/sounds/, found through the same resource
directory as the fonts, so the frozen bundle finds them too). Where there is no audio output (no sound
card, a server, the offscreen tests) or QtMultimedia cannot load, the counter stays silent: the probe
asks once for the audio outputs and nothing is ever created that could wait on a missing device.
QtMultimedia's start-up chatter (backends it looks for and does not find) goes to our log, not to stderr.
"""
import contextlib
import logging

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
            self._probed = bool(audio_outputs())
            if not self._probed:
                self.silent_reason = "no audio output"
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
