<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Cli</name>
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
    <message>
      <source>Backup of station {code} written to {out} ({size} KB).</source>
      <translation>站点 {code} 的备份已写入 {out}（{size} KB）。</translation>
    </message>
    <message>
      <source>Restored station {code} from {file}.</source>
      <translation>已从 {file} 恢复站点 {code}。</translation>
    </message>
    <message>
      <source>The database it replaced is kept as {path}.</source>
      <translation>被替换的数据库已保存为 {path}。</translation>
    </message>
    <message>
      <source>Account {username} ({role}) added.</source>
      <translation>已添加账号 {username}（{role}）。</translation>
    </message>
    <message>
      <source>Account {username} deactivated.</source>
      <translation>账号 {username} 已停用。</translation>
    </message>
    <message>
      <source>New PIN set for {username}.</source>
      <translation>已为 {username} 设置新的 PIN 码。</translation>
    </message>
    <message>
      <source>No accounts yet.</source>
      <translation>还没有任何账号。</translation>
    </message>
    <message>
      <source>town office</source>
      <translation>镇办</translation>
    </message>
    <message>
      <source>village station</source>
      <translation>村站</translation>
    </message>
    <message>
      <source>Record what happened with --outcome {choices}.</source>
      <translation>请用 --outcome {choices} 登记送货结果。</translation>
    </message>
    <message>
      <source>A new sync generation starts: the next bundle carries the whole station and the office replaces what it holds for it.</source>
      <translation>开始新的同步代：下一个同步包包含整个站点的数据，镇办将用它替换所存的本站数据。</translation>
    </message>
    <message>
      <source>Account {username} unlocked.</source>
      <translation>账号 {username} 已解锁。</translation>
    </message>
    <message>
      <source>No tokens yet.</source>
      <translation>还没有访问令牌。</translation>
    </message>
    <message>
      <source>PIN or password for {user}: </source>
      <translation>{user} 的 PIN 码或密码：</translation>
    </message>
    <message>
      <source>The backup holds no private keys; they are in {where}. To move the station to a new PC, also run: station keys export --out FILE --passphrase PASSPHRASE</source>
      <translation>备份中不含私钥，私钥保存在{where}。如要把站点迁到新电脑，还需运行：station keys export --out 文件 --passphrase 口令</translation>
    </message>
    <message>
      <source>Token {name} ({role}) made. It is shown only now; keep it like a password:</source>
      <translation>已创建访问令牌 {name}（{role}）。令牌只显示这一次，请像密码一样妥善保管：</translation>
    </message>
    <message>
      <source>Token {name} revoked.</source>
      <translation>访问令牌 {name} 已吊销。</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>已吊销</translation>
    </message>
    <message>
      <source>the key file {path} (readable by this user only)</source>
      <translation>密钥文件 {path}（仅本用户可读）</translation>
    </message>
    <message>
      <source>the system key store of this PC</source>
      <translation>本机的系统密钥库</translation>
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
      <translation>PIN 码须为 4 到 12 位数字；密码至少 6 个字符。</translation>
    </message>
    <message>
      <source>A size looks like 1366x768.</source>
      <translation>尺寸的格式应为 1366x768。</translation>
    </message>
    <message>
      <source>A station code has 2 to 20 capital letters, digits or dashes, like CN-XJ-001.</source>
      <translation>站点编号由 2 到 20 个大写字母、数字或短横线组成，例如 CN-XJ-001。</translation>
    </message>
    <message>
      <source>A station name is needed (at most 60 characters).</source>
      <translation>请填写站点名称（最多 60 个字）。</translation>
    </message>
    <message>
      <source>A user name needs 1 to 32 letters, digits or Chinese characters.</source>
      <translation>用户名须为 1 到 32 个字母、数字或汉字。</translation>
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
      <source>The scan was empty.</source>
      <translation>扫描内容为空。</translation>
    </message>
    <message>
      <source>The user {username} already exists.</source>
      <translation>用户 {username} 已存在。</translation>
    </message>
    <message>
      <source>This data was written by a newer Village Station (schema {found}); this version reads up to schema {known}. Please update the program.</source>
      <translation>此数据由更新版本的村站写入（数据结构第 {found} 版）；本程序只能读取到第 {known} 版。请升级程序。</translation>
    </message>
    <message>
      <source>Too many wrong attempts. Try again in {minutes} minutes.</source>
      <translation>错误次数过多，请 {minutes} 分钟后再试。</translation>
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
      <translation>{phone} 不是手机号（应为以 1 开头的 11 位数字）。</translation>
    </message>
    <message>
      <source>{value} is not a valid value for {key}.</source>
      <translation>{value} 不是 {key} 的有效值。</translation>
    </message>
    <message>
      <source>No Chinese font found; install fonts-wqy-microhei (or put a .ttf in resources/fonts).</source>
      <translation>找不到中文字体；请安装 fonts-wqy-microhei（或将 .ttf 字体放入 resources/fonts）。</translation>
    </message>
    <message>
      <source>Could not copy the database: {error}</source>
      <translation>无法复制数据库：{error}</translation>
    </message>
    <message>
      <source>No backup file at {path}.</source>
      <translation>{path} 处没有备份文件。</translation>
    </message>
    <message>
      <source>The backup is of station {theirs}, but this is station {ours}. Nothing was changed; add --force to restore it anyway.</source>
      <translation>该备份属于站点 {theirs}，而本站是 {ours}。未做任何更改；如确需恢复，请加 --force。</translation>
    </message>
    <message>
      <source>The station database is in use (is the app open?). Close it and try again.</source>
      <translation>站点数据库正在使用中（程序是否开着？）。请先关闭再试。</translation>
    </message>
    <message>
      <source>{out} is a folder; give a file name for the backup.</source>
      <translation>{out} 是一个文件夹；请给出备份的文件名。</translation>
    </message>
    <message>
      <source>{path} is damaged and cannot be used: {error}</source>
      <translation>{path} 已损坏，无法使用：{error}</translation>
    </message>
    <message>
      <source>{path} is not a station backup (it holds no station record).</source>
      <translation>{path} 不是村站备份（其中没有站点记录）。</translation>
    </message>
    <message>
      <source>{path} is not a station backup (not an SQLite database).</source>
      <translation>{path} 不是村站备份（不是 SQLite 数据库）。</translation>
    </message>
    <message>
      <source>{path} was written by a newer Village Station (schema {found}); this version reads up to schema {known}. Please update the program.</source>
      <translation>{path} 由更新版本的村站写入（结构版本 {found}）；本版本最多只能读取结构版本 {known}。请更新程序。</translation>
    </message>
    <message>
      <source>No active account {username}.</source>
      <translation>没有启用中的账号 {username}。</translation>
    </message>
    <message>
      <source>You cannot deactivate the account you are signed in with.</source>
      <translation>不能停用您当前登录的账号。</translation>
    </message>
    <message>
      <source>{username} is the last administrator and stays active.</source>
      <translation>{username} 是最后一位管理员，不能停用。</translation>
    </message>
    <message>
      <source>Not recognised: {scanned} is not a tracking number, pickup code or delivery slip.</source>
      <translation>无法识别：{scanned} 不是快递单号、取件码或送货单。</translation>
    </message>
    <message>
      <source>{tracking} is a tracking number: give --phone or --name of the resident.</source>
      <translation>{tracking} 是快递单号：请给出收件居民的 --phone 或 --name。</translation>
    </message>
    <message>
      <source>A delegate may collect parcels, be told about them, or both.</source>
      <translation>代收人至少要能代取包裹或接收通知之一。</translation>
    </message>
    <message>
      <source>A delegate needs a name (at most 30 characters).</source>
      <translation>请填写代收人姓名（最多 30 个字）。</translation>
    </message>
    <message>
      <source>A relation is at most 20 characters (son, neighbour …).</source>
      <translation>关系最多 20 个字（儿子、邻居…）。</translation>
    </message>
    <message>
      <source>An address description is at most {count} characters.</source>
      <translation>地址描述最多 {count} 个字。</translation>
    </message>
    <message>
      <source>Care notes are at most {count} characters.</source>
      <translation>照护备注最多 {count} 个字。</translation>
    </message>
    <message>
      <source>Choose the village group before describing where the home is.</source>
      <translation>请先选择村民小组，再描述住址。</translation>
    </message>
    <message>
      <source>No such delegate.</source>
      <translation>没有这位代收人。</translation>
    </message>
    <message>
      <source>No such resident.</source>
      <translation>没有这位居民。</translation>
    </message>
    <message>
      <source>Unknown resident field: {field}</source>
      <translation>未知的居民信息项：{field}</translation>
    </message>
    <message>
      <source>{name} has no address yet; describe their home first.</source>
      <translation>{name} 还没有住址，请先描述其住处。</translation>
    </message>
    <message>
      <source>{name} is already a delegate of {resident}.</source>
      <translation>{name} 已是 {resident} 的代收人。</translation>
    </message>
    <message>
      <source>The current PIN is wrong; the PIN was not changed.</source>
      <translation>当前 PIN 码不正确；PIN 码未修改。</translation>
    </message>
    <message>
      <source>Cannot use {path}: {reason}.</source>
      <translation>无法使用 {path}：{reason}。</translation>
    </message>
    <message>
      <source>it already exists</source>
      <translation>它已存在</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
      <source>part of the path is not a folder</source>
      <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>没有权限</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>磁盘已满</translation>
    </message>
    <message>
      <source>the drive is read-only</source>
      <translation>该磁盘只读</translation>
    </message>
    <message>
      <source>the folder does not exist</source>
      <translation>文件夹不存在</translation>
    </message>
    <message>
      <source>there is no such file</source>
      <translation>没有这个文件</translation>
    </message>
    <message>
      <source>This is a station's data directory; this command is for the town office (make one with: station office init --name NAME).</source>
      <translation>这是村站的数据目录；此命令只用于镇办（建立镇办数据目录：station office init --name 名称）。</translation>
    </message>
    <message>
      <source>This is the town office's data directory; this command is for a station.</source>
      <translation>这是镇办的数据目录；此命令只用于村站。</translation>
    </message>
    <message>
      <source>--db takes a postgresql://user@host:port/database address (for a town office).</source>
      <translation>--db 需要 postgresql://用户@主机:端口/数据库 形式的地址（仅限镇办）。</translation>
    </message>
    <message>
      <source>The database at {host} already holds {code}; nothing was changed.</source>
      <translation>{host} 上的数据库已存有 {code}；未做任何更改。</translation>
    </message>
    <message>
      <source>The office database at {host} cannot be used: {reason}</source>
      <translation>无法使用 {host} 上的镇办数据库：{reason}</translation>
    </message>
    <message>
      <source>--admin USER needs --pin PIN: the first administrator's PIN or password.</source>
      <translation>--admin 用户名 需要配合 --pin PIN：第一个管理员的 PIN 码或密码。</translation>
    </message>
    <message>
      <source>--data (or STATION_DATA) is empty; name the data folder.</source>
      <translation>--data（或 STATION_DATA）为空，请给出数据文件夹。</translation>
    </message>
    <message>
      <source>--data must name a folder; {path} is a file.</source>
      <translation>--data 必须是一个文件夹；{path} 是文件。</translation>
    </message>
    <message>
      <source>Sign in first: give --user and --pin (or env STATION_USER and STATION_PIN), or an access token with --token (env STATION_TOKEN).</source>
      <translation>请先登录：给出 --user 和 --pin（或环境变量 STATION_USER 和 STATION_PIN），或用 --token 给出访问令牌（环境变量 STATION_TOKEN）。</translation>
    </message>
    <message>
      <source>The data folder name contains a control or undecodable character.</source>
      <translation>数据文件夹名称含有控制字符或无法解码的字符。</translation>
    </message>
    <message>
      <source>The database could not be used: {error}</source>
      <translation>无法使用数据库：{error}</translation>
    </message>
    <message>
      <source>The passphrase is wrong or the key file is damaged; nothing was changed.</source>
      <translation>口令错误或密钥文件已损坏；未做任何更改。</translation>
    </message>
    <message>
      <source>The passphrase needs at least {n} characters.</source>
      <translation>口令至少需要 {n} 个字符。</translation>
    </message>
    <message>
      <source>These are the keys of {theirs}, not of this station {ours}; nothing was changed.</source>
      <translation>这是 {theirs} 的密钥，不是本站 {ours} 的；未做任何更改。</translation>
    </message>
    <message>
      <source>These keys do not match this station's public keys; nothing was changed.</source>
      <translation>这些密钥与本站的公钥不符；未做任何更改。</translation>
    </message>
    <message>
      <source>This database has no account yet: add an administrator first.</source>
      <translation>此数据库还没有任何账号：请先添加管理员。</translation>
    </message>
    <message>
      <source>{file} is not a Village Station key export.</source>
      <translation>{file} 不是村站导出的密钥文件。</translation>
    </message>
    <message>
      <source>{username} is locked out; only an administrator can unlock it.</source>
      <translation>{username} 已被锁定，只有管理员可以解锁。</translation>
    </message>
    <message>
      <source>nothing answers on that port (is PostgreSQL running there?)</source>
      <translation>那个端口上没有服务应答（PostgreSQL 在那里运行吗？）</translation>
    </message>
    <message>
      <source>that host name is not known</source>
      <translation>找不到这个主机名</translation>
    </message>
    <message>
      <source>the network cannot reach that host</source>
      <translation>网络到不了那台主机</translation>
    </message>
    <message>
      <source>the server did not answer in time</source>
      <translation>服务器没有及时应答</translation>
    </message>
    <message>
      <source>the user name or password was not accepted</source>
      <translation>用户名或密码不被接受</translation>
    </message>
    <message>
      <source>there is no database of that name on the server</source>
      <translation>服务器上没有这个名字的数据库</translation>
    </message>
    <message>
      <source>--reset starts the practice station again; give it with --practice.</source>
      <translation>--reset 用于重新开始练习站，请与 --practice 一起使用。</translation>
    </message>
    <message>
      <source>Too many wrong attempts. Try again in 1 minute.</source>
      <translation>错误次数过多，请 1 分钟后再试。</translation>
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
      <source>4-12 digits, or a password of 6+ characters</source>
      <translation>4–12 位数字，或至少 6 个字符的密码</translation>
    </message>
    <message>
      <source>A backup is made every day in {folder}</source>
      <translation>每天自动备份到 {folder}</translation>
    </message>
    <message>
      <source>Account {name} added.</source>
      <translation>已添加账号 {name}。</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>账号</translation>
    </message>
    <message>
      <source>Add account</source>
      <translation>添加账号</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>备份已写入 {path}</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Change PIN</source>
      <translation>修改 PIN 码</translation>
    </message>
    <message>
      <source>Click again to deactivate {username}</source>
      <translation>再点一次以停用 {username}</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Name shown</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <source>New PIN for the selected account</source>
      <translation>所选账号的新 PIN 码</translation>
    </message>
    <message>
      <source>New PIN set for {name}.</source>
      <translation>已为 {name} 设置新的 PIN 码。</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN 码</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Select an account first.</source>
      <translation>请先选择一个账号。</translation>
    </message>
    <message>
      <source>Station rules</source>
      <translation>站点规则</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>本机显示</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>{name} can no longer sign in.</source>
      <translation>{name} 已不能再登录。</translation>
    </message>
    <message>
      <source>New account</source>
      <translation>新建账号</translation>
    </message>
    <message>
      <source>Layers per shelf</source>
      <translation>每个货架的层数</translation>
    </message>
    <message>
      <source>Minutes a handout can be undone</source>
      <translation>交件后可撤销的分钟数</translation>
    </message>
    <message>
      <source>Parcel shelves</source>
      <translation>包裹货架数</translation>
    </message>
    <message>
      <source>Remind residents after this many days</source>
      <translation>到站几天后提醒居民</translation>
    </message>
    <message>
      <source>Return parcels to the courier after this many days</source>
      <translation>到站几天后退回快递员</translation>
    </message>
    <message>
      <source>Propose doorstep delivery after (days waiting)</source>
      <translation>包裹待取超过几天建议送货上门</translation>
    </message>
    <message>
      <source>Change my PIN</source>
      <translation>修改我的 PIN 码</translation>
    </message>
    <message>
      <source>Current PIN</source>
      <translation>当前 PIN 码</translation>
    </message>
    <message>
      <source>My PIN</source>
      <translation>我的 PIN 码</translation>
    </message>
    <message>
      <source>New PIN</source>
      <translation>新 PIN 码</translation>
    </message>
    <message>
      <source>Your PIN was changed.</source>
      <translation>您的 PIN 码已修改。</translation>
    </message>
    <message>
      <source>Town office address for sync (http://…)</source>
      <translation>同步用的镇办地址（http://…）</translation>
    </message>
    <message>
      <source>Station phone (printed on order receipts)</source>
      <translation>村站电话（印在代下单回执上）</translation>
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
    <message>
      <source>Switch user (Ctrl+L)</source>
      <translation>切换用户 (Ctrl+L)</translation>
    </message>
    <message>
      <source>local administrator</source>
      <translation>本机管理员</translation>
    </message>
    <message>
      <source>nobody signed in</source>
      <translation>未登录</translation>
    </message>
    <message>
      <source>Elder mode: 18 pt text and larger buttons, at once</source>
      <translation>长辈模式：18 磅大字、更大的按钮，立即生效</translation>
    </message>
    <message>
      <source>Large text</source>
      <translation>大字模式</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <source>audit row {seq} was edited</source>
      <translation>第 {seq} 条审计记录被修改</translation>
    </message>
    <message>
      <source>audit rows from {seq} on were removed</source>
      <translation>从第 {seq} 条起的审计记录被删除</translation>
    </message>
    <message>
      <source>audit rows were removed or reordered at row {seq}</source>
      <translation>审计记录在第 {seq} 条处被删除或调换顺序</translation>
    </message>
    <message>
      <source>the audit head record is missing</source>
      <translation>审计链头记录缺失</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Action, e.g. account.</source>
      <translation>操作，例如 account.</translation>
    </message>
    <message>
      <source>Before → after</source>
      <translation>修改前 → 修改后</translation>
    </message>
    <message>
      <source>Checking …</source>
      <translation>正在检查……</translation>
    </message>
    <message>
      <source>Load more</source>
      <translation>加载更多</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Text in the record</source>
      <translation>记录中的文字</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Verify chain</source>
      <translation>校验哈希链</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <source>{count} entries shown</source>
      <translation>已显示 {count} 条</translation>
    </message>
    <message>
      <source>Audit log head: row {seq}, {hash}</source>
      <translation>审计日志链头：第 {seq} 行，{hash}</translation>
    </message>
    <message>
      <source>audit row {seq} differs from the one sent to the town office</source>
      <translation>审计记录第 {seq} 行与已发送给镇办的不一致</translation>
    </message>
    <message>
      <source>audit rows {seq}–{last} were removed (they had reached the town office)</source>
      <translation>审计记录第 {seq}–{last} 行被删除（镇办已收到过这些记录）</translation>
    </message>
    <message>
      <source>every audit row was removed</source>
      <translation>所有审计记录都被删除了</translation>
    </message>
    <message>
      <source>the audit log table is missing</source>
      <translation>审计日志表不存在</translation>
    </message>
    <message>
      <source>the town office reports: {detail}</source>
      <translation>镇办报告：{detail}</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>所有人</translation>
    </message>
    <message>
      <source>1 entry shown</source>
      <translation>已显示 1 条</translation>
    </message>
    <message>
      <source>Audit log intact: 1 row.</source>
      <translation>审计日志完好：共 1 条。</translation>
    </message>
    <message>
      <source>Audit log intact: {count} rows.</source>
      <translation>审计日志完好：共 {count} 条。</translation>
    </message>
    <message>
      <source>{field}: {value}</source>
      <translation>{field}：{value}</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <source>Administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <source>Station staff</source>
      <translation>站点工作人员</translation>
    </message>
    <message>
      <source>Volunteer</source>
      <translation>志愿者</translation>
    </message>
    <message>
      <source>Town office administrator</source>
      <translation>镇办管理员</translation>
    </message>
    <message>
      <source>Town office staff</source>
      <translation>镇办工作人员</translation>
    </message>
  </context>
  <context>
    <name>SignIn</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Choose a user and type the PIN.</source>
      <translation>请选择用户并输入 PIN 码。</translation>
    </message>
    <message>
      <source>PIN or password</source>
      <translation>PIN 码或密码</translation>
    </message>
    <message>
      <source>PIN or password, then Enter</source>
      <translation>输入 PIN 码或密码，然后按回车</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>Sign in — Village Station</source>
      <translation>登录 — 村站</translation>
    </message>
    <message>
      <source>Who is at the counter?</source>
      <translation>现在谁在柜台？</translation>
    </message>
    <message>
      <source>↑ ↓ choose the user · Enter signs in · Esc cancels</source>
      <translation>↑ ↓ 选择用户 · 回车登录 · Esc 取消</translation>
    </message>
    <message>
      <source>This station has no account yet. Add its first administrator with: station account add NAME --role admin --new-pin PIN</source>
      <translation>本站还没有账号。请添加第一个管理员：station account add 用户名 --role admin --new-pin PIN</translation>
    </message>
    <message>
      <source>Large text</source>
      <translation>大字模式</translation>
    </message>
  </context>
  <context>
    <name>Speech</name>
    <message>
      <source>Read-aloud is off: no speech engine is installed on this computer (install speech-dispatcher or flite).</source>
      <translation>朗读不可用：这台电脑没有安装语音引擎（请安装 speech-dispatcher 或 flite）。</translation>
    </message>
    <message>
      <source>Read-aloud is off: the speech engine {engine} did not start (is the speech-dispatcher service running?).</source>
      <translation>朗读不可用：语音引擎 {engine} 没有启动（speech-dispatcher 服务是否在运行？）。</translation>
    </message>
    <message>
      <source>Read-aloud is off: the speech service (speech-dispatcher) does not answer; restart the computer or the service.</source>
      <translation>朗读已关闭：语音服务（speech-dispatcher）没有响应，请重启电脑或该服务。</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Delegate added</source>
      <translation>添加了代收人</translation>
    </message>
    <message>
      <source>Delegate removed</source>
      <translation>删除了代收人</translation>
    </message>
    <message>
      <source>Household changed</source>
      <translation>更改了住户</translation>
    </message>
    <message>
      <source>Parcel {tracking} ({carrier}) arrived, code {code}, shelf {shelf}</source>
      <translation>包裹 {tracking}（{carrier}）到站，取件码 {code}，货架 {shelf}</translation>
    </message>
    <message>
      <source>Parcel {tracking} picked up by {who}</source>
      <translation>包裹 {tracking} 由 {who} 取走</translation>
    </message>
    <message>
      <source>Parcel {tracking} returned to the sender</source>
      <translation>包裹 {tracking} 已退回寄件方</translation>
    </message>
    <message>
      <source>Record changed</source>
      <translation>修改了档案</translation>
    </message>
    <message>
      <source>Resident registered</source>
      <translation>登记为居民</translation>
    </message>
    <message>
      <source>{what} by {actor}</source>
      <translation>{what}（{actor}）</translation>
    </message>
  </context>
  <context>
    <name>Lists</name>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
  </context>
  <context>
    <name>Argparse</name>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>至少需要一个值</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>最多只能有一个值</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>需要一个值</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>参数 %s 中必须给出一个</translation>
    </message>
    <message>
      <source>options</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>位置参数</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>显示本帮助并退出</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>无法识别的参数：%s</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>用法：</translation>
    </message>
  </context>
  <context>
    <name>AuditActions</name>
    <message>
      <source>Account added</source>
      <translation>添加账号</translation>
    </message>
    <message>
      <source>Account deactivated</source>
      <translation>停用账号</translation>
    </message>
    <message>
      <source>Account locked after wrong PINs</source>
      <translation>PIN 码错误次数过多，账号已锁定</translation>
    </message>
    <message>
      <source>Bundle imported</source>
      <translation>导入数据包</translation>
    </message>
    <message>
      <source>Bundle refused and quarantined</source>
      <translation>数据包被拒收并隔离</translation>
    </message>
    <message>
      <source>Delegate added</source>
      <translation>添加代收人</translation>
    </message>
    <message>
      <source>Delegate removed</source>
      <translation>移除代收人</translation>
    </message>
    <message>
      <source>Delivery outcome recorded</source>
      <translation>登记送货结果</translation>
    </message>
    <message>
      <source>Delivery run cancelled</source>
      <translation>取消送货批次</translation>
    </message>
    <message>
      <source>Delivery run closed</source>
      <translation>送货批次结束</translation>
    </message>
    <message>
      <source>Delivery run planned</source>
      <translation>安排送货批次</translation>
    </message>
    <message>
      <source>Delivery slips printed</source>
      <translation>打印送货单</translation>
    </message>
    <message>
      <source>Demo data filled in</source>
      <translation>填入演示数据</translation>
    </message>
    <message>
      <source>Handout undone</source>
      <translation>撤销取件</translation>
    </message>
    <message>
      <source>Household changed</source>
      <translation>修改住户</translation>
    </message>
    <message>
      <source>Merchant added to the watch list</source>
      <translation>商家列入警示名单</translation>
    </message>
    <message>
      <source>Notice added for stations</source>
      <translation>向村站发布通知</translation>
    </message>
    <message>
      <source>Notice given to a resident</source>
      <translation>通知居民</translation>
    </message>
    <message>
      <source>Office acknowledgement applied</source>
      <translation>应用镇办回执</translation>
    </message>
    <message>
      <source>PIN changed</source>
      <translation>修改 PIN 码</translation>
    </message>
    <message>
      <source>Parcel announced in advance</source>
      <translation>预登记包裹</translation>
    </message>
    <message>
      <source>Parcel due for return</source>
      <translation>包裹到期待退回</translation>
    </message>
    <message>
      <source>Parcel returned to the courier</source>
      <translation>包裹退回快递员</translation>
    </message>
    <message>
      <source>Parcel taken in</source>
      <translation>包裹入库</translation>
    </message>
    <message>
      <source>Parcels handed out</source>
      <translation>包裹取件</translation>
    </message>
    <message>
      <source>Problem parcel given to a resident</source>
      <translation>问题件改派给居民</translation>
    </message>
    <message>
      <source>Problem parcel reported</source>
      <translation>登记问题件</translation>
    </message>
    <message>
      <source>Resident added</source>
      <translation>添加居民</translation>
    </message>
    <message>
      <source>Resident changed</source>
      <translation>修改居民信息</translation>
    </message>
    <message>
      <source>Restored from a backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <source>Setting changed</source>
      <translation>修改设置</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>Station enrolled</source>
      <translation>登记村站</translation>
    </message>
    <message>
      <source>Station made</source>
      <translation>建立站点</translation>
    </message>
    <message>
      <source>Stops reordered</source>
      <translation>调整送货顺序</translation>
    </message>
    <message>
      <source>Sync bundle written</source>
      <translation>写出同步数据包</translation>
    </message>
    <message>
      <source>Town office key trusted</source>
      <translation>信任镇办密钥</translation>
    </message>
    <message>
      <source>Town office made</source>
      <translation>建立镇办</translation>
    </message>
    <message>
      <source>Village group added</source>
      <translation>添加村民小组</translation>
    </message>
    <message>
      <source>Volunteer added</source>
      <translation>添加志愿者</translation>
    </message>
    <message>
      <source>Volunteer assigned to a run</source>
      <translation>为送货批次指派志愿者</translation>
    </message>
    <message>
      <source>Volunteer changed</source>
      <translation>修改志愿者信息</translation>
    </message>
    <message>
      <source>Volunteer hours entered</source>
      <translation>登记志愿服务时长</translation>
    </message>
    <message>
      <source>local administrator</source>
      <translation>本机管理员</translation>
    </message>
    <message>
      <source>scheduled task</source>
      <translation>定时任务</translation>
    </message>
    <message>
      <source>Merchant accepted on the watch list</source>
      <translation>商家列入警示名单</translation>
    </message>
    <message>
      <source>Merchant proposed for the watch list</source>
      <translation>商家被提议列入警示名单</translation>
    </message>
    <message>
      <source>Merchant removed from the watch list</source>
      <translation>商家移出警示名单</translation>
    </message>
    <message>
      <source>Office figures recomputed</source>
      <translation>重新计算镇办统计数据</translation>
    </message>
    <message>
      <source>Quarantined bundle deleted</source>
      <translation>删除隔离的同步包</translation>
    </message>
    <message>
      <source>Quarantined bundle released</source>
      <translation>放行隔离的同步包</translation>
    </message>
    <message>
      <source>Watch-list appeal recorded</source>
      <translation>登记警示名单申诉</translation>
    </message>
    <message>
      <source>Working-day calendar imported</source>
      <translation>导入工作日日历</translation>
    </message>
    <message>
      <source>Cash counted</source>
      <translation>清点现金</translation>
    </message>
    <message>
      <source>Cash entry</source>
      <translation>现金记账</translation>
    </message>
    <message>
      <source>Cash entry reversed</source>
      <translation>冲正现金记录</translation>
    </message>
    <message>
      <source>Cash on delivery paid</source>
      <translation>到付款已付</translation>
    </message>
    <message>
      <source>Cash-on-delivery parcel refused</source>
      <translation>到付包裹已拒收</translation>
    </message>
    <message>
      <source>Expected cash-on-delivery parcel</source>
      <translation>预期的到付包裹</translation>
    </message>
    <message>
      <source>Merchant flag removed</source>
      <translation>取消商家标记</translation>
    </message>
    <message>
      <source>Merchant flagged</source>
      <translation>标记商家</translation>
    </message>
    <message>
      <source>Order cancelled</source>
      <translation>订单已取消</translation>
    </message>
    <message>
      <source>Order closed</source>
      <translation>订单已完结</translation>
    </message>
    <message>
      <source>Order collected</source>
      <translation>订单已取件</translation>
    </message>
    <message>
      <source>Order delivered to the door</source>
      <translation>订单已送货上门</translation>
    </message>
    <message>
      <source>Order placed for a resident</source>
      <translation>代下单</translation>
    </message>
    <message>
      <source>Order shipped</source>
      <translation>订单已发货</translation>
    </message>
    <message>
      <source>Order's parcel arrived</source>
      <translation>订单包裹已到站</translation>
    </message>
    <message>
      <source>Outgoing parcel taken in</source>
      <translation>收寄包裹</translation>
    </message>
    <message>
      <source>Outgoing parcels handed to a courier</source>
      <translation>寄件交给快递员</translation>
    </message>
    <message>
      <source>Refund confirmed</source>
      <translation>确认退款</translation>
    </message>
    <message>
      <source>Return parcel handed to a courier</source>
      <translation>退货包裹交给快递员</translation>
    </message>
    <message>
      <source>Return started</source>
      <translation>发起退货</translation>
    </message>
    <message>
      <source>Unexpected cash-on-delivery parcel held</source>
      <translation>扣留可疑到付包裹</translation>
    </message>
    <message>
      <source>Station's bundle size limit set</source>
      <translation>设置站点同步包大小上限</translation>
    </message>
    <message>
      <source>Case action logged</source>
      <translation>记录案件进展</translation>
    </message>
    <message>
      <source>Case clocks paused</source>
      <translation>案件时限暂停</translation>
    </message>
    <message>
      <source>Case clocks resumed</source>
      <translation>案件时限恢复</translation>
    </message>
    <message>
      <source>Case deadline started</source>
      <translation>案件时限开始计算</translation>
    </message>
    <message>
      <source>Duplicate case merged</source>
      <translation>合并重复案件</translation>
    </message>
    <message>
      <source>Evidence added to a case</source>
      <translation>案件添加证据</translation>
    </message>
    <message>
      <source>Rights case closed</source>
      <translation>维权案件办结</translation>
    </message>
    <message>
      <source>Rights case opened</source>
      <translation>维权案件登记</translation>
    </message>
    <message>
      <source>Case escalated to the town office</source>
      <translation>案件上报镇便民服务中心</translation>
    </message>
    <message>
      <source>Exchange done: replacement received</source>
      <translation>换货完成：已收到换货</translation>
    </message>
    <message>
      <source>Access token made</source>
      <translation>创建访问令牌</translation>
    </message>
    <message>
      <source>Access token revoked</source>
      <translation>吊销访问令牌</translation>
    </message>
    <message>
      <source>Account unlocked</source>
      <translation>解锁账号</translation>
    </message>
    <message>
      <source>Private keys imported on this PC</source>
      <translation>私钥导入本机</translation>
    </message>
    <message>
      <source>access token {name}</source>
      <translation>访问令牌 {name}</translation>
    </message>
    <message>
      <source>first setup</source>
      <translation>初次设置</translation>
    </message>
  </context>
  <context>
    <name>Printouts</name>
    <message>
      <source>Page {page} of {total}</source>
      <translation>第 {page} / {total} 页</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>Choose the user (the PIN field keeps the keyboard)</source>
      <translation>选择用户（密码框保持输入）</translation>
    </message>
    <message>
      <source>Sign in with the PIN typed</source>
      <translation>用输入的密码登录</translation>
    </message>
  </context>
  <context>
    <name>AuditFields</name>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Amount (¥)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <source>Back on the shelf</source>
      <translation>放回货架</translation>
    </message>
    <message>
      <source>Care notes</source>
      <translation>照护备注</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Consent by</source>
      <translation>同意人</translation>
    </message>
    <message>
      <source>Consent given</source>
      <translation>同意方式</translation>
    </message>
    <message>
      <source>Counted (¥)</source>
      <translation>清点金额（元）</translation>
    </message>
    <message>
      <source>Courier</source>
      <translation>快递员</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <source>Delegate</source>
      <translation>代收人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>期限</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>证据</translation>
    </message>
    <message>
      <source>Fee (¥)</source>
      <translation>费用（元）</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>How</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>ID checked</source>
      <translation>已核验身份证</translation>
    </message>
    <message>
      <source>Inspected</source>
      <translation>已开箱验视</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Key fingerprint</source>
      <translation>密钥指纹</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Landmark</source>
      <translation>位置标志</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>已锁定</translation>
    </message>
    <message>
      <source>May collect</source>
      <translation>可代取</translation>
    </message>
    <message>
      <source>Merchant</source>
      <translation>商家</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>No-reason return</source>
      <translation>七日无理由退货</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Paid by</source>
      <translation>付款方</translation>
    </message>
    <message>
      <source>Parcel</source>
      <translation>包裹</translation>
    </message>
    <message>
      <source>Parcels</source>
      <translation>包裹</translation>
    </message>
    <message>
      <source>Paused on</source>
      <translation>暂停日期</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>手机号</translation>
    </message>
    <message>
      <source>Pickup code</source>
      <translation>取件码</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Received by</source>
      <translation>取件人</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>收件人</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>记录数</translation>
    </message>
    <message>
      <source>Refund (¥)</source>
      <translation>退款（元）</translation>
    </message>
    <message>
      <source>Refund due</source>
      <translation>应退款日</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>Replacement tracking no.</source>
      <translation>换货快递单号</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>居民</translation>
    </message>
    <message>
      <source>Resumed on</source>
      <translation>恢复日期</translation>
    </message>
    <message>
      <source>Return window ends</source>
      <translation>退货期截止</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>批次</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <source>Sender</source>
      <translation>寄件人</translation>
    </message>
    <message>
      <source>Shelf</source>
      <translation>货架</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>站点</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Stops</source>
      <translation>送货点</translation>
    </message>
    <message>
      <source>Total (¥)</source>
      <translation>合计（元）</translation>
    </message>
    <message>
      <source>Tracking no.</source>
      <translation>快递单号</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>截至</translation>
    </message>
    <message>
      <source>Via</source>
      <translation>途径</translation>
    </message>
    <message>
      <source>Village group</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>Volunteer</source>
      <translation>志愿者</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>警示</translation>
    </message>
    <message>
      <source>Photo (SHA-256)</source>
      <translation>照片（SHA-256）</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>办理事项</translation>
    </message>
    <message>
      <source>By status</source>
      <translation>按状态</translation>
    </message>
    <message>
      <source>Claimed (¥)</source>
      <translation>诉求金额（元）</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>Merged into</source>
      <translation>并入</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>下一步</translation>
    </message>
    <message>
      <source>On time</source>
      <translation>按期</translation>
    </message>
    <message>
      <source>Opened from</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Opened on</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Recovered (¥)</source>
      <translation>挽回金额（元）</translation>
    </message>
    <message>
      <source>Return refunded</source>
      <translation>已退款的退货</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>账号</translation>
    </message>
  </context>
</TS>
