<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Cli</name>
    <message>
      <source>Audit log intact: {rows} rows.</source>
      <translation>审计日志完好：共 {rows} 条。</translation>
    </message>
    <message>
      <source>Enrolment card written to {out} (fingerprint {fp}).</source>
      <translation>登记卡已写入 {out}（指纹 {fp}）。</translation>
    </message>
    <message>
      <source>Interrupted; nothing half-done was kept.</source>
      <translation>已中断；未保留任何半途的更改。</translation>
    </message>
    <message>
      <source>Screenshot written to {out}</source>
      <translation>截图已写入 {out}</translation>
    </message>
    <message>
      <source>Station {code} ({name}) made in {path}. Key fingerprint: {fp}</source>
      <translation>已在 {path} 建立站点 {code}（{name}）。密钥指纹：{fp}</translation>
    </message>
    <message>
      <source>{code} {name} ({kind}), key fingerprint {fp}</source>
      <translation>{code} {name}（{kind}），密钥指纹 {fp}</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>--admin and --pin go together.</source>
      <translation>--admin 与 --pin 须同时提供。</translation>
    </message>
    <message>
      <source>A PIN needs 4 to 12 digits; a password at least 6 characters.</source>
      <translation>PIN 码须为 4 到 12 位数字；密码至少 6 个字符。</translation>
    </message>
    <message>
      <source>A size looks like 1366x768.</source>
      <translation>尺寸的格式应为 1366x768。</translation>
    </message>
    <message>
      <source>A station code has 2 to 20 capital letters, digits or dashes, like CN-XJ-001.</source>
      <translation>站点编号由 2 到 20 个大写字母、数字或短横线组成，例如 CN-XJ-001。</translation>
    </message>
    <message>
      <source>A station name is needed (at most 60 characters).</source>
      <translation>请填写站点名称（最多 60 个字）。</translation>
    </message>
    <message>
      <source>A user name needs 1 to 32 letters, digits or Chinese characters.</source>
      <translation>用户名须为 1 到 32 个字母、数字或汉字。</translation>
    </message>
    <message>
      <source>Audit log tampered: {what}.</source>
      <translation>审计日志被篡改：{what}。</translation>
    </message>
    <message>
      <source>Could not write {out}.</source>
      <translation>无法写入 {out}。</translation>
    </message>
    <message>
      <source>No station in {path}. Make one with: station init --code CODE --name NAME</source>
      <translation>{path} 中没有站点。请用以下命令建立：station init --code 编号 --name 名称</translation>
    </message>
    <message>
      <source>Not recognised: {text} is not a tracking number, pickup code or delivery slip.</source>
      <translation>无法识别：{text} 不是快递单号、取件码或送货单。</translation>
    </message>
    <message>
      <source>The scan was empty.</source>
      <translation>扫描内容为空。</translation>
    </message>
    <message>
      <source>The user {username} already exists.</source>
      <translation>用户 {username} 已存在。</translation>
    </message>
    <message>
      <source>This data was written by a newer Village Station (schema {found}); this version reads up to schema {known}. Please update the program.</source>
      <translation>此数据由更新版本的村站写入（数据结构第 {found} 版）；本程序只能读取到第 {known} 版。请升级程序。</translation>
    </message>
    <message>
      <source>Too many wrong attempts. Try again in {minutes} minutes.</source>
      <translation>错误次数过多，请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
      <source>Unknown page {page}; pages: {pages}</source>
      <translation>没有页面 {page}；可用页面：{pages}</translation>
    </message>
    <message>
      <source>Unknown role: {role}</source>
      <translation>未知角色：{role}</translation>
    </message>
    <message>
      <source>Unknown setting: {key}</source>
      <translation>未知设置项：{key}</translation>
    </message>
    <message>
      <source>Wrong user name or PIN.</source>
      <translation>用户名或 PIN 码错误。</translation>
    </message>
    <message>
      <source>Your role ({role}) may not do this.</source>
      <translation>您的角色（{role}）无权进行此操作。</translation>
    </message>
    <message>
      <source>{path} already holds a station; nothing was changed.</source>
      <translation>{path} 中已有站点；未做任何更改。</translation>
    </message>
    <message>
      <source>{path} is not a Village Station database.</source>
      <translation>{path} 不是村站数据库。</translation>
    </message>
    <message>
      <source>{phone} is not a mobile number (11 digits starting with 1).</source>
      <translation>{phone} 不是手机号（应为以 1 开头的 11 位数字）。</translation>
    </message>
    <message>
      <source>{value} is not a valid value for {key}.</source>
      <translation>{value} 不是 {key} 的有效值。</translation>
    </message>
    <message>
      <source>No Chinese font found; install fonts-wqy-microhei (or put a .ttf in resources/fonts).</source>
      <translation>找不到中文字体；请安装 fonts-wqy-microhei（或将 .ttf 字体放入 resources/fonts）。</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <source>Village Station — {name}</source>
      <translation>村站 — {name}</translation>
    </message>
  </context>
  <context>
    <name>Ops</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Cancelled; nothing was changed.</source>
      <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>出错了：{error}</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>Audit</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>维权案件</translation>
    </message>
    <message>
      <source>Coming in a later version: {what}</source>
      <translation>{what}：将在后续版本中提供</translation>
    </message>
    <message>
      <source>Orders &amp; Returns</source>
      <translation>代下单与退换</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Daily backups to keep</source>
      <translation>保留的每日备份份数</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>高对比度</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Large text (18 pt and up)</source>
      <translation>大字模式（18 磅以上）</translation>
    </message>
    <message>
      <source>Town office address for sync (http://…)</source>
      <translation>同步用的镇办地址（http://…）</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>Station: {code} {name}</source>
      <translation>站点：{code} {name}</translation>
    </message>
    <message>
      <source>Sync: not set up</source>
      <translation>同步：尚未设置</translation>
    </message>
    <message>
      <source>User: {name}</source>
      <translation>用户：{name}</translation>
    </message>
  </context>
</TS>
