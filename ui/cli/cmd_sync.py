"""station sync …, station office-key import, and the town office's commands (station office …)."""
import signal
import sys
from pathlib import Path

from station.i18n import ntr, tr
from ui.cli.framework import OFFICE, Invocation, Output, command, group, lazy

# Imported when a command runs, not when `station gui` builds the parser (push and serve pull in HTTP and SSL).
backlog, import_files, quarantined = (lazy(f"station.sync.office_import:{n}") for n in ("backlog", "import_files",
                                                                                        "quarantined"))
export_bundle = lazy("station.sync.outgoing:export_bundle")
push = lazy("station.sync.push:push")
import_return_bundle = lazy("station.sync.returns:import_return_bundle")
make_return_bundle = lazy("station.sync.returns:make_return_bundle")
serve = lazy("station.sync.server:serve")
trust_office = lazy("station.sync.state:trust_office")
status_text = lazy("station.sync.status:status_text")
sync_status = lazy("station.sync.status:sync_status")


def office_mod():
    from station.sync import office

    return office


def register(subparsers) -> None:
    sync = group(subparsers, "sync", "send this station's changes to the town office")
    command(sync, "export", run_export, "write a bundle into a folder or USB drive").add_argument(
        "--out", required=True, type=Path, help="the folder (or USB drive) to write the bundle into")
    command(sync, "push", run_push, "send the newest bundle to the office over the network").add_argument(
        "--url", help="the office's address, e.g. http://192.168.1.10:8750 (default: from settings)")
    command(sync, "import", run_import_return, "apply a return bundle from the office").add_argument(
        "file", type=Path, help="a return bundle (.vsr) from the office")
    command(sync, "status", run_status, "last synced, changes waiting")
    key = group(subparsers, "office-key", "the town office this station trusts")
    command(key, "import", run_office_key_import, "trust the office whose key file this is").add_argument(
        "file", type=Path, help="the office key file (made by station office key export)")
    _register_office(group(subparsers, "office", "town office: enrol stations, import bundles, serve",
                           kinds=OFFICE))


def _register_office(office) -> None:
    init = command(office, "init", run_office_init, "make a town office data directory (or move one to --db)")
    init.add_argument("--name", help="the office's name (a new office)")
    init.add_argument("--db", help="postgresql://user@host:port/database (default: SQLite in the data directory)")
    init.add_argument("--code", help="office code (default OFFICE-…)")
    init.add_argument("--admin", help="the office's first admin account (its PIN with --pin); needed for a new office")
    key = group(office, "key", "the office's key file")
    command(key, "export", run_office_key_export, "write the office key file for stations").add_argument(
        "--out", required=True, type=Path, help="file to write the office key to")
    command(office, "enroll", run_enroll, "accept bundles from a station (its enrolment card)").add_argument(
        "card", type=Path, help="the station's enrolment card (made by station identity export)")
    imp = command(office, "import", run_office_import, "import station bundles")
    imp.add_argument("files", nargs="+", type=Path, help="bundle files (.vsb) from stations")
    imp.add_argument("--returns", type=Path, help="folder for the return bundles (default: DATA/returns)")
    ret = command(office, "return", run_office_return, "write a return bundle for a station")
    ret.add_argument("--station", required=True, help="the station's code, e.g. CN-XJ-001")
    ret.add_argument("--out", required=True, type=Path, help="the folder to write the return bundle into")
    srv = command(office, "serve", run_serve, "receive bundles over HTTP")
    srv.add_argument("--host", default="127.0.0.1",
                     help="address to listen on (default 127.0.0.1: this PC only; 0.0.0.0: every network)")
    srv.add_argument("--port", type=int, default=8750, help="port to listen on (default 8750)")
    command(office, "status", run_office_status, "enrolled stations, backlog, quarantine")
    watch = command(office, "watch", run_watch_add, "add a merchant to the watch list")
    watch.add_argument("--name", required=True, help="the merchant's name")
    watch.add_argument("--phone", default="", help="the merchant's phone, if known")
    watch.add_argument("--reason", default="", help="why stations are warned")
    notice = command(office, "notice", run_notice_add, "add a notice for every station")
    notice.add_argument("--title", required=True, help="the notice's title")
    notice.add_argument("--body", default="", help="the notice's text")
    from ui.cli.cmd_office import register_office

    register_office(office)


def run_export(inv: Invocation) -> Output:
    m = export_bundle(inv.ctx(), inv.args.out)
    if m["seq_from"] > m["seq_to"]:  # nothing waiting: the bundle only tells the office the station is alive
        return Output(m, tr("Cli", "Bundle written: {file} (nothing was waiting; it only says the station is "
                                   "alive).").format(file=m["file"]))
    written = ntr("Cli", "Bundle written: {file} (1 record, changes {a}–{b}).",
                  "Bundle written: {file} ({count} records, changes {a}–{b}).", m["records"],
                  file=m["file"], a=m["seq_from"], b=m["seq_to"])
    return Output(m, "\n".join([written, *map(_evidence_warning, m.get("warnings", []))]))


def _evidence_warning(w: dict) -> str:
    """An escalated case's evidence file kept back because its hash no longer matches (or it is gone)."""
    text = tr("Cli", "Warning: evidence {file} ({sha}) of case {case} is missing from the vault and was not sent.") \
        if w.get("kind") == "evidence_missing" else tr(
        "Cli", "Warning: evidence {file} ({sha}) of case {case} was altered (SHA-256 differs) and was not sent.")
    return text.format(file=w.get("file"), sha=str(w.get("sha256", ""))[:12], case=w.get("case"))


def run_push(inv: Invocation) -> Output:
    ctx = inv.ctx()
    result = push(ctx, inv.args.url)
    text = tr("Cli", "Sent {bundle} to {url}; the office holds changes up to {ack}.").format(**result)
    return Output(result, text + "\n" + status_text(sync_status(ctx)))


def run_import_return(inv: Invocation) -> Output:
    ctx = inv.ctx()
    result = import_return_bundle(ctx, inv.args.file)
    if result["outcome"] == "duplicate":
        text = tr("Cli", "This return bundle was applied before; nothing changed.")
    else:
        text = tr("Cli", "Return bundle applied: the office holds changes up to {ack}; {notices}; {watch}.").format(
            ack=result["ack"], notices=ntr("Cli", "1 new notice", "{count} new notices", result["new_notices"]),
            watch=ntr("Cli", "1 merchant on the town's watch list", "{count} merchants on the town's watch list",
                      result["watch"]))
    return Output(result, text + "\n" + status_text(sync_status(ctx)))


def run_status(inv: Invocation) -> Output:
    from station.sync import anchor

    status = sync_status(inv.ctx())
    warnings = anchor.office_warnings()
    data = {"office": status.office, "waiting": status.waiting, "acked": status.acked,
            "last_synced": str(status.last_synced or ""), "url": status.url, "generation": anchor.generation(),
            "full_pending": anchor.full_pending(), "office_warnings": warnings}
    lines = [status_text(status)]
    if anchor.full_pending():
        lines.append(tr("Cli", "A new sync generation started here (restore or new PC): the next bundle carries the "
                               "whole station."))
    lines += [tr("Cli", "Warning from the town office: {text}").format(text=anchor.warning_text(w)) for w in warnings]
    return Output(data, "\n".join(lines))


def run_office_key_import(inv: Invocation) -> Output:
    office = trust_office(inv.ctx(), inv.args.file)
    return Output(office, tr("Cli", "Now trusting office {code} {name}; compare the fingerprint by phone: {fp}").format(
        code=office["code"], name=office["name"], fp=office["fingerprint"]))


def _office(inv: Invocation):
    return office_mod().as_office(inv.ctx())


def run_office_init(inv: Invocation) -> Output:
    from station.errors import InvalidInput
    from station.paths import holds_data
    from ui.cli.cmd_station import first_admin_pin

    if holds_data(inv.data_dir) and inv.args.db:
        from station.office.move import move_to_postgres

        moved = move_to_postgres(_office(inv), inv.args.db)
        return Output(moved, ntr("Cli", "The office now runs on PostgreSQL at {host}: 1 row moved; the SQLite file "
                                        "is kept as {kept}.",
                                 "The office now runs on PostgreSQL at {host}: {rows} rows moved; the SQLite file "
                                 "is kept as {kept}.", moved["rows"], **moved))
    if not inv.args.name:
        raise InvalidInput("A new office needs --name.", why="office_name_missing")
    if not inv.args.admin:
        raise InvalidInput("A new office needs its first admin: --admin USER --pin PIN.", why="office_admin_missing")
    ctx = office_mod().init_office(inv.data_dir, inv.args.name, inv.args.code, inv.args.admin, first_admin_pin(inv),
                                   inv.args.db)
    card = office_mod().office_card(ctx)
    return Output({**card, "data": str(inv.data_dir)}, tr("Cli", "Town office {code} ({name}) made in {path}. "
                                                                 "Key fingerprint: {fp}").format(
        code=card["code"], name=card["name"], path=inv.data_dir, fp=card["fingerprint"]))


def run_office_key_export(inv: Invocation) -> Output:
    card = office_mod().export_office_key(_office(inv), inv.args.out)
    return Output({**card, "out": str(inv.args.out)}, tr("Cli", "Office key written to {out} (fingerprint {fp}).")
                  .format(out=inv.args.out, fp=card["fingerprint"]))


def run_enroll(inv: Invocation) -> Output:
    card = office_mod().enroll(_office(inv), inv.args.card)
    text = tr("Cli", "Station {code} ({name}) enrolled, fingerprint {fp}.") if card["new"] else \
        tr("Cli", "Station {code} ({name}) was already enrolled with this key.")
    return Output(card, text.format(code=card["code"], name=card["name"], fp=card["fingerprint"]))


def run_office_import(inv: Invocation) -> Output:
    ctx = _office(inv)
    results = import_files(ctx, inv.args.files)
    out_dir = inv.args.returns or office_mod().office_dirs(ctx.data_dir)["returns"]
    stations = sorted({r.station for r in results if r.outcome != "rejected" and r.station})
    returns = [make_return_bundle(ctx, code, out_dir)["file"] for code in stations]
    lines = [_result_line(r) for r in results]
    lines += [tr("Cli", "Return bundle for the station: {file}").format(file=f) for f in returns]
    counts = {k: sum(r.outcome == k for r in results) for k in ("accepted", "duplicate", "backlog", "rejected")}
    lines.append(tr("Cli", "{accepted} accepted, {duplicate} duplicate, {backlog} held back, {rejected} refused.")
                 .format(**counts))
    refused = ntr("Cli", "1 of the files was refused; see above.", "{count} of the files were refused; see above.",
                  counts["rejected"])
    return Output({"results": [r.as_dict() for r in results], "returns": returns, **counts}, "\n".join(lines),
                  refused if counts["rejected"] else "")


def _result_line(r) -> str:
    if r.outcome == "accepted":
        text = ntr("Cli", "{file}: accepted (1 record).", "{file}: accepted ({count} records).", r.records, file=r.file)
        if r.also_applied:
            text += " " + ntr("Cli", "Also applied from the backlog: 1 bundle.",
                              "Also applied from the backlog: {count} bundles.", len(r.also_applied))
        return text
    if r.outcome == "duplicate":
        return tr("Cli", "{file}: duplicate, already imported; nothing changed.").format(file=r.file)
    if r.outcome == "backlog":
        return tr("Cli", "{file}: held back until the earlier changes from {station} arrive.").format(
            file=r.file, station=r.station)
    if r.quarantined:
        return tr("Cli", "{file}: refused and moved to quarantine: {message}").format(file=r.file, message=r.message)
    return tr("Cli", "{file}: refused: {message}").format(file=r.file, message=r.message)


def run_office_return(inv: Invocation) -> Output:
    made = make_return_bundle(_office(inv), inv.args.station, inv.args.out)
    return Output(made, tr("Cli", "Return bundle written: {file} (acknowledges changes up to {ack}).").format(
        file=made["file"], ack=made["ack"]))


def run_serve(inv: Invocation) -> Output:
    server = serve(_office(inv), inv.args.host, inv.args.port)
    signal.signal(signal.SIGTERM, _stop)  # a service manager's stop ends it as cleanly as Ctrl+C
    print(tr("Cli", "Receiving bundles at {url}/bundle (Ctrl+C stops).").format(url=server.url), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    print(tr("Cli", "Stopped."), file=sys.stderr)
    return Output({"stopped": True}, "")


def _stop(_signum, _frame) -> None:
    raise KeyboardInterrupt


def run_office_status(inv: Invocation) -> Output:
    from station.sync import anchor

    ctx = _office(inv)
    data = {"stations": office_mod().stations(ctx), "backlog": backlog(ctx), "quarantine": quarantined(ctx),
            "warnings": office_mod().station_warnings(ctx)}
    lines = [tr("Cli", "{code} {name}: changes up to {n} received.").format(
        code=s["code"], name=s["name"], n=s["applied_to"]) for s in data["stations"]]
    lines += [tr("Cli", "Held back: {station} changes {a}–{b} (waiting for earlier ones).").format(
        station=b["station"], a=b["seq_from"], b=b["seq_to"]) for b in data["backlog"]]
    lines += [tr("Cli", "Quarantined: {file}: {message}").format(**q) for q in data["quarantine"]]
    lines += [tr("Cli", "Warning ({at}): {text}").format(at=w["at"][:16], text=anchor.warning_text(w))
              for w in data["warnings"]]
    return Output(data, "\n".join(lines) or tr("Cli", "No stations enrolled yet."))


def run_watch_add(inv: Invocation) -> Output:
    row = office_mod().add_watch(_office(inv), inv.args.name, inv.args.phone, inv.args.reason)
    return Output(row, tr("Cli", "Added to the watch list: {name}").format(name=row["name"]))


def run_notice_add(inv: Invocation) -> Output:
    row = office_mod().add_notice(_office(inv), inv.args.title, inv.args.body)
    return Output(row, tr("Cli", "Notice added: {title}").format(title=row["title"]))
