"""What a demo village is made of: surnames, given names, landmarks, care notes, relations.

Demo data, not user interface text: it is Chinese in every language, as the residents' names are.
Weights follow rural northern China roughly: a few surnames dominate, and the older generation
shares a handful of given names (秀英, 桂英, 建国), so the same full name turns up several times.
"""

# (surname, weight): the first ten cover most of a village.
SURNAMES = (
    ("王", 14), ("李", 13), ("张", 12), ("刘", 9), ("陈", 6), ("杨", 5), ("赵", 5), ("黄", 3), ("周", 3),
    ("吴", 3), ("徐", 2), ("孙", 2), ("马", 2), ("胡", 1), ("朱", 1), ("郭", 1), ("何", 1), ("林", 1),
    ("高", 1), ("罗", 1), ("郑", 1), ("梁", 1), ("宋", 1), ("韩", 1), ("冯", 1), ("于", 1), ("董", 1),
)

# Given names by generation (older residents, then the middle and younger generation).
OLD_FEMALE = ("秀英", "桂英", "秀兰", "玉兰", "桂兰", "凤英", "秀珍", "玉珍", "淑珍", "翠花", "素芬", "兰英")
OLD_MALE = ("建国", "德明", "志强", "国华", "春生", "福贵", "长顺", "保国", "树林", "金山", "振华", "连生")
YOUNG_FEMALE = ("芳", "娜", "敏", "静", "丽", "艳", "霞", "婷", "玲", "雪梅", "丽娟", "晓燕", "欣怡", "梓涵")
YOUNG_MALE = ("伟", "磊", "勇", "军", "杰", "强", "涛", "斌", "浩", "鹏", "海波", "建军", "子豪", "宇航")

# Full names forced in now and then so the counter meets same-name residents for sure.
COMMON_FULL_NAMES = (("王秀英", 0.015), ("张伟", 0.012), ("李秀英", 0.008), ("王伟", 0.008), ("刘洋", 0.006))

GROUP_NUMBERS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")

LANDMARKS = (
    "老井", "村委会", "小卖部", "大槐树", "小学", "卫生室", "晒谷场", "祠堂", "石桥", "水塔", "戏台",
    "磨坊", "果园", "池塘", "老供销社", "文化广场", "快递点", "养猪场",
)
SIDES = ("东边", "西边", "南边", "北边", "对面", "后面", "旁边", "隔壁")
ORDINALS = ("第一个门", "第二个门", "第三个门", "第四家", "第五家", "红门那家", "蓝铁门", "有葡萄架的那家")

CARE_NOTES = {
    "care_hearing": ("耳背，请大声敲门", "听力不好，打电话没人接就直接上门"),
    "care_vision": ("视力不好，请念给他/她听", "看不清字，取件码请读出来"),
    "care_mobility": ("腿脚不便，请送到屋里", "坐轮椅，请送到门口", "行动不便，上午在家"),
    "care_alone": ("独居，送件时顺便看看老人", "独居，子女在外打工"),
    "care_elderly": ("白天在地里干活，傍晚在家", "家里有狗，先喊一声", "午睡到两点，下午再来"),
}

FAMILY_RELATIONS = ("儿子", "女儿", "儿媳", "女婿", "孙子", "孙女", "老伴", "侄子")
OTHER_RELATIONS = ("邻居", "邻居", "亲戚", "村干部")

# Mobile number prefixes in use (1[3-9]x).
MOBILE_PREFIXES = (
    "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159", "178", "182",
    "183", "187", "188", "198", "130", "131", "132", "155", "156", "166", "175", "176", "185", "186", "133",
    "153", "173", "177", "180", "181", "189", "191", "199",
)


def group_name(number: int) -> str:
    return f"第{GROUP_NUMBERS[number]}村民小组"
