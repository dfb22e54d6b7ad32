"""Residents list in the pinyin order of the whole name, then the name: names whose initials tie ("wxy":
汪小燕, 王秀英, 魏晓云, 吴欣怡) are ordered by their full syllables, as a Chinese reader expects. The m014
migration gives existing residents theirs without queueing anything for the town office."""
from db.connection import close_database, open_database
from db.models import database
from station.residents import add_resident
from station.residents.search import list_residents
from tests.station.residents.migration_helpers import residents_before

TIED = ["吴欣怡", "王秀英", "魏晓云", "汪小燕", "王秀", "李建国"]  # the first four all read "wxy"


def test_residents_whose_initials_tie_sort_by_full_pinyin(ctx):
    for i, name in enumerate(TIED):
        add_resident(ctx, name, f"1380000{i:04d}")
    names = [r.name for r in list_residents(ctx)]
    assert names == ["李建国", "汪小燕", "王秀", "王秀英", "魏晓云", "吴欣怡"]  # li, wang xiao, wang xiu, …, wu


def test_existing_residents_gain_full_pinyin_without_filling_the_outbox(tmp_path, monkeypatch):
    queued = residents_before(tmp_path, monkeypatch, "_resident_pinyin", (("R1", "王秀英"), ("R2", "汪小燕")))
    open_database(tmp_path / "s.db", tmp_path / "backups")
    rows = database.execute_sql("SELECT gid, name_pinyin FROM resident ORDER BY name_pinyin").fetchall()
    assert rows == [("R2", "wang xiao yan"), ("R1", "wang xiu ying")]
    assert database.execute_sql("SELECT count(*) FROM outbox").fetchone()[0] == queued
    close_database()
