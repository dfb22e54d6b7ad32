<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Cli</name>
    <message>
      <source>Made the demo station DEMO-001 in {path}; sign in as zhanzhang (PIN 1234), xiaowang (2345) or laoli (3456).</source>
      <translation>已在 {path} 建立演示村站 DEMO-001；可用 zhanzhang（PIN 1234）、xiaowang（2345）或 laoli（3456）登录。</translation>
    </message>
    <message>
      <source>Parcels by status: {statuses}</source>
      <translation>包裹状态：{statuses}</translation>
    </message>
    <message>
      <source>Demo data made in {seconds} s. Village groups: {groups}; households: {households}; residents: {residents}; delegates: {delegates}; parcels: {parcels}.</source>
      <translation>演示数据已生成，用时 {seconds} 秒。村民小组 {groups} 个；住户 {households} 户；居民 {residents} 位；代收人 {delegates} 位；包裹 {parcels} 个。</translation>
    </message>
    <message>
      <source>… parcels: {done} of {total}</source>
      <translation>… 已生成包裹 {done} / {total} 个</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>The number of parcels must be between 0 and {most}.</source>
      <translation>包裹数量须在 0 到 {most} 之间。</translation>
    </message>
    <message>
      <source>The number of residents must be between 1 and {most}.</source>
      <translation>居民数量须在 1 到 {most} 之间。</translation>
    </message>
    <message>
      <source>This station already has residents or parcels; demo data is only put into an empty station. Use a new data directory.</source>
      <translation>本站已有居民或包裹；演示数据只能放入空站点。请使用新的数据目录。</translation>
    </message>
    <message>
      <source>Demo data goes into a station, not into a town office.</source>
      <translation>演示数据只能放入村站，不能放入镇便民服务中心。</translation>
    </message>
  </context>
</TS>
