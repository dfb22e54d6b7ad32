"""Run by test_speech.py in a process of its own (its audio server and speech-dispatcher chosen by the
environment): the app's read-aloud (ui.speech.Speaker, speechd engine, Chinese UI) reads TEXT; prints the
voice it chose and whether it spoke, as JSON. `python -m tests.ui.say_and_listen TEXT`"""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(text: str) -> dict:
    from station.i18n import set_language
    from ui.app import qt_app
    from ui.qt import QtCore
    from ui.speech import Speaker

    app = qt_app()
    set_language("zh_CN")
    speaker = Speaker(engine="speechd")
    if not speaker.available:
        return {"available": False, "reason": speaker.reason}
    states = []
    speaker.speaking_changed.connect(states.append)
    speaker.say(text)
    deadline = QtCore.QDeadlineTimer(30000)
    while not deadline.hasExpired() and states[-1:] != [False]:  # started, then finished
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return {"available": True, "voice": speaker._tts.voice().name(), "states": states}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1]), ensure_ascii=False), flush=True)
