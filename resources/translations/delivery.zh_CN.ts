<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Errors</name>
    <message>
      <source>A resident needs a name (at most 30 characters).</source>
      <translation>请填写居民姓名（最多 30 个字）。</translation>
    </message>
    <message>
      <source>A village group needs a name.</source>
      <translation>请填写村民小组名称。</translation>
    </message>
    <message>
      <source>Type a name, a phone number or its last 4 digits.</source>
      <translation>请输入姓名、手机号或手机尾号后 4 位。</translation>
    </message>
    <message>
      <source>Type the last 4 digits or the whole 11-digit phone number.</source>
      <translation>请输入手机尾号后 4 位或完整的 11 位手机号。</translation>
    </message>
    <message>
      <source>Unknown village group.</source>
      <translation>未知的村民小组。</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>Deliveries</source>
      <translation>送货上门</translation>
    </message>
    <message>
      <source>Residents</source>
      <translation>居民</translation>
    </message>
  </context>
</TS>
