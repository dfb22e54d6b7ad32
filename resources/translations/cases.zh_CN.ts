<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CaseStats</name>
    <message>
      <source>Acceptance, on-time closure and satisfaction, % (blue, orange, green)</source>
      <translation>受理率、按期办结率、满意率（%，蓝、橙、绿）</translation>
    </message>
    <message>
      <source>Closed {closed}, on time {timely}: on-time closure rate (按期办结率) {on_time}</source>
      <translation>办结 {closed} 件，按期 {timely} 件：按期办结率 {on_time}</translation>
    </message>
    <message>
      <source>Money recovered, yuan</source>
      <translation>挽回金额（元）</translation>
    </message>
    <message>
      <source>Money recovered: {money} yuan</source>
      <translation>挽回金额：{money} 元</translation>
    </message>
    <message>
      <source>Rated {rated}, satisfied {satisfied}: satisfaction rate (满意率) {satisfaction}</source>
      <translation>评价 {rated} 件，满意 {satisfied} 件：满意率 {satisfaction}</translation>
    </message>
    <message>
      <source>Rates, %</source>
      <translation>各项比率（%）</translation>
    </message>
    <message>
      <source>Received {received}, accepted {accepted}: acceptance rate (受理率) {acceptance}</source>
      <translation>收到投诉 {received} 件，受理 {accepted} 件：受理率 {acceptance}</translation>
    </message>
    <message>
      <source>all months</source>
      <translation>全部月份</translation>
    </message>
    <message>
      <source>{station}: rights cases, {scope}</source>
      <translation>{station}：维权案件统计，{scope}</translation>
    </message>
    <message>
      <source>By merchant</source>
      <translation>按商家</translation>
    </message>
    <message>
      <source>By month</source>
      <translation>按月份</translation>
    </message>
    <message>
      <source>By platform</source>
      <translation>按平台</translation>
    </message>
    <message>
      <source>Acceptance rate</source>
      <translation>受理率</translation>
    </message>
    <message>
      <source>Closed on time</source>
      <translation>按期办结率</translation>
    </message>
    <message>
      <source>Received {received} · acceptance rate {acceptance} · closed on time {on_time} · satisfaction {satisfaction} · recovered {money} yuan</source>
      <translation>收到 {received} 件 · 受理率 {acceptance} · 按期办结率 {on_time} · 满意率 {satisfaction} · 挽回 {money} 元</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意率</translation>
    </message>
  </context>
  <context>
    <name>Cases</name>
    <message>
      <source>(paused)</source>
      <translation>（已暂停）</translation>
    </message>
    <message>
      <source>(provisional: no calendar for {year})</source>
      <translation>（暂定：尚无 {year} 年日历）</translation>
    </message>
    <message>
      <source>12315 ODR</source>
      <translation>12315 在线纠纷解决</translation>
    </message>
    <message>
      <source>12315 ODR enterprise settles (10 working days)</source>
      <translation>12315 ODR 企业处理（10 个工作日）</translation>
    </message>
    <message>
      <source>ALTERED</source>
      <translation>已被改动</translation>
    </message>
    <message>
      <source>Accepted by the regulator</source>
      <translation>监管部门已受理</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>After-sales refused</source>
      <translation>拒绝售后</translation>
    </message>
    <message>
      <source>All {count} evidence files are intact.</source>
      <translation>全部 {count} 份证据完好。</translation>
    </message>
    <message>
      <source>Business handles the complaint (7 working days, 消法 Art. 46)</source>
      <translation>经营者处理投诉（7 个工作日，消法第四十六条）</translation>
    </message>
    <message>
      <source>Business handling</source>
      <translation>经营者处理</translation>
    </message>
    <message>
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <source>Case closed</source>
      <translation>案件办结</translation>
    </message>
    <message>
      <source>Case opened</source>
      <translation>案件登记</translation>
    </message>
    <message>
      <source>Case {number} ({state}) — {category}</source>
      <translation>案件 {number}（{state}）— {category}</translation>
    </message>
    <message>
      <source>Case {number} · {category} · {who} against {merchant} {platform} · claimed {amount} yuan</source>
      <translation>案件 {number} · {category} · {who} 投诉 {merchant} {platform} · 诉求金额 {amount} 元</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <source>Cases received: {received}; accepted: {accepted} (受理率 {acceptance}); closed: {closed}, on time {timely} (按期办结率 {on_time}); rated {rated}, satisfied {satisfied} (满意率 {satisfaction}); money recovered {money} yuan</source>
      <translation>收到投诉 {received} 件；受理 {accepted} 件（受理率 {acceptance}）；办结 {closed} 件，按期 {timely} 件（按期办结率 {on_time}）；评价 {rated} 件，满意 {satisfied} 件（满意率 {satisfaction}）；挽回金额 {money} 元</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>核验</translation>
    </message>
    <message>
      <source>Check evidence hashes</source>
      <translation>核验证据哈希</translation>
    </message>
    <message>
      <source>Choose a case in the list.</source>
      <translation>请在列表中选择一个案件。</translation>
    </message>
    <message>
      <source>Claimed: {amount} yuan. {summary}</source>
      <translation>诉求金额：{amount} 元。{summary}</translation>
    </message>
    <message>
      <source>Clocks paused</source>
      <translation>时限暂停</translation>
    </message>
    <message>
      <source>Clocks resumed</source>
      <translation>时限恢复</translation>
    </message>
    <message>
      <source>Complain to 12315</source>
      <translation>向 12315 投诉</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <source>Complainant: {who}; against: {merchant} {platform}</source>
      <translation>投诉人：{who}；被投诉：{merchant} {platform}</translation>
    </message>
    <message>
      <source>Custom deadline</source>
      <translation>自定时限</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>时限</translation>
    </message>
    <message>
      <source>Deadline set</source>
      <translation>设定时限</translation>
    </message>
    <message>
      <source>Deadlines</source>
      <translation>时限</translation>
    </message>
    <message>
      <source>Deadlines:</source>
      <translation>时限：</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <source>Duplicate case merged in</source>
      <translation>并入重复案件</translation>
    </message>
    <message>
      <source>Escalated to the town office</source>
      <translation>上报镇便民服务中心</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>证据</translation>
    </message>
    <message>
      <source>Evidence added</source>
      <translation>添加证据</translation>
    </message>
    <message>
      <source>Evidence:</source>
      <translation>证据：</translation>
    </message>
    <message>
      <source>Expired or counterfeit goods</source>
      <translation>过期或假冒商品</translation>
    </message>
    <message>
      <source>False advertising</source>
      <translation>虚假宣传</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Filed with 12315</source>
      <translation>已向 12315 投诉</translation>
    </message>
    <message>
      <source>Fraud or scam</source>
      <translation>欺诈或诈骗</translation>
    </message>
    <message>
      <source>Go to court</source>
      <translation>提起诉讼</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Legal aid</source>
      <translation>法律援助</translation>
    </message>
    <message>
      <source>MISSING</source>
      <translation>缺失</translation>
    </message>
    <message>
      <source>Mediation</source>
      <translation>调解</translation>
    </message>
    <message>
      <source>Mediation ends (45 working days after acceptance, Art. 21)</source>
      <translation>调解终止（受理后 45 个工作日，第二十一条）</translation>
    </message>
    <message>
      <source>Mediation session</source>
      <translation>调解会</translation>
    </message>
    <message>
      <source>Merchant</source>
      <translation>商家</translation>
    </message>
    <message>
      <source>Merchant contacted</source>
      <translation>已联系商家</translation>
    </message>
    <message>
      <source>Merged into another case</source>
      <translation>已并入其他案件</translation>
    </message>
    <message>
      <source>Merged into case {number}.</source>
      <translation>已并入案件 {number}。</translation>
    </message>
    <message>
      <source>Missing or altered: {files}</source>
      <translation>缺失或被改动：{files}</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Opened / due</source>
      <translation>登记日 / 到期日</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Outcome: {outcome}, recovered {amount} yuan, satisfaction {sat}, timely: {timely}</source>
      <translation>结果：{outcome}，挽回 {amount} 元，满意度 {sat}，按期：{timely}</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <source>Platform complaint filed</source>
      <translation>已向平台投诉</translation>
    </message>
    <message>
      <source>Refund overdue</source>
      <translation>退款逾期</translation>
    </message>
    <message>
      <source>Regulator acceptance</source>
      <translation>受理审查</translation>
    </message>
    <message>
      <source>Regulator decides acceptance (7 working days, Art. 14)</source>
      <translation>监管部门决定是否受理（7 个工作日，第十四条）</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Report (举报) checked (15 working days)</source>
      <translation>举报核查（15 个工作日）</translation>
    </message>
    <message>
      <source>Report check</source>
      <translation>举报核查</translation>
    </message>
    <message>
      <source>Resolved otherwise</source>
      <translation>其他方式解决</translation>
    </message>
    <message>
      <source>Resolved with money</source>
      <translation>已挽回款项</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>起算日</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>统计</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Terminated without agreement</source>
      <translation>调解不成终止</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>办理经过</translation>
    </message>
    <message>
      <source>Timeline:</source>
      <translation>办理经过：</translation>
    </message>
    <message>
      <source>Warning: {merchant} is on the watch list ({reason}).</source>
      <translation>警示：{merchant} 在警示名单上（{reason}）。</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <source>intact</source>
      <translation>完好</translation>
    </message>
    <message>
      <source>{count} cases</source>
      <translation>{count} 件案件</translation>
    </message>
    <message>
      <source>{due}? (no {year} calendar yet)</source>
      <translation>{due}？（尚无 {year} 年日历）</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已办结</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <source>Merged</source>
      <translation>已合并</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>已超期</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>办理中</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <source>due soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <source>late</source>
      <translation>超期</translation>
    </message>
    <message>
      <source>met</source>
      <translation>按期</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <source>running</source>
      <translation>计时中</translation>
    </message>
    <message>
      <source>The refund paid.</source>
      <translation>退还货款。</translation>
    </message>
    <message>
      <source>case closed</source>
      <translation>案件办结</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>已合并</translation>
    </message>
    <message>
      <source>recomputed</source>
      <translation>重新计算</translation>
    </message>
    <message>
      <source>resumed</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>started</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>Dossier PDF …</source>
      <translation>案卷 PDF …</translation>
    </message>
    <message>
      <source>Save the dossier</source>
      <translation>保存案卷</translation>
    </message>
    <message>
      <source>Dossier written to {out} (1 page).</source>
      <translation>案卷已写入 {out}（1 页）。</translation>
    </message>
    <message>
      <source>Dossier written to {out} ({count} pages).</source>
      <translation>案卷已写入 {out}（{count} 页）。</translation>
    </message>
    <message>
      <source>1 evidence file copied into the vault.</source>
      <translation>1 份证据已复制进证据库。</translation>
    </message>
    <message>
      <source>Add evidence to case {number}</source>
      <translation>为案件 {number} 添加证据</translation>
    </message>
    <message>
      <source>Add evidence …</source>
      <translation>添加证据 …</translation>
    </message>
    <message>
      <source>Amount claimed (yuan)</source>
      <translation>索赔金额（元）</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Close case {number}</source>
      <translation>结案：{number}</translation>
    </message>
    <message>
      <source>Close case …</source>
      <translation>结案 …</translation>
    </message>
    <message>
      <source>From a parcel (tracking number or pickup code)</source>
      <translation>从包裹（快递单号或取件码）</translation>
    </message>
    <message>
      <source>From a return (its ID)</source>
      <translation>从退货（退货编号）</translation>
    </message>
    <message>
      <source>From scratch</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Log action …</source>
      <translation>记录办理 …</translation>
    </message>
    <message>
      <source>Log an action on case {number}</source>
      <translation>记录案件 {number} 的办理</translation>
    </message>
    <message>
      <source>Money recovered (yuan)</source>
      <translation>挽回金额（元）</translation>
    </message>
    <message>
      <source>Next step (if terminated)</source>
      <translation>下一步（终止调解时）</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Open a case</source>
      <translation>受理投诉</translation>
    </message>
    <message>
      <source>Open a case …</source>
      <translation>受理投诉 …</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Pause clocks …</source>
      <translation>暂停计时 …</translation>
    </message>
    <message>
      <source>Pause the clocks of case {number}</source>
      <translation>暂停案件 {number} 的计时</translation>
    </message>
    <message>
      <source>Photos, screenshots, chats, receipts, recordings (*)</source>
      <translation>照片、截图、聊天记录、收据、录音 (*)</translation>
    </message>
    <message>
      <source>Resident (phone or ID)</source>
      <translation>居民（电话或编号）</translation>
    </message>
    <message>
      <source>Resident's satisfaction (1–5)</source>
      <translation>居民满意度（1–5）</translation>
    </message>
    <message>
      <source>Resume clocks …</source>
      <translation>恢复计时 …</translation>
    </message>
    <message>
      <source>Resume the clocks of case {number}</source>
      <translation>恢复案件 {number} 的计时</translation>
    </message>
    <message>
      <source>Return ID / parcel</source>
      <translation>退货编号 / 包裹</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>经过</translation>
    </message>
    <message>
      <source>What the resident wants</source>
      <translation>居民诉求</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>not asked</source>
      <translation>未询问</translation>
    </message>
    <message>
      <source>{count} evidence files copied into the vault.</source>
      <translation>{count} 份证据已复制进证据库。</translation>
    </message>
    <message>
      <source>Opened from</source>
      <translation>案件来源</translation>
    </message>
    <message>
      <source>Return {id} is marked refunded ({amount} yuan): the money came through this case.</source>
      <translation>退货 {id} 已记为退款（{amount} 元）：这笔钱是通过本案件追回的。</translation>
    </message>
    <message>
      <source>1 case</source>
      <translation>1 件案件</translation>
    </message>
    <message>
      <source>Refund of return {id} overdue by 1 day (due {due}); sent back by {carrier} {tracking}.</source>
      <translation>退货 {id} 的退款已逾期 1 天（应于 {due} 前退款）；退回包裹：{carrier} {tracking}。</translation>
    </message>
    <message>
      <source>Refund of return {id} overdue by {count} days (due {due}); sent back by {carrier} {tracking}.</source>
      <translation>退货 {id} 的退款已逾期 {count} 天（应于 {due} 前退款）；退回包裹：{carrier} {tracking}。</translation>
    </message>
    <message>
      <source>The evidence file is intact.</source>
      <translation>1 份证据完好。</translation>
    </message>
    <message>
      <source>Parcel</source>
      <translation>包裹</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>退货</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>All {count} evidence files are intact.</source>
      <translation>全部 {count} 份证据完好。</translation>
    </message>
    <message>
      <source>Case {number} closed: {outcome}.</source>
      <translation>案件 {number} 已办结：{outcome}。</translation>
    </message>
    <message>
      <source>Case {number} merged into {into}.</source>
      <translation>案件 {number} 已并入 {into}。</translation>
    </message>
    <message>
      <source>Case {number} opened.</source>
      <translation>案件 {number} 已登记。</translation>
    </message>
    <message>
      <source>Clocks of case {number} paused from {paused_on}.</source>
      <translation>案件 {number} 的时限自 {paused_on} 起暂停。</translation>
    </message>
    <message>
      <source>Clocks of case {number} resumed on {resumed_on}.</source>
      <translation>案件 {number} 的时限于 {resumed_on} 恢复。</translation>
    </message>
    <message>
      <source>Deadline {kind} of case {number}: {due}.</source>
      <translation>案件 {number} 的时限 {kind}：{due}。</translation>
    </message>
    <message>
      <source>Evidence missing or altered: {files}.</source>
      <translation>证据缺失或被改动：{files}。</translation>
    </message>
    <message>
      <source>Holidays:</source>
      <translation>节假日：</translation>
    </message>
    <message>
      <source>Make-up workdays:</source>
      <translation>调休上班日：</translation>
    </message>
    <message>
      <source>No cases.</source>
      <translation>没有案件。</translation>
    </message>
    <message>
      <source>No working-day table for {year} yet: deadlines reaching it are provisional (import one with: station calendar import FILE).</source>
      <translation>尚无 {year} 年工作日历：涉及该年的时限为暂定（用 station calendar import FILE 导入）。</translation>
    </message>
    <message>
      <source>Statistics written to {out}.</source>
      <translation>统计已写入 {out}。</translation>
    </message>
    <message>
      <source>Warning: {merchant} is on the watch list ({reason}).</source>
      <translation>警示：{merchant} 在警示名单上（{reason}）。</translation>
    </message>
    <message>
      <source>Working-day table {year} ({source})</source>
      <translation>{year} 年工作日历（{source}）</translation>
    </message>
    <message>
      <source>{action} logged on case {number} for {day}.</source>
      <translation>已在案件 {number} 记录 {action}（{day}）。</translation>
    </message>
    <message>
      <source>Case {number} escalated to the town office ({evidence} evidence files checked).</source>
      <translation>案件 {number} 已上报镇便民服务中心（已核验 {evidence} 份证据）。</translation>
    </message>
    <message>
      <source>Dossier of case {number} written to {out} (1 page).</source>
      <translation>案件 {number} 的案卷已写入 {out}（1 页）。</translation>
    </message>
    <message>
      <source>Dossier of case {number} written to {out} ({count} pages).</source>
      <translation>案件 {number} 的案卷已写入 {out}（{count} 页）。</translation>
    </message>
    <message>
      <source>Return {id} is marked refunded ({amount} yuan): the money came through this case.</source>
      <translation>退货 {id} 已记为退款（{amount} 元）：这笔钱是通过本案件追回的。</translation>
    </message>
    <message>
      <source>Case {number} escalated to the town office (1 evidence file checked).</source>
      <translation>案件 {number} 已上报镇便民服务中心（已核验 1 份证据）。</translation>
    </message>
    <message>
      <source>Deadlines due soon: {due_soon}; overdue: {overdue}. Mediation sessions today: {sessions}.</source>
      <translation>即将到期的时限：{due_soon} 个；已超期：{overdue} 个。今天的调解会：{sessions} 场。</translation>
    </message>
    <message>
      <source>The evidence file is intact.</source>
      <translation>1 份证据完好。</translation>
    </message>
    <message>
      <source>Working-day table imported for {years}; 1 open deadline changed.</source>
      <translation>已导入 {years} 年工作日历；1 个未结时限已重新计算。</translation>
    </message>
    <message>
      <source>Working-day table imported for {years}; {count} open deadlines changed.</source>
      <translation>已导入 {years} 年工作日历；{count} 个未结时限已重新计算。</translation>
    </message>
  </context>
  <context>
    <name>Dossier</name>
    <message>
      <source> (provisional: no calendar for {year})</source>
      <translation>（暂定：尚无 {year} 年日历）</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <source>Consumer complaint dossier {number}</source>
      <translation>消费投诉案卷 {number}</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>到期日</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>事件</translation>
    </message>
    <message>
      <source>Evidence (every hash checked while this dossier was written)</source>
      <translation>证据（生成本案卷时已逐一核验哈希）</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Kind, size, added</source>
      <translation>类型、大小、添加</translation>
    </message>
    <message>
      <source>Legal clocks (working days; the triggering day not counted)</source>
      <translation>法定时限（按工作日计算，起算当日不计入）</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Pauses: {pauses}</source>
      <translation>暂停：{pauses}</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>办理经过</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Amount claimed</source>
      <translation>诉求金额</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>案件编号</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Complainant</source>
      <translation>投诉人</translation>
    </message>
    <message>
      <source>Complaint received</source>
      <translation>收到投诉日期</translation>
    </message>
    <message>
      <source>Duplicates merged in</source>
      <translation>并入的重复案件</translation>
    </message>
    <message>
      <source>Facts and parties</source>
      <translation>基本事实与当事人</translation>
    </message>
    <message>
      <source>Opened from</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <source>Respondent merchant</source>
      <translation>被投诉商家</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>事情经过</translation>
    </message>
    <message>
      <source>What the resident asks</source>
      <translation>居民诉求</translation>
    </message>
    <message>
      <source>{amount} yuan</source>
      <translation>{amount} 元</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A calendar CSV starts with the header date,kind,name.</source>
      <translation>日历 CSV 文件的第一行应为 date,kind,name。</translation>
    </message>
    <message>
      <source>A case cannot be merged into itself.</source>
      <translation>案件不能并入自身。</translation>
    </message>
    <message>
      <source>A custom deadline needs 1 to 365 working days (--days).</source>
      <translation>自定时限需要 1 到 365 个工作日（--days）。</translation>
    </message>
    <message>
      <source>A month looks like 2026-10.</source>
      <translation>月份格式如 2026-10。</translation>
    </message>
    <message>
      <source>A pause cannot start before the last resume ({day}).</source>
      <translation>暂停不能早于上次恢复（{day}）。</translation>
    </message>
    <message>
      <source>A year looks like 2027.</source>
      <translation>年份格式如 2027。</translation>
    </message>
    <message>
      <source>Action must be one of: {choices}.</source>
      <translation>事项须为以下之一：{choices}。</translation>
    </message>
    <message>
      <source>Case {number} is closed.</source>
      <translation>案件 {number} 已办结。</translation>
    </message>
    <message>
      <source>Case {number} is not paused.</source>
      <translation>案件 {number} 没有暂停。</translation>
    </message>
    <message>
      <source>Case {number} is paused already.</source>
      <translation>案件 {number} 已经暂停。</translation>
    </message>
    <message>
      <source>Case {number} is {state}; merge into an open case.</source>
      <translation>案件 {number} 状态为 {state}；请并入办理中的案件。</translation>
    </message>
    <message>
      <source>Case {number} was merged into {into}; work on {into}.</source>
      <translation>案件 {number} 已并入 {into}；请在 {into} 上办理。</translation>
    </message>
    <message>
      <source>Category must be one of: {choices}.</source>
      <translation>类别须为以下之一：{choices}。</translation>
    </message>
    <message>
      <source>Each calendar year needs "year": 2027.</source>
      <translation>每个日历年需要写明 "year": 2027。</translation>
    </message>
    <message>
      <source>Group by platform, merchant or month.</source>
      <translation>请按平台、商家或月份分组。</translation>
    </message>
    <message>
      <source>Kind must be one of: {choices}.</source>
      <translation>类型须为以下之一：{choices}。</translation>
    </message>
    <message>
      <source>Kind {kind} must be holiday or workday.</source>
      <translation>类型 {kind} 须为 holiday 或 workday。</translation>
    </message>
    <message>
      <source>Name the merchant the complaint is against (--merchant).</source>
      <translation>请写明被投诉的商家（--merchant）。</translation>
    </message>
    <message>
      <source>No case {ref}.</source>
      <translation>没有案件 {ref}。</translation>
    </message>
    <message>
      <source>No evidence item {gid}.</source>
      <translation>没有证据 {gid}。</translation>
    </message>
    <message>
      <source>No parcel {ref} at this station.</source>
      <translation>本站没有包裹 {ref}。</translation>
    </message>
    <message>
      <source>Outcome must be one of: {choices}.</source>
      <translation>结果须为以下之一：{choices}。</translation>
    </message>
    <message>
      <source>Satisfaction is 1 to 5.</source>
      <translation>满意度为 1 到 5。</translation>
    </message>
    <message>
      <source>Say how much money was recovered (--amount).</source>
      <translation>请写明挽回的金额（--amount）。</translation>
    </message>
    <message>
      <source>Say the next step: {choices} (--next-step).</source>
      <translation>请写明下一步：{choices}（--next-step）。</translation>
    </message>
    <message>
      <source>Say what happened (--summary).</source>
      <translation>请写明事情经过（--summary）。</translation>
    </message>
    <message>
      <source>Say who complains (--resident PHONE).</source>
      <translation>请写明投诉人（--resident 手机号）。</translation>
    </message>
    <message>
      <source>State must be open, closed or merged.</source>
      <translation>状态须为 open、closed 或 merged。</translation>
    </message>
    <message>
      <source>The calendar file holds no year.</source>
      <translation>日历文件中没有任何年份。</translation>
    </message>
    <message>
      <source>The calendar file is not valid JSON.</source>
      <translation>日历文件不是有效的 JSON。</translation>
    </message>
    <message>
      <source>The resume day is before the pause ({day}).</source>
      <translation>恢复日期早于暂停日期（{day}）。</translation>
    </message>
    <message>
      <source>Unknown clock kind {kind}.</source>
      <translation>未知的时限类型 {kind}。</translation>
    </message>
    <message>
      <source>{day} is a weekday already; a make-up workday falls on a weekend.</source>
      <translation>{day} 本来就是工作日；调休上班日应在周末。</translation>
    </message>
    <message>
      <source>{day} is in the future; only a mediation session can be scheduled ahead.</source>
      <translation>{day} 是将来的日期；只有调解会可以提前安排。</translation>
    </message>
    <message>
      <source>{day} is listed both as a holiday and as a workday.</source>
      <translation>{day} 同时被列为节假日和上班日。</translation>
    </message>
    <message>
      <source>{day} is not in {year}.</source>
      <translation>{day} 不在 {year} 年内。</translation>
    </message>
    <message>
      <source>{name} is larger than 200 MB.</source>
      <translation>{name} 超过 200 MB。</translation>
    </message>
    <message>
      <source>{text} is not a date like 2027-02-06.</source>
      <translation>{text} 不是日期（格式如 2027-02-06）。</translation>
    </message>
    <message>
      <source>{text} is not an amount of money like 128.50.</source>
      <translation>{text} 不是金额（格式如 128.50）。</translation>
    </message>
    <message>
      <source>Evidence {name} ({sha}) is missing from the vault.</source>
      <translation>证据 {name}（{sha}）在证据库中缺失。</translation>
    </message>
    <message>
      <source>Evidence {name} ({sha}) was altered: its SHA-256 no longer matches.</source>
      <translation>证据 {name}（{sha}）已被改动：SHA-256 不再相符。</translation>
    </message>
    <message>
      <source>{path} is not a calendar file (not UTF-8 text).</source>
      <translation>{path} 不是工作日历文件（不是 UTF-8 文本）。</translation>
    </message>
    <message>
      <source>Name the return or parcel the case starts from.</source>
      <translation>请填写案件所依据的退货或包裹。</translation>
    </message>
  </context>
</TS>
