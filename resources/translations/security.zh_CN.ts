<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Cli</name>
    <message>
      <source>Private keys of {code} are now on this PC ({store}).</source>
      <translation>{code} 的私钥已保存在本机（{store}）。</translation>
    </message>
    <message>
      <source>Private keys of {code} written to {out}, encrypted with the passphrase (fingerprint {fp}). Keep the file and the passphrase apart.</source>
      <translation>{code} 的私钥已用口令加密写入 {out}（指纹 {fp}）。请将文件和口令分开保管。</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A token name needs 1 to 32 letters, digits, dots, dashes or underscores.</source>
      <translation>令牌名称需要 1 到 32 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
      <source>A token named {name} already exists (revoke it first to replace it).</source>
      <translation>已有名为 {name} 的令牌（如需替换，请先吊销）。</translation>
    </message>
    <message>
      <source>No active token named {name}.</source>
      <translation>没有名为 {name} 的有效令牌。</translation>
    </message>
    <message>
      <source>The {field} contains a character that cannot be used (U+{point}, a control, invisible or undecodable character); type it again without it.</source>
      <translation>{field}中含有不能使用的字符（U+{point}，控制字符、不可见字符或无法解码的字符），请去掉后重新输入。</translation>
    </message>
    <message>
      <source>The {field} is too long (at most {limit} characters).</source>
      <translation>{field}太长（最多 {limit} 个字符）。</translation>
    </message>
    <message>
      <source>This access token is not valid (unknown or revoked).</source>
      <translation>此访问令牌无效（不存在或已吊销）。</translation>
    </message>
    <message>
      <source>This station's private keys are not on this PC (they are never in the database file). Import them with: station keys import FILE --passphrase PASSPHRASE</source>
      <translation>本站的私钥不在这台电脑上（私钥从不保存在数据库文件中）。请导入：station keys import 文件 --passphrase 口令</translation>
    </message>
  </context>
  <context>
    <name>Inputs</name>
    <message>
      <source>PIN</source>
      <translation>PIN 码</translation>
    </message>
    <message>
      <source>code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>delegate</source>
      <translation>代取人</translation>
    </message>
    <message>
      <source>month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>passphrase</source>
      <translation>口令</translation>
    </message>
    <message>
      <source>phone number</source>
      <translation>手机号</translation>
    </message>
    <message>
      <source>reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>receiver's name</source>
      <translation>取件人姓名</translation>
    </message>
    <message>
      <source>relation</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>run</source>
      <translation>配送批次</translation>
    </message>
    <message>
      <source>scanned text</source>
      <translation>扫描内容</translation>
    </message>
    <message>
      <source>search text</source>
      <translation>搜索内容</translation>
    </message>
    <message>
      <source>text</source>
      <translation>正文</translation>
    </message>
    <message>
      <source>title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>tracking number</source>
      <translation>快递单号</translation>
    </message>
    <message>
      <source>user name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>village group</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>volunteer</source>
      <translation>志愿者</translation>
    </message>
  </context>
</TS>
