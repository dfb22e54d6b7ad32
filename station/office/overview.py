"""One call for the Dashboards page: the tiles, the day-by-day series and the per-station comparison."""
from station.context import Ctx
from station.i18n import tr
from station.office import dashboard
from station.office.catalog import LABELS, PERCENT, RATIOS, ratio
from station.office.tables import merchants_table
from station.permissions import Perm
from station.service import service

SERIES = ("parcels_in", "parcels_out", "parcels_door", "volunteer_minutes", "cases_opened", "cases_closed")


def _tiles(figures: dict[str, float], waiting: tuple[float, float]) -> list[tuple[str, str]]:
    tiles = [(tr(*LABELS[m]), f"{figures.get(m, 0):g}") for m in ("parcels_in", "parcels_out", "parcels_door")]
    for name in RATIOS:
        value = ratio(figures, name)
        text = "—" if value is None else (f"{value:.1f} %" if name in PERCENT else f"{value:.1f}")
        tiles.append((tr(*RATIOS[name][2]), text))
    tiles += [(tr("Office", "Waiting now"), f"{waiting[0]:g}"), (tr("Office", "Overdue now"), f"{waiting[1]:g}"),
              (tr("Office", "Volunteer hours"), f"{figures.get('volunteer_minutes', 0) / 60:.1f}")]
    tiles += [(tr(*LABELS[m]), f"{figures.get(m, 0):g}") for m in ("orders", "returns", "refunds_overdue",
                                                                    "cases_opened", "cases_closed",
                                                                    "money_recovered")]
    return tiles


@service(Perm.OFFICE, write=False)
def overview(ctx: Ctx, month: str, station: str | None = None) -> dict:
    start, end = dashboard.month_range(month)
    per = dashboard.by_station(ctx, start, end, station)
    figures = per.get(station, {}) if station else dashboard.town(per)
    open_now = dashboard.open_parcels(ctx)
    waiting = open_now.get(station, (0, 0)) if station else (sum(w for w, _ in open_now.values()),
                                                             sum(o for _, o in open_now.values()))
    series = {m: dashboard.daily(ctx, m, start, end, station) for m in SERIES}
    days = [d.strftime("%m-%d") for d, _v in series["parcels_in"]]
    return {"tiles": _tiles(figures, waiting), "days": days,
            "series": {m: [v for _d, v in values] for m, values in series.items()},
            "stations": {code: f.get("parcels_in", 0) for code, f in sorted(per.items())},
            "merchants": merchants_table(ctx, month)}
