"""The counter's sounds, heard for real: a PulseAudio server with a null sink, the counter in a process of its
own answers a scan with its sound, parec records what reached the sink and sox measures it. Without an
audio server, or with one that never answers, the counter answers at once and stays silent."""
import json
import os
import socket
import subprocess
import sys

from db.connection import close_database
from tests.audio import audio_stats, pulse_server  # noqa: F401 (fixture)
from tests.conftest import ROOT

REFUSED_SCAN = "0000"  # no parcel, slip or resident: the counter refuses it (a low buzz, twice)


def scan_in_own_process(data_dir, text: str, env: dict) -> dict:
    """tests/ui/counter/scan_and_listen.py: the real counter scans `text` with the audio server `env` names."""
    close_database()  # the station is the child's now
    full = {k: v for k, v in os.environ.items() if not k.startswith("PULSE_")} | env
    done = subprocess.run([sys.executable, "-m", "tests.ui.counter.scan_and_listen", str(data_dir), text],
                          capture_output=True, text=True, env=full, cwd=ROOT, timeout=90)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_a_refused_scan_is_heard_on_a_real_audio_server(ctx, data_dir, pulse_server, tmp_path):  # noqa: F811
    wav = tmp_path / "sink.wav"
    with pulse_server.record(wav):
        heard = scan_in_own_process(data_dir, REFUSED_SCAN, pulse_server.env)
    assert heard["played"] == ["refused"] and heard["silent_reason"] == ""
    stats = audio_stats(wav)
    assert stats["Maximum amplitude"] > 0.1  # resources/sounds/refused.wav peaks at 0.45 × volume 0.8
    assert stats["RMS     amplitude"] > 0.005  # silence is 0: the sink got the sound, not an empty stream
    assert 100 < stats["Rough   frequency"] < 400  # the refusal's 220 Hz buzz, not another sound


def test_without_an_audio_server_the_counter_answers_at_once_in_silence(ctx, data_dir, tmp_path):
    heard = scan_in_own_process(data_dir, REFUSED_SCAN, {"PULSE_SERVER": f"unix:{tmp_path / 'none'}",
                                                         "XDG_RUNTIME_DIR": str(tmp_path)})
    assert heard["played"] == [] and heard["silent_reason"] == "no audio output"
    assert heard["seconds_to_answer"] < 5


def test_an_audio_server_that_never_answers_does_not_freeze_the_counter(ctx, data_dir, tmp_path):
    """libpulse waits 30 s for such a server; the counter asks its socket first and stays silent instead."""
    path = tmp_path / "mute-pulse"
    with socket.socket(socket.AF_UNIX) as mute_server:  # accepts connections, never replies
        mute_server.bind(str(path))
        mute_server.listen()
        heard = scan_in_own_process(data_dir, REFUSED_SCAN, {"PULSE_SERVER": f"unix:{path}",
                                                             "XDG_RUNTIME_DIR": str(tmp_path)})
    assert heard["played"] == [] and "does not answer" in heard["silent_reason"]
    assert heard["seconds_to_answer"] < 5
