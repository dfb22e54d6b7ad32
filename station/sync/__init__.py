"""Sync between stations and the town office: signed, encrypted bundle files carried by USB or HTTP.

container: the bundle file format (sign, encrypt, stream); outgoing/returns: the station's side;
office_*: the office's receiving side; push/server: the same bytes over HTTP.
"""
