<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Help</name>
    <message>
      <source>Close (Esc)</source>
      <translation>关闭（Esc）</translation>
    </message>
    <message>
      <source>Confirm / cancel a dialog</source>
      <translation>确认 / 取消对话框</translation>
    </message>
    <message>
      <source>Everywhere</source>
      <translation>所有页面</translation>
    </message>
    <message>
      <source>Go to the page with that number in the list on the left</source>
      <translation>转到左侧列表中对应编号的页面</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>按键</translation>
    </message>
    <message>
      <source>Keys — Village Station</source>
      <translation>按键 — 村站</translation>
    </message>
    <message>
      <source>Next / previous field in a form or dialog</source>
      <translation>表格或对话框里的下一项 / 上一项</translation>
    </message>
    <message>
      <source>On this page: {page}</source>
      <translation>本页：{page}</translation>
    </message>
    <message>
      <source>Switch user: the sign-in dialog (↑ ↓ choose, PIN, Enter)</source>
      <translation>换人：打开登录框（↑ ↓ 选人，输入密码，回车）</translation>
    </message>
    <message>
      <source>This help (Esc closes it)</source>
      <translation>本帮助（按 Esc 关闭）</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>作用</translation>
    </message>
  </context>
</TS>
