"""Scan feedback a person cannot miss: every scan answers in the verdict box, the previous result cleared."""
import wave

from station.counter.feedback import CHOICE, REFUSED, SUCCESS
from station.parcels.intake import intake
from station.parcels.views import parcels_where
from tests.ui.test_counter import page_of, scan, station, window  # noqa: F401 (fixtures)
from ui.counter.sounds import SOUND_FILES, CounterSounds, sound_path
from ui.counter.verdict import COLOURS, HEADLINE_MIN_PT


def test_unknown_code_after_a_handout_clears_it_and_says_what_next(window, qtbot, station):  # noqa: F811
    page = page_of(window)
    code = intake(station["ctx"], "SF1234567890123", resident_gid=station["li"].gid).parcel.pickup_code
    scan(qtbot, page, code)
    assert page.view.verdict.verdict == CHOICE
    scan(qtbot, page, "")  # Enter hands out
    assert page.view.verdict.verdict == SUCCESS and page.result.name.text() == "李建国"
    assert page.result.name.isVisibleTo(page)
    scan(qtbot, page, "9-9-9999")  # a code nobody has
    words = page.view.verdict.words()
    assert page.view.verdict.verdict == REFUSED
    assert "没有办成" in words and "9-9-9999" in words and "短信" in words  # why, and what to do next
    assert not page.result.name.isVisibleTo(page) and page.result.name.text() == ""  # the old result is gone
    assert not window.banner.isVisible()


def test_unknown_phone_tail_opens_titled_large_form_with_the_tail(window, qtbot, station):  # noqa: F811
    page = page_of(window)
    scan(qtbot, page, "DPK123456789012")
    scan(qtbot, page, "1357")
    dialog = page.dialog
    assert dialog is not None and dialog.heading.isVisible() and dialog.heading.text() == "新居民"
    assert dialog.phone.text() == "1357" and dialog.phone.cursorPosition() == 0
    assert "1357" in dialog.why.text() and "DPK123456789012" in dialog.why.text()
    assert dialog.phone.font().pointSizeF() > page.font().pointSizeF()  # larger than the page's text
    assert page.view.verdict.verdict == CHOICE and "1357" in page.view.verdict.words()
    for ch in "1360000":  # the first 7 digits typed in front of the tail
        qtbot.keyClick(dialog.phone, ch)
    assert dialog.phone.text() == "13600001357"
    dialog.reject()


def test_session_log_says_in_and_out_in_words(window, qtbot, station):  # noqa: F811
    page = page_of(window)
    scan(qtbot, page, "SF1234567890123")
    scan(qtbot, page, "2468")
    code = parcels_where("p.tracking_no = 'SF1234567890123'")[0].pickup_code
    scan(qtbot, page, code)
    scan(qtbot, page, "")
    lines = [page.log.item(i).text() for i in range(page.log.count())]
    assert lines[1].startswith("收件：") and code in lines[1]
    assert lines[0].startswith("交出：") and "李建国" in lines[0]
    assert not any(line.startswith(("+", "-")) for line in lines)


def test_headline_is_the_largest_step(window, station):  # noqa: F811
    assert page_of(window).view.verdict.headline.font().pointSizeF() >= HEADLINE_MIN_PT


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_verdict_colours_have_text_contrast():
    for text, back, _icon in COLOURS.values():
        light, dark = sorted((_luminance(text), _luminance(back)), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 4.5


def test_sounds_are_short_real_wavs():
    for verdict in SOUND_FILES:
        with wave.open(str(sound_path(verdict))) as wav:
            frames = wav.readframes(wav.getnframes())
            assert 0.05 < wav.getnframes() / wav.getframerate() < 0.6
            assert max(abs(int.from_bytes(frames[i:i + 2], "little", signed=True))
                       for i in range(0, len(frames), 2)) > 5000


def test_no_audio_device_means_silent_never_a_hang(qapp):
    sounds = CounterSounds()
    assert sounds.play(SUCCESS) is False and sounds.play(REFUSED) is False  # offscreen, no sound card here
    assert sounds.silent_reason and sounds.played == []

