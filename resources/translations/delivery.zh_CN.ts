<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Errors</name>
    <message>
      <source>A resident needs a name (at most 30 characters).</source>
      <translation>请填写居民姓名（最多 30 个字）。</translation>
    </message>
    <message>
      <source>A village group needs a name.</source>
      <translation>请填写村民小组名称。</translation>
    </message>
    <message>
      <source>Type a name, a phone number or its last 4 digits.</source>
      <translation>请输入姓名、手机号或手机尾号后 4 位。</translation>
    </message>
    <message>
      <source>Type the last 4 digits or the whole 11-digit phone number.</source>
      <translation>请输入手机尾号后 4 位或完整的 11 位手机号。</translation>
    </message>
    <message>
      <source>Unknown village group.</source>
      <translation>未知的村民小组。</translation>
    </message>
    <message>
      <source>A day looks like 2026-03-08.</source>
      <translation>日期格式如 2026-03-08。</translation>
    </message>
    <message>
      <source>A month looks like 2026-03.</source>
      <translation>月份格式如 2026-03。</translation>
    </message>
    <message>
      <source>A volunteer needs a name (at most 30 characters).</source>
      <translation>请填写志愿者姓名（最多 30 个字）。</translation>
    </message>
    <message>
      <source>Delivery run {code} is already {status}; nothing was changed.</source>
      <translation>送货批次 {code} 已是“{status}”状态，未做任何更改。</translation>
    </message>
    <message>
      <source>Minutes must be between 1 and 1440.</source>
      <translation>分钟数须在 1 到 1440 之间。</translation>
    </message>
    <message>
      <source>No account {username}.</source>
      <translation>没有账号 {username}。</translation>
    </message>
    <message>
      <source>No delivery run {run}.</source>
      <translation>没有送货批次 {run}。</translation>
    </message>
    <message>
      <source>No parcels to deliver: nothing is proposed for doorstep delivery.</source>
      <translation>没有要送的包裹：目前没有建议送货上门的包裹。</translation>
    </message>
    <message>
      <source>No such delivery slip.</source>
      <translation>没有这张送货单。</translation>
    </message>
    <message>
      <source>No village group {name}.</source>
      <translation>没有村民小组 {name}。</translation>
    </message>
    <message>
      <source>No volunteer {name} on the roster.</source>
      <translation>志愿者名册中没有 {name}。</translation>
    </message>
    <message>
      <source>Run {run} has no slips to print.</source>
      <translation>送货批次 {run} 没有可打印的送货单。</translation>
    </message>
    <message>
      <source>Run {run} is finished; its slips can no longer be scanned, so they are not printed.</source>
      <translation>送货批次 {run} 已结束，其送货单不能再扫描，因此不再打印。</translation>
    </message>
    <message>
      <source>Say who took the parcels for the resident (the delegate's name).</source>
      <translation>请填写替居民收下包裹的人（代收人姓名）。</translation>
    </message>
    <message>
      <source>Slip {code} belongs to run {run}, which is {status}; nothing was recorded.</source>
      <translation>送货单 {code} 属于送货批次 {run}，该批次已是“{status}”状态，未做任何登记。</translation>
    </message>
    <message>
      <source>Slip {code} was already scanned back ({outcome}, {at}); nothing was recorded.</source>
      <translation>送货单 {code} 已扫描登记过（{outcome}，{at}），本次未做任何登记。</translation>
    </message>
    <message>
      <source>Slips per page must be 4 or 2.</source>
      <translation>每页送货单数只能是 4 或 2。</translation>
    </message>
    <message>
      <source>Some of the chosen parcels are no longer waiting on the shelf; refresh and choose again.</source>
      <translation>所选包裹中有的已不在货架上待取，请刷新后重新选择。</translation>
    </message>
    <message>
      <source>Some of the chosen parcels no longer exist.</source>
      <translation>所选包裹中有的已不存在。</translation>
    </message>
    <message>
      <source>This delivery slip code is damaged or not from this station; nothing was recorded.</source>
      <translation>这张送货单的二维码已损坏或不是本站签发的，未做任何登记。</translation>
    </message>
    <message>
      <source>This delivery slip is not on any run of this station; nothing was recorded.</source>
      <translation>这张送货单不属于本站任何送货批次，未做任何登记。</translation>
    </message>
    <message>
      <source>{count} slips of run {code} have no outcome yet: scan them, or close it as all delivered.</source>
      <translation>送货批次 {code} 还有 {count} 张送货单没有结果：请扫描登记，或按“全部已送达”结束。</translation>
    </message>
    <message>
      <source>{slot} is not a half-day like mon_am or sat_pm.</source>
      <translation>{slot} 不是有效的半天时段（如 mon_am、sat_pm）。</translation>
    </message>
    <message>
      <source>A note is at most 300 characters.</source>
      <translation>备注最多 300 个字。</translation>
    </message>
    <message>
      <source>Say what problem was found at the door (a note).</source>
      <translation>请写明当面验货发现了什么问题（备注）。</translation>
    </message>
    <message>
      <source>Unknown outcome {outcome}; use delivered, delegate, not_home, refused, bad_address or delivered_problem.</source>
      <translation>未知的结果 {outcome}；可用 delivered、delegate、not_home、refused、bad_address 或 delivered_problem。</translation>
    </message>
    <message>
      <source>1 slip of run {code} has no outcome yet: scan it, or close the run as all delivered.</source>
      <translation>送货批次 {code} 还有 1 张送货单没有结果：请扫描登记，或按“全部已送达”结束。</translation>
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
  <context>
    <name>Cli</name>
    <message>
      <source>Run {code} cancelled; {back_to_shelf} parcels back on the shelf.</source>
      <translation>送货批次 {code} 已取消，{back_to_shelf} 件包裹已放回货架。</translation>
    </message>
    <message>
      <source>Run {code} closed; {delivered} parcels marked delivered.</source>
      <translation>送货批次 {code} 已结束，{delivered} 件包裹记为已送达。</translation>
    </message>
    <message>
      <source>Thank-you summary written to {out}.</source>
      <translation>感谢信已写入 {out}。</translation>
    </message>
    <message>
      <source>Volunteer hours, {month}</source>
      <translation>志愿者服务时长，{month}</translation>
    </message>
    <message>
      <source>Volunteer {name} is on the roster.</source>
      <translation>志愿者 {name} 已在名册中。</translation>
    </message>
    <message>
      <source>{count} parcels proposed for doorstep delivery.</source>
      <translation>建议送货上门的包裹共 {count} 件。</translation>
    </message>
    <message>
      <source>{minutes} minutes entered for {volunteer} on {day}.</source>
      <translation>已为 {volunteer} 登记 {day} 的 {minutes} 分钟。</translation>
    </message>
    <message>
      <source>No volunteers on the roster yet (station volunteer add NAME).</source>
      <translation>名册上还没有志愿者（用 station volunteer add 姓名 添加）。</translation>
    </message>
    <message>
      <source>not scanned back yet</source>
      <translation>尚未扫回</translation>
    </message>
    <message>
      <source>{count} parcels</source>
      <translation>{count} 个包裹</translation>
    </message>
    <message>
      <source>1 page</source>
      <translation>1 页</translation>
    </message>
    <message>
      <source>1 slip</source>
      <translation>1 张送货单</translation>
    </message>
    <message>
      <source>{count} pages</source>
      <translation>{count} 页</translation>
    </message>
    <message>
      <source>{count} slips</source>
      <translation>{count} 张送货单</translation>
    </message>
    <message>
      <source>{slips} of run {code} written to {out} ({pages}).</source>
      <translation>送货批次 {code} 的 {slips}已写入 {out}（共 {pages}）。</translation>
    </message>
    <message>
      <source>1 doorstep stop</source>
      <translation>送到 1 户</translation>
    </message>
    <message>
      <source>1 minute entered for {volunteer} on {day}.</source>
      <translation>已为 {volunteer} 登记 {day} 的 1 分钟。</translation>
    </message>
    <message>
      <source>1 parcel proposed for doorstep delivery.</source>
      <translation>建议送货上门的包裹共 1 件。</translation>
    </message>
    <message>
      <source>1 run</source>
      <translation>1 个批次</translation>
    </message>
    <message>
      <source>1 stop</source>
      <translation>1 户</translation>
    </message>
    <message>
      <source>Run {code} cancelled; 1 parcel back on the shelf.</source>
      <translation>送货批次 {code} 已取消，1 件包裹已放回货架。</translation>
    </message>
    <message>
      <source>Run {code} closed; 1 parcel marked delivered.</source>
      <translation>送货批次 {code} 已结束，1 件包裹记为已送达。</translation>
    </message>
    <message>
      <source>Run {code} planned: {stops}, {parcels}. Run id: {run}</source>
      <translation>已排好送货批次 {code}：{stops}，{parcels}。批次编号：{run}</translation>
    </message>
    <message>
      <source>{count} doorstep stops</source>
      <translation>送到 {count} 户</translation>
    </message>
    <message>
      <source>{count} runs</source>
      <translation>{count} 个批次</translation>
    </message>
    <message>
      <source>{count} stops</source>
      <translation>{count} 户</translation>
    </message>
    <message>
      <source>{name}: {hours} h ({runs}, {stops})</source>
      <translation>{name}：{hours} 小时（{runs}，{stops}）</translation>
    </message>
  </context>
  <context>
    <name>Deliveries</name>
    <message>
      <source>(assign later)</source>
      <translation>（稍后指派）</translation>
    </message>
    <message>
      <source>(nobody yet)</source>
      <translation>（尚未指派）</translation>
    </message>
    <message>
      <source>2 per page (half page each)</source>
      <translation>每页 2 张（每张半页）</translation>
    </message>
    <message>
      <source>4 slips per page</source>
      <translation>每页 4 张</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>All groups</source>
      <translation>全部小组</translation>
    </message>
    <message>
      <source>Assign</source>
      <translation>指派</translation>
    </message>
    <message>
      <source>Build a run from the ticked parcels</source>
      <translation>用勾选的包裹排一个送货批次</translation>
    </message>
    <message>
      <source>Cancel run</source>
      <translation>取消批次</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <source>Close: all delivered</source>
      <translation>结束：全部已送达</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>小组</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>No delivery runs yet: build one from the proposals.</source>
      <translation>还没有送货批次：请在“建议送货”中排一个。</translation>
    </message>
    <message>
      <source>Open PDF</source>
      <translation>打开 PDF</translation>
    </message>
    <message>
      <source>Pickup code</source>
      <translation>取件码</translation>
    </message>
    <message>
      <source>Print slips</source>
      <translation>打印送货单</translation>
    </message>
    <message>
      <source>Printing slips…</source>
      <translation>正在生成送货单…</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>建议送货</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>居民</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>批次</translation>
    </message>
    <message>
      <source>Run {code} cancelled; {back_to_shelf} parcels back on the shelf.</source>
      <translation>送货批次 {code} 已取消，{back_to_shelf} 件包裹已放回货架。</translation>
    </message>
    <message>
      <source>Run {code} closed; {delivered} parcels marked delivered.</source>
      <translation>送货批次 {code} 已结束，{delivered} 件包裹记为已送达。</translation>
    </message>
    <message>
      <source>Run {code} · {status} · {group} · volunteer: {volunteer}</source>
      <translation>批次 {code} · {status} · {group} · 志愿者：{volunteer}</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>送货批次</translation>
    </message>
    <message>
      <source>Save PDF as…</source>
      <translation>PDF 另存为…</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>已保存到 {path}</translation>
    </message>
    <message>
      <source>Scan a returned delivery slip here</source>
      <translation>在此扫描带回的送货单</translation>
    </message>
    <message>
      <source>Slip</source>
      <translation>送货单</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Tick all</source>
      <translation>全选</translation>
    </message>
    <message>
      <source>Tick the parcels that go on the run first.</source>
      <translation>请先勾选要送的包裹。</translation>
    </message>
    <message>
      <source>Tracking no.</source>
      <translation>快递单号</translation>
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
      <source>Volunteer assigned.</source>
      <translation>已指派志愿者。</translation>
    </message>
    <message>
      <source>Volunteers</source>
      <translation>志愿者</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Not home ×{count}</source>
      <translation>不在家 ×{count}</translation>
    </message>
    <message>
      <source>Waiting long</source>
      <translation>久未取件</translation>
    </message>
    <message>
      <source>{count} parcels proposed for doorstep delivery.</source>
      <translation>建议送货上门的包裹共 {count} 件。</translation>
    </message>
    <message>
      <source>Showing the first {shown}: choose a village group.</source>
      <translation>仅显示前 {shown} 件：请选择村民小组。</translation>
    </message>
    <message>
      <source>Scan the QR code of each delivery slip you bring back, then choose what happened at the door. Runs are planned by the station staff.</source>
      <translation>请扫描您带回的每张送货单上的二维码，然后选择上门时的情况。送货安排由村站工作人员制定。</translation>
    </message>
    <message>
      <source>{count} parcels</source>
      <translation>{count} 件包裹</translation>
    </message>
    <message>
      <source>{outcome} ({delegate})</source>
      <translation>{outcome}（{delegate}）</translation>
    </message>
    <message>
      <source>1 slip written to {out}</source>
      <translation>1 张送货单已写入 {out}</translation>
    </message>
    <message>
      <source>{count} slips written to {out}</source>
      <translation>{count} 张送货单已写入 {out}</translation>
    </message>
    <message>
      <source>1 parcel</source>
      <translation>1 件包裹</translation>
    </message>
    <message>
      <source>1 parcel proposed for doorstep delivery.</source>
      <translation>建议送货上门的包裹共 1 件。</translation>
    </message>
    <message>
      <source>1 stop</source>
      <translation>1 户</translation>
    </message>
    <message>
      <source>Run {code} cancelled; 1 parcel back on the shelf.</source>
      <translation>送货批次 {code} 已取消，1 件包裹已放回货架。</translation>
    </message>
    <message>
      <source>Run {code} closed; 1 parcel marked delivered.</source>
      <translation>送货批次 {code} 已结束，1 件包裹记为已送达。</translation>
    </message>
    <message>
      <source>Run {code} planned: {stops}, {parcels}.</source>
      <translation>已排好送货批次 {code}：{stops}，{parcels}。</translation>
    </message>
    <message>
      <source>{count} stops</source>
      <translation>{count} 户</translation>
    </message>
  </context>
  <context>
    <name>Delivery</name>
    <message>
      <source>Bad address</source>
      <translation>地址有误</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>已结束</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>已送达</translation>
    </message>
    <message>
      <source>Delivery slip {code}</source>
      <translation>送货单 {code}</translation>
    </message>
    <message>
      <source>Handed to a delegate</source>
      <translation>交给代收人</translation>
    </message>
    <message>
      <source>Not home</source>
      <translation>不在家</translation>
    </message>
    <message>
      <source>Parcels: {list}</source>
      <translation>包裹：{list}</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>已排好</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>登记</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>拒收</translation>
    </message>
    <message>
      <source>Run {run} is complete and closed.</source>
      <translation>送货批次 {run} 已全部完成并结束。</translation>
    </message>
    <message>
      <source>Run {run} · slip {code}</source>
      <translation>批次 {run} · 送货单 {code}</translation>
    </message>
    <message>
      <source>Slip {code} for {name}: choose what happened at the door.</source>
      <translation>送货单 {code}（{name}）：请选择送货结果。</translation>
    </message>
    <message>
      <source>Slip {code}: {outcome} recorded for {count} parcels.</source>
      <translation>送货单 {code}：已为 {count} 件包裹登记“{outcome}”。</translation>
    </message>
    <message>
      <source>What happened at the door?</source>
      <translation>送货结果如何？</translation>
    </message>
    <message>
      <source>Who took the parcels?</source>
      <translation>谁代收了包裹？</translation>
    </message>
    <message>
      <source>Delivered, problem found at the door</source>
      <translation>已送达，当面验货发现问题</translation>
    </message>
    <message>
      <source>What was wrong with the goods?</source>
      <translation>货物有什么问题？</translation>
    </message>
    <message>
      <source>Out for delivery</source>
      <translation>送货中</translation>
    </message>
    <message>
      <source>Slip {code}: {outcome} recorded for 1 parcel.</source>
      <translation>送货单 {code}：已为 1 件包裹登记“{outcome}”。</translation>
    </message>
  </context>
  <context>
    <name>Residents</name>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Add delegate</source>
      <translation>添加代收人</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>住址</translation>
    </message>
    <message>
      <source>Address (landmark)</source>
      <translation>住址（参照物）</translation>
    </message>
    <message>
      <source>All groups</source>
      <translation>全部小组</translation>
    </message>
    <message>
      <source>Care</source>
      <translation>照护</translation>
    </message>
    <message>
      <source>Care notes</source>
      <translation>照护备注</translation>
    </message>
    <message>
      <source>Delegates</source>
      <translation>代收人</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>送货上门</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <source>Elderly</source>
      <translation>高龄</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>小组</translation>
    </message>
    <message>
      <source>Hard of hearing</source>
      <translation>听力不好</translation>
    </message>
    <message>
      <source>Is told</source>
      <translation>接收通知</translation>
    </message>
    <message>
      <source>Is told about parcels</source>
      <translation>接收包裹通知</translation>
    </message>
    <message>
      <source>Limited mobility</source>
      <translation>行动不便</translation>
    </message>
    <message>
      <source>Lives alone</source>
      <translation>独居</translation>
    </message>
    <message>
      <source>Lives with: {names}</source>
      <translation>同住：{names}</translation>
    </message>
    <message>
      <source>May collect</source>
      <translation>可代取</translation>
    </message>
    <message>
      <source>May collect parcels</source>
      <translation>可代取包裹</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Name, phone or last 4 digits</source>
      <translation>姓名、手机号或尾号后 4 位</translation>
    </message>
    <message>
      <source>Needs care only</source>
      <translation>只看需照护的居民</translation>
    </message>
    <message>
      <source>New resident</source>
      <translation>新增居民</translation>
    </message>
    <message>
      <source>Parcel</source>
      <translation>包裹</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Poor vision</source>
      <translation>视力不好</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>档案</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>关系</translation>
    </message>
    <message>
      <source>Remove selected</source>
      <translation>删除所选</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>居民</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>已保存 {name}。</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>动态记录</translation>
    </message>
    <message>
      <source>Village group</source>
      <translation>村民小组</translation>
    </message>
    <message>
      <source>What</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>e.g. east of the old well, second gate</source>
      <translation>例如：老井东边第二个院门</translation>
    </message>
    <message>
      <source>e.g. hard of hearing — knock loudly</source>
      <translation>例如：耳背，请大声敲门</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>son, daughter, neighbour …</source>
      <translation>儿子、女儿、邻居…</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>{name} added as a delegate.</source>
      <translation>已添加代收人 {name}。</translation>
    </message>
    <message>
      <source>Name of the village group (e.g. 三组)</source>
      <translation>村民小组名称（如：三组）</translation>
    </message>
    <message>
      <source>New group…</source>
      <translation>新建小组…</translation>
    </message>
    <message>
      <source>New village group</source>
      <translation>新建村民小组</translation>
    </message>
    <message>
      <source>Handout</source>
      <translation>取件</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>通知</translation>
    </message>
    <message>
      <source>Problem parcel</source>
      <translation>问题件</translation>
    </message>
    <message>
      <source>Returned to courier</source>
      <translation>退回包裹</translation>
    </message>
    <message>
      <source>Assisted order</source>
      <translation>代下单</translation>
    </message>
    <message>
      <source>Cash on delivery</source>
      <translation>到付</translation>
    </message>
    <message>
      <source>Parcel sent</source>
      <translation>寄件</translation>
    </message>
    <message>
      <source>Return of goods</source>
      <translation>退换货</translation>
    </message>
    <message>
      <source>Choose a resident on the left, or press "New resident".</source>
      <translation>在左边选一位居民，或按“新增居民”。</translation>
    </message>
  </context>
  <context>
    <name>Slips</name>
    <message>
      <source>Parcels ({count})</source>
      <translation>包裹（{count} 件）</translation>
    </message>
    <message>
      <source>Run {run} · stop {n}/{total} · volunteer {volunteer}</source>
      <translation>批次 {run} · 第 {n}/{total} 户 · 志愿者 {volunteer}</translation>
    </message>
    <message>
      <source>Scan at the counter when back</source>
      <translation>回站后在柜台扫码</translation>
    </message>
    <message>
      <source>Signature / fingerprint</source>
      <translation>签名 / 按手印</translation>
    </message>
    <message>
      <source>… and {count} more</source>
      <translation>… 另有 {count} 件</translation>
    </message>
    <message>
      <source>Address: {address}</source>
      <translation>地址：{address}</translation>
    </message>
    <message>
      <source>Care: {care}</source>
      <translation>照护：{care}</translation>
    </message>
    <message>
      <source>Code {code}</source>
      <translation>取件码 {code}</translation>
    </message>
    <message>
      <source>Outcome (tick one):</source>
      <translation>送达结果（勾选一项）：</translation>
    </message>
    <message>
      <source>Phone: {phone}</source>
      <translation>电话：{phone}</translation>
    </message>
    <message>
      <source>shelf {shelf}</source>
      <translation>货架 {shelf}</translation>
    </message>
  </context>
  <context>
    <name>Thanks</name>
    <message>
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Delivery runs</source>
      <translation>送货批次</translation>
    </message>
    <message>
      <source>Doors reached</source>
      <translation>送到户数</translation>
    </message>
    <message>
      <source>Hours given</source>
      <translation>服务时长（小时）</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <source>Thank you, {name}!</source>
      <translation>{name}，谢谢您！</translation>
    </message>
    <message>
      <source>Your time brought parcels to neighbours who could not come. Thank you.</source>
      <translation>您的时间把包裹送到了来不了的乡亲家门口。谢谢您！</translation>
    </message>
    <message>
      <source>{station} · volunteer doorstep delivery · {month}</source>
      <translation>{station} · 志愿者送货上门 · {month}</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Doorstep delivery (slip {slip}): {outcome}</source>
      <translation>送货上门（送货单 {slip}）：{outcome}</translation>
    </message>
    <message>
      <source>{count} parcels put on delivery run {run} (slip {slip}, volunteer {volunteer})</source>
      <translation>{count} 件包裹排入送货批次 {run}（送货单 {slip}，志愿者 {volunteer}）</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>经过</translation>
    </message>
    <message>
      <source>1 parcel put on delivery run {run} (slip {slip}, volunteer {volunteer})</source>
      <translation>1 件包裹排入送货批次 {run}（送货单 {slip}，志愿者 {volunteer}）</translation>
    </message>
  </context>
  <context>
    <name>Volunteers</name>
    <message>
      <source>AM</source>
      <translation>上午</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>账号</translation>
    </message>
    <message>
      <source>Account (user name)</source>
      <translation>账号（用户名）</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>有空时段</translation>
    </message>
    <message>
      <source>Choose a volunteer in the hours list first.</source>
      <translation>请先在时长列表中选择一位志愿者。</translation>
    </message>
    <message>
      <source>Doors reached</source>
      <translation>送到户数</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>服务时长</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>PM</source>
      <translation>下午</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>批次</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <source>Thank-you PDF</source>
      <translation>感谢信 PDF</translation>
    </message>
    <message>
      <source>Thank-you summary written to {out}</source>
      <translation>感谢信已写入 {out}</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <source>Volunteer</source>
      <translation>志愿者</translation>
    </message>
    <message>
      <source>Volunteer {name} saved.</source>
      <translation>已保存志愿者 {name}。</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>Add time</source>
      <translation>登记时长</translation>
    </message>
    <message>
      <source>what for (optional)</source>
      <translation>事由（可不填）</translation>
    </message>
    <message>
      <source>{minutes} minutes entered for {volunteer}.</source>
      <translation>已为 {volunteer} 登记 {minutes} 分钟。</translation>
    </message>
    <message>
      <source>{day} {half}</source>
      <translation>{day}{half}</translation>
    </message>
    <message>
      <source>1 minute entered for {volunteer}.</source>
      <translation>已为 {volunteer} 登记 1 分钟。</translation>
    </message>
  </context>
</TS>
