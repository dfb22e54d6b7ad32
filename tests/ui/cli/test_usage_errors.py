"""A usage error (exit 2) is told in the user's language too, whichever side of the sub-command --lang is on."""


def test_usage_errors_in_chinese_by_default_and_english_on_request(cli, tmp_path):
    code, out, err = cli("parcel", "intake", "--data", tmp_path)
    assert (code, out) == (2, "") and "缺少必需的参数：tracking" in err and "用法：" in err
    code, _, err = cli("nope", "--lang", "en")
    assert code == 2 and "invalid choice: 'nope'" in err and "usage: " in err
    code, _, err = cli("--lang=zh_CN", "nope")
    assert code == 2 and "无效的选择" in err
