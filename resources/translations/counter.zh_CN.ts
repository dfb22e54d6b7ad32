<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Pages</name>
    <message>
      <source>Counter</source>
      <translation>柜台</translation>
    </message>
    <message>
      <source>Parcels</source>
      <translation>包裹</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Code {code}  shelf {shelf}  {name}  ({carrier})</source>
      <translation>取件码 {code}  货架 {shelf}  {name}  （{carrier}）</translation>
    </message>
    <message>
      <source>Expected parcel (pre-alert): {note}</source>
      <translation>预报包裹：{note}</translation>
    </message>
    <message>
      <source>Expecting {tracking} for {name}.</source>
      <translation>已预报：{tracking} 属于 {name}。</translation>
    </message>
    <message>
      <source>Undo until {until}: handout {id}</source>
      <translation>可在 {until} 前撤销：交件单 {id}</translation>
    </message>
    <message>
      <source>No notices yet.</source>
      <translation>还没有通知记录。</translation>
    </message>
    <message>
      <source>No open problem parcels.</source>
      <translation>没有待处理的问题件。</translation>
    </message>
    <message>
      <source>No parcels are due to go back to the courier.</source>
      <translation>没有需要退回快递员的包裹。</translation>
    </message>
    <message>
      <source>Parcel {tracking} is in the problem queue ({kind}).</source>
      <translation>包裹 {tracking} 已列入问题件（{kind}）。</translation>
    </message>
    <message>
      <source>Parcel {tracking} now waits for {name}: pickup code {code}, shelf {shelf}.</source>
      <translation>包裹 {tracking} 现由 {name} 领取：取件码 {code}，货架 {shelf}。</translation>
    </message>
    <message>
      <source>Photo kept as {path} (SHA-256 {sha}).</source>
      <translation>照片已保存为 {path}（SHA-256 {sha}）。</translation>
    </message>
    <message>
      <source>{count} parcels handed back to courier {courier}: {tracking}</source>
      <translation>{count} 个包裹已退交快递员 {courier}：{tracking}</translation>
    </message>
    <message>
      <source>HELD — ¥{amount} to pay on collection. {warning}</source>
      <translation>已扣留——到付 ¥{amount}。{warning}</translation>
    </message>
    <message>
      <source>1 parcel</source>
      <translation>1 个包裹</translation>
    </message>
    <message>
      <source>1 resident</source>
      <translation>1 位居民</translation>
    </message>
    <message>
      <source>1 shelf label written to {out}.</source>
      <translation>已将 1 张货架标签写入 {out}。</translation>
    </message>
    <message>
      <source>Notice board written to {path}: {parcels} for {people}, {pages}.</source>
      <translation>通知单已写入 {path}：{people}的 {parcels}，共 {pages}。</translation>
    </message>
    <message>
      <source>{count} residents</source>
      <translation>{count} 位居民</translation>
    </message>
    <message>
      <source>{count} shelf labels written to {out}.</source>
      <translation>已将 {count} 张货架标签写入 {out}。</translation>
    </message>
    <message>
      <source>1 parcel handed back to courier {courier}: {tracking}</source>
      <translation>1 个包裹已退交快递员 {courier}：{tracking}</translation>
    </message>
    <message>
      <source>Handed out 1 parcel to {receiver} ({relation}):</source>
      <translation>已将 1 件包裹交给 {receiver}（{relation}）：</translation>
    </message>
    <message>
      <source>Handed out {count} parcels to {receiver} ({relation}):</source>
      <translation>已将 {count} 件包裹交给 {receiver}（{relation}）：</translation>
    </message>
    <message>
      <source>{reminded} reminded; {new} newly due for return ({due} in all).</source>
      <translation>已提醒 {reminded}；新增待退回 {new}（共 {due} 个）。</translation>
    </message>
  </context>
  <context>
    <name>Counter</name>
    <message>
      <source>(no group)</source>
      <translation>（无小组）</translation>
    </message>
    <message>
      <source>(no resident)</source>
      <translation>（无收件人）</translation>
    </message>
    <message>
      <source>Batch intake (F2)</source>
      <translation>连续入库 (F2)</translation>
    </message>
    <message>
      <source>Enter: hand out the ticked parcels. ↑ ↓: who takes them. Esc: cancel.</source>
      <translation>回车：交出勾选的包裹。↑ ↓：选择取件人。Esc：取消。</translation>
    </message>
    <message>
      <source>Esc: put the parcel aside.</source>
      <translation>Esc：先把包裹放一边。</translation>
    </message>
    <message>
      <source>Expected parcel (pre-alert): {note}</source>
      <translation>预报包裹：{note}</translation>
    </message>
    <message>
      <source>For {name}</source>
      <translation>代 {name} 取件</translation>
    </message>
    <message>
      <source>Handout undone: the parcels are back on the shelf</source>
      <translation>已撤销交件：包裹回到货架</translation>
    </message>
    <message>
      <source>Mobile number</source>
      <translation>手机号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Needs</source>
      <translation>需要照顾</translation>
    </message>
    <message>
      <source>New resident</source>
      <translation>新居民</translation>
    </message>
    <message>
      <source>Put aside (no resident): {tracking}</source>
      <translation>暂放一边（未定收件人）：{tracking}</translation>
    </message>
    <message>
      <source>Put on the shelf</source>
      <translation>已上架</translation>
    </message>
    <message>
      <source>Receiver's name</source>
      <translation>取件人姓名</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>Scan a tracking number to take a parcel in, or a pickup code, phone tail or name to hand parcels out.</source>
      <translation>扫快递单号入库；扫取件码，或输入手机尾号、姓名取件。</translation>
    </message>
    <message>
      <source>Scan or type here, then Enter</source>
      <translation>在此扫码或输入，按回车</translation>
    </message>
    <message>
      <source>Scanned twice: {text} — ignored.</source>
      <translation>重复扫码：{text}，已忽略。</translation>
    </message>
    <message>
      <source>Several residents match {query}. Who is it?</source>
      <translation>有多位居民符合“{query}”，是哪一位？</translation>
    </message>
    <message>
      <source>Several residents match. Whose parcel is {tracking}?</source>
      <translation>有多位居民符合，{tracking} 是谁的包裹？</translation>
    </message>
    <message>
      <source>Shelf label saved: {path}</source>
      <translation>货架标签已保存：{path}</translation>
    </message>
    <message>
      <source>Shelf {shelf} · {carrier} {tracking}</source>
      <translation>货架 {shelf} · {carrier} {tracking}</translation>
    </message>
    <message>
      <source>Someone else…</source>
      <translation>其他人代取…</translation>
    </message>
    <message>
      <source>Taken by someone else</source>
      <translation>他人代取</translation>
    </message>
    <message>
      <source>Taken by {name} ({relation})</source>
      <translation>取件人：{name}（{relation}）</translation>
    </message>
    <message>
      <source>Taken by:</source>
      <translation>取件人：</translation>
    </message>
    <message>
      <source>This session</source>
      <translation>本次记录</translation>
    </message>
    <message>
      <source>Type the last 4 digits of the phone, then Enter.</source>
      <translation>输入手机尾号后 4 位，按回车。</translation>
    </message>
    <message>
      <source>Type the number or use ↑ ↓, then Enter. Esc: cancel.</source>
      <translation>输入序号或用 ↑ ↓ 选择，按回车。Esc：取消。</translation>
    </message>
    <message>
      <source>Undo last handout (Ctrl+Z)</source>
      <translation>撤销上次交件 (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Undone: {codes}</source>
      <translation>已撤销：{codes}</translation>
    </message>
    <message>
      <source>Village group</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>Who is it for? Type the phone number, its last 4 digits or the name, then Enter.</source>
      <translation>这是谁的包裹？输入手机号、尾号后 4 位或姓名，按回车。</translation>
    </message>
    <message>
      <source>e.g. daughter, neighbour</source>
      <translation>例如：女儿、邻居</translation>
    </message>
    <message>
      <source>elderly</source>
      <translation>老人</translation>
    </message>
    <message>
      <source>hard of hearing</source>
      <translation>听力差</translation>
    </message>
    <message>
      <source>lives alone</source>
      <translation>独居</translation>
    </message>
    <message>
      <source>no group</source>
      <translation>无小组</translation>
    </message>
    <message>
      <source>poor sight</source>
      <translation>视力差</translation>
    </message>
    <message>
      <source>walks with difficulty</source>
      <translation>行动不便</translation>
    </message>
    <message>
      <source>{name} (self)</source>
      <translation>{name}（本人）</translation>
    </message>
    <message>
      <source>{name} ({relation}, registered delegate)</source>
      <translation>{name}（{relation}，登记代领人）</translation>
    </message>
    <message>
      <source>Delivery slip recorded</source>
      <translation>送货单已登记</translation>
    </message>
    <message>
      <source>Print receipt (F4)</source>
      <translation>打印取件回执 (F4)</translation>
    </message>
    <message>
      <source>Print shelf label (F3)</source>
      <translation>打印货架标签 (F3)</translation>
    </message>
    <message>
      <source>Receipt saved: {path}</source>
      <translation>取件回执已保存：{path}</translation>
    </message>
    <message>
      <source>Slip {code}: {name}</source>
      <translation>送货单 {code}：{name}</translation>
    </message>
    <message>
      <source>{n} more out for delivery: {codes}</source>
      <translation>另有 {n} 件正在送货上门：{codes}</translation>
    </message>
    <message>
      <source>Arrived today</source>
      <translation>今日到件</translation>
    </message>
    <message>
      <source>Handed out today</source>
      <translation>今日取件</translation>
    </message>
    <message>
      <source>Out for delivery</source>
      <translation>送货中</translation>
    </message>
    <message>
      <source>Problem parcels</source>
      <translation>问题件</translation>
    </message>
    <message>
      <source>Today at this station</source>
      <translation>今日本站</translation>
    </message>
    <message>
      <source>Due for return</source>
      <translation>待退回快递员</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>待取</translation>
    </message>
    <message>
      <source>A delivery slip: choose what happened at the door.</source>
      <translation>送货单：请选择上门的结果。</translation>
    </message>
    <message>
      <source>Ask for another name or phone number, or look the parcel up on the Parcels page.</source>
      <translation>请问另一个名字或电话，或到“包裹”页查找。</translation>
    </message>
    <message>
      <source>Ask someone with the right role to sign in (Ctrl+L).</source>
      <translation>请有权限的人登录（Ctrl+L）。</translation>
    </message>
    <message>
      <source>Ask the volunteer to bring the parcel back, or wait for the slip.</source>
      <translation>请志愿者把包裹带回，或等送货单扫回。</translation>
    </message>
    <message>
      <source>Cancelled; nothing was changed.</source>
      <translation>已取消，什么也没改。</translation>
    </message>
    <message>
      <source>Check the code on the resident's text message and scan or type it again, or type their phone tail or name.</source>
      <translation>请核对居民短信里的取件码，重新扫码或输入；也可以输入手机尾号或姓名。</translation>
    </message>
    <message>
      <source>Check the number on the parcel and scan it again.</source>
      <translation>请核对包裹上的单号，再扫一次。</translation>
    </message>
    <message>
      <source>Check the parcels and who takes them, then Enter.</source>
      <translation>请核对包裹和领取人，然后按回车。</translation>
    </message>
    <message>
      <source>Correct it on the Parcels page instead.</source>
      <translation>请到“包裹”页更正。</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>办好了</translation>
    </message>
    <message>
      <source>Handed out: {codes} to {receiver}</source>
      <translation>交出：{codes} 给 {receiver}</translation>
    </message>
    <message>
      <source>Nobody matches {typed}. Parcel {tracking} is for a new resident:</source>
      <translation>没有人对得上 {typed}。包裹 {tracking} 是新居民的：</translation>
    </message>
    <message>
      <source>Nobody matches {typed}: add the resident in the form.</source>
      <translation>没有人对得上 {typed}：请在表里添加这位居民。</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>没有办成</translation>
    </message>
    <message>
      <source>Nothing to hand out. If this looks wrong, check the parcel's history on the Parcels page.</source>
      <translation>没有可交出的包裹。如果不对，请到“包裹”页看它的记录。</translation>
    </message>
    <message>
      <source>Nothing to hand out: a volunteer already brought it to the door.</source>
      <translation>没有可交出的包裹：志愿者已经送上门了。</translation>
    </message>
    <message>
      <source>Nothing to hand out: the parcel went back to the courier.</source>
      <translation>没有可交出的包裹：包裹已退回快递员。</translation>
    </message>
    <message>
      <source>Nothing was changed. Try again, or press F1 for help.</source>
      <translation>什么也没改。请再试一次，或按 F1 看帮助。</translation>
    </message>
    <message>
      <source>Open the problem queue on the Parcels page and resolve it there first.</source>
      <translation>请先到“包裹”页的问题件里处理。</translation>
    </message>
    <message>
      <source>Practice mode only pretends; nothing leaves this PC.</source>
      <translation>练习模式只是演练，什么也不会发出这台电脑。</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>请扫码</translation>
    </message>
    <message>
      <source>Say how the receiver is related, then Enter.</source>
      <translation>请写明领取人的关系，然后按回车。</translation>
    </message>
    <message>
      <source>Scan a parcel or type a pickup code, phone tail or name.</source>
      <translation>请扫包裹，或输入取件码、手机尾号或姓名。</translation>
    </message>
    <message>
      <source>Scan again, or type a tracking number, pickup code, phone tail or name.</source>
      <translation>请再扫一次，或输入快递单号、取件码、手机尾号或姓名。</translation>
    </message>
    <message>
      <source>Several residents match: choose one.</source>
      <translation>有几位居民对得上：请选一位。</translation>
    </message>
    <message>
      <source>Taken in: {code}  {name}</source>
      <translation>收件：{code}  {name}</translation>
    </message>
    <message>
      <source>The parcel is already expected; nothing more to do.</source>
      <translation>这个包裹已经在预报里，不用再做什么。</translation>
    </message>
    <message>
      <source>The parcel is already in: put it on the shelf shown.</source>
      <translation>包裹已经入库：请放到显示的货架上。</translation>
    </message>
    <message>
      <source>Tick at least one parcel, then Enter.</source>
      <translation>请至少勾选一个包裹，然后按回车。</translation>
    </message>
    <message>
      <source>Type the last 4 digits or the whole 11-digit phone number, then Enter.</source>
      <translation>请输入手机后 4 位或完整的 11 位号码，然后按回车。</translation>
    </message>
    <message>
      <source>Type the receiver's name, then Enter.</source>
      <translation>请输入领取人姓名，然后按回车。</translation>
    </message>
    <message>
      <source>Whose parcel is it?</source>
      <translation>这是谁的包裹？</translation>
    </message>
    <message>
      <source>Your answer, please</source>
      <translation>请回答</translation>
    </message>
    <message>
      <source>the phone ends in {tail}; type its first digits in front.</source>
      <translation>手机尾号是 {tail}，请在前面补上前几位。</translation>
    </message>
    <message>
      <source>1 parcel</source>
      <translation>1 件</translation>
    </message>
    <message>
      <source>1 parcel waiting</source>
      <translation>1 件待取</translation>
    </message>
    <message>
      <source>Handed out 1 parcel</source>
      <translation>已交出 1 件包裹</translation>
    </message>
    <message>
      <source>Handed out {count} parcels</source>
      <translation>已交出 {count} 件包裹</translation>
    </message>
    <message>
      <source>{count} parcels</source>
      <translation>{count} 件</translation>
    </message>
    <message>
      <source>{count} parcels waiting</source>
      <translation>{count} 件待取</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>--limit is between 1 and 10000.</source>
      <translation>--limit 须在 1 到 10000 之间。</translation>
    </message>
    <message>
      <source>A chosen parcel no longer exists.</source>
      <translation>所选包裹已不存在。</translation>
    </message>
    <message>
      <source>A handout can be undone only within {minutes} minutes; this one was at {at}.</source>
      <translation>交件只能在 {minutes} 分钟内撤销；这次交件时间是 {at}。</translation>
    </message>
    <message>
      <source>A receiver's name has at most 30 characters and a relation at most 20.</source>
      <translation>取件人姓名最多 30 个字，关系最多 20 个字。</translation>
    </message>
    <message>
      <source>Another counter handed out one of these parcels just now; nothing was changed.</source>
      <translation>另一台柜台刚刚交出了其中的包裹；未作任何更改。</translation>
    </message>
    <message>
      <source>Choose at least one parcel to hand out.</source>
      <translation>请至少选择一件要交出的包裹。</translation>
    </message>
    <message>
      <source>No parcel has pickup code {code}.</source>
      <translation>没有取件码为 {code} 的包裹。</translation>
    </message>
    <message>
      <source>No parcel has tracking number {tracking}.</source>
      <translation>没有单号为 {tracking} 的包裹。</translation>
    </message>
    <message>
      <source>No parcels are waiting for {query}.</source>
      <translation>没有“{query}”的待取包裹。</translation>
    </message>
    <message>
      <source>No resident matches. Give the full phone number and --name to add them.</source>
      <translation>没有符合的居民。请给出完整手机号和 --name 以新增居民。</translation>
    </message>
    <message>
      <source>No single resident has phone {phone}.</source>
      <translation>找不到唯一使用手机号 {phone} 的居民。</translation>
    </message>
    <message>
      <source>No such handout.</source>
      <translation>没有这条交件记录。</translation>
    </message>
    <message>
      <source>Say how {receiver} is related to {resident}.</source>
      <translation>请说明 {receiver} 与 {resident} 的关系。</translation>
    </message>
    <message>
      <source>Several residents match: {who}. Give the full phone number.</source>
      <translation>有多位居民符合：{who}。请给出完整手机号。</translation>
    </message>
    <message>
      <source>Some of these parcels have changed since; the handout cannot be undone.</source>
      <translation>其中有包裹已发生变化，无法撤销这次交件。</translation>
    </message>
    <message>
      <source>That person is not a registered delegate of this resident.</source>
      <translation>此人不是该居民登记的代领人。</translation>
    </message>
    <message>
      <source>That resident no longer exists.</source>
      <translation>该居民已不存在。</translation>
    </message>
    <message>
      <source>The tracking number is empty.</source>
      <translation>快递单号为空。</translation>
    </message>
    <message>
      <source>These parcels belong to different residents; hand them out separately.</source>
      <translation>这些包裹属于不同居民，请分开交件。</translation>
    </message>
    <message>
      <source>This handout was already undone.</source>
      <translation>这次交件已经撤销过了。</translation>
    </message>
    <message>
      <source>Who is {tracking} for? Give --phone or --name.</source>
      <translation>{tracking} 是谁的包裹？请给出 --phone 或 --name。</translation>
    </message>
    <message>
      <source>Write down who takes the parcel.</source>
      <translation>请填写取件人。</translation>
    </message>
    <message>
      <source>{code} is in the problem queue; resolve it there first.</source>
      <translation>{code} 在问题件列表中，请先在那里处理。</translation>
    </message>
    <message>
      <source>{code} was already delivered to the door.</source>
      <translation>{code} 已经送货上门。</translation>
    </message>
    <message>
      <source>{code} was already handed out at {at} to {receiver}.</source>
      <translation>{code} 已于 {at} 交给 {receiver}。</translation>
    </message>
    <message>
      <source>{code} was returned to the courier; it cannot be handed out.</source>
      <translation>{code} 已退回快递公司，不能交件。</translation>
    </message>
    <message>
      <source>{number} has no digits; it is not a tracking number.</source>
      <translation>{number} 没有数字，不是快递单号。</translation>
    </message>
    <message>
      <source>{number} has spaces inside; a tracking number is one word.</source>
      <translation>{number} 中间有空格；快递单号是连续的一串。</translation>
    </message>
    <message>
      <source>{number} has symbols; a tracking number has only letters and digits.</source>
      <translation>{number} 含有符号；快递单号只有字母和数字。</translation>
    </message>
    <message>
      <source>{number} is too long for a tracking number (at most {n} characters).</source>
      <translation>{number} 太长，不是快递单号（最多 {n} 位）。</translation>
    </message>
    <message>
      <source>{number} is too short for a tracking number (at least {n} characters).</source>
      <translation>{number} 太短，不是快递单号（至少 {n} 位）。</translation>
    </message>
    <message>
      <source>{number} starts like a {carrier} number but does not have its length.</source>
      <translation>{number} 开头像{carrier}单号，但位数不对。</translation>
    </message>
    <message>
      <source>{n} residents match {query}; scan their pickup code instead.</source>
      <translation>有 {n} 位居民符合“{query}”，请改扫取件码。</translation>
    </message>
    <message>
      <source>{n} residents match {query}; use the pickup code.</source>
      <translation>有 {n} 位居民符合“{query}”，请用取件码。</translation>
    </message>
    <message>
      <source>{tracking} is already expected.</source>
      <translation>{tracking} 已经预报过了。</translation>
    </message>
    <message>
      <source>{tracking} is already here and out for delivery (code {code}).</source>
      <translation>{tracking} 已在站内，正在送货上门（取件码 {code}）。</translation>
    </message>
    <message>
      <source>{tracking} is already here, in the problem queue.</source>
      <translation>{tracking} 已在站内，在问题件列表中。</translation>
    </message>
    <message>
      <source>{tracking} is already on shelf {shelf}, code {code}.</source>
      <translation>{tracking} 已在货架 {shelf}，取件码 {code}。</translation>
    </message>
    <message>
      <source>A damaged parcel needs a photo of the damage.</source>
      <translation>破损件需要附上破损照片。</translation>
    </message>
    <message>
      <source>A note is at most 200 characters.</source>
      <translation>备注最多 200 个字。</translation>
    </message>
    <message>
      <source>A note is at most 500 characters.</source>
      <translation>备注最多 500 个字。</translation>
    </message>
    <message>
      <source>A receipt needs at least one parcel.</source>
      <translation>回执上至少要有一个包裹。</translation>
    </message>
    <message>
      <source>A shelf label needs a pickup code.</source>
      <translation>货架标签需要取件码。</translation>
    </message>
    <message>
      <source>Give a tracking number.</source>
      <translation>请给出快递单号。</translation>
    </message>
    <message>
      <source>Give the name of the courier who takes the parcel back (at most 40 characters).</source>
      <translation>请填写取回包裹的快递员姓名（最多 40 个字）。</translation>
    </message>
    <message>
      <source>No parcel with id {gid}.</source>
      <translation>没有编号为 {gid} 的包裹。</translation>
    </message>
    <message>
      <source>No parcel with tracking number {tracking}.</source>
      <translation>没有单号为 {tracking} 的包裹。</translation>
    </message>
    <message>
      <source>No photo file at {path}.</source>
      <translation>{path} 处没有照片文件。</translation>
    </message>
    <message>
      <source>No resident matches {query}.</source>
      <translation>没有与 {query} 相符的居民。</translation>
    </message>
    <message>
      <source>No such resident.</source>
      <translation>没有这位居民。</translation>
    </message>
    <message>
      <source>Parcel {tracking} is not in the problem queue.</source>
      <translation>包裹 {tracking} 不在问题件中。</translation>
    </message>
    <message>
      <source>Parcel {tracking} was changed by someone else just now; look again.</source>
      <translation>包裹 {tracking} 刚被别人改动过，请重新查看。</translation>
    </message>
    <message>
      <source>Say who gets the parcel: --resident, --phone or --name.</source>
      <translation>请说明交给谁：--resident、--phone 或 --name。</translation>
    </message>
    <message>
      <source>Several residents match; give --resident with one of: {choices}</source>
      <translation>有多位居民相符，请用 --resident 指定其中一位：{choices}</translation>
    </message>
    <message>
      <source>Sort the notice list by group or by code.</source>
      <translation>通知单只能按村民小组或按取件码排序。</translation>
    </message>
    <message>
      <source>The photo {path} is larger than 20 MB.</source>
      <translation>照片 {path} 超过 20 MB。</translation>
    </message>
    <message>
      <source>The same parcel is listed twice.</source>
      <translation>同一个包裹列了两次。</translation>
    </message>
    <message>
      <source>There are no parcels to label.</source>
      <translation>没有要打印标签的包裹。</translation>
    </message>
    <message>
      <source>Unknown notice channel {channel}; use board, read_aloud or phone.</source>
      <translation>未知的通知方式 {channel}；请用 board、read_aloud 或 phone。</translation>
    </message>
    <message>
      <source>Unknown notice kind {kind}.</source>
      <translation>未知的通知类型 {kind}。</translation>
    </message>
    <message>
      <source>Unknown problem {kind}; use one of: {kinds}.</source>
      <translation>未知的问题类型 {kind}；请用：{kinds}。</translation>
    </message>
    <message>
      <source>Unknown return reason {reason}.</source>
      <translation>未知的退回原因 {reason}。</translation>
    </message>
    <message>
      <source>{path} is not a JPEG or PNG photo.</source>
      <translation>{path} 不是 JPEG 或 PNG 照片。</translation>
    </message>
    <message>
      <source>The date range ends before it starts.</source>
      <translation>日期范围的结束早于开始。</translation>
    </message>
    <message>
      <source>Unknown parcel status {status}.</source>
      <translation>未知的包裹状态 {status}。</translation>
    </message>
    <message>
      <source>{code} is out for delivery (run {run}, volunteer {volunteer}). If the resident came to the counter instead, scan the slip back as "not home" first; then hand it out here.</source>
      <translation>{code} 正在送货上门（批次 {run}，志愿者 {volunteer}）。如果居民自己来站点取件，请先把送货单扫回并选"不在家"，再在这里取件。</translation>
    </message>
    <message>
      <source>No parcel has the pickup code or tracking number {code}.</source>
      <translation>没有取件码或快递单号为 {code} 的包裹。</translation>
    </message>
    <message>
      <source>Parcel {tracking} (status: {status}): only parcels still at the station can be reported.</source>
      <translation>包裹 {tracking}（状态：{status}）：只有仍在站里的包裹才能登记为问题件。</translation>
    </message>
    <message>
      <source>Parcel {tracking} (status: {status}): only waiting or problem parcels go back to the courier.</source>
      <translation>包裹 {tracking}（状态：{status}）：只有待取的包裹或问题件才能退回快递员。</translation>
    </message>
    <message>
      <source>Parcel {tracking} is held for an amount on collection nobody ordered: record the payment or the refusal (Orders page, cash on delivery) first.</source>
      <translation>包裹 {tracking} 是无人下单的到付件，已被扣留：请先登记付款或拒收（订单页“到付”）。</translation>
    </message>
    <message>
      <source>A handout can be undone only within 1 minute; this one was at {at}.</source>
      <translation>交件只能在 1 分钟内撤销；这次交件时间是 {at}。</translation>
    </message>
  </context>
  <context>
    <name>Parcels</name>
    <message>
      <source>delegate</source>
      <translation>代领人</translation>
    </message>
    <message>
      <source>self</source>
      <translation>本人</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>已送达</translation>
    </message>
    <message>
      <source>Out for delivery</source>
      <translation>送货中</translation>
    </message>
    <message>
      <source>Picked up</source>
      <translation>已取件</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题件</translation>
    </message>
    <message>
      <source>Returned</source>
      <translation>已退回</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>待取</translation>
    </message>
  </context>
  <context>
    <name>Receipt</name>
    <message>
      <source>Handed out</source>
      <translation>交件时间</translation>
    </message>
    <message>
      <source>Parcels</source>
      <translation>包裹数</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>取件人</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>收件居民</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>经办人</translation>
    </message>
  </context>
  <context>
    <name>Scan</name>
    <message>
      <source>{carrier} {tracking}: who is it for?</source>
      <translation>{carrier} {tracking}：是谁的包裹？</translation>
    </message>
    <message>
      <source>{name}: shelf {shelf}, code {code}</source>
      <translation>{name}：货架 {shelf}，取件码 {code}</translation>
    </message>
    <message>
      <source>1 waiting parcel for {query}</source>
      <translation>“{query}”有 1 件待取包裹</translation>
    </message>
    <message>
      <source>Handed out 1 parcel to {receiver}.</source>
      <translation>已将 1 件包裹交给 {receiver}。</translation>
    </message>
    <message>
      <source>Handed out {count} parcels to {receiver}.</source>
      <translation>已将 {count} 件包裹交给 {receiver}。</translation>
    </message>
    <message>
      <source>{count} waiting parcels for {query}</source>
      <translation>“{query}”有 {count} 件待取包裹</translation>
    </message>
  </context>
  <context>
    <name>Carriers</name>
    <message>
      <source>Best Express</source>
      <translation>百世</translation>
    </message>
    <message>
      <source>China Post parcel</source>
      <translation>中国邮政包裹</translation>
    </message>
    <message>
      <source>Deppon</source>
      <translation>德邦</translation>
    </message>
    <message>
      <source>EMS / China Post</source>
      <translation>EMS/中国邮政</translation>
    </message>
    <message>
      <source>J&amp;T Express</source>
      <translation>极兔</translation>
    </message>
    <message>
      <source>JD Logistics</source>
      <translation>京东</translation>
    </message>
    <message>
      <source>Other carrier</source>
      <translation>其他包裹</translation>
    </message>
    <message>
      <source>SF Express</source>
      <translation>顺丰</translation>
    </message>
    <message>
      <source>STO Express</source>
      <translation>申通</translation>
    </message>
    <message>
      <source>YTO Express</source>
      <translation>圆通</translation>
    </message>
    <message>
      <source>Yunda Express</source>
      <translation>韵达</translation>
    </message>
    <message>
      <source>ZTO Express</source>
      <translation>中通</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Shelf labels</source>
      <translation>货架标签</translation>
    </message>
    <message>
      <source>Shelf {shelf}</source>
      <translation>货架 {shelf}</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>No parcels are waiting.</source>
      <translation>没有待取的包裹。</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>通知</translation>
    </message>
    <message>
      <source>Notice board</source>
      <translation>公告栏</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Phone call by staff</source>
      <translation>工作人员电话通知</translation>
    </message>
    <message>
      <source>Read aloud</source>
      <translation>朗读</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>{group} (continued)</source>
      <translation>{group}（续）</translation>
    </message>
    <message>
      <source>{name}, you have 1 parcel, pickup code {codes}.</source>
      <translation>{name}，您有 1 个包裹，取件码 {codes}。</translation>
    </message>
    <message>
      <source>{name}, you have no parcels waiting.</source>
      <translation>{name}，您没有待取的包裹。</translation>
    </message>
    <message>
      <source>{name}, you have {count} parcels, pickup codes {codes}.</source>
      <translation>{name}，您有 {count} 个包裹，取件码 {codes}。</translation>
    </message>
    <message>
      <source>{station}: parcels waiting for pickup</source>
      <translation>{station} 待取包裹通知</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Due to go back to the courier:</source>
      <translation>应退回快递员的包裹：</translation>
    </message>
    <message>
      <source>Notices and reminders</source>
      <translation>通知与提醒</translation>
    </message>
    <message>
      <source>Notices given to {name}</source>
      <translation>{name} 的通知记录</translation>
    </message>
    <message>
      <source>Print notice board…</source>
      <translation>打印通知单…</translation>
    </message>
    <message>
      <source>Read the list aloud</source>
      <translation>朗读待取名单</translation>
    </message>
    <message>
      <source>Record a phone call</source>
      <translation>记录一次电话通知</translation>
    </message>
    <message>
      <source>Return selected to courier…</source>
      <translation>选中的退回快递员…</translation>
    </message>
    <message>
      <source>Run reminders now</source>
      <translation>现在执行提醒</translation>
    </message>
    <message>
      <source>Save the notice board</source>
      <translation>保存通知单</translation>
    </message>
    <message>
      <source>Stop reading</source>
      <translation>停止朗读</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>到站</translation>
    </message>
    <message>
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>取件码</translation>
    </message>
    <message>
      <source>How</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Parcels</source>
      <translation>包裹数</translation>
    </message>
    <message>
      <source>Pickup code</source>
      <translation>取件码</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>居民</translation>
    </message>
    <message>
      <source>Tracking number</source>
      <translation>快递单号</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>tel. {tail}</source>
      <translation>尾号 {tail}</translation>
    </message>
    <message>
      <source>1 parcel</source>
      <translation>1 个包裹</translation>
    </message>
    <message>
      <source>1 resident</source>
      <translation>1 位居民</translation>
    </message>
    <message>
      <source>Notice board saved: {path} (1 parcel).</source>
      <translation>通知单已保存：{path}（1 个包裹）。</translation>
    </message>
    <message>
      <source>Notice board saved: {path} ({count} parcels).</source>
      <translation>通知单已保存：{path}（{count} 个包裹）。</translation>
    </message>
    <message>
      <source>{count} parcels</source>
      <translation>{count} 个包裹</translation>
    </message>
    <message>
      <source>{count} residents</source>
      <translation>{count} 位居民</translation>
    </message>
    <message>
      <source>{date} · {parcels} · {people} · bring your pickup code</source>
      <translation>{date} · {parcels} · {people} · 请凭取件码取件</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 天</translation>
    </message>
    <message>
      <source>1 parcel handed back to {courier}.</source>
      <translation>1 个包裹已退交 {courier}。</translation>
    </message>
    <message>
      <source>Residents are reminded after {remind}; parcels go back to the courier after {back} (change this in Settings).</source>
      <translation>包裹到站 {remind}后提醒居民；{back}后退回快递员（可在“设置”中修改）。</translation>
    </message>
    <message>
      <source>{count} days</source>
      <translation>{count} 天</translation>
    </message>
    <message>
      <source>{count} parcels handed back to {courier}.</source>
      <translation>{count} 个包裹已退交 {courier}。</translation>
    </message>
    <message>
      <source>{parcels} waiting for {people}.</source>
      <translation>共有 {parcels}等待 {people}领取。</translation>
    </message>
    <message>
      <source>{residents} to remind; {parcels} newly due to go back.</source>
      <translation>需提醒 {residents}；新增应退回：{parcels}。</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>{year}-{month:02d}-{day:02d}</source>
      <translation>{year}年{month}月{day}日</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <source>Damaged</source>
      <translation>破损</translation>
    </message>
    <message>
      <source>Misaddressed</source>
      <translation>地址错误</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>拒收</translation>
    </message>
    <message>
      <source>Unknown addressee</source>
      <translation>查无此人</translation>
    </message>
    <message>
      <source>Choose photo…</source>
      <translation>选择照片…</translation>
    </message>
    <message>
      <source>Courier</source>
      <translation>快递员</translation>
    </message>
    <message>
      <source>Give parcel {tracking} to a resident</source>
      <translation>把包裹 {tracking} 交给居民</translation>
    </message>
    <message>
      <source>Give to a resident…</source>
      <translation>改派给居民…</translation>
    </message>
    <message>
      <source>Hand {count} parcels back to the courier</source>
      <translation>把 {count} 个包裹退回快递员</translation>
    </message>
    <message>
      <source>Needed for a damaged parcel</source>
      <translation>破损件必须附照片</translation>
    </message>
    <message>
      <source>No problem parcels. Damaged, unknown addressee, misaddressed or refused parcels wait here until they are resolved.</source>
      <translation>没有问题件。破损、查无此人、地址错误或拒收的包裹会在这里等待处理。</translation>
    </message>
    <message>
      <source>No resident found.</source>
      <translation>没有找到居民。</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Phone, last 4 digits or full name, then Enter</source>
      <translation>输入手机号、尾号或全名，然后按回车</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>照片</translation>
    </message>
    <message>
      <source>Photo of the parcel</source>
      <translation>包裹照片</translation>
    </message>
    <message>
      <source>Photos (*.jpg *.jpeg *.png)</source>
      <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Problem parcels</source>
      <translation>问题件</translation>
    </message>
    <message>
      <source>Report a problem parcel</source>
      <translation>登记问题件</translation>
    </message>
    <message>
      <source>Report a problem…</source>
      <translation>登记问题件…</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>居民</translation>
    </message>
    <message>
      <source>Return to courier…</source>
      <translation>退回快递员…</translation>
    </message>
    <message>
      <source>Tracking number</source>
      <translation>快递单号</translation>
    </message>
    <message>
      <source>e.g. 顺丰 王师傅</source>
      <translation>例如：顺丰 王师傅</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>有</translation>
    </message>
    <message>
      <source>{tracking} handed back to {courier}.</source>
      <translation>{tracking} 已退交 {courier}。</translation>
    </message>
    <message>
      <source>{tracking} is in the problem queue.</source>
      <translation>{tracking} 已列入问题件。</translation>
    </message>
    <message>
      <source>{tracking} now waits for {name}: code {code}, shelf {shelf}.</source>
      <translation>{tracking} 现由 {name} 领取：取件码 {code}，货架 {shelf}。</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>登记时间</translation>
    </message>
    <message>
      <source>Show photo</source>
      <translation>查看照片</translation>
    </message>
    <message>
      <source>Cash on delivery nobody ordered</source>
      <translation>无人下单的到付包裹</translation>
    </message>
    <message>
      <source>Hand 1 parcel back to the courier</source>
      <translation>把 1 个包裹退回快递员</translation>
    </message>
  </context>
  <context>
    <name>Receipts</name>
    <message>
      <source> ({relation})</source>
      <translation>（{relation}）</translation>
    </message>
    <message>
      <source>For: {name}</source>
      <translation>收件人：{name}</translation>
    </message>
    <message>
      <source>Handed out by: {staff}</source>
      <translation>经办人：{staff}</translation>
    </message>
    <message>
      <source>Parcel pickup receipt</source>
      <translation>取件回执</translation>
    </message>
    <message>
      <source>Please check your parcels before leaving.</source>
      <translation>请当面检查包裹后再离开。</translation>
    </message>
    <message>
      <source>Received by: {name}</source>
      <translation>领取人：{name}</translation>
    </message>
    <message>
      <source>{count} parcels:</source>
      <translation>包裹 {count} 件：</translation>
    </message>
    <message>
      <source>1 parcel:</source>
      <translation>包裹 1 件：</translation>
    </message>
  </context>
  <context>
    <name>Returns</name>
    <message>
      <source>Not collected in time</source>
      <translation>超期未取</translation>
    </message>
    <message>
      <source>Problem parcel</source>
      <translation>问题件</translation>
    </message>
    <message>
      <source>Refused by the addressee</source>
      <translation>收件人拒收</translation>
    </message>
  </context>
  <context>
    <name>ParcelList</name>
    <message>
      <source>All carriers</source>
      <translation>全部快递公司</translation>
    </message>
    <message>
      <source>All parcels</source>
      <translation>全部包裹</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>All village groups</source>
      <translation>全部村民小组</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>任何时间</translation>
    </message>
    <message>
      <source>Arrived</source>
      <translation>到站时间</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <source>From … to …</source>
      <translation>从…到…</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>最近 30 天</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>最近 7 天</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>Notice log…</source>
      <translation>通知记录…</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Pickup code</source>
      <translation>取件码</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>领取人</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>居民</translation>
    </message>
    <message>
      <source>Search: name, last 4 phone digits, pickup code or tracking number</source>
      <translation>搜索：姓名、手机尾号、取件码或快递单号</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <source>Tracking number</source>
      <translation>快递单号</translation>
    </message>
    <message>
      <source>{name} ({relation})</source>
      <translation>{name}（{relation}）</translation>
    </message>
    <message>
      <source>1 parcel matches (a search shows at most {cap}).</source>
      <translation>找到 1 个包裹（搜索最多显示 {cap} 个）。</translation>
    </message>
    <message>
      <source>1 parcel shown, newest first; scroll down for more.</source>
      <translation>已显示 1 个包裹，最新的在前；向下滚动查看更多。</translation>
    </message>
    <message>
      <source>1 parcel.</source>
      <translation>共 1 个包裹。</translation>
    </message>
    <message>
      <source>{count} parcels match (a search shows at most {cap}).</source>
      <translation>找到 {count} 个包裹（搜索最多显示 {cap} 个）。</translation>
    </message>
    <message>
      <source>{count} parcels shown, newest first; scroll down for more.</source>
      <translation>已显示 {count} 个包裹，最新的在前；向下滚动查看更多。</translation>
    </message>
    <message>
      <source>{count} parcels.</source>
      <translation>共 {count} 个包裹。</translation>
    </message>
  </context>
  <context>
    <name>SpokenCode</name>
    <message>
      <source>, </source>
      <translation>，</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Handout undone: the parcels went back on the shelf</source>
      <translation>取件已撤销：包裹放回货架</translation>
    </message>
    <message>
      <source>Parcel {tracking} handed back to the courier ({courier}): {reason}</source>
      <translation>包裹 {tracking} 已退交快递员（{courier}）：{reason}</translation>
    </message>
    <message>
      <source>Problem parcel {tracking} sorted out and put on the shelf</source>
      <translation>问题件 {tracking} 已处理并上架</translation>
    </message>
    <message>
      <source>Problem parcel {tracking}: {kind}</source>
      <translation>问题件 {tracking}：{kind}</translation>
    </message>
    <message>
      <source>{count} parcels handed out at the counter to {name} ({relation}): {codes}; staff {staff}</source>
      <translation>在柜台交出 {count} 个包裹给 {name}（{relation}）：{codes}；经办 {staff}</translation>
    </message>
    <message>
      <source>{kind} ({channel}) about {count} waiting parcels {codes}</source>
      <translation>{kind}（{channel}）：{count} 个待取包裹 {codes}</translation>
    </message>
    <message>
      <source>1 parcel handed out at the counter to {name} ({relation}): {codes}; staff {staff}</source>
      <translation>在柜台交出 1 个包裹给 {name}（{relation}）：{codes}；经办 {staff}</translation>
    </message>
    <message>
      <source>{kind} ({channel}) about 1 waiting parcel {codes}</source>
      <translation>{kind}（{channel}）：1 个待取包裹 {codes}</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>Batch intake on / off (only phone tails are asked)</source>
      <translation>批量收件 开 / 关（只问手机尾号）</translation>
    </message>
    <message>
      <source>Cancel: put the parcel aside, or leave the handout</source>
      <translation>取消：包裹先放一边，或退出取件</translation>
    </message>
    <message>
      <source>Choose that line when several residents match</source>
      <translation>有几位居民对得上时，选这一行</translation>
    </message>
    <message>
      <source>Move the choice; at a handout: who takes the parcels (self, delegate, someone else)</source>
      <translation>移动选择；取件时：选领取人（本人、代领人、其他人）</translation>
    </message>
    <message>
      <source>On an empty scan field: confirm (hand out the ticked parcels)</source>
      <translation>扫码框为空时：确认（交出勾选的包裹）</translation>
    </message>
    <message>
      <source>Print the last handout's receipt</source>
      <translation>打印上一次取件的回执</translation>
    </message>
    <message>
      <source>Print the last parcel's shelf label</source>
      <translation>打印上一个包裹的货架标签</translation>
    </message>
    <message>
      <source>Take a parcel in (tracking number), hand out (pickup code, phone tail or name), or record a delivery slip</source>
      <translation>收件（快递单号）、取件（取件码、手机尾号或姓名），或登记送货单</translation>
    </message>
    <message>
      <source>Undo the last handout</source>
      <translation>撤销上一次取件</translation>
    </message>
    <message>
      <source>Scan / type + Enter</source>
      <translation>扫码 / 输入 + Enter</translation>
    </message>
  </context>
</TS>
