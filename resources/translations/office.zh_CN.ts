<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Cli</name>
    <message>
      <source>No merchant reaches the threshold.</source>
      <translation>没有商家达到门槛。</translation>
    </message>
    <message>
      <source>Proposed: {name} ({cases} cases with evidence)</source>
      <translation>已提议：{name}（{cases} 件有证据的案件）</translation>
    </message>
    <message>
      <source>{name}: now {status}.</source>
      <translation>{name}：现在为{status}。</translation>
    </message>
    <message>
      <source>{rows} rows of {table} written to {out}.</source>
      <translation>已将 {table} 的 {rows} 行写入 {out}。</translation>
    </message>
    <message>
      <source>{station} may now push bundles of up to {megabytes} MB (0: the default).</source>
      <translation>{station} 现在可以推送最大 {megabytes} MB 的同步包（0 表示默认值）。</translation>
    </message>
    <message>
      <source>ALTERED</source>
      <translation>已被改动</translation>
    </message>
    <message>
      <source>not received</source>
      <translation>尚未收到</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>完好</translation>
    </message>
    <message>
      <source>1 row of {table} written to {out}.</source>
      <translation>已将 {table} 的 1 行写入 {out}。</translation>
    </message>
    <message>
      <source>Calendar imported: 1 day ({years}); it goes out with the next return bundles.</source>
      <translation>日历已导入：1 天（{years}）；将随下一批回执包发给各站。</translation>
    </message>
    <message>
      <source>Calendar imported: {count} days ({years}); it goes out with the next return bundles.</source>
      <translation>日历已导入：{count} 天（{years}）；将随下一批回执包发给各站。</translation>
    </message>
    <message>
      <source>Case {number} of {station}: 1 evidence item.</source>
      <translation>{station} 的案件 {number}：1 件证据。</translation>
    </message>
    <message>
      <source>Case {number} of {station}: {count} evidence items.</source>
      <translation>{station} 的案件 {number}：{count} 件证据。</translation>
    </message>
    <message>
      <source>Figures recomputed from 1 record.</source>
      <translation>已根据 1 条记录重新计算统计数据。</translation>
    </message>
    <message>
      <source>Figures recomputed from {count} records.</source>
      <translation>已根据 {count} 条记录重新计算统计数据。</translation>
    </message>
    <message>
      <source>Monthly report {month} written: {out} (1 station).</source>
      <translation>{month} 月报已写入：{out}（1 个站点）。</translation>
    </message>
    <message>
      <source>Monthly report {month} written: {out} ({count} stations).</source>
      <translation>{month} 月报已写入：{out}（{count} 个站点）。</translation>
    </message>
    <message>
      <source>Proposed: {name} (1 case with evidence)</source>
      <translation>已提议：{name}（1 件有证据的案件）</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>Line {n} of the calendar is not date,kind,name (e.g. 2027-10-01,holiday,国庆节).</source>
      <translation>日历第 {n} 行不是“日期,类型,名称”格式（例如 2027-10-01,holiday,国庆节）。</translation>
    </message>
    <message>
      <source>Line {n}: the kind is holiday or workday, not {kind}.</source>
      <translation>第 {n} 行：类型应为 holiday 或 workday，而不是 {kind}。</translation>
    </message>
    <message>
      <source>No quarantined file {sha}.</source>
      <translation>没有隔离文件 {sha}。</translation>
    </message>
    <message>
      <source>Say why (a reason is kept with the decision).</source>
      <translation>请说明理由（理由随决定一并保存）。</translation>
    </message>
    <message>
      <source>The calendar file holds no days.</source>
      <translation>日历文件中没有任何日期。</translation>
    </message>
    <message>
      <source>The database at {host} is not empty; the office moves only into an empty database.</source>
      <translation>{host} 上的数据库不是空的；镇办只能迁移到空数据库。</translation>
    </message>
    <message>
      <source>The threshold is at least 1 case.</source>
      <translation>门槛至少为 1 件案件。</translation>
    </message>
    <message>
      <source>There is no table {name}; the tables are: {names}.</source>
      <translation>没有表 {name}；可用的表有：{names}。</translation>
    </message>
    <message>
      <source>This office already runs on PostgreSQL; nothing was changed.</source>
      <translation>本镇办已在使用 PostgreSQL；未做任何更改。</translation>
    </message>
    <message>
      <source>{action} is not a watch-list decision (accept, appeal, remove).</source>
      <translation>{action} 不是警示名单的决定（accept、appeal、remove）。</translation>
    </message>
    <message>
      <source>{month} is not a month; write it as YYYY-MM, e.g. 2026-03.</source>
      <translation>{month} 不是月份；请写成 YYYY-MM，例如 2026-03。</translation>
    </message>
    <message>
      <source>{name} is not on the watch list.</source>
      <translation>{name} 不在警示名单上。</translation>
    </message>
    <message>
      <source>{path} cannot be read: {error}</source>
      <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
      <source>{path} is not a UTF-8 text file.</source>
      <translation>{path} 不是 UTF-8 文本文件。</translation>
    </message>
    <message>
      <source>A bundle limit is 0 to 4096 MB (0 = the default).</source>
      <translation>同步包上限为 0 到 4096 MB（0 表示默认值）。</translation>
    </message>
    <message>
      <source>No case {number} at the office.</source>
      <translation>镇办没有案件 {number}。</translation>
    </message>
    <message>
      <source>{name} is {status} on the watch list, so you cannot {action} it now.</source>
      <translation>{name} 在警示名单上的状态是“{status}”，现在不能{action}。</translation>
    </message>
  </context>
  <context>
    <name>Office</name>
    <message>
      <source>&amp;Accept</source>
      <translation>列入(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Import calendar…</source>
      <translation>导入日历(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Import from a folder or USB drive…</source>
      <translation>从文件夹或U盘导入(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Propose</source>
      <translation>提议(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Release (try again)</source>
      <translation>放行（重新导入）(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>移出(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Send notice</source>
      <translation>发送通知(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Write monthly report (PDF)…</source>
      <translation>生成月报（PDF）(&amp;W)…</translation>
    </message>
    <message>
      <source>A notice for every station (sent with the return bundles)</source>
      <translation>发给各站的通知（随回执包发送）</translation>
    </message>
    <message>
      <source>A&amp;ppeal</source>
      <translation>申诉(&amp;P)</translation>
    </message>
    <message>
      <source>Accepted and appealed merchants go to every station with the next return bundle; a mention there warns staff.</source>
      <translation>已列入和申诉中的商家会随下一批回执包发给各站；站里再提到该商家时会提醒工作人员。</translation>
    </message>
    <message>
      <source>Accepted in time (受理率)</source>
      <translation>受理率</translation>
    </message>
    <message>
      <source>Assisted orders</source>
      <translation>代下单</translation>
    </message>
    <message>
      <source>Assisted returns</source>
      <translation>代退换</translation>
    </message>
    <message>
      <source>Average dwell time (hours)</source>
      <translation>平均滞留时间（小时）</translation>
    </message>
    <message>
      <source>By</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>CSV for Excel:</source>
      <translation>导出 CSV（Excel 可打开）：</translation>
    </message>
    <message>
      <source>Calendar file</source>
      <translation>日历文件</translation>
    </message>
    <message>
      <source>Cancelled: the files not yet imported were left as they are.</source>
      <translation>已取消：尚未导入的文件保持原样。</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>案件数</translation>
    </message>
    <message>
      <source>Cases across stations for the month: opened, closed, open and overdue now, and the rates reported to the county. Figures appear as stations send their case records.</source>
      <translation>本月各站案件：新立、办结、当前在办和超期，以及上报县里的各项比率。各站发来案件记录后即显示数据。</translation>
    </message>
    <message>
      <source>Cases closed</source>
      <translation>办结案件</translation>
    </message>
    <message>
      <source>Cases opened</source>
      <translation>新立案件</translation>
    </message>
    <message>
      <source>Cases with evidence</source>
      <translation>有证据的案件数</translation>
    </message>
    <message>
      <source>Cases, {month}</source>
      <translation>案件，{month}</translation>
    </message>
    <message>
      <source>Choose a file in the quarantine first.</source>
      <translation>请先在隔离区中选择一个文件。</translation>
    </message>
    <message>
      <source>Closed on time (按期办结率)</source>
      <translation>按期办结率</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉数</translation>
    </message>
    <message>
      <source>Complaints by platform and merchant</source>
      <translation>按平台和商家统计的投诉</translation>
    </message>
    <message>
      <source>Complaints by platform and merchant, {month}</source>
      <translation>按平台和商家统计的投诉，{month}</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Day by day, {month}</source>
      <translation>逐日数据，{month}</translation>
    </message>
    <message>
      <source>Delivered to the door</source>
      <translation>送货上门</translation>
    </message>
    <message>
      <source>Dwell (h)</source>
      <translation>滞留（小时）</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>导出 CSV…</translation>
    </message>
    <message>
      <source>Export as CSV</source>
      <translation>导出为 CSV</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Folder or USB drive with bundles</source>
      <translation>存有同步包的文件夹或U盘</translation>
    </message>
    <message>
      <source>Handed out</source>
      <translation>已取件</translation>
    </message>
    <message>
      <source>Handled</source>
      <translation>已处理</translation>
    </message>
    <message>
      <source>Handling rate %</source>
      <translation>处理率 %</translation>
    </message>
    <message>
      <source>Held back</source>
      <translation>暂存</translation>
    </message>
    <message>
      <source>Importing bundles …</source>
      <translation>正在导入同步包…</translation>
    </message>
    <message>
      <source>In words</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Last sync</source>
      <translation>最近同步</translation>
    </message>
    <message>
      <source>Merchant</source>
      <translation>商家</translation>
    </message>
    <message>
      <source>Merchant (or choose a row)</source>
      <translation>商家（或选择一行）</translation>
    </message>
    <message>
      <source>Money recovered</source>
      <translation>挽回金额</translation>
    </message>
    <message>
      <source>Money recovered (yuan)</source>
      <translation>挽回金额（元）</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Monthly report</source>
      <translation>月报</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Open cases</source>
      <translation>在办案件</translation>
    </message>
    <message>
      <source>Overdue cases</source>
      <translation>超期案件</translation>
    </message>
    <message>
      <source>Overdue now</source>
      <translation>当前超期</translation>
    </message>
    <message>
      <source>Overdue parcels</source>
      <translation>超期包裹</translation>
    </message>
    <message>
      <source>Parcels arrived</source>
      <translation>到站包裹</translation>
    </message>
    <message>
      <source>Parcels arrived by station</source>
      <translation>各站到站包裹</translation>
    </message>
    <message>
      <source>Parcels handed out</source>
      <translation>已取包裹</translation>
    </message>
    <message>
      <source>Parcels per day</source>
      <translation>每日包裹</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <source>Platform / merchant</source>
      <translation>平台 / 商家</translation>
    </message>
    <message>
      <source>Propose merchants with at least</source>
      <translation>提议列入：各站合计至少</translation>
    </message>
    <message>
      <source>Quarantine</source>
      <translation>隔离区</translation>
    </message>
    <message>
      <source>Quarantine: files that were refused</source>
      <translation>隔离区：被拒收的文件</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Reason (kept with the decision)</source>
      <translation>理由（随决定保存）</translation>
    </message>
    <message>
      <source>Refunds overdue</source>
      <translation>退款超期</translation>
    </message>
    <message>
      <source>Report written: {out}</source>
      <translation>月报已写入：{out}</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Returned to sender</source>
      <translation>退回寄件人</translation>
    </message>
    <message>
      <source>Satisfaction (满意率)</source>
      <translation>满意率</translation>
    </message>
    <message>
      <source>Share delivered to the door</source>
      <translation>送货上门比例</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>站点</translation>
    </message>
    <message>
      <source>Station health</source>
      <translation>站点状况</translation>
    </message>
    <message>
      <source>Stations, {month}</source>
      <translation>各站，{month}</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Text of the notice</source>
      <translation>通知内容</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>To the door</source>
      <translation>送货上门</translation>
    </message>
    <message>
      <source>To the door %</source>
      <translation>送货上门 %</translation>
    </message>
    <message>
      <source>USB / folder</source>
      <translation>U盘 / 文件夹</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>更新时间</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>Volunteer hours</source>
      <translation>志愿服务小时</translation>
    </message>
    <message>
      <source>Volunteer hours and cases per day</source>
      <translation>每日志愿服务小时和案件</translation>
    </message>
    <message>
      <source>Volunteer minutes</source>
      <translation>志愿服务分钟</translation>
    </message>
    <message>
      <source>Waiting now</source>
      <translation>当前待取</translation>
    </message>
    <message>
      <source>Waiting parcels</source>
      <translation>待取包裹</translation>
    </message>
    <message>
      <source>Warning signs</source>
      <translation>警示</translation>
    </message>
    <message>
      <source>Watch list</source>
      <translation>警示名单</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Whole town</source>
      <translation>全镇</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Why it was refused</source>
      <translation>拒收原因</translation>
    </message>
    <message>
      <source>Working-day calendar: holidays and make-up workdays (调休). Import the State Council's schedule for a new year as CSV (date,kind,name).</source>
      <translation>工作日日历：节假日和调休上班日。将国务院公布的新一年安排导入为 CSV（日期,类型,名称）。</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>已接收</translation>
    </message>
    <message>
      <source>all well</source>
      <translation>一切正常</translation>
    </message>
    <message>
      <source>cases with evidence across stations</source>
      <translation>件有证据的案件</translation>
    </message>
    <message>
      <source>day of month</source>
      <translation>日</translation>
    </message>
    <message>
      <source>duplicate, already imported</source>
      <translation>重复，已导入过</translation>
    </message>
    <message>
      <source>holiday</source>
      <translation>节假日</translation>
    </message>
    <message>
      <source>make-up workday</source>
      <translation>调休上班</translation>
    </message>
    <message>
      <source>network</source>
      <translation>网络</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <source>never synced</source>
      <translation>从未同步</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>已拒收</translation>
    </message>
    <message>
      <source>waiting for an earlier bundle</source>
      <translation>等待更早的同步包</translation>
    </message>
    <message>
      <source>{office}: monthly report {month}</source>
      <translation>{office}：{month} 月报</translation>
    </message>
    <message>
      <source>{rows} rows written to {out}.</source>
      <translation>已将 {rows} 行写入 {out}。</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Stations compared</source>
      <translation>各站对比</translation>
    </message>
    <message>
      <source>Complaints by merchant</source>
      <translation>商家投诉</translation>
    </message>
    <message>
      <source>Day by day</source>
      <translation>逐日</translation>
    </message>
    <message>
      <source>Stations</source>
      <translation>各站</translation>
    </message>
    <message>
      <source>Audit warnings</source>
      <translation>审计告警</translation>
    </message>
    <message>
      <source>Restores</source>
      <translation>恢复次数</translation>
    </message>
    <message>
      <source>Audit log head held for {station}: row {seq}, {hash}</source>
      <translation>镇办所存 {station} 审计日志链头：第 {seq} 行，{hash}</translation>
    </message>
    <message>
      <source>Audit log heads</source>
      <translation>审计日志链头</translation>
    </message>
    <message>
      <source>Audit row</source>
      <translation>链头行号</translation>
    </message>
    <message>
      <source>Hash</source>
      <translation>哈希前 16 位</translation>
    </message>
    <message>
      <source>This office: {head}</source>
      <translation>本镇办：{head}</translation>
    </message>
    <message>
      <source>Accepted %</source>
      <translation>受理率 %</translation>
    </message>
    <message>
      <source>Closed on time %</source>
      <translation>按期办结率 %</translation>
    </message>
    <message>
      <source>Satisfied %</source>
      <translation>满意率 %</translation>
    </message>
    <message>
      <source>1 bundle waits for an earlier one</source>
      <translation>1 个同步包在等更早的包</translation>
    </message>
    <message>
      <source>Every station at a glance: when it last synced and how, parcels waiting and overdue, cases, and warning signs in words (bundles held back, audit-log changes, restores). Click a column to sort; the CSV export has every count.</source>
      <translation>各站一览：最近同步时间和方式、待取和超期包裹、案件，以及用文字写出的警示（暂存的同步包、审计日志改动、恢复备份）。点击列标题可排序；导出的 CSV 含全部数字。</translation>
    </message>
    <message>
      <source>restored from a backup once</source>
      <translation>从备份恢复过 1 次</translation>
    </message>
    <message>
      <source>restored from a backup {count} times</source>
      <translation>从备份恢复过 {count} 次</translation>
    </message>
    <message>
      <source>1 file, {used:.1f} MB of {quota} MB; beyond that the oldest are deleted.</source>
      <translation>1 个文件，已用 {used:.1f} MB / {quota} MB；超出后删除最早的文件。</translation>
    </message>
    <message>
      <source>1 merchant proposed.</source>
      <translation>已提议 1 个商家。</translation>
    </message>
    <message>
      <source>1 row written to {out}.</source>
      <translation>已将 1 行写入 {out}。</translation>
    </message>
    <message>
      <source>1 station; figures as imported by {when}.</source>
      <translation>共 1 个站点；数据截至 {when} 导入。</translation>
    </message>
    <message>
      <source>Calendar imported: 1 day.</source>
      <translation>日历已导入：1 天。</translation>
    </message>
    <message>
      <source>Calendar imported: {count} days.</source>
      <translation>日历已导入：{count} 天。</translation>
    </message>
    <message>
      <source>audit log changed (1 warning)</source>
      <translation>审计日志被改动（1 条告警）</translation>
    </message>
    <message>
      <source>audit log changed ({count} warnings)</source>
      <translation>审计日志被改动（{count} 条告警）</translation>
    </message>
    <message>
      <source>backlog growing (1 bundle held)</source>
      <translation>积压增加（暂存 1 个同步包）</translation>
    </message>
    <message>
      <source>backlog growing ({count} bundles held)</source>
      <translation>积压增加（暂存 {count} 个同步包）</translation>
    </message>
    <message>
      <source>no sync for 1 day</source>
      <translation>已 1 天未同步</translation>
    </message>
    <message>
      <source>no sync for {count} days</source>
      <translation>已 {count} 天未同步</translation>
    </message>
    <message>
      <source>{accepted} accepted, {duplicate} duplicate, {backlog} waiting, {rejected} refused; 1 return bundle written to the folder.</source>
      <translation>接收 {accepted} 个，重复 {duplicate} 个，等待 {backlog} 个，拒收 {rejected} 个；已向该文件夹写入 1 个回执包。</translation>
    </message>
    <message>
      <source>{accepted} accepted, {duplicate} duplicate, {backlog} waiting, {rejected} refused; {count} return bundles written to the folder.</source>
      <translation>接收 {accepted} 个，重复 {duplicate} 个，等待 {backlog} 个，拒收 {rejected} 个；已向该文件夹写入 {count} 个回执包。</translation>
    </message>
    <message>
      <source>{count} files, {used:.1f} MB of {quota} MB; beyond that the oldest are deleted.</source>
      <translation>{count} 个文件，已用 {used:.1f} MB / {quota} MB；超出后删除最早的文件。</translation>
    </message>
    <message>
      <source>{count} merchants proposed.</source>
      <translation>已提议 {count} 个商家。</translation>
    </message>
    <message>
      <source>{count} stations; figures as imported by {when}.</source>
      <translation>共 {count} 个站点；数据截至 {when} 导入。</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>Cases overview</source>
      <translation>案件总览</translation>
    </message>
    <message>
      <source>Dashboards</source>
      <translation>数据看板</translation>
    </message>
    <message>
      <source>Inbox</source>
      <translation>收件箱</translation>
    </message>
    <message>
      <source>Notices &amp; calendar</source>
      <translation>通知与日历</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <source>Stations</source>
      <translation>站点</translation>
    </message>
    <message>
      <source>Watch list</source>
      <translation>警示名单</translation>
    </message>
  </context>
  <context>
    <name>WatchStatus</name>
    <message>
      <source>Accepted</source>
      <translation>已列入</translation>
    </message>
    <message>
      <source>Appealed</source>
      <translation>申诉中</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>已提议</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>已移出</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <source>1 bundle held back</source>
      <translation>暂存 1 个同步包</translation>
    </message>
    <message>
      <source>1 file in quarantine</source>
      <translation>隔离 1 个文件</translation>
    </message>
    <message>
      <source>1 station enrolled</source>
      <translation>已登记 1 个站点</translation>
    </message>
    <message>
      <source>{count} bundles held back</source>
      <translation>暂存 {count} 个同步包</translation>
    </message>
    <message>
      <source>{count} files in quarantine</source>
      <translation>隔离 {count} 个文件</translation>
    </message>
    <message>
      <source>{count} stations enrolled</source>
      <translation>已登记 {count} 个站点</translation>
    </message>
  </context>
  <context>
    <name>WatchAction</name>
    <message>
      <source>accept</source>
      <translation>列入</translation>
    </message>
    <message>
      <source>appeal</source>
      <translation>申诉</translation>
    </message>
    <message>
      <source>remove</source>
      <translation>移出</translation>
    </message>
  </context>
</TS>
