"""Refuse an upload with an unknown, used or expired token as soon as its headers arrive, before its body.

waitress reads a request's whole body (spooling it to a temporary file, up to `max_request_body_size`) before
the WSGI application sees the request, so a check in the application comes after the bytes were taken in. Its
parser is the earliest point with the method, path and Content-Length: this subclass asks the receiver whether
the token is open and the length is the announced one, and otherwise completes the request at once with a 403;
waitress answers and closes the connection without reading the body.

Tokens live in the receiver's memory on purpose: they are valid for minutes and a station uses its token right
after announcing. A restart in between costs that station one refused PUT ("announce again"); its records stay
in its outbox until the office acknowledges them, so nothing is lost, and nothing secret outlives the process.
"""
from collections.abc import Callable

from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.utilities import Error

PREFIX = "/bundle/"


class TokenRefused(Error):
    code = 403
    reason = "Forbidden"


def channel_class(is_open: Callable[[str, int], bool]) -> type[HTTPChannel]:
    """A waitress channel whose parser refuses PUT /bundle/TOKEN when `is_open(token, content_length)` is false."""

    class Parser(HTTPRequestParser):
        def parse_header(self, header_plus):
            super().parse_header(header_plus)
            if self.command == "PUT" and self.path.startswith(PREFIX) and not is_open(
                    self.path.removeprefix(PREFIX), self.content_length):
                self.error = TokenRefused("unknown, used or expired token, or not the announced size; "
                                          "announce again")
                self.completed = True
                self.body_rcv = None

    class Channel(HTTPChannel):
        parser_class = Parser

    return Channel
