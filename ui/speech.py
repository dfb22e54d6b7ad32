"""Read-aloud through QtTextToSpeech, with an honest disabled state where no engine is installed.

On Linux speech-dispatcher with espeak-ng's Mandarin voice speaks Chinese (installed with the system
packages in installer/debian-packages.txt); on Windows the system's voices do. Engines may be missing;
the `mock` engine makes no sound, so it is used only when asked for (tests, or STATION_SPEECH_ENGINE=mock).
Widgets ask `available` and show `reason` as a tooltip on a disabled Read-aloud button rather than
failing when pressed.
"""
import logging
import os
import socket
from pathlib import Path

from station.i18n import language, tr
from ui.qt import QObject, QtCore, Signal, text_to_speech

log = logging.getLogger(__name__)
ENV_ENGINE = "STATION_SPEECH_ENGINE"
SILENT_ENGINES = ("mock",)


def _engines() -> list[str]:
    module = _quietly(text_to_speech)  # its first import loads QtMultimedia, which complains about pipewire
    return [] if module is None else list(module.QTextToSpeech.availableEngines())


def choose_engine(requested: str | None = None) -> str | None:
    """The engine to use: the requested one (or $STATION_SPEECH_ENGINE), else the first that makes sound."""
    requested = requested if requested is not None else os.environ.get(ENV_ENGINE)
    engines = _engines()
    if requested:
        return requested if requested in engines else None
    return next((e for e in engines if e not in SILENT_ENGINES), None)


def _quietly(make):
    """Build an engine with Qt's plug-in chatter sent to our log: an absent engine is an expected state that
    the UI explains, not a Qt error (pipewire and speechd complain loudly when they are not installed)."""
    def to_log(_mode, _context, message) -> None:
        log.info("speech: %s", message)

    previous = QtCore.qInstallMessageHandler(to_log)
    try:
        return make()
    finally:
        QtCore.qInstallMessageHandler(previous)


def _speechd_socket() -> Path:
    address = os.environ.get("SPEECHD_ADDRESS", "")
    if address.startswith("unix_socket:"):
        return Path(address.split(":", 1)[1])
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime else Path.home() / ".cache"
    return base / "speech-dispatcher" / "speechd.sock"


def speech_dispatcher_answers(timeout: float = 1.0) -> bool:
    """Whether a running speech-dispatcher replies to a hello (SSIP) within `timeout` seconds.

    Qt's speechd plug-in connects without a timeout: a daemon that accepts but never answers (seen with
    no sound device, after many clients) would freeze the window that builds the engine. No socket or a
    dead one is fine: the plug-in starts a fresh daemon."""
    try:
        with socket.socket(socket.AF_UNIX) as probe:
            probe.settimeout(timeout)
            probe.connect(str(_speechd_socket()))
            probe.sendall(b"SET SELF CLIENT_NAME station:probe:main\r\n")
            return probe.recv(64).startswith(b"2")
    except (FileNotFoundError, ConnectionRefusedError):
        return True
    except OSError:  # timed out, or the socket is not ours to use
        return False


MANDARIN_NAMES = ("Mandarin", "cmn", "Huihui", "Yaoyao", "Kangkang", "Xiaoxiao")


def _is_mandarin(voice_name: str) -> bool:
    return any(name in voice_name for name in MANDARIN_NAMES) and "Cantonese" not in voice_name


def _mandarin_rank(voice_name: str) -> tuple[bool, bool]:
    """Lower is better. espeak-ng 1.51 (Debian 12) reads most characters under its `cmn` voice ("latin as
    English") as English: 秀 becomes "xiu four"; its `cmn-latn-pinyin` voice ("latin as Pinyin") reads
    them in Mandarin. Then the plain voice before its variants ("…+Adam")."""
    return ("pinyin" not in voice_name.lower(), "+" in voice_name)


class Speaker(QObject):
    """One text-to-speech voice for a page; `spoken` keeps what was handed to it (newest last)."""

    speaking_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, engine: str | None = None) -> None:
        super().__init__(parent)
        self.spoken: list[str] = []
        self.words: list[str] = []
        self._tts = None
        self.engine = choose_engine(engine)
        self.reason = ""
        if self.engine is None:
            self.reason = tr("Speech", "Read-aloud is off: no speech engine is installed on this computer "
                                       "(install speech-dispatcher or flite).")
            return
        if self.engine == "speechd" and not speech_dispatcher_answers():
            log.info("speech-dispatcher holds its socket but does not answer")
            self.reason = tr("Speech", "Read-aloud is off: the speech service (speech-dispatcher) does not answer; "
                                       "restart the computer or the service.")
            self.engine = None
            return
        tts = _quietly(lambda: text_to_speech().QTextToSpeech(self.engine, self))
        if tts.state() == tts.State.Error:
            # Qt's own error text is English only: it goes to the log, the user reads what to do in their language.
            log.info("speech engine %s did not start: %s", self.engine, tts.errorString())
            self.reason = tr("Speech", "Read-aloud is off: the speech engine {engine} did not start (is the "
                                       "speech-dispatcher service running?).").format(engine=self.engine)
            self.engine = None
            return
        self._tts = tts
        self._pick_locale()
        tts.stateChanged.connect(self._state_changed)
        tts.sayingWord.connect(self._said_word)

    @property
    def available(self) -> bool:
        return self._tts is not None

    @property
    def speaking(self) -> bool:
        return self.available and self._tts.state() == self._tts.State.Speaking

    def _pick_locale(self) -> None:
        if language() == "en":
            self._use_locale(QtCore.QLocale.Language.English)
        elif not self._use_locale(QtCore.QLocale.Language.Chinese, QtCore.QLocale.Country.China):
            self._use_mandarin_voice()

    def _use_locale(self, lang, country=None) -> bool:
        for candidate in self._tts.availableLocales():
            if candidate.language() == lang and country in (None, candidate.territory()):
                self._tts.setLocale(candidate)
                return True
        return False

    def _use_mandarin_voice(self) -> None:
        """espeak-ng (through speech-dispatcher) files its Mandarin voices under no Chinese locale, by name only;
        without this the default voice reads Chinese characters as silence or as English letter names."""
        best = None
        for candidate in self._tts.availableLocales():
            self._tts.setLocale(candidate)
            for voice in self._tts.availableVoices():
                if _is_mandarin(voice.name()) and (best is None or _mandarin_rank(voice.name()) < best[0]):
                    best = (_mandarin_rank(voice.name()), candidate, voice)
        if best is not None:
            self._tts.setLocale(best[1])
            self._tts.setVoice(best[2])

    def say(self, text: str) -> bool:
        """Start reading `text` (interrupting what is being read); False when read-aloud is off."""
        if not self.available or not text.strip():
            return False
        self.spoken.append(text)
        self._tts.say(text)
        return True

    def stop(self) -> None:
        if self.available:
            self._tts.stop()

    def _state_changed(self, state) -> None:
        self.speaking_changed.emit(state == self._tts.State.Speaking)

    def _said_word(self, word: str, _id: int, _start: int, _length: int) -> None:
        self.words.append(word)
