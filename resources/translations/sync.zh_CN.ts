<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Pages</name>
    <message>
      <source>Sync</source>
      <translation>同步</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>Added to the watch list: {name}</source>
      <translation>已加入商家警示名单：{name}</translation>
    </message>
    <message>
      <source>Held back: {station} changes {a}–{b} (waiting for earlier ones).</source>
      <translation>暂存积压：{station} 的变更 {a}–{b}（等待更早的数据包）。</translation>
    </message>
    <message>
      <source>No stations enrolled yet.</source>
      <translation>尚未登记任何站点。</translation>
    </message>
    <message>
      <source>Notice added: {title}</source>
      <translation>已添加通知：{title}</translation>
    </message>
    <message>
      <source>Now trusting office {code} {name}; compare the fingerprint by phone: {fp}</source>
      <translation>已信任镇办 {code} {name}；请电话核对指纹：{fp}</translation>
    </message>
    <message>
      <source>Office key written to {out} (fingerprint {fp}).</source>
      <translation>镇办密钥已写入 {out}（指纹 {fp}）。</translation>
    </message>
    <message>
      <source>Quarantined: {file}: {message}</source>
      <translation>已隔离：{file}：{message}</translation>
    </message>
    <message>
      <source>Receiving bundles at {url}/bundle (Ctrl+C stops).</source>
      <translation>正在 {url}/bundle 接收数据包（按 Ctrl+C 停止）。</translation>
    </message>
    <message>
      <source>Return bundle for the station: {file}</source>
      <translation>给站点的回执包：{file}</translation>
    </message>
    <message>
      <source>Return bundle written: {file} (acknowledges changes up to {ack}).</source>
      <translation>回执包已写入：{file}（确认到第 {ack} 号变更）。</translation>
    </message>
    <message>
      <source>Sent {bundle} to {url}; the office holds changes up to {ack}.</source>
      <translation>已将 {bundle} 发送到 {url}；镇办已收到第 {ack} 号及以前的变更。</translation>
    </message>
    <message>
      <source>Stopped.</source>
      <translation>已停止。</translation>
    </message>
    <message>
      <source>This return bundle was applied before; nothing changed.</source>
      <translation>此回执包以前已应用过，未做任何更改。</translation>
    </message>
    <message>
      <source>Town office {code} ({name}) made in {path}. Key fingerprint: {fp}</source>
      <translation>已在 {path} 建立镇办 {code}（{name}）。密钥指纹：{fp}</translation>
    </message>
    <message>
      <source>{accepted} accepted, {duplicate} duplicate, {backlog} held back, {rejected} refused.</source>
      <translation>接收 {accepted} 个，重复 {duplicate} 个，积压 {backlog} 个，拒收 {rejected} 个。</translation>
    </message>
    <message>
      <source>{code} {name}: changes up to {n} received.</source>
      <translation>{code} {name}：已收到第 {n} 号及以前的变更。</translation>
    </message>
    <message>
      <source>{file}: duplicate, already imported; nothing changed.</source>
      <translation>{file}：重复，以前已导入；未做任何更改。</translation>
    </message>
    <message>
      <source>{file}: held back until the earlier changes from {station} arrive.</source>
      <translation>{file}：暂存积压，等 {station} 更早的变更到达后再应用。</translation>
    </message>
    <message>
      <source>{file}: refused and moved to quarantine: {message}</source>
      <translation>{file}：已拒收并移入隔离区：{message}</translation>
    </message>
    <message>
      <source>Station {code} ({name}) enrolled, fingerprint {fp}.</source>
      <translation>站点 {code}（{name}）已登记，指纹 {fp}。</translation>
    </message>
    <message>
      <source>Station {code} ({name}) was already enrolled with this key.</source>
      <translation>站点 {code}（{name}）已用此密钥登记过。</translation>
    </message>
    <message>
      <source>{file}: refused: {message}</source>
      <translation>{file}：已拒收：{message}</translation>
    </message>
    <message>
      <source>Bundle written: {file} (nothing was waiting; it only says the station is alive).</source>
      <translation>数据包已写入：{file}（没有待发送的变更，只告诉镇办本站运行正常）。</translation>
    </message>
    <message>
      <source>A new sync generation started here (restore or new PC): the next bundle carries the whole station.</source>
      <translation>本站已开始新的同步代（恢复备份或换了电脑）：下一个同步包将包含整个站点的数据。</translation>
    </message>
    <message>
      <source>Warning ({at}): {text}</source>
      <translation>警告（{at}）：{text}</translation>
    </message>
    <message>
      <source>Warning from the town office: {text}</source>
      <translation>镇办警告：{text}</translation>
    </message>
    <message>
      <source>The office now runs on PostgreSQL at {host}: {rows} rows moved; the SQLite file is kept as {kept}.</source>
      <translation>镇办现已使用 {host} 上的 PostgreSQL：已迁移 {rows} 行；原 SQLite 文件保留为 {kept}。</translation>
    </message>
    <message>
      <source>Warning: evidence {file} ({sha}) of case {case} is missing from the vault and was not sent.</source>
      <translation>警告：案件 {case} 的证据 {file}（{sha}）已从证据库中丢失，未发送。</translation>
    </message>
    <message>
      <source>Warning: evidence {file} ({sha}) of case {case} was altered (SHA-256 differs) and was not sent.</source>
      <translation>警告：案件 {case} 的证据 {file}（{sha}）已被改动（SHA-256 不符），未发送。</translation>
    </message>
    <message>
      <source>1 merchant on the town's watch list</source>
      <translation>镇警示名单上有 1 个商家</translation>
    </message>
    <message>
      <source>1 new notice</source>
      <translation>新通知 1 条</translation>
    </message>
    <message>
      <source>Return bundle applied: the office holds changes up to {ack}; {notices}; {watch}.</source>
      <translation>回执包已应用：镇办已收到第 {ack} 号及以前的变更；{notices}；{watch}。</translation>
    </message>
    <message>
      <source>{count} merchants on the town's watch list</source>
      <translation>镇警示名单上有 {count} 个商家</translation>
    </message>
    <message>
      <source>{count} new notices</source>
      <translation>新通知 {count} 条</translation>
    </message>
    <message>
      <source>1 of the files was refused; see above.</source>
      <translation>有 1 个文件被拒收，详见上文。</translation>
    </message>
    <message>
      <source>Also applied from the backlog: 1 bundle.</source>
      <translation>另从积压中应用了 1 个数据包。</translation>
    </message>
    <message>
      <source>Also applied from the backlog: {count} bundles.</source>
      <translation>另从积压中应用了 {count} 个数据包。</translation>
    </message>
    <message>
      <source>Bundle written: {file} (1 record, changes {a}–{b}).</source>
      <translation>数据包已写入：{file}（1 条记录，变更 {a}–{b}）。</translation>
    </message>
    <message>
      <source>Bundle written: {file} ({count} records, changes {a}–{b}).</source>
      <translation>数据包已写入：{file}（{count} 条记录，变更 {a}–{b}）。</translation>
    </message>
    <message>
      <source>The office now runs on PostgreSQL at {host}: 1 row moved; the SQLite file is kept as {kept}.</source>
      <translation>镇办现已使用 {host} 上的 PostgreSQL：已迁移 1 行；原 SQLite 文件保留为 {kept}。</translation>
    </message>
    <message>
      <source>{count} of the files were refused; see above.</source>
      <translation>有 {count} 个文件被拒收，详见上文。</translation>
    </message>
    <message>
      <source>{file}: accepted (1 record).</source>
      <translation>{file}：已接收（1 条记录）。</translation>
    </message>
    <message>
      <source>{file}: accepted ({count} records).</source>
      <translation>{file}：已接收（{count} 条记录）。</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A merchant name is needed.</source>
      <translation>需要填写商家名称。</translation>
    </message>
    <message>
      <source>A notice needs a title.</source>
      <translation>通知需要标题。</translation>
    </message>
    <message>
      <source>No office key yet: import the town office's key first (station office-key import).</source>
      <translation>还没有镇办密钥：请先导入镇办的密钥文件（station office-key import）。</translation>
    </message>
    <message>
      <source>No town office address is set (an http:// address, in settings or with --url).</source>
      <translation>未设置镇办地址（http:// 开头的地址，在设置中填写或用 --url 指定）。</translation>
    </message>
    <message>
      <source>Station {code} is already enrolled with another key ({fp}); nothing was changed.</source>
      <translation>站点 {code} 已用另一个密钥（{fp}）登记；未做任何更改。</translation>
    </message>
    <message>
      <source>Station {code} is not enrolled here.</source>
      <translation>站点 {code} 未在此登记。</translation>
    </message>
    <message>
      <source>{file} cannot be read: {error}</source>
      <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
      <source>{file} comes from station {station}, which is not enrolled here.</source>
      <translation>{file} 来自站点 {station}，该站点未在此登记。</translation>
    </message>
    <message>
      <source>{file} holds other record counts than its manifest says.</source>
      <translation>{file} 中的记录数与清单不符。</translation>
    </message>
    <message>
      <source>{file} is a {kind}, not what this command takes.</source>
      <translation>{file} 是 {kind} 类型，此命令不接受。</translation>
    </message>
    <message>
      <source>{file} is incomplete (cut off while copying?).</source>
      <translation>{file} 不完整（复制时中断了？）。</translation>
    </message>
    <message>
      <source>{file} is not a Village Station bundle.</source>
      <translation>{file} 不是村站数据包。</translation>
    </message>
    <message>
      <source>{file} is not an enrolment card.</source>
      <translation>{file} 不是登记卡。</translation>
    </message>
    <message>
      <source>{file} is signed by {office}, which is not this station's trusted office.</source>
      <translation>{file} 由 {office} 签名，但它不是本站信任的镇办。</translation>
    </message>
    <message>
      <source>{file} reuses bundle id {bundle}, already received with different contents.</source>
      <translation>{file} 重复使用了数据包编号 {bundle}，而该编号已以不同内容收到过。</translation>
    </message>
    <message>
      <source>{file} uses bundle format {found}; this version reads format {known}.</source>
      <translation>{file} 使用数据包格式 {found}；本版本只能读取格式 {known}。</translation>
    </message>
    <message>
      <source>{file} was changed after it was signed; it cannot be trusted.</source>
      <translation>{file} 在签名后被改动过，不可信。</translation>
    </message>
    <message>
      <source>{file} was made for station {station}, not for this one.</source>
      <translation>{file} 是给站点 {station} 的，不是给本站的。</translation>
    </message>
    <message>
      <source>{file} was made for {office}, not for this office.</source>
      <translation>{file} 是给 {office} 的，不是给本镇办的。</translation>
    </message>
    <message>
      <source>{file} was written by a newer Village Station (schema {found}); schema {found} or later is needed here (this version reads up to {known}).</source>
      <translation>{file} 由更新版本的村站写成（数据结构版本 {found}）；此处需要支持版本 {found} 或更新的程序（本版本最高只支持 {known}）。</translation>
    </message>
    <message>
      <source>{path} holds a station, not a town office (make one with: station office init).</source>
      <translation>{path} 中是站点，不是镇办（用 station office init 建立镇办）。</translation>
    </message>
    <message>
      <source>The office refused the bundle: {detail}</source>
      <translation>镇办拒收了数据包：{detail}</translation>
    </message>
    <message>
      <source>The town office at {url} cannot be reached ({error}); the bundle waits for the next try.</source>
      <translation>无法连接位于 {url} 的镇办（{error}）；数据包将在下次重试时发送。</translation>
    </message>
    <message>
      <source>There is no file at {file}.</source>
      <translation>{file} 处没有文件。</translation>
    </message>
    <message>
      <source>{file} is a station's enrolment card; the town office's key file is needed here.</source>
      <translation>{file} 是村站的登记卡；这里需要镇办的密钥文件。</translation>
    </message>
    <message>
      <source>{file} is the town office's key file; a station's enrolment card is needed here.</source>
      <translation>{file} 是镇办的密钥文件；这里需要村站的登记卡。</translation>
    </message>
    <message>
      <source>{url} is not a town office address; it starts with http://, e.g. http://192.168.1.10:8750</source>
      <translation>{url} 不是镇办地址；地址以 http:// 开头，例如 http://192.168.1.10:8750</translation>
    </message>
    <message>
      <source>{file} was made by station {station} before it was restored (or moved to a new PC); the office now follows its new history, so this bundle is not applied.</source>
      <translation>{file} 是站点 {station} 在恢复备份（或换电脑）之前生成的；镇办现在按其新的历史同步，因此不应用此同步包。</translation>
    </message>
    <message>
      <source>A new office needs --name.</source>
      <translation>新建镇办需要 --name。</translation>
    </message>
    <message>
      <source>Station {station} is not enrolled here.</source>
      <translation>站点 {station} 未在本镇办登记。</translation>
    </message>
    <message>
      <source>The announcement from {station} is not signed by its key.</source>
      <translation>来自 {station} 的发送声明不是用该站的密钥签名的。</translation>
    </message>
    <message>
      <source>The announcement is not well formed.</source>
      <translation>发送声明格式不正确。</translation>
    </message>
    <message>
      <source>The bundle ({size} bytes) is over the limit for {station} ({limit} bytes).</source>
      <translation>同步包（{size} 字节）超过 {station} 的上限（{limit} 字节）。</translation>
    </message>
    <message>
      <source>The bundle was made for {office}, not for this office.</source>
      <translation>该同步包是发给 {office} 的，不是本镇办。</translation>
    </message>
    <message>
      <source>A new office needs its first admin: --admin USER --pin PIN.</source>
      <translation>新建镇办需要第一个管理员：--admin 用户名 --pin PIN。</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>Last synced {when}, 1 change waiting</source>
      <translation>上次同步 {when}，1 项变更待发送</translation>
    </message>
    <message>
      <source>Last synced {when}, {count} changes waiting</source>
      <translation>上次同步 {when}，{count} 项变更待发送</translation>
    </message>
    <message>
      <source>Not synced yet, 1 change waiting</source>
      <translation>尚未同步，1 项变更待发送</translation>
    </message>
    <message>
      <source>Not synced yet, {count} changes waiting</source>
      <translation>尚未同步，{count} 项变更待发送</translation>
    </message>
    <message>
      <source>Sync: no office key yet, 1 change waiting</source>
      <translation>同步：尚无镇办密钥，1 项变更待发送</translation>
    </message>
    <message>
      <source>Sync: no office key yet, {count} changes waiting</source>
      <translation>同步：尚无镇办密钥，{count} 项变更待发送</translation>
    </message>
  </context>
  <context>
    <name>Sync</name>
    <message>
      <source>Changes</source>
      <translation>变更</translation>
    </message>
    <message>
      <source>Choose a folder or USB drive first.</source>
      <translation>请先选择文件夹或U盘。</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>导出数据包</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Folder / USB</source>
      <translation>文件夹/U盘</translation>
    </message>
    <message>
      <source>Folder or USB drive</source>
      <translation>文件夹或U盘</translation>
    </message>
    <message>
      <source>Folder or USB drive:</source>
      <translation>文件夹或U盘：</translation>
    </message>
    <message>
      <source>History</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>How</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>Import return bundle…</source>
      <translation>导入回执包…</translation>
    </message>
    <message>
      <source>Key files (*.json)</source>
      <translation>密钥文件 (*.json)</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>Nothing is waiting to be sent.</source>
      <translation>没有待发送的变更。</translation>
    </message>
    <message>
      <source>Notice: {title} — {body}</source>
      <translation>通知：{title} — {body}</translation>
    </message>
    <message>
      <source>Now trusting office {code}; compare the fingerprint by phone: {fp}</source>
      <translation>已信任镇办 {code}；请电话核对指纹：{fp}</translation>
    </message>
    <message>
      <source>Office key file</source>
      <translation>镇办密钥文件</translation>
    </message>
    <message>
      <source>Office key…</source>
      <translation>镇办密钥…</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>收到</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>记录数</translation>
    </message>
    <message>
      <source>Return bundle</source>
      <translation>回执包</translation>
    </message>
    <message>
      <source>Return bundle applied; the office holds changes up to {ack}.</source>
      <translation>回执包已应用；镇办已收到第 {ack} 号及以前的变更。</translation>
    </message>
    <message>
      <source>Return bundles (*.vsr)</source>
      <translation>回执包 (*.vsr)</translation>
    </message>
    <message>
      <source>Send now (network)</source>
      <translation>立即发送（网络）</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>发出</translation>
    </message>
    <message>
      <source>Sent; the office holds changes up to {ack}.</source>
      <translation>已发送；镇办已收到第 {ack} 号及以前的变更。</translation>
    </message>
    <message>
      <source>Town office: {code} {name} (key {fp})</source>
      <translation>镇办：{code} {name}（密钥 {fp}）</translation>
    </message>
    <message>
      <source>Waiting to be sent: {parts}</source>
      <translation>待发送：{parts}</translation>
    </message>
    <message>
      <source>Watch: {name} {phone} — {reason}</source>
      <translation>警示商家：{name} {phone} — {reason}</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Writing the bundle…</source>
      <translation>正在写入数据包…</translation>
    </message>
    <message>
      <source>delegates</source>
      <translation>代收人</translation>
    </message>
    <message>
      <source>households</source>
      <translation>户</translation>
    </message>
    <message>
      <source>parcels</source>
      <translation>包裹</translation>
    </message>
    <message>
      <source>residents</source>
      <translation>居民</translation>
    </message>
    <message>
      <source>up to {n}</source>
      <translation>到第 {n} 号</translation>
    </message>
    <message>
      <source>village groups</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>{entity}: {n}</source>
      <translation>{entity} {n} 项</translation>
    </message>
    <message>
      <source>A new sync generation started here (restore or new PC): the next bundle carries the whole station, and the office replaces what it holds for it.</source>
      <translation>本站已开始新的同步代（恢复备份或换了电脑）：下一个同步包将包含整个站点的数据，镇办将用它替换所存的本站数据。</translation>
    </message>
    <message>
      <source>Warning from the town office: {text}</source>
      <translation>镇办警告：{text}</translation>
    </message>
    <message>
      <source>No office key yet: ask the town office for its key file and import it with "Office key…".</source>
      <translation>还没有镇办密钥：请向镇办索取密钥文件，再用“镇办密钥…”导入。</translation>
    </message>
    <message>
      <source>From the office</source>
      <translation>镇办发来的</translation>
    </message>
    <message>
      <source>Plug in the USB drive, then choose it here</source>
      <translation>插上U盘，再在这里选择</translation>
    </message>
    <message>
      <source>assisted orders</source>
      <translation>代下单</translation>
    </message>
    <message>
      <source>audit log</source>
      <translation>操作日志</translation>
    </message>
    <message>
      <source>cases</source>
      <translation>维权案件</translation>
    </message>
    <message>
      <source>cash book</source>
      <translation>现金账</translation>
    </message>
    <message>
      <source>courier handovers</source>
      <translation>交给快递员</translation>
    </message>
    <message>
      <source>doorstep deliveries</source>
      <translation>送货上门</translation>
    </message>
    <message>
      <source>handouts</source>
      <translation>取件记录</translation>
    </message>
    <message>
      <source>other records</source>
      <translation>其他记录</translation>
    </message>
    <message>
      <source>parcel problems</source>
      <translation>问题件</translation>
    </message>
    <message>
      <source>parcels sent</source>
      <translation>寄件</translation>
    </message>
    <message>
      <source>pre-alerts</source>
      <translation>预报</translation>
    </message>
    <message>
      <source>volunteer hours</source>
      <translation>志愿服务时长</translation>
    </message>
    <message>
      <source>volunteers</source>
      <translation>志愿者</translation>
    </message>
    <message>
      <source>1 merchant on the watch list</source>
      <translation>警示商家 1 个</translation>
    </message>
    <message>
      <source>1 notice</source>
      <translation>通知 1 条</translation>
    </message>
    <message>
      <source>Bundle written to {file} (1 record). Carry it to the town office.</source>
      <translation>数据包已写入 {file}（1 条记录）。请带到镇办。</translation>
    </message>
    <message>
      <source>Bundle written to {file} ({count} records). Carry it to the town office.</source>
      <translation>数据包已写入 {file}（{count} 条记录）。请带到镇办。</translation>
    </message>
    <message>
      <source>From the office: {notices}, {watch}.</source>
      <translation>镇办下发：{notices}，{watch}。</translation>
    </message>
    <message>
      <source>{count} merchants on the watch list</source>
      <translation>警示商家 {count} 个</translation>
    </message>
    <message>
      <source>{count} notices</source>
      <translation>通知 {count} 条</translation>
    </message>
  </context>
  <context>
    <name>SyncWarnings</name>
    <message>
      <source>After the restore of station {station}, audit rows {first}–{last} the office held are no longer in the station's log (the office keeps them).</source>
      <translation>站点 {station} 恢复备份后，镇办所存的审计记录第 {first}–{last} 行已不在该站的日志中（镇办仍保留这些记录）。</translation>
    </message>
    <message>
      <source>Station {station}'s audit log has a gap: rows {first}–{last} never reached the office.</source>
      <translation>站点 {station} 的审计日志有缺口：第 {first}–{last} 行从未到达镇办。</translation>
    </message>
    <message>
      <source>Station {station}'s audit log was cut: the office holds rows up to {last}, the station's log now ends at row {first}.</source>
      <translation>站点 {station} 的审计日志被截断：镇办存有到第 {last} 行的记录，而该站日志现在止于第 {first} 行。</translation>
    </message>
    <message>
      <source>Station {station}'s audit log was rewritten: rows {first}–{last} differ from what the office holds.</source>
      <translation>站点 {station} 的审计日志被改写：第 {first}–{last} 行与镇办所存的不一致。</translation>
    </message>
    <message>
      <source>Station {station} started a new sync generation (restored from a backup or moved to a new PC): the office replaced its copy with the station's (records: {old} before, {new} now).</source>
      <translation>站点 {station} 开始了新的同步代（恢复了备份或换了电脑）：镇办已用该站的记录替换所存的记录（原 {old} 条，现 {new} 条）。</translation>
    </message>
  </context>
</TS>
