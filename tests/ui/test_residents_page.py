from station.residents import delegates_of, resident_detail
from tests.station.delivery.helpers import group, parcel, resident
from ui import ops
from ui.app import open_session
from ui.main_window import MainWindow


def open_page(data_dir, qtbot):
    window = MainWindow(open_session(data_dir))
    qtbot.addWidget(window)
    page = window.show_page("residents")
    ops.wait_idle()
    return window, page


def select(page, qtbot, name: str) -> None:
    page.list.text.setText(name)
    page.list.search()
    ops.wait_idle()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1)
    page.list.view.selectRow(0)
    ops.wait_idle()


def test_find_edit_landmark_care_and_add_a_delegate(ctx, data_dir, qtbot):
    g = group(ctx, "一组")
    wang = resident(ctx, "王秀英", "13800000001", g)
    resident(ctx, "李大山", "13800000002", g)
    parcel(ctx, wang, tracking="ZT99887766")
    _window, page = open_page(data_dir, qtbot)
    assert page.list.model.rowCount() == 2
    select(page, qtbot, "秀英")
    assert page.form.name.text() == "王秀英"
    page.form.address.setText("老井东边第二个院门")
    page.form.care["care_hearing"].setChecked(True)
    page.form.notes.setPlainText("耳背，请大声敲门")
    page.form.save()
    ops.wait_idle()
    detail = resident_detail(ctx, wang)
    assert detail["address"] == "老井东边第二个院门" and detail["care_hearing"]
    assert detail["care_notes"] == "耳背，请大声敲门"
    page.delegates.name.setText("王强")
    page.delegates.relation.setText("儿子")
    page.delegates.add()
    ops.wait_idle()
    assert [d.name for d in delegates_of(ctx, wang)] == ["王强"]
    page.timeline.load(wang)
    ops.wait_idle()
    texts = [page.timeline.table.item(r, 2).text() for r in range(page.timeline.table.rowCount())]
    assert any("ZT99887766" in t for t in texts) and len(texts) >= 4


def test_a_bad_phone_is_refused_with_one_message_and_nothing_changes(ctx, data_dir, qtbot):
    from ui import messages

    wang = resident(ctx, "王秀英", "13800000001")
    _window, page = open_page(data_dir, qtbot)
    select(page, qtbot, "王秀英")
    seen = []
    messages.bridge().shown.connect(lambda level, text: seen.append(level))
    page.form.phone.setText("12345")
    page.form.save()
    ops.wait_idle()
    assert seen == ["error"] and resident_detail(ctx, wang)["phone"] == "13800000001"


def test_the_list_loads_more_residents_as_it_scrolls(ctx, data_dir, qtbot):
    from db.models import Resident
    from station.ids import new_gid

    Resident.insert_many([{"gid": new_gid(), "owner": ctx.station_code, "name": f"村民{n:03d}",
                           "phone": f"139{n:08d}", "phone_tail": f"{n:04d}", "created_at": ctx.now()}
                          for n in range(250)]).execute()
    _window, page = open_page(data_dir, qtbot)
    model = page.list.model
    assert model.rowCount() == 100 and model.canFetchMore(model.index(-1, -1).parent())
    while model.canFetchMore(model.index(-1, -1).parent()):
        model.fetchMore(model.index(-1, -1).parent())
        ops.wait_idle()
    assert model.rowCount() == 250


def test_new_resident_form_registers_everything_at_once(ctx, data_dir, qtbot):
    g = group(ctx, "二组")
    _window, page = open_page(data_dir, qtbot)
    page.new_resident()
    page.form.name.setText("赵春梅")
    page.form.phone.setText("13800000003")
    page.form.group.setCurrentIndex(page.form.group.findData(g))
    page.form.address.setText("村委会对面")
    page.form.care["care_mobility"].setChecked(True)
    page.form.save()
    ops.wait_idle()
    from station.residents import list_residents

    [row] = list_residents(ctx, "赵春梅")
    assert (row.address, row.care, row.group) == ("村委会对面", ("mobility",), "二组")


def test_care_flags_are_joined_the_english_way_in_english(ctx, data_dir, qtbot):
    from station.i18n import language, set_language

    resident(ctx, "王秀英", "13800000001", None, care_elderly=True, care_alone=True)
    before = language()
    try:
        window = MainWindow(open_session(data_dir, "en"))
        qtbot.addWidget(window)
        model = window.show_page("residents").list.model
        ops.wait_idle()
        assert model.data(model.index(0, 4)) == "Elderly, Lives alone"
    finally:
        set_language(before)


def test_the_timeline_wraps_inside_the_tab_and_names_its_column(ctx, data_dir, qtbot):
    g = group(ctx, "一组")
    wang = resident(ctx, "王秀英", "13800000001", g)
    for n in range(3):
        parcel(ctx, wang, tracking=f"ZT99887766{n}")
    window, page = open_page(data_dir, qtbot)
    window.resize(1366, 768)
    select(page, qtbot, "秀英")
    page.tabs.setCurrentWidget(page.timeline)
    ops.wait_idle()
    table = page.timeline.table
    qtbot.waitUntil(lambda: table.rowCount() >= 3)
    header = table.horizontalHeader()
    assert table.horizontalHeaderItem(2).text() == "经过"  # not the form tab's 基本信息
    assert sum(header.sectionSize(c) for c in range(3)) <= table.viewport().width() + 1  # nothing off the edge


def test_list_masks_phones_sorts_by_pinyin_and_shows_no_form_until_someone_is_chosen(ctx, data_dir, qtbot):
    g = group(ctx, "一组")
    for name, phone in (("张伟", "13800000011"), ("王芳", "13800000012"), ("李娜", "13800000013")):
        resident(ctx, name, phone, g)
    _window, page = open_page(data_dir, qtbot)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3)
    model = page.list.model
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["李娜", "王芳", "张伟"]  # l, w, z
    assert model.data(model.index(0, 1)) == "138****0013"  # masked, as in every other list
    assert page.right.currentWidget() is page.hint
    select(page, qtbot, "王芳")
    assert page.right.currentWidget() is page.tabs
