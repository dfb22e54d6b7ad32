"""Read-aloud: the mock engine says what the station's notice service wrote; no engine → a clear disabled state."""
import json
import os
import re
import shutil
import socket
import subprocess
import sys

import pytest

from station.i18n import set_language
from station.parcels.notices import resident_notice_text
from tests.audio import audio_stats, pulse_server  # noqa: F401 (fixture)
from tests.conftest import ROOT
from tests.station.parcels.helpers import village
from ui.speech import Speaker, choose_engine


def spoken_out(qtbot, speaker: Speaker) -> None:
    """Wait until the engine has started and finished speaking (the mock engine takes its time)."""
    qtbot.waitUntil(lambda: bool(speaker.words), timeout=10000)
    qtbot.waitUntil(lambda: not speaker.speaking, timeout=20000)


def test_mock_engine_says_a_residents_notice(ctx, qtbot, qapp):
    v = village(ctx)
    speaker = Speaker(engine="mock")
    assert speaker.available and speaker.reason == ""
    text = resident_notice_text(ctx, v["wang"])
    assert text.startswith("王秀英，您有 2 个包裹，取件码 3，2，1 0 4 5")
    assert speaker.say(text)
    spoken_out(qtbot, speaker)
    assert speaker.spoken == [text]
    assert {"1", "0", "4", "5"} <= set(speaker.words)


def test_english_notice_is_spoken_in_english(ctx, qtbot, qapp):
    v = village(ctx)
    set_language("en")
    speaker = Speaker(engine="mock")
    text = resident_notice_text(ctx, v["li"])
    assert speaker.say(text)
    spoken_out(qtbot, speaker)
    assert speaker.spoken == ["李明, you have 1 parcel, pickup code 2, 1, 3 0 0 1."]
    assert "you" in speaker.words and "parcel" in speaker.words


def test_without_an_engine_read_aloud_is_off_and_says_why(qapp, monkeypatch):
    monkeypatch.setenv("STATION_SPEECH_ENGINE", "no-such-engine")
    assert choose_engine() is None
    speaker = Speaker()
    assert not speaker.available
    assert "朗读" in speaker.reason and "speech" in speaker.reason
    assert speaker.say("王秀英") is False and speaker.spoken == []


@pytest.mark.parametrize("engine", ["mock"])
def test_silent_engines_are_never_chosen_on_their_own(monkeypatch, engine):
    monkeypatch.delenv("STATION_SPEECH_ENGINE", raising=False)
    assert choose_engine() != engine


def test_an_engine_that_does_not_start_is_explained_in_the_users_language(qapp):
    from ui.speech import _engines

    if "speechd" not in _engines():
        pytest.skip("no speechd plug-in here")
    set_language("zh_CN")
    speaker = Speaker(engine="speechd")
    if speaker.available:
        pytest.skip("speech-dispatcher runs on this machine")
    assert "speechd" in speaker.reason and "speech-dispatcher" in speaker.reason
    assert not any(word in speaker.reason for word in ("initialized", "engine not", "Text to speech"))


def test_the_chinese_ui_reads_with_a_mandarin_voice_where_speech_dispatcher_runs(qapp):
    from ui.speech import _engines, _is_mandarin

    if "speechd" not in _engines():
        pytest.skip("no speechd plug-in here")
    set_language("zh_CN")
    speaker = Speaker(engine="speechd")
    if not speaker.available:
        pytest.skip("speech-dispatcher does not run here")
    assert _is_mandarin(speaker._tts.voice().name()), speaker._tts.voice().name()


NOTICE_VOICE = "cmn-latn-pinyin"  # espeak-ng's name for the voice the app picks: "Chinese (Mandarin, latin as Pinyin)"


@pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")), reason="espeak-ng and sox not installed")
def test_espeak_ng_speaks_a_residents_notice_as_audible_mandarin(ctx, tmp_path):
    """The engine speech-dispatcher drives, with the voice the app picks: every syllable Mandarin (no switch to
    English: espeak-ng 1.51's plain `cmn` voice reads 秀 as "xiu four"), and real, non-silent audio."""
    text = resident_notice_text(ctx, village(ctx)["wang"])
    phonemes = subprocess.run(["espeak-ng", "-v", NOTICE_VOICE, "-q", "-x", text], capture_output=True,
                              text=True, check=True, timeout=60).stdout
    assert "(en)" not in phonemes, phonemes
    assert {"35", "51", "214"} <= set(re.findall(r"\d{2,3}", phonemes))  # Mandarin tones 2, 4 and 3 (Chao)
    wav = tmp_path / "notice.wav"
    subprocess.run(["espeak-ng", "-v", NOTICE_VOICE, "-w", str(wav), text], check=True, timeout=60)
    stats = audio_stats(wav)
    assert stats["Length (seconds)"] > 2.0  # a name, a count and a pickup code take seconds, not a blip
    assert stats["RMS     amplitude"] > 0.02  # silence is ~0


def test_the_app_reads_a_notice_aloud_through_speech_dispatcher_to_a_real_audio_server(ctx, pulse_server, tmp_path):  # noqa: F811, E501
    """End to end: the app's Speaker → Qt's speechd plug-in → a speech-dispatcher of its own (started by the
    plug-in, so it plays to this test's PulseAudio server) → espeak-ng → the null sink, recorded and measured."""
    from ui.speech import _engines

    if not shutil.which("speech-dispatcher"):
        pytest.skip("speech-dispatcher is not installed")
    if "speechd" not in _engines():
        pytest.skip("no speechd plug-in here")
    text = resident_notice_text(ctx, village(ctx)["wang"])
    wav = tmp_path / "sink.wav"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PULSE_", "SPEECHD_"))} | pulse_server.env
    with pulse_server.record(wav):
        done = subprocess.run([sys.executable, "-m", "tests.ui.say_and_listen", text], capture_output=True,
                              text=True, env=env, cwd=ROOT, timeout=90)
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout.splitlines()[-1])
    assert said["available"], said
    assert "Mandarin" in said["voice"] and "Pinyin" in said["voice"], said
    assert said["states"] == [True, False]  # it spoke, then finished
    stats = audio_stats(wav)
    assert stats["Length (seconds)"] > 2.0 and stats["RMS     amplitude"] > 0.02, stats


def test_a_speech_dispatcher_that_never_answers_leaves_read_aloud_off_instead_of_freezing(qapp, tmp_path, monkeypatch):
    from ui.speech import _engines

    if "speechd" not in _engines():
        pytest.skip("no speechd plug-in here")
    path = tmp_path / "speechd.sock"
    with socket.socket(socket.AF_UNIX) as mute_daemon:  # accepts connections, never replies
        mute_daemon.bind(str(path))
        mute_daemon.listen()
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
        set_language("zh_CN")
        speaker = Speaker(engine="speechd")
    assert not speaker.available
    assert "speech-dispatcher" in speaker.reason and "朗读" in speaker.reason
