"""A real PulseAudio server with a null sink, for the tests that listen to what the app plays.

Debian's `pulseaudio` (with `pulseaudio-utils` for parec/pactl), started without its default script in a
temporary runtime directory: a null sink (a speaker that plays into nothing) and the native protocol on a
socket of its own, anonymous clients allowed. It runs as root too (a per-user daemon under a root HOME,
not --system). `record()` captures the sink's monitor with parec; sox measures the capture."""
import os
import shutil
import signal
import subprocess
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

SINK = "station_null"


@dataclass
class PulseServer:
    root: Path
    process: subprocess.Popen

    @property
    def socket(self) -> Path:
        return self.root / "pulse" / "native"

    @property
    def env(self) -> dict:
        """What a client needs to find this server (and no other)."""
        return {"PULSE_SERVER": f"unix:{self.socket}", "XDG_RUNTIME_DIR": str(self.root)}

    def answers(self) -> bool:
        done = subprocess.run(["pactl", "info"], env={**os.environ, **self.env}, capture_output=True, timeout=10)
        return done.returncode == 0

    @contextmanager
    def record(self, wav: Path):
        """Record the null sink's monitor into `wav` while the block runs."""
        parec = subprocess.Popen(["parec", "-d", f"{SINK}.monitor", "--file-format=wav", str(wav)],
                                 env={**os.environ, **self.env}, stderr=subprocess.PIPE)
        time.sleep(0.5)  # parec connected and streaming before the app plays
        try:
            yield
            time.sleep(0.5)  # the tail of the sound has left the sink
        finally:
            parec.send_signal(signal.SIGINT)  # parec finishes the WAV header on SIGINT
            parec.wait(timeout=10)


def start_pulse() -> PulseServer:
    missing = [tool for tool in ("parec", "pactl", "sox") if not shutil.which(tool)]
    assert not missing, f"pulseaudio is installed but {missing} are not (apt-get install pulseaudio-utils sox)"
    root = Path(tempfile.mkdtemp(prefix="vs-pulse-"))
    (root / "pulse").mkdir()
    env = {**os.environ, "HOME": str(root), "XDG_RUNTIME_DIR": str(root), "XDG_CONFIG_HOME": str(root)}
    with open(root / "log", "wb") as log:
        process = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no", "--log-target=stderr",
             "-L", f"module-null-sink sink_name={SINK}",
             "-L", f"module-native-protocol-unix auth-anonymous=1 socket={root / 'pulse' / 'native'}"],
            env=env, cwd=root, stdout=subprocess.DEVNULL, stderr=log)
    server = PulseServer(root, process)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and process.poll() is None:
        if server.socket.exists() and server.answers():
            return server
        time.sleep(0.2)
    stop_pulse(server)
    raise AssertionError(f"pulseaudio did not start: {(root / 'log').read_text(errors='replace')[-2000:]}")


def stop_pulse(server: PulseServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
    shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture
def pulse_server():
    if not shutil.which("pulseaudio"):
        pytest.skip("no audio server here: PulseAudio is not installed (apt-get install pulseaudio pulseaudio-utils)")
    server = start_pulse()
    try:
        yield server
    finally:
        stop_pulse(server)


def audio_stats(wav: Path) -> dict[str, float]:
    """sox's `stat` of a WAV: length, amplitudes, rough frequency."""
    report = subprocess.run(["sox", str(wav), "-n", "stat"], capture_output=True, text=True, timeout=60).stderr
    pairs = (line.split(":", 1) for line in report.splitlines() if ":" in line)
    return {key.strip(): float(value.split()[0]) for key, value in pairs if value.split()}
