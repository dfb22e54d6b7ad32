<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CliHelp</name>
    <message>
      <source>Village Station (村站): parcels, doorstep delivery, rights cases.</source>
      <translation>村站：快递代收、送货上门、消费维权。</translation>
    </message>
    <message>
      <source>YYYY-MM (default: this month)</source>
      <translation>年-月 YYYY-MM（默认：本月）</translation>
    </message>
    <message>
      <source>YYYY-MM-DD (default: today)</source>
      <translation>年-月-日 YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
      <source>a 7-day no-reason return</source>
      <translation>七天无理由退货</translation>
    </message>
    <message>
      <source>a run's stops and outcomes</source>
      <translation>一个送货批次的各户和送达结果</translation>
    </message>
    <message>
      <source>a station day's reconciliation (opening, entries, closing, counted)</source>
      <translation>一天的现金对账（期初、流水、期末、清点）</translation>
    </message>
    <message>
      <source>a sum no other record explains (cash handed to a courier …)</source>
      <translation>其他记录说明不了的款项（交给快递员的现金……）</translation>
    </message>
    <message>
      <source>abandon a run; its parcels go back on the shelf</source>
      <translation>取消送货批次，包裹回到货架</translation>
    </message>
    <message>
      <source>accept bundles from a station (its enrolment card)</source>
      <translation>接收某个村站的数据包（凭其登记卡）</translation>
    </message>
    <message>
      <source>act as this account (env STATION_USER)</source>
      <translation>以此账号操作（环境变量 STATION_USER）</translation>
    </message>
    <message>
      <source>active accounts</source>
      <translation>在用的账号</translation>
    </message>
    <message>
      <source>add a merchant to the watch list</source>
      <translation>把商家加入警示名单</translation>
    </message>
    <message>
      <source>add a notice for every station</source>
      <translation>给所有村站发一条通知</translation>
    </message>
    <message>
      <source>add a volunteer to the roster</source>
      <translation>把志愿者加入名册</translation>
    </message>
    <message>
      <source>add an account</source>
      <translation>添加账号</translation>
    </message>
    <message>
      <source>amount to pay on collection (到付 / 代收货款)</source>
      <translation>取件时应付的金额（到付 / 代收货款）</translation>
    </message>
    <message>
      <source>amounts on collection, newest first</source>
      <translation>到付款项，最新的在前</translation>
    </message>
    <message>
      <source>an item; price in yuan; EXCEPTION excludes it from no-reason returns (perishable …)</source>
      <translation>一件商品；价格单位为元；EXCEPTION 表示不适用无理由退货（生鲜……）</translation>
    </message>
    <message>
      <source>apply a return bundle from the office</source>
      <translation>导入镇办发回的数据包</translation>
    </message>
    <message>
      <source>assisted orders placed for residents (代下单)</source>
      <translation>为居民代下的订单（代下单）</translation>
    </message>
    <message>
      <source>cash entries, newest first</source>
      <translation>现金流水，最新的在前</translation>
    </message>
    <message>
      <source>check the hash chain; names the first bad row</source>
      <translation>校验哈希链，指出第一条有问题的记录</translation>
    </message>
    <message>
      <source>close a run (every slip scanned, or --all-delivered)</source>
      <translation>结束送货批次（送货单全部扫回，或用 --all-delivered）</translation>
    </message>
    <message>
      <source>confirm the refund came</source>
      <translation>确认退款已到账</translation>
    </message>
    <message>
      <source>confirmed non-returnable at purchase</source>
      <translation>购买时已确认不可退</translation>
    </message>
    <message>
      <source>copy the station database to a file (safe while the app runs)</source>
      <translation>把村站数据库备份到文件（程序运行时也可以）</translation>
    </message>
    <message>
      <source>correct a wrong entry by its opposite</source>
      <translation>用一笔相反的记录冲正错账</translation>
    </message>
    <message>
      <source>data directory (env STATION_DATA)</source>
      <translation>数据目录（环境变量 STATION_DATA）</translation>
    </message>
    <message>
      <source>delivery runs, newest first</source>
      <translation>送货批次，最新的在前</translation>
    </message>
    <message>
      <source>display name (defaults to the user name)</source>
      <translation>显示名称（默认与用户名相同）</translation>
    </message>
    <message>
      <source>do nothing when already on the roster</source>
      <translation>已在名册中时不做任何事</translation>
    </message>
    <message>
      <source>doorstep delivery runs and their QR slips</source>
      <translation>送货上门批次及其二维码送货单</translation>
    </message>
    <message>
      <source>enrolled stations, backlog, quarantine</source>
      <translation>已登记的村站、待处理数据、隔离区</translation>
    </message>
    <message>
      <source>enter time by hand</source>
      <translation>手工录入服务时长</translation>
    </message>
    <message>
      <source>expect a tracking number for a resident</source>
      <translation>为居民预登记一个快递单号</translation>
    </message>
    <message>
      <source>expected refund date YYYY-MM-DD (default: in 7 days)</source>
      <translation>预计退款日期 YYYY-MM-DD（默认：7 天后）</translation>
    </message>
    <message>
      <source>expected tracking number (becomes a pre-alert)</source>
      <translation>预期的快递单号（登记为预到件）</translation>
    </message>
    <message>
      <source>fill a realistic demo station (fast at 1,000,000 parcels)</source>
      <translation>生成一个逼真的演示村站（100 万个包裹也很快）</translation>
    </message>
    <message>
      <source>folder for the return bundles (default: DATA/returns)</source>
      <translation>回执包的文件夹（默认：DATA/returns）</translation>
    </message>
    <message>
      <source>for a parcel without an order: what was paid (yuan)</source>
      <translation>没有订单的包裹：实付金额（元）</translation>
    </message>
    <message>
      <source>for a pickup code: hand the parcels out to this person</source>
      <translation>取件码：把包裹交给此人</translation>
    </message>
    <message>
      <source>for a tracking number: the resident's name</source>
      <translation>快递单号：居民姓名</translation>
    </message>
    <message>
      <source>for a tracking number: the resident's phone or its tail</source>
      <translation>快递单号：居民电话或其尾号</translation>
    </message>
    <message>
      <source>full mobile number or its last 4 digits</source>
      <translation>完整手机号或后 4 位</translation>
    </message>
    <message>
      <source>full phone number or its last 4 digits</source>
      <translation>完整电话号码或后 4 位</translation>
    </message>
    <message>
      <source>half-days, e.g. mon_am,wed_pm,sat_am</source>
      <translation>可服务的半天，例如 mon_am,wed_pm,sat_am</translation>
    </message>
    <message>
      <source>hand every waiting parcel of a carrier to its courier</source>
      <translation>把某快递公司所有待取的包裹交给其快递员</translation>
    </message>
    <message>
      <source>hand out every waiting parcel of the code's resident</source>
      <translation>交出取件码所属居民的全部待取包裹</translation>
    </message>
    <message>
      <source>hand out only the parcel with this code</source>
      <translation>只交出这个取件码的包裹</translation>
    </message>
    <message>
      <source>hand parcels back to the courier (return to sender)</source>
      <translation>把包裹退还快递员（退回寄件方）</translation>
    </message>
    <message>
      <source>hours per volunteer for a month</source>
      <translation>某月每位志愿者的服务时长</translation>
    </message>
    <message>
      <source>import station bundles</source>
      <translation>导入村站数据包</translation>
    </message>
    <message>
      <source>its PIN (4-12 digits) or password (6+ characters)</source>
      <translation>其 PIN（4–12 位数字）或密码（至少 6 个字符）</translation>
    </message>
    <message>
      <source>its PIN or password (env STATION_PIN)</source>
      <translation>其 PIN 或密码（环境变量 STATION_PIN）</translation>
    </message>
    <message>
      <source>language of messages and help</source>
      <translation>提示和帮助使用的语言</translation>
    </message>
    <message>
      <source>last synced, changes waiting</source>
      <translation>上次同步时间、待发送的变更</translation>
    </message>
    <message>
      <source>make a run of the proposed parcels -&gt; run id</source>
      <translation>用建议送货的包裹建立送货批次，输出批次编号</translation>
    </message>
    <message>
      <source>make a station (keys included)</source>
      <translation>建立村站（包括密钥）</translation>
    </message>
    <message>
      <source>merchants this station warns about</source>
      <translation>本站提醒注意的商家</translation>
    </message>
    <message>
      <source>name of the courier taking them</source>
      <translation>取走包裹的快递员姓名</translation>
    </message>
    <message>
      <source>newest entries first</source>
      <translation>最新的记录在前</translation>
    </message>
    <message>
      <source>no-reason windows ending within two days</source>
      <translation>两天内到期的无理由退货期限</translation>
    </message>
    <message>
      <source>nobody ordered it: back to the courier</source>
      <translation>没有人订购：退回快递员</translation>
    </message>
    <message>
      <source>office code (default OFFICE-…)</source>
      <translation>镇办编码（默认 OFFICE-…）</translation>
    </message>
    <message>
      <source>one JSON document on stdout</source>
      <translation>在标准输出打印一个 JSON 文档</translation>
    </message>
    <message>
      <source>one order</source>
      <translation>一个订单</translation>
    </message>
    <message>
      <source>one return</source>
      <translation>一次退货</translation>
    </message>
    <message>
      <source>one station day YYYY-MM-DD</source>
      <translation>村站的某一天 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>only this village group (name or id)</source>
      <translation>只限这个村民小组（名称或编号）</translation>
    </message>
    <message>
      <source>only those not yet handed to the courier</source>
      <translation>只列出尚未交给快递员的</translation>
    </message>
    <message>
      <source>open the GUI (a demo station is made when none exists)</source>
      <translation>打开图形界面（没有村站时建立演示村站）</translation>
    </message>
    <message>
      <source>orders, newest first</source>
      <translation>订单，最新的在前</translation>
    </message>
    <message>
      <source>original: back to the payment; cash: staff hand it to the resident</source>
      <translation>original：原路退回；cash：工作人员把现金交给居民</translation>
    </message>
    <message>
      <source>outgoing parcels residents send (寄件)</source>
      <translation>居民寄出的包裹（寄件）</translation>
    </message>
    <message>
      <source>outgoing parcels, newest first</source>
      <translation>寄出的包裹，最新的在前</translation>
    </message>
    <message>
      <source>parcels at the counter</source>
      <translation>柜台包裹</translation>
    </message>
    <message>
      <source>parcels due to go back to the courier</source>
      <translation>应退回快递员的包裹</translation>
    </message>
    <message>
      <source>parcels proposed for doorstep delivery</source>
      <translation>建议送货上门的包裹</translation>
    </message>
    <message>
      <source>parcels with an amount to pay on collection (到付 / 代收货款)</source>
      <translation>取件时需付款的包裹（到付 / 代收货款）</translation>
    </message>
    <message>
      <source>parcels, newest first</source>
      <translation>包裹，最新的在前</translation>
    </message>
    <message>
      <source>photo of the damage (JPEG or PNG)</source>
      <translation>破损照片（JPEG 或 PNG）</translation>
    </message>
    <message>
      <source>pickup code like 3-2-1045 (or a phone tail or name with one match)</source>
      <translation>取件码，如 3-2-1045（或只对应一人的电话尾号、姓名）</translation>
    </message>
    <message>
      <source>pickup codes or tracking numbers</source>
      <translation>取件码或快递单号</translation>
    </message>
    <message>
      <source>place an order for a resident: prints the order's id</source>
      <translation>为居民下单，输出订单编号</translation>
    </message>
    <message>
      <source>postage paid in cash (yuan)</source>
      <translation>现金支付的邮费（元）</translation>
    </message>
    <message>
      <source>print the notice board of waiting parcels (A4 PDF)</source>
      <translation>打印待取包裹通知单（A4 PDF）</translation>
    </message>
    <message>
      <source>printable thank-you summary of a month</source>
      <translation>可打印的月度感谢总结</translation>
    </message>
    <message>
      <source>put a parcel into the problem queue</source>
      <translation>把包裹登记为问题件</translation>
    </message>
    <message>
      <source>receive bundles over HTTP</source>
      <translation>通过 HTTP 接收数据包</translation>
    </message>
    <message>
      <source>receiver's relation to the resident, e.g. 女儿</source>
      <translation>领取人与居民的关系，例如 女儿</translation>
    </message>
    <message>
      <source>record the cash counted in the drawer</source>
      <translation>记录钱箱里清点的现金</translation>
    </message>
    <message>
      <source>refunds past their expected date</source>
      <translation>超过预计日期仍未到账的退款</translation>
    </message>
    <message>
      <source>remove a station flag</source>
      <translation>撤销本站对商家的提醒</translation>
    </message>
    <message>
      <source>render a page of the GUI to PNG</source>
      <translation>把图形界面的一页渲染为 PNG</translation>
    </message>
    <message>
      <source>replace the station database by a backup file</source>
      <translation>用备份文件替换村站数据库</translation>
    </message>
    <message>
      <source>resident id</source>
      <translation>居民编号</translation>
    </message>
    <message>
      <source>resident id, phone, phone tail or name</source>
      <translation>居民编号、电话、电话尾号或姓名</translation>
    </message>
    <message>
      <source>resident's name (with a full phone: adds a new resident)</source>
      <translation>居民姓名（配合完整电话号码时新增居民）</translation>
    </message>
    <message>
      <source>resolve a problem parcel by giving it to a resident</source>
      <translation>把问题件改派给一位居民</translation>
    </message>
    <message>
      <source>restore a backup of a different station</source>
      <translation>恢复另一个村站的备份</translation>
    </message>
    <message>
      <source>returns for residents (代退换)</source>
      <translation>为居民代办的退货（代退换）</translation>
    </message>
    <message>
      <source>returns; or windows closing soon, or refunds overdue</source>
      <translation>退货；或即将到期的退货期限、逾期未到的退款</translation>
    </message>
    <message>
      <source>route a scanned text (tracking number, pickup code, slip)</source>
      <translation>处理扫码内容（快递单号、取件码、送货单）</translation>
    </message>
    <message>
      <source>run id or code (R0001)</source>
      <translation>送货批次编号或代码（R0001）</translation>
    </message>
    <message>
      <source>run the reminder rules once</source>
      <translation>执行一次提醒规则</translation>
    </message>
    <message>
      <source>save although the merchant is on the watch list</source>
      <translation>即使商家在警示名单上也保存</translation>
    </message>
    <message>
      <source>send the newest bundle to the office over the network</source>
      <translation>通过网络把最新的数据包发送给镇办</translation>
    </message>
    <message>
      <source>send this station's changes to the town office</source>
      <translation>把本站的变更发送给镇办</translation>
    </message>
    <message>
      <source>set a new PIN or password</source>
      <translation>设置新的 PIN 或密码</translation>
    </message>
    <message>
      <source>shelf labels for a small label printer (PDF)</source>
      <translation>小型标签打印机用的货架标签（PDF）</translation>
    </message>
    <message>
      <source>slips not scanned back count as delivered</source>
      <translation>未扫回的送货单都算已送达</translation>
    </message>
    <message>
      <source>sort by village group or code</source>
      <translation>按村民小组或取件码排序</translation>
    </message>
    <message>
      <source>staff saw the sender's ID card (实名收寄; no ID number is stored)</source>
      <translation>工作人员已查验寄件人身份证（实名收寄；不保存证件号码）</translation>
    </message>
    <message>
      <source>staff, volunteer, admin and office accounts</source>
      <translation>工作人员、志愿者、管理员和镇办账号</translation>
    </message>
    <message>
      <source>start a return: prints the return's id</source>
      <translation>发起退货，输出退货编号</translation>
    </message>
    <message>
      <source>stop an account from signing in</source>
      <translation>停用账号（不能再登录）</translation>
    </message>
    <message>
      <source>take in a parcel a resident sends</source>
      <translation>收寄居民要寄出的包裹</translation>
    </message>
    <message>
      <source>take in a parcel: prints its pickup code and shelf</source>
      <translation>包裹入库，输出取件码和货架</translation>
    </message>
    <message>
      <source>the box was opened and inspected (开箱验视)</source>
      <translation>已开箱验视（开箱验视）</translation>
    </message>
    <message>
      <source>the cash ledger and its daily reconciliation</source>
      <translation>现金账及每日对账</translation>
    </message>
    <message>
      <source>the courier's name</source>
      <translation>快递员姓名</translation>
    </message>
    <message>
      <source>the merchant shipped it (optionally with the tracking number)</source>
      <translation>商家已发货（可附快递单号）</translation>
    </message>
    <message>
      <source>the notices a resident was given</source>
      <translation>居民收到过的通知</translation>
    </message>
    <message>
      <source>the office's key file</source>
      <translation>镇办的密钥文件</translation>
    </message>
    <message>
      <source>the open problem queue</source>
      <translation>未处理的问题件</translation>
    </message>
    <message>
      <source>the receiver's relation to the resident</source>
      <translation>领取人与居民的关系</translation>
    </message>
    <message>
      <source>the resident agreed and paid (a cash entry)</source>
      <translation>居民同意并已付款（记一笔现金）</translation>
    </message>
    <message>
      <source>the resident or a registered delegate (their name)</source>
      <translation>居民本人或登记的代收人（姓名）</translation>
    </message>
    <message>
      <source>the resident's full phone number</source>
      <translation>居民的完整电话号码</translation>
    </message>
    <message>
      <source>the resident's receipt in large type (PDF)</source>
      <translation>大字版居民回执（PDF）</translation>
    </message>
    <message>
      <source>the return parcel goes to a courier</source>
      <translation>退货包裹交给快递员</translation>
    </message>
    <message>
      <source>the roster with availability</source>
      <translation>志愿者名册及可服务时间</translation>
    </message>
    <message>
      <source>the sender's full phone number</source>
      <translation>寄件人的完整电话号码</translation>
    </message>
    <message>
      <source>the tamper-evident audit log</source>
      <translation>防篡改的操作日志</translation>
    </message>
    <message>
      <source>the town office this station trusts</source>
      <translation>本站信任的镇办</translation>
    </message>
    <message>
      <source>the volunteer roster and hours ledger</source>
      <translation>志愿者名册和服务时长台账</translation>
    </message>
    <message>
      <source>their sign-in account (role volunteer)</source>
      <translation>其登录账号（志愿者角色）</translation>
    </message>
    <message>
      <source>this station's enrolment card</source>
      <translation>本站的登记卡</translation>
    </message>
    <message>
      <source>town office: enrol stations, import bundles, serve</source>
      <translation>镇办：登记村站、导入数据包、提供服务</translation>
    </message>
    <message>
      <source>trust the office whose key file this is</source>
      <translation>信任这个密钥文件所属的镇办</translation>
    </message>
    <message>
      <source>village group (name or id)</source>
      <translation>村民小组（名称或编号）</translation>
    </message>
    <message>
      <source>volunteer (name, account or id)</source>
      <translation>志愿者（姓名、账号或编号）</translation>
    </message>
    <message>
      <source>warn about a merchant at order time</source>
      <translation>下单时提醒注意某商家</translation>
    </message>
    <message>
      <source>what this data directory holds</source>
      <translation>这个数据目录里有什么</translation>
    </message>
    <message>
      <source>when it came (YYYY-MM-DD, default today)</source>
      <translation>到达日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
      <source>who takes them (default: the resident)</source>
      <translation>领取人（默认：居民本人）</translation>
    </message>
    <message>
      <source>with --outcome delegate: who took the parcels</source>
      <translation>配合 --outcome delegate：谁代收了包裹</translation>
    </message>
    <message>
      <source>with --outcome delivered_problem: what was found at the door</source>
      <translation>配合 --outcome delivered_problem：当面验货发现了什么问题</translation>
    </message>
    <message>
      <source>with --paid-by family: their phone</source>
      <translation>配合 --paid-by family：付款家人的电话</translation>
    </message>
    <message>
      <source>with --paid-by family: who paid</source>
      <translation>配合 --paid-by family：哪位家人付的款</translation>
    </message>
    <message>
      <source>write a bundle into a folder or USB drive</source>
      <translation>把数据包写入文件夹或 U 盘</translation>
    </message>
    <message>
      <source>write a return bundle for a station</source>
      <translation>为某个村站写回执包</translation>
    </message>
    <message>
      <source>write a run's slips PDF (starts the run's clock)</source>
      <translation>生成送货批次的送货单 PDF（开始计时）</translation>
    </message>
    <message>
      <source>write the enrolment card</source>
      <translation>写出登记卡</translation>
    </message>
    <message>
      <source>write the handover list (PDF) for the courier to sign</source>
      <translation>生成交接清单（PDF），供快递员签字</translation>
    </message>
    <message>
      <source>write the office key file for stations</source>
      <translation>为各村站写出镇办密钥文件</translation>
    </message>
    <message>
      <source>write the reconciliation sheet (PDF)</source>
      <translation>生成对账单（PDF）</translation>
    </message>
    <message>
      <source>yuan</source>
      <translation>元</translation>
    </message>
    <message>
      <source>yuan (0 allowed)</source>
      <translation>元（可以为 0）</translation>
    </message>
    <message>
      <source>cancel an order before its parcel arrived</source>
      <translation>在包裹到站前取消订单</translation>
    </message>
    <message>
      <source>close a received order</source>
      <translation>结束已收货的订单</translation>
    </message>
    <message>
      <source>11-digit mobile number</source>
      <translation>11 位手机号</translation>
    </message>
    <message>
      <source>a resident's delegates</source>
      <translation>居民的代收人</translation>
    </message>
    <message>
      <source>add a resident</source>
      <translation>添加居民</translation>
    </message>
    <message>
      <source>care notes, e.g. 耳背，请大声敲门</source>
      <translation>照护备注，例如 耳背，请大声敲门</translation>
    </message>
    <message>
      <source>change a resident's details (only the options given)</source>
      <translation>修改居民信息（只改给出的选项）</translation>
    </message>
    <message>
      <source>is told when parcels arrive</source>
      <translation>包裹到站时通知此人</translation>
    </message>
    <message>
      <source>may collect parcels (default)</source>
      <translation>可以代取包裹（默认）</translation>
    </message>
    <message>
      <source>may not collect parcels</source>
      <translation>不能代取包裹</translation>
    </message>
    <message>
      <source>name a delegate for a resident</source>
      <translation>为居民指定代收人</translation>
    </message>
    <message>
      <source>name, pinyin initials, phone or its last 4 digits</source>
      <translation>姓名、拼音首字母、电话或其后 4 位</translation>
    </message>
    <message>
      <source>one resident with household and delegates</source>
      <translation>一位居民及其家庭和代收人</translation>
    </message>
    <message>
      <source>only residents with a care need</source>
      <translation>只列出需要照护的居民</translation>
    </message>
    <message>
      <source>only this village group</source>
      <translation>只限这个村民小组</translation>
    </message>
    <message>
      <source>remove a delegate</source>
      <translation>移除代收人</translation>
    </message>
    <message>
      <source>resident ID or full phone number</source>
      <translation>居民编号或完整电话号码</translation>
    </message>
    <message>
      <source>residents by name (optionally filtered)</source>
      <translation>按姓名列出居民（可筛选）</translation>
    </message>
    <message>
      <source>residents, their households and delegates</source>
      <translation>居民、家庭和代收人</translation>
    </message>
    <message>
      <source>son, daughter, neighbour …</source>
      <translation>儿子、女儿、邻居……</translation>
    </message>
    <message>
      <source>the delegate's name</source>
      <translation>代收人姓名</translation>
    </message>
    <message>
      <source>the home's landmark, e.g. 老井东边第二个院门</source>
      <translation>家的位置标志，例如 老井东边第二个院门</translation>
    </message>
    <message>
      <source>village group name (empty: none)</source>
      <translation>村民小组名称（留空表示无）</translation>
    </message>
    <message>
      <source>who may collect a resident's parcels or is told</source>
      <translation>谁可以代取居民的包裹或接收通知</translation>
    </message>
    <message>
      <source>comma list of needs: elderly, mobility, vision, hearing, alone (edit: replaces them; empty: none)</source>
      <translation>照护需要，用逗号分隔：elderly 高龄、mobility 行动不便、vision 视力差、hearing 听力不好、alone 独居（edit 时整体替换；留空表示无）</translation>
    </message>
    <message>
      <source>YYYY-MM</source>
      <translation>月份，格式为 YYYY-MM</translation>
    </message>
    <message>
      <source>YYYY-MM: only cases opened that month</source>
      <translation>YYYY-MM：只统计当月受理的案件</translation>
    </message>
    <message>
      <source>a case: facts, timeline, evidence, clocks</source>
      <translation>一件案件：事实、经过、证据、期限</translation>
    </message>
    <message>
      <source>a year's public holidays and make-up workdays</source>
      <translation>一年的法定节假日和调休上班日</translation>
    </message>
    <message>
      <source>acceptance, on-time closure, satisfaction, money recovered</source>
      <translation>受理率、按期办结率、满意率、挽回金额</translation>
    </message>
    <message>
      <source>add files to the evidence vault</source>
      <translation>把文件存入证据库</translation>
    </message>
    <message>
      <source>also write a printable PDF with charts</source>
      <translation>另外生成带图表的可打印 PDF</translation>
    </message>
    <message>
      <source>amount claimed, yuan (128.50)</source>
      <translation>诉求金额，单位元（如 128.50）</translation>
    </message>
    <message>
      <source>an action on the timeline (filed_12315 and accepted start clocks)</source>
      <translation>记入经过的一项处理（filed_12315 和 accepted 会开始计算期限）</translation>
    </message>
    <message>
      <source>carry over a parcel's facts</source>
      <translation>带入一个包裹的信息</translation>
    </message>
    <message>
      <source>carry over an overdue refund's facts</source>
      <translation>带入一笔逾期退款的信息</translation>
    </message>
    <message>
      <source>cases by state, or the due-soon / overdue clocks</source>
      <translation>按状态列出案件，或列出即将到期 / 已逾期的期限</translation>
    </message>
    <message>
      <source>cases with evidence (propose)</source>
      <translation>有证据的案件数（提议时）</translation>
    </message>
    <message>
      <source>close a case with its outcome</source>
      <translation>以处理结果结案</translation>
    </message>
    <message>
      <source>day the complaint was received (default: today)</source>
      <translation>收到投诉的日期（默认今天）</translation>
    </message>
    <message>
      <source>hand the case to the town office (its files may then travel)</source>
      <translation>把案件上报镇办（证据文件随后可以一并发送）</translation>
    </message>
    <message>
      <source>import a working-day calendar (CSV: date,kind,name)</source>
      <translation>导入工作日历（CSV：date,kind,name）</translation>
    </message>
    <message>
      <source>import a year's table (JSON or CSV); open deadlines are recomputed</source>
      <translation>导入一年的日历表（JSON 或 CSV）；未结案件的期限会重新计算</translation>
    </message>
    <message>
      <source>make a town office data directory (or move one to --db)</source>
      <translation>建立镇办数据目录（或把已有的迁到 --db）</translation>
    </message>
    <message>
      <source>merge a duplicate into another case</source>
      <translation>把重复案件合并到另一件</translation>
    </message>
    <message>
      <source>money recovered, yuan</source>
      <translation>挽回金额，单位元</translation>
    </message>
    <message>
      <source>note due-soon and overdue deadlines and today's mediation sessions now</source>
      <translation>现在记下即将到期和已逾期的期限，以及今天的调解安排</translation>
    </message>
    <message>
      <source>open a case -&gt; its number</source>
      <translation>受理一件案件，返回案件编号</translation>
    </message>
    <message>
      <source>postgresql://user@host:port/database (default: SQLite in the data directory)</source>
      <translation>postgresql://用户@主机:端口/数据库（默认：数据目录里的 SQLite）</translation>
    </message>
    <message>
      <source>propose, accept, appeal or remove a merchant</source>
      <translation>提议、确认、申诉或移除一个商家</translation>
    </message>
    <message>
      <source>re-check every evidence file's SHA-256</source>
      <translation>重新核对每个证据文件的 SHA-256</translation>
    </message>
    <message>
      <source>recompute the figures from the records held</source>
      <translation>根据已收到的记录重新计算统计数字</translation>
    </message>
    <message>
      <source>rights cases: intake, timeline, legal clocks, evidence, dossier</source>
      <translation>维权案件：受理、经过、法定期限、证据、案卷</translation>
    </message>
    <message>
      <source>start a legal clock by hand (odr, report, custom …)</source>
      <translation>手动开始一个法定期限（odr、report、custom …）</translation>
    </message>
    <message>
      <source>the case file as a PDF for 12315 or an ODR enterprise</source>
      <translation>案卷 PDF，可交给 12315 或 ODR 企业</translation>
    </message>
    <message>
      <source>the complainant's mobile number</source>
      <translation>投诉人的手机号</translation>
    </message>
    <message>
      <source>the largest bundle a station may push (MB; 0 = default 256)</source>
      <translation>一个村站可推送的最大同步包（MB；0 表示默认 256）</translation>
    </message>
    <message>
      <source>the merchant (accept, appeal, remove)</source>
      <translation>商家（确认、申诉、移除时）</translation>
    </message>
    <message>
      <source>the office's name (a new office)</source>
      <translation>镇办名称（新建镇办时）</translation>
    </message>
    <message>
      <source>the triggering day (default: today)</source>
      <translation>起算日（默认今天）</translation>
    </message>
    <message>
      <source>the working-day calendar legal clocks count in</source>
      <translation>法定期限所用的工作日历</translation>
    </message>
    <message>
      <source>what happened</source>
      <translation>发生了什么</translation>
    </message>
    <message>
      <source>what the resident wants</source>
      <translation>居民的诉求</translation>
    </message>
    <message>
      <source>working days (custom only)</source>
      <translation>工作日天数（仅自定义期限）</translation>
    </message>
    <message>
      <source>write a table as CSV (UTF-8 with BOM, opens in Excel)</source>
      <translation>把一张表写成 CSV（带 BOM 的 UTF-8，Excel 可直接打开）</translation>
    </message>
    <message>
      <source>write the monthly report PDF</source>
      <translation>生成月报 PDF</translation>
    </message>
    <message>
      <source>pause every clock of a case</source>
      <translation>暂停一件案件的所有期限</translation>
    </message>
    <message>
      <source>resume the clocks (deadlines recomputed)</source>
      <translation>恢复计时（重新计算到期日）</translation>
    </message>
    <message>
      <source>complaint category: false_advertising, expired_counterfeit, after_sales, refund_overdue, fraud, other</source>
      <translation>投诉类别：false_advertising（虚假宣传）、expired_counterfeit（过期或假冒）、after_sales（售后拒绝）、refund_overdue（退款逾期）、fraud（诈骗）、other（其他）</translation>
    </message>
    <message>
      <source>an access token instead (env STATION_TOKEN)</source>
      <translation>改用访问令牌（环境变量 STATION_TOKEN）</translation>
    </message>
    <message>
      <source>at least 8 characters; needed again to import</source>
      <translation>至少 8 个字符；导入时还要用到</translation>
    </message>
    <message>
      <source>end a lock-out after wrong PINs (admins only)</source>
      <translation>解除因 PIN 输错造成的锁定（仅管理员）</translation>
    </message>
    <message>
      <source>make a token; it is printed once</source>
      <translation>生成一个令牌；令牌只显示这一次</translation>
    </message>
    <message>
      <source>named access tokens for unattended jobs (admins only)</source>
      <translation>无人值守任务用的具名访问令牌（仅管理员）</translation>
    </message>
    <message>
      <source>stop a token at once</source>
      <translation>立即停用一个令牌</translation>
    </message>
    <message>
      <source>take the private keys on this PC (starts a new sync generation)</source>
      <translation>在这台电脑上导入私钥（开始新的同步代次）</translation>
    </message>
    <message>
      <source>the first admin account (its PIN or password with --pin)</source>
      <translation>第一个管理员账号（用 --pin 给出 PIN 或密码）</translation>
    </message>
    <message>
      <source>the office's first admin account (its PIN with --pin); needed for a new office</source>
      <translation>镇办的第一个管理员账号（用 --pin 给出 PIN）；新建镇办时必填</translation>
    </message>
    <message>
      <source>the private keys (never in the database file): move them to a new PC</source>
      <translation>私钥（从不存放在数据库文件里）：搬到新电脑</translation>
    </message>
    <message>
      <source>tokens and their roles (never the tokens themselves)</source>
      <translation>令牌及其角色（从不显示令牌本身）</translation>
    </message>
    <message>
      <source>write the private keys, encrypted with a passphrase</source>
      <translation>导出私钥，用口令加密</translation>
    </message>
    <message>
      <source>open the practice station (demo data beside this one; never synced)</source>
      <translation>打开练习站（放在本站旁边的演示数据；从不同步）</translation>
    </message>
    <message>
      <source>print quick guides: one illustrated page per counter task</source>
      <translation>打印快速指南：每项柜台工作一页图解</translation>
    </message>
    <message>
      <source>screenshots in normal text (default: large)</source>
      <translation>截图用普通字号（默认：大字）</translation>
    </message>
    <message>
      <source>an exchange is done: the replacement arrived or was handed over</source>
      <translation>换货完成：换来的商品已到或已交给居民</translation>
    </message>
    <message>
      <source>an order; repeat it for one return over several orders of one resident and merchant</source>
      <translation>订单；同一居民、同一商家的多个订单可重复此项，合并为一次退货</translation>
    </message>
    <message>
      <source>return only this item (its number in `order show`, or its name); repeatable</source>
      <translation>只退这一件商品（`order show` 中的序号或商品名）；可重复</translation>
    </message>
    <message>
      <source>the day the merchant says it arrives (printed large on the receipt)</source>
      <translation>商家说的到货日期（大字印在回执上）</translation>
    </message>
    <message>
      <source>the new expected arrival</source>
      <translation>新的预计到达日期</translation>
    </message>
    <message>
      <source>the replacement parcel's tracking number</source>
      <translation>换货包裹的快递单号</translation>
    </message>
    <message>
      <source>who and where it goes, as on the waybill (name, place)</source>
      <translation>寄给谁、寄到哪里，与面单一致（姓名、地点）</translation>
    </message>
    <message>
      <source>an escalated case's evidence files, re-hashed</source>
      <translation>已上报案件的证据文件（重新校验哈希）</translation>
    </message>
    <message>
      <source>the case number</source>
      <translation>案件编号</translation>
    </message>
    <message>
      <source>the station's code (when two stations use the same number)</source>
      <translation>村站代码（两个村站编号相同时）</translation>
    </message>
    <message>
      <source>for a delivery slip: what happened at the door (delivered, delegate, not_home, refused, bad_address or delivered_problem)</source>
      <translation>送货单：上门时的结果（delivered 已送达、delegate 交给代收人、not_home 不在家、refused 拒收、bad_address 地址有误或 delivered_problem 已送达，当面验货发现问题）</translation>
    </message>
    <message>
      <source>CSV file to write</source>
      <translation>要写出的 CSV 文件</translation>
    </message>
    <message>
      <source>CSV file: date,kind,name a line; kind is holiday or workday</source>
      <translation>CSV 文件：每行 date,kind,name；kind 为 holiday（节假日）或 workday（调休上班日）</translation>
    </message>
    <message>
      <source>JSON, or CSV with date,kind,name a line (kind: holiday or workday)</source>
      <translation>JSON 文件，或每行 date,kind,name 的 CSV 文件（kind：holiday 节假日或 workday 调休上班日）</translation>
    </message>
    <message>
      <source>PDF file to write</source>
      <translation>要写出的 PDF 文件</translation>
    </message>
    <message>
      <source>PNG file to write</source>
      <translation>要写出的 PNG 文件</translation>
    </message>
    <message>
      <source>a backup file made by station backup</source>
      <translation>用 station backup 做的备份文件</translation>
    </message>
    <message>
      <source>a name for the token, e.g. office-cron</source>
      <translation>令牌的名称，例如 office-cron</translation>
    </message>
    <message>
      <source>a note (at most 200 characters)</source>
      <translation>备注（最多 200 个字符）</translation>
    </message>
    <message>
      <source>a note for the town office</source>
      <translation>给镇办的备注</translation>
    </message>
    <message>
      <source>a note on the timeline</source>
      <translation>记入办理经过的备注</translation>
    </message>
    <message>
      <source>a return bundle (.vsr) from the office</source>
      <translation>镇办发回的回执包（.vsr）</translation>
    </message>
    <message>
      <source>acceptance, mediation, business, odr, report or custom (with --days)</source>
      <translation>acceptance 受理审查、mediation 调解、business 经营者处理、odr 12315 在线纠纷解决、report 举报核查，或 custom 自定时限（配合 --days）</translation>
    </message>
    <message>
      <source>address to listen on (default 127.0.0.1: this PC only; 0.0.0.0: every network)</source>
      <translation>监听地址（默认 127.0.0.1：只限本机；0.0.0.0：所有网络）</translation>
    </message>
    <message>
      <source>admin, staff or volunteer at a station; office (town office staff) or office_admin (town office administrator)</source>
      <translation>村站用 admin（管理员）、staff（工作人员）或 volunteer（志愿者）；镇办用 office（镇办工作人员）或 office_admin（镇办管理员）</translation>
    </message>
    <message>
      <source>at most this many entries (1-10000, default 50)</source>
      <translation>最多列出多少条（1–10000，默认 50）</translation>
    </message>
    <message>
      <source>at most this many orders (1-10000, default 100)</source>
      <translation>最多列出多少个订单（1–10000，默认 100）</translation>
    </message>
    <message>
      <source>at most this many parcels (1-10000, default 50)</source>
      <translation>最多列出多少个包裹（1–10000，默认 50）</translation>
    </message>
    <message>
      <source>at most this many residents (default 100)</source>
      <translation>最多列出多少位居民（默认 100）</translation>
    </message>
    <message>
      <source>bundle files (.vsb) from stations</source>
      <translation>村站发来的数据包文件（.vsb）</translation>
    </message>
    <message>
      <source>case number, e.g. 2026-0001</source>
      <translation>案件编号，例如 2026-0001</translation>
    </message>
    <message>
      <source>changed_mind, quality, damaged, wrong_item, not_as_described, missing_parts or found_at_door</source>
      <translation>changed_mind 不想要了、quality 质量问题、damaged 到货破损、wrong_item 发错货、not_as_described 与描述不符、missing_parts 缺少配件或 found_at_door 当面验货发现问题</translation>
    </message>
    <message>
      <source>courier_settlement (cash handed to a courier), other_in (other cash received) or other_out (other cash paid out)</source>
      <translation>courier_settlement（交给快递员的现金）、other_in（其他现金收入）或 other_out（其他现金支出）</translation>
    </message>
    <message>
      <source>damaged (needs --photo), unknown_addressee, misaddressed, refused or cod_unexpected (cash on delivery nobody ordered)</source>
      <translation>damaged 破损（需要 --photo）、unknown_addressee 查无此人、misaddressed 地址错误、refused 拒收或 cod_unexpected 无人下单的到付包裹</translation>
    </message>
    <message>
      <source>file to write the backup to</source>
      <translation>备份要写入的文件</translation>
    </message>
    <message>
      <source>file to write the card to (JSON), for the town office</source>
      <translation>登记卡要写入的文件（JSON），交给镇办</translation>
    </message>
    <message>
      <source>file to write the encrypted keys to</source>
      <translation>加密后的私钥要写入的文件</translation>
    </message>
    <message>
      <source>file to write the office key to</source>
      <translation>镇办密钥要写入的文件</translation>
    </message>
    <message>
      <source>files to keep: photos, chats, receipts …</source>
      <translation>要存入的文件：照片、聊天记录、收据……</translation>
    </message>
    <message>
      <source>group the figures (default: totals only; with --out: by month)</source>
      <translation>统计数字的分组方式（默认只给总数；用 --out 时按月）</translation>
    </message>
    <message>
      <source>how consent was given: in person or by phone (needed)</source>
      <translation>居民如何同意：in_person 当面或 phone 电话（必填）</translation>
    </message>
    <message>
      <source>how many parcels (default 6000)</source>
      <translation>包裹数量（默认 6000）</translation>
    </message>
    <message>
      <source>how many residents (default 600)</source>
      <translation>居民人数（默认 600）</translation>
    </message>
    <message>
      <source>list the deadlines already passed instead</source>
      <translation>改为列出已逾期的期限</translation>
    </message>
    <message>
      <source>list the deadlines due soon instead</source>
      <translation>改为列出即将到期的期限</translation>
    </message>
    <message>
      <source>merchant_contacted, platform_complaint, filed_12315, accepted, mediation_session, legal_aid or note</source>
      <translation>merchant_contacted 已联系商家、platform_complaint 已向平台投诉、filed_12315 已向 12315 投诉、accepted 监管部门已受理、mediation_session 调解会、legal_aid 法律援助或 note 备注</translation>
    </message>
    <message>
      <source>money (with --amount), other, withdrawn or terminated (with --next-step)</source>
      <translation>money 已挽回款项（配合 --amount）、other 其他方式解决、withdrawn 已撤回，或 terminated 调解不成终止（配合 --next-step）</translation>
    </message>
    <message>
      <source>name of the courier taking it back</source>
      <translation>取回包裹的快递员姓名</translation>
    </message>
    <message>
      <source>note kept with the hand-back</source>
      <translation>随退回记录保存的备注</translation>
    </message>
    <message>
      <source>note kept with the resolution</source>
      <translation>随处理结果保存的备注</translation>
    </message>
    <message>
      <source>note kept with the return</source>
      <translation>随退货记录保存的备注</translation>
    </message>
    <message>
      <source>only actions starting with this, e.g. parcel or account.add</source>
      <translation>只列出以此开头的操作，例如 parcel 或 account.add</translation>
    </message>
    <message>
      <source>only cases in this state: open, closed or merged</source>
      <translation>只列出这种状态的案件：open 办理中、closed 已办结或 merged 已合并</translation>
    </message>
    <message>
      <source>only entries by this account (its user name)</source>
      <translation>只列出这个账号的记录（用户名）</translation>
    </message>
    <message>
      <source>only this carrier (as entered with send add)</source>
      <translation>只列出这家快递公司的（与 send add 时填写的一致）</translation>
    </message>
    <message>
      <source>only this state: held (nobody ordered it), expected (ordered through the station), paid or refused</source>
      <translation>只列出这种状态：held 已扣留（无人下单）、expected 预期中（通过本站下单）、paid 已付款或 refused 已拒收</translation>
    </message>
    <message>
      <source>only this status: placed, shipped, arrived, collected, delivered, done, cancelled</source>
      <translation>只列出这种状态：placed 已下单、shipped 已发货、arrived 已到站、collected 已取件、delivered 已送达、done 已完结、cancelled 已取消</translation>
    </message>
    <message>
      <source>only this status: waiting, out_for_delivery, picked_up, delivered, problem, returned</source>
      <translation>只列出这种状态：waiting 待取、out_for_delivery 送货中、picked_up 已取件、delivered 已送达、problem 问题件、returned 已退回</translation>
    </message>
    <message>
      <source>or a collected parcel without an order: its tracking number or pickup code</source>
      <translation>或没有订单的已取包裹：其快递单号或取件码</translation>
    </message>
    <message>
      <source>overdue (not collected in time), problem or refused (default: problem for a problem parcel, else overdue)</source>
      <translation>overdue 超期未取、problem 问题件或 refused 收件人拒收（默认：问题件为 problem，其他为 overdue）</translation>
    </message>
    <message>
      <source>photo, screenshot, chat, receipt, recording or other (default: from the file type)</source>
      <translation>photo 照片、screenshot 截图、chat 聊天记录、receipt 收据、recording 录音或 other 其他（默认按文件类型判断）</translation>
    </message>
    <message>
      <source>port to listen on (default 8750)</source>
      <translation>监听端口（默认 8750）</translation>
    </message>
    <message>
      <source>propose (merchants reaching --threshold), accept, appeal or remove (with --name)</source>
      <translation>propose 提议（达到 --threshold 的商家）、accept 确认、appeal 申诉或 remove 移除（配合 --name）</translation>
    </message>
    <message>
      <source>random seed: the same seed makes the same data (default 1)</source>
      <translation>随机种子：种子相同，生成的数据也相同（默认 1）</translation>
    </message>
    <message>
      <source>refund (default), exchange or refund_without_return</source>
      <translation>refund 退款（默认）、exchange 换货或 refund_without_return 仅退款</translation>
    </message>
    <message>
      <source>render in high contrast</source>
      <translation>以高对比度渲染</translation>
    </message>
    <message>
      <source>render in large text</source>
      <translation>以大字模式渲染</translation>
    </message>
    <message>
      <source>resident_cash (cash at the station), family (a relative paid) or own_account (the resident's own account)</source>
      <translation>resident_cash（在村站付现金）、family（家人付款）或 own_account（居民自己的账户）</translation>
    </message>
    <message>
      <source>shown at intake when the parcel arrives</source>
      <translation>包裹到站入库时显示</translation>
    </message>
    <message>
      <source>sign-in name: letters, digits, _ . - or Chinese (at most 32)</source>
      <translation>登录用户名：字母、数字、_ . - 或汉字（最多 32 个）</translation>
    </message>
    <message>
      <source>slips per A4 page: 4 or 2 (default 4)</source>
      <translation>每张 A4 纸印几张送货单：4 或 2（默认 4）</translation>
    </message>
    <message>
      <source>station code: 2-20 capital letters, digits or dashes, e.g. CN-XJ-001</source>
      <translation>村站代码：2–20 个大写字母、数字或短横线，例如 CN-XJ-001</translation>
    </message>
    <message>
      <source>stations, daily, cases, merchants, health, watch or quarantine</source>
      <translation>stations 各村站、daily 逐日、cases 案件、merchants 商家、health 站点状况、watch 警示名单或 quarantine 隔离区</translation>
    </message>
    <message>
      <source>the account's user name</source>
      <translation>账号的用户名</translation>
    </message>
    <message>
      <source>the carrier taking the return parcel, e.g. 中通</source>
      <translation>收走退货包裹的快递公司，例如 中通</translation>
    </message>
    <message>
      <source>the carrier, as entered with send add</source>
      <translation>快递公司，与 send add 时填写的一致</translation>
    </message>
    <message>
      <source>the carrier, e.g. 中通 (the handover uses the same name)</source>
      <translation>快递公司，例如 中通（交接时用同一名称）</translation>
    </message>
    <message>
      <source>the delegate's phone number</source>
      <translation>代收人的电话号码</translation>
    </message>
    <message>
      <source>the entry's id (shown by cash list)</source>
      <translation>记录编号（cash list 中可见）</translation>
    </message>
    <message>
      <source>the folder (or USB drive) to write the bundle into</source>
      <translation>数据包要写入的文件夹（或 U 盘）</translation>
    </message>
    <message>
      <source>the folder to write the return bundle into</source>
      <translation>回执包要写入的文件夹</translation>
    </message>
    <message>
      <source>the key file made by station keys export</source>
      <translation>用 station keys export 导出的密钥文件</translation>
    </message>
    <message>
      <source>the limit in MB, 0-4096 (0: the default, 256)</source>
      <translation>上限，单位 MB，0–4096（0 表示默认值 256）</translation>
    </message>
    <message>
      <source>the merchant complained about</source>
      <translation>被投诉的商家</translation>
    </message>
    <message>
      <source>the merchant's name</source>
      <translation>商家名称</translation>
    </message>
    <message>
      <source>the merchant's name, as on the platform (at most 60 characters)</source>
      <translation>商家名称，与平台上一致（最多 60 个字符）</translation>
    </message>
    <message>
      <source>the merchant's phone, if known</source>
      <translation>商家电话（如果知道）</translation>
    </message>
    <message>
      <source>the new PIN (4-12 digits) or password (6+ characters)</source>
      <translation>新的 PIN（4–12 位数字）或密码（至少 6 个字符）</translation>
    </message>
    <message>
      <source>the notice's text</source>
      <translation>通知正文</translation>
    </message>
    <message>
      <source>the notice's title</source>
      <translation>通知标题</translation>
    </message>
    <message>
      <source>the number of the case it joins</source>
      <translation>要并入的案件编号</translation>
    </message>
    <message>
      <source>the office key file (made by station office key export)</source>
      <translation>镇办密钥文件（用 station office key export 导出）</translation>
    </message>
    <message>
      <source>the office's address, e.g. http://192.168.1.10:8750 (default: from settings)</source>
      <translation>镇办地址，例如 http://192.168.1.10:8750（默认：取自设置）</translation>
    </message>
    <message>
      <source>the order's id (printed by order add and order list)</source>
      <translation>订单编号（order add 和 order list 会输出）</translation>
    </message>
    <message>
      <source>the page's key, e.g. counter, parcels, residents; login: the sign-in dialog</source>
      <translation>页面代码，例如 counter、parcels、residents；login 为登录对话框</translation>
    </message>
    <message>
      <source>the parcel's tracking number</source>
      <translation>包裹的快递单号</translation>
    </message>
    <message>
      <source>the passphrase given at export</source>
      <translation>导出时设定的口令</translation>
    </message>
    <message>
      <source>the platform it was bought on, e.g. 拼多多</source>
      <translation>购买的平台，例如 拼多多</translation>
    </message>
    <message>
      <source>the resident's name</source>
      <translation>居民姓名</translation>
    </message>
    <message>
      <source>the resident's name (with --phone: narrows the match)</source>
      <translation>居民姓名（配合 --phone 时缩小匹配范围）</translation>
    </message>
    <message>
      <source>the resident's phone (a tail must match one resident)</source>
      <translation>居民电话（尾号必须只对应一位居民）</translation>
    </message>
    <message>
      <source>the resident's satisfaction, 1 (low) to 5 (high)</source>
      <translation>居民满意度，1（低）到 5（高）</translation>
    </message>
    <message>
      <source>the return parcel's tracking number (needed)</source>
      <translation>退货包裹的快递单号（必填）</translation>
    </message>
    <message>
      <source>the return's id (printed by return start and return list)</source>
      <translation>退货编号（return start 和 return list 会输出）</translation>
    </message>
    <message>
      <source>the role the token acts with (as for accounts), e.g. staff</source>
      <translation>令牌使用的角色（与账号相同），例如 staff</translation>
    </message>
    <message>
      <source>the shop on the platform (checked against the watch list)</source>
      <translation>平台上的店铺（会对照警示名单检查）</translation>
    </message>
    <message>
      <source>the station day YYYY-MM-DD</source>
      <translation>村站的某一天 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>the station's code, e.g. CN-XJ-001</source>
      <translation>村站代码，例如 CN-XJ-001</translation>
    </message>
    <message>
      <source>the station's enrolment card (made by station identity export)</source>
      <translation>村站的登记卡（用 station identity export 导出）</translation>
    </message>
    <message>
      <source>the station's name, e.g. 新街村站 (at most 60 characters)</source>
      <translation>村站名称，例如 新街村站（最多 60 个字符）</translation>
    </message>
    <message>
      <source>the token's name</source>
      <translation>令牌名称</translation>
    </message>
    <message>
      <source>the tracking number on the waybill</source>
      <translation>面单上的快递单号</translation>
    </message>
    <message>
      <source>the tracking number on the waybill (needed)</source>
      <translation>面单上的快递单号（必填）</translation>
    </message>
    <message>
      <source>the tracking number the merchant gave (becomes a pre-alert)</source>
      <translation>商家给的快递单号（登记为预到件）</translation>
    </message>
    <message>
      <source>the tracking number to expect</source>
      <translation>要预登记的快递单号</translation>
    </message>
    <message>
      <source>the volunteer (name, account or id)</source>
      <translation>志愿者（姓名、账号或编号）</translation>
    </message>
    <message>
      <source>the volunteer's name</source>
      <translation>志愿者姓名</translation>
    </message>
    <message>
      <source>the year, e.g. 2027</source>
      <translation>年份，例如 2027</translation>
    </message>
    <message>
      <source>their mobile number</source>
      <translation>其手机号</translation>
    </message>
    <message>
      <source>time given, in minutes (1-1440)</source>
      <translation>服务时长，单位分钟（1–1440）</translation>
    </message>
    <message>
      <source>tracking number (a parcel not taken in yet is taken in now)</source>
      <translation>快递单号（尚未入库的包裹会同时入库）</translation>
    </message>
    <message>
      <source>tracking number of the problem parcel</source>
      <translation>问题件的快递单号</translation>
    </message>
    <message>
      <source>tracking numbers (all of them go back, or none)</source>
      <translation>快递单号（要么全部退回，要么都不退）</translation>
    </message>
    <message>
      <source>what is wrong (at most 500 characters)</source>
      <translation>出了什么问题（最多 500 个字符）</translation>
    </message>
    <message>
      <source>what the cash was for</source>
      <translation>这笔现金的用途</translation>
    </message>
    <message>
      <source>what the time was for, e.g. an errand</source>
      <translation>服务内容，例如 代办跑腿</translation>
    </message>
    <message>
      <source>what was done or said</source>
      <translation>做了什么或说了什么</translation>
    </message>
    <message>
      <source>what was scanned or typed: a tracking number, a pickup code or a slip's QR text (VS1.…)</source>
      <translation>扫描或输入的内容：快递单号、取件码或送货单二维码文本（VS1.…）</translation>
    </message>
    <message>
      <source>where it was bought, e.g. 拼多多</source>
      <translation>购买的平台，例如 拼多多</translation>
    </message>
    <message>
      <source>why (needed to appeal or remove; kept with the decision)</source>
      <translation>理由（申诉或移除时必填；随决定保存）</translation>
    </message>
    <message>
      <source>why it is corrected</source>
      <translation>冲正的原因</translation>
    </message>
    <message>
      <source>why staff are warned (at most 200 characters)</source>
      <translation>提醒工作人员的原因（最多 200 个字符）</translation>
    </message>
    <message>
      <source>why stations are warned</source>
      <translation>提醒各村站的原因</translation>
    </message>
    <message>
      <source>window size WIDTHxHEIGHT in pixels (default 1366x768)</source>
      <translation>窗口大小 宽x高，单位像素（默认 1366x768）</translation>
    </message>
    <message>
      <source>with --outcome terminated: where the resident goes next</source>
      <translation>配合 --outcome terminated：居民的下一步（12315 向 12315 投诉、litigation 提起诉讼、legal_aid 法律援助）</translation>
    </message>
    <message>
      <source>the flag's id (shown by merchant list)</source>
      <translation>本站标记的编号（merchant list 中可见）</translation>
    </message>
    <message>
      <source>the town's watch list and this station's flags (with their ids)</source>
      <translation>镇警示名单和本站标记的商家（带编号）</translation>
    </message>
    <message>
      <source>with --practice: wipe the practice station first and start again from fresh demo data</source>
      <translation>与 --practice 一起用：先清空练习站，再用新的演示数据重新开始</translation>
    </message>
  </context>
</TS>
