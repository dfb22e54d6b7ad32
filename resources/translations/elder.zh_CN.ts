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
    <message>
      <source>In every dialog</source>
      <translation>在所有对话框中</translation>
    </message>
    <message>
      <source>In this dialog: {title}</source>
      <translation>在此对话框中：{title}</translation>
    </message>
    <message>
      <source>Practice mode: try every task on demo data, in a window of its own</source>
      <translation>练习模式：在单独的窗口里用演示数据把每件事试一遍</translation>
    </message>
    <message>
      <source>Press the button, or tick the box, that has the focus</source>
      <translation>按下有焦点的按钮，或勾选有焦点的方框</translation>
    </message>
    <message>
      <source>this dialog</source>
      <translation>此对话框</translation>
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
    <message>
      <source>The practice station is still open in another window; close it and try again.</source>
      <translation>练习站还在另一个窗口中打开着；请先关闭它，再试一次。</translation>
    </message>
  </context>
  <context>
    <name>Practice</name>
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
    <message>
      <source>Practice mode (F9)</source>
      <translation>练习模式（F9）</translation>
    </message>
    <message>
      <source>Try every task on demo data, in a window of its own</source>
      <translation>在单独的窗口里用演示数据把每件事试一遍</translation>
    </message>
    <message>
      <source>Everything done in practice mode is wiped and the practice station is made again from demo data. The real station is not touched.</source>
      <translation>练习模式中做过的一切都会被清空，练习站将用演示数据重新建立。真实村站的数据不会受到任何影响。</translation>
    </message>
    <message>
      <source>Keep practising</source>
      <translation>继续练习</translation>
    </message>
    <message>
      <source>Start again…</source>
      <translation>重新开始…</translation>
    </message>
    <message>
      <source>Start practice again?</source>
      <translation>重新开始练习吗？</translation>
    </message>
    <message>
      <source>Wipe and start again</source>
      <translation>清空并重新开始</translation>
    </message>
    <message>
      <source>Wipe the practice data and start again from fresh demo data</source>
      <translation>清空练习数据，用新的演示数据重新开始</translation>
    </message>
  </context>
  <context>
    <name>Guide</name>
    <message>
      <source>A forged or already used slip is refused in red, with what to do next.</source>
      <translation>伪造或已用过的送货单会以红色拒绝，并说明下一步怎么做。</translation>
    </message>
    <message>
      <source>A volunteer brings delivery slips back</source>
      <translation>志愿者带回送货单</translation>
    </message>
    <message>
      <source>After a handout, F4 prints the receipt for the resident.</source>
      <translation>取件后，按 F4 给居民打印回执。</translation>
    </message>
    <message>
      <source>After an intake, F3 prints the parcel's shelf label.</source>
      <translation>收件后，按 F3 打印包裹的货架标签。</translation>
    </message>
    <message>
      <source>Ask for the village group or the last 4 digits of the phone.</source>
      <translation>问清村民小组或手机后 4 位。</translation>
    </message>
    <message>
      <source>Check the ticked parcels. ↑ ↓ choose who takes them: the resident, a registered delegate or someone else.</source>
      <translation>核对勾选的包裹。用 ↑ ↓ 选领取人：本人、登记的代领人或其他人。</translation>
    </message>
    <message>
      <source>Ctrl+L opens the sign-in dialog.</source>
      <translation>按 Ctrl+L 打开登录框。</translation>
    </message>
    <message>
      <source>Ctrl+Z undoes the last handout if it was a mistake.</source>
      <translation>交错了？按 Ctrl+Z 撤销上一次取件。</translation>
    </message>
    <message>
      <source>Enter hands them out. Someone else: type their name and relation, then Enter.</source>
      <translation>按回车交出。其他人代领：输入姓名和关系，再按回车。</translation>
    </message>
    <message>
      <source>F1 on any page lists every key.</source>
      <translation>在任何页面按 F1 都能看到所有按键。</translation>
    </message>
    <message>
      <source>F3 prints a shelf label. Nobody matches the phone? A form opens with the digits in it.</source>
      <translation>按 F3 打印货架标签。电话对不上任何人？会打开新居民表，已填好输入的数字。</translation>
    </message>
    <message>
      <source>Green ✔ Done: write the big pickup code on the parcel and put it on the shelf shown.</source>
      <translation>绿色 ✔ 办好了：把大号取件码写在包裹上，放到显示的货架上。</translation>
    </message>
    <message>
      <source>Hand parcels out, also to a delegate</source>
      <translation>取件，也可交给代领人</translation>
    </message>
    <message>
      <source>Press the number of what happened at the door (1 delivered, …), then Enter.</source>
      <translation>按上门结果的编号（1 是已送达……），再按回车。</translation>
    </message>
    <message>
      <source>Print a receipt or a shelf label</source>
      <translation>打印回执或货架标签</translation>
    </message>
    <message>
      <source>Scan the QR code on each slip at the counter.</source>
      <translation>在柜台逐张扫送货单上的二维码。</translation>
    </message>
    <message>
      <source>Scan the parcel's tracking number (the scan field always has the cursor).</source>
      <translation>扫包裹的快递单号（光标一直在扫码框里）。</translation>
    </message>
    <message>
      <source>Scan the pickup code from the resident's text message, or type the phone tail or name.</source>
      <translation>扫居民短信里的取件码，或输入手机尾号或姓名。</translation>
    </message>
    <message>
      <source>Switch user</source>
      <translation>换人登录</translation>
    </message>
    <message>
      <source>Take a parcel in</source>
      <translation>收件</translation>
    </message>
    <message>
      <source>Two residents with the same name</source>
      <translation>两位居民同名</translation>
    </message>
    <message>
      <source>Type the last 4 digits of the phone on the label, then Enter.</source>
      <translation>输入面单上手机的后 4 位，再按回车。</translation>
    </message>
    <message>
      <source>Type the line's number, or ↑ ↓ then Enter. Esc cancels.</source>
      <translation>输入那一行的编号，或用 ↑ ↓ 再按回车。Esc 取消。</translation>
    </message>
    <message>
      <source>Typing a name that several residents share shows a numbered list.</source>
      <translation>输入几位居民共用的名字，会显示带编号的名单。</translation>
    </message>
    <message>
      <source>Village Station quick guide · page {n} / {total} · F1 shows every key</source>
      <translation>村站快速指南 · 第 {n}/{total} 页 · 按 F1 看所有按键</translation>
    </message>
    <message>
      <source>Village Station quick guides</source>
      <translation>村站快速指南</translation>
    </message>
    <message>
      <source>↑ ↓ choose your name, type your PIN, then Enter. Esc keeps the current user.</source>
      <translation>用 ↑ ↓ 选自己的名字，输入密码，再按回车。Esc 保留当前用户。</translation>
    </message>
    <message>
      <source>Quick guides written to {out} (pages: {pages}).</source>
      <translation>快速指南已写入 {out}（共 {pages} 页）。</translation>
    </message>
  </context>
</TS>
