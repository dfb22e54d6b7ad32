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
  <context>
    <name>Errors</name>
    <message>
      <source>This is the practice station: it never syncs with the town office.</source>
      <translation>这是练习站：它从不与镇中心同步。</translation>
    </message>
    <message>
      <source>{path} exists and is not a practice station.</source>
      <translation>{path} 已经存在，且不是练习站。</translation>
    </message>
  </context>
  <context>
    <name>Practice</name>
    <message>
      <source>Practice mode (F9): try every task on demo data</source>
      <translation>练习模式（F9）：用演示数据把每件事试一遍</translation>
    </message>
    <message>
      <source>Practice mode: demo data only. Nothing here touches the real station or is synced.</source>
      <translation>练习模式：只有演示数据。这里做的任何事都不会影响真实村站，也不会同步。</translation>
    </message>
    <message>
      <source>Practice station opening in a new window…</source>
      <translation>练习站正在新窗口中打开…</translation>
    </message>
    <message>
      <source>Practice station: sign in as {accounts}.</source>
      <translation>练习站：用这些账号登录 {accounts}。</translation>
    </message>
    <message>
      <source>The practice station opens in a new window (the first time takes a few seconds).</source>
      <translation>练习站会在新窗口中打开（第一次要等几秒钟）。</translation>
    </message>
    <message>
      <source>[Practice] {title}</source>
      <translation>【练习】{title}</translation>
    </message>
  </context>
</TS>
