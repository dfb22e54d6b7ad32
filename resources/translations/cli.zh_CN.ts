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
      <translation>把商家加入提醒名单</translation>
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
      <source>first admin account (its PIN or password with --pin)</source>
      <translation>第一个管理员账号（用 --pin 给出 PIN 或密码）</translation>
    </message>
    <message>
      <source>folder for the return bundles (default: DATA/returns)</source>
      <translation>回传数据包的文件夹（默认：DATA/returns）</translation>
    </message>
    <message>
      <source>for a delivery slip: what happened at the door</source>
      <translation>送货单：上门时的结果</translation>
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
      <source>make a town office data directory</source>
      <translation>建立镇办数据目录</translation>
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
      <translation>即使商家在提醒名单上也保存</translation>
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
      <translation>为某个村站写回传数据包</translation>
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
      <translation>换货包裹的运单号</translation>
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
      <source>with --practice: wipe the practice station first and start again from fresh demo data</source>
      <translation>与 --practice 一起用：先清空练习站，再用新的演示数据重新开始</translation>
    </message>
  </context>
</TS>
