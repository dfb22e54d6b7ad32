"""Read-aloud: the mock engine says what the station's notice service wrote; no engine → a clear disabled state."""
import pytest

from station.i18n import set_language
from station.parcels.notices import resident_notice_text
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
    assert text.startswith("王秀英，您有 2 个快递，取件码 3，2，1 0 4 5")
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
