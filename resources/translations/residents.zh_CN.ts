<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Cli</name>
    <message>
      <source>Added resident {name}.</source>
      <translation>已添加居民 {name}。</translation>
    </message>
    <message>
      <source>Address: {address}</source>
      <translation>住址：{address}</translation>
    </message>
    <message>
      <source>Care notes: {notes}</source>
      <translation>照护备注：{notes}</translation>
    </message>
    <message>
      <source>Care: {care}</source>
      <translation>照护需要：{care}</translation>
    </message>
    <message>
      <source>Delegate: {name} ({relation}) {phone} — {what}</source>
      <translation>代取人：{name}（{relation}）{phone} — {what}</translation>
    </message>
    <message>
      <source>Lives with: {names}</source>
      <translation>同住：{names}</translation>
    </message>
    <message>
      <source>No residents match.</source>
      <translation>没有匹配的居民。</translation>
    </message>
    <message>
      <source>Phone: {phone}</source>
      <translation>电话：{phone}</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <source>Village group: {group}</source>
      <translation>村民小组：{group}</translation>
    </message>
    <message>
      <source>is told</source>
      <translation>接收通知</translation>
    </message>
    <message>
      <source>may collect</source>
      <translation>可代取包裹</translation>
    </message>
    <message>
      <source>{name} has no delegates.</source>
      <translation>{name} 没有代取人。</translation>
    </message>
    <message>
      <source>{name} is no longer a delegate of {resident}.</source>
      <translation>{name} 已不再是 {resident} 的代取人。</translation>
    </message>
    <message>
      <source>{name} is now a delegate of {resident}.</source>
      <translation>{name} 已成为 {resident} 的代取人。</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>No resident has the ID or phone number {key}.</source>
      <translation>没有编号或电话为 {key} 的居民。</translation>
    </message>
    <message>
      <source>Nothing to change: give --name, --phone, --group, --address, --care or --notes.</source>
      <translation>没有要修改的内容：请给出 --name、--phone、--group、--address、--care 或 --notes。</translation>
    </message>
    <message>
      <source>Unknown care need: {need} (one of {choices}).</source>
      <translation>未知的照护需要：{need}（可选：{choices}）。</translation>
    </message>
    <message>
      <source>Unknown village group: {group}</source>
      <translation>未知的村民小组：{group}</translation>
    </message>
    <message>
      <source>{count} residents share the phone number {phone}; name one by its ID.</source>
      <translation>有 {count} 位居民共用电话 {phone}；请用居民编号指定。</translation>
    </message>
    <message>
      <source>{resident} has no delegate called {name}.</source>
      <translation>{resident} 没有名叫 {name} 的代取人。</translation>
    </message>
  </context>
</TS>
