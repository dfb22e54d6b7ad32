<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Cash</name>
    <message>
      <source>Cash handed to a courier</source>
      <translation>交给快递员的现金</translation>
    </message>
    <message>
      <source>Cash on delivery paid by the resident</source>
      <translation>居民支付的到付款</translation>
    </message>
    <message>
      <source>Correction (reverses an entry)</source>
      <translation>冲正（抵消一笔记录）</translation>
    </message>
    <message>
      <source>Other cash paid out</source>
      <translation>其他现金支出</translation>
    </message>
    <message>
      <source>Other cash received</source>
      <translation>其他现金收入</translation>
    </message>
    <message>
      <source>Postage for an outgoing parcel</source>
      <translation>寄件运费</translation>
    </message>
    <message>
      <source>Refund handed back to the resident</source>
      <translation>退还居民的退款</translation>
    </message>
    <message>
      <source>Resident's cash for an order</source>
      <translation>居民代下单现金</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source> (reversed)</source>
      <translation>（已冲正）</translation>
    </message>
    <message>
      <source> ID NOT seen</source>
      <translation> 未核验身份证</translation>
    </message>
    <message>
      <source> ID seen</source>
      <translation> 已核验身份证</translation>
    </message>
    <message>
      <source> NOT inspected</source>
      <translation> 未验视</translation>
    </message>
    <message>
      <source> inspected</source>
      <translation> 已验视</translation>
    </message>
    <message>
      <source>Counted ¥{amount} for {day}.</source>
      <translation>{day} 清点现金 ¥{amount}。</translation>
    </message>
    <message>
      <source>Flag removed from {name}.</source>
      <translation>已取消对 {name} 的标记。</translation>
    </message>
    <message>
      <source>Handover list written to {path}</source>
      <translation>交接单已写入 {path}</translation>
    </message>
    <message>
      <source>Order {id} placed for {name}: ¥{amount}.</source>
      <translation>已为 {name} 代下单 {id}：¥{amount}。</translation>
    </message>
    <message>
      <source>Receipt written to {path}</source>
      <translation>回执已写入 {path}</translation>
    </message>
    <message>
      <source>Refund of ¥{amount} confirmed for return {id}.</source>
      <translation>退货 {id} 已确认退款 ¥{amount}。</translation>
    </message>
    <message>
      <source>Return {id} started; window ends {day}.</source>
      <translation>已发起退货 {id}；无理由退货期截止 {day}。</translation>
    </message>
    <message>
      <source>Watch list warning recorded: {warning}</source>
      <translation>已记录警示名单提醒：{warning}</translation>
    </message>
    <message>
      <source>consent by {who} ({how})</source>
      <translation>同意人 {who}（{how}）</translation>
    </message>
    <message>
      <source>expected parcel</source>
      <translation>预期包裹</translation>
    </message>
    <message>
      <source>handed over</source>
      <translation>已交接</translation>
    </message>
    <message>
      <source>refund due</source>
      <translation>应退款日</translation>
    </message>
    <message>
      <source>waiting for the courier</source>
      <translation>等待快递员</translation>
    </message>
    <message>
      <source>window ends</source>
      <translation>退货期截止</translation>
    </message>
    <message>
      <source>{count} parcels handed to {carrier}.</source>
      <translation>{count} 件包裹已交给{carrier}。</translation>
    </message>
    <message>
      <source>{name} flagged: {reason}</source>
      <translation>已标记 {name}：{reason}</translation>
    </message>
    <message>
      <source>expected arrival</source>
      <translation>预计到达</translation>
    </message>
    <message>
      <source>not shipped yet</source>
      <translation>待商家发货</translation>
    </message>
    <message>
      <source>{count} orders</source>
      <translation>{count} 个订单</translation>
    </message>
    <message>
      <source>No merchant is on a watch list.</source>
      <translation>警示名单上没有商家。</translation>
    </message>
    <message>
      <source>1 parcel handed to {carrier}.</source>
      <translation>1 件包裹已交给{carrier}。</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>A refund of {amount} yuan is more than the {paid} yuan paid.</source>
      <translation>退款 {amount} 元超过了实付的 {paid} 元。</translation>
    </message>
    <message>
      <source>A return parcel needs its tracking number.</source>
      <translation>退货包裹需要快递单号。</translation>
    </message>
    <message>
      <source>A return was already started for these goods.</source>
      <translation>这些货物已经发起过退货。</translation>
    </message>
    <message>
      <source>An amount must be more than zero.</source>
      <translation>金额必须大于零。</translation>
    </message>
    <message>
      <source>An item is NAME:QUANTITY:PRICE (like 大米:2:45.50), not {item}.</source>
      <translation>商品格式为 名称:数量:单价（如 大米:2:45.50），不是 {item}。</translation>
    </message>
    <message>
      <source>An order needs at least one item.</source>
      <translation>订单至少要有一件商品。</translation>
    </message>
    <message>
      <source>An outgoing parcel needs its tracking number.</source>
      <translation>寄件需要快递单号。</translation>
    </message>
    <message>
      <source>Changing one's mind is a no-reason return: mark it as one.</source>
      <translation>不想要了属于七日无理由退货，请标明无理由退货。</translation>
    </message>
    <message>
      <source>Counted cash must be zero or more.</source>
      <translation>清点的现金不能小于零。</translation>
    </message>
    <message>
      <source>Each item needs a name (at most 80 characters).</source>
      <translation>每件商品都需要名称（最多 80 个字）。</translation>
    </message>
    <message>
      <source>Enter {kind} through its own record; here only: {kinds}.</source>
      <translation>{kind} 请通过对应的业务记录登记；这里只能登记：{kinds}。</translation>
    </message>
    <message>
      <source>Entry {entry} is itself a correction; enter a new entry instead.</source>
      <translation>记录 {entry} 本身是冲正记录；请另记一笔。</translation>
    </message>
    <message>
      <source>Entry {entry} was already reversed.</source>
      <translation>记录 {entry} 已经冲正过。</translation>
    </message>
    <message>
      <source>Family paying remotely: give the payer's name and phone.</source>
      <translation>家人远程付款：请填写付款人姓名和电话。</translation>
    </message>
    <message>
      <source>Give the carrier (at most 30 characters).</source>
      <translation>请填写快递公司（最多 30 个字）。</translation>
    </message>
    <message>
      <source>Give the merchant's name (at most 60 characters).</source>
      <translation>请填写商家名称（最多 60 个字）。</translation>
    </message>
    <message>
      <source>Give the resident's phone number.</source>
      <translation>请填写居民的手机号。</translation>
    </message>
    <message>
      <source>Give the {what} (at most {most} characters).</source>
      <translation>请填写{what}（最多 {most} 个字）。</translation>
    </message>
    <message>
      <source>No cash entry {entry}.</source>
      <translation>没有现金记录 {entry}。</translation>
    </message>
    <message>
      <source>No handover {id}.</source>
      <translation>没有交接记录 {id}。</translation>
    </message>
    <message>
      <source>No no-reason return for these goods ({reasons}); a quality complaint is still possible.</source>
      <translation>这些商品不适用七日无理由退货（{reasons}）；仍可按质量问题投诉退货。</translation>
    </message>
    <message>
      <source>No order {order}.</source>
      <translation>没有订单 {order}。</translation>
    </message>
    <message>
      <source>No outgoing parcels are waiting for {carrier}.</source>
      <translation>没有等待{carrier}揽收的寄件。</translation>
    </message>
    <message>
      <source>No resident has phone {phone}.</source>
      <translation>没有手机号为 {phone} 的居民。</translation>
    </message>
    <message>
      <source>No return {id}.</source>
      <translation>没有退货记录 {id}。</translation>
    </message>
    <message>
      <source>No such merchant flag.</source>
      <translation>没有这个商家标记。</translation>
    </message>
    <message>
      <source>Order {order} already expects {tracking}.</source>
      <translation>订单 {order} 已经在等运单 {tracking}。</translation>
    </message>
    <message>
      <source>Order {order} is {status}; once the parcel is here, start a return instead.</source>
      <translation>订单 {order} 状态为{status}；包裹已到站，请改为发起退货。</translation>
    </message>
    <message>
      <source>Order {order} is {status}; only a placed order can be marked shipped.</source>
      <translation>订单 {order} 状态为{status}；只有已下单的订单才能标为已发货。</translation>
    </message>
    <message>
      <source>Order {order} is {status}; only a received order can be closed.</source>
      <translation>订单 {order} 状态为{status}；只有已收货的订单才能完结。</translation>
    </message>
    <message>
      <source>Parcel {tracking} has no unpaid amount on collection.</source>
      <translation>包裹 {tracking} 没有待付的到付款。</translation>
    </message>
    <message>
      <source>Parcel {tracking} is no longer at the counter.</source>
      <translation>包裹 {tracking} 已不在柜台。</translation>
    </message>
    <message>
      <source>Parcel {tracking} was never collected; nothing to return yet.</source>
      <translation>包裹 {tracking} 还没有取件，暂时不能退货。</translation>
    </message>
    <message>
      <source>Record who gave consent before saving (the resident or a registered delegate).</source>
      <translation>保存前请记录是谁同意的（居民本人或登记的代理人）。</translation>
    </message>
    <message>
      <source>Return {id} is an exchange; there is no refund to confirm.</source>
      <translation>退货 {id} 是换货，没有退款需要确认。</translation>
    </message>
    <message>
      <source>Return {id} is {status}; its parcel cannot be handed off now.</source>
      <translation>退货 {id} 状态为{status}；现在不能交寄退货包裹。</translation>
    </message>
    <message>
      <source>Return {id} was already refunded ({amount} yuan).</source>
      <translation>退货 {id} 已经退过款（{amount} 元）。</translation>
    </message>
    <message>
      <source>Say how consent was given: in person or by phone.</source>
      <translation>请说明同意方式：当面或电话。</translation>
    </message>
    <message>
      <source>Say how the refund came: original (to the payment) or cash.</source>
      <translation>请说明退款方式：原路退回或现金。</translation>
    </message>
    <message>
      <source>Say what this cash was for (a note).</source>
      <translation>请写明这笔现金的用途（备注）。</translation>
    </message>
    <message>
      <source>Say who paid: {choices}.</source>
      <translation>请说明谁付的款：{choices}。</translation>
    </message>
    <message>
      <source>Say why the entry is reversed (a note).</source>
      <translation>请写明冲正原因（备注）。</translation>
    </message>
    <message>
      <source>Say why the merchant is flagged (at most 200 characters).</source>
      <translation>请写明标记该商家的原因（最多 200 个字）。</translation>
    </message>
    <message>
      <source>Start a return from an order or from a parcel (one of them).</source>
      <translation>请从订单或包裹发起退货（二选一）。</translation>
    </message>
    <message>
      <source>The 7-day no-reason window ended on {day} (received {received}); a quality complaint is still possible.</source>
      <translation>七日无理由退货期已于 {day} 结束（{received} 收货）；仍可按质量问题投诉退货。</translation>
    </message>
    <message>
      <source>The expected refund date {day} is already past.</source>
      <translation>预计退款日 {day} 已经过了。</translation>
    </message>
    <message>
      <source>The goods of order {order} were never collected; nothing to return yet.</source>
      <translation>订单 {order} 的货物还没有取件，暂时不能退货。</translation>
    </message>
    <message>
      <source>The quantity of {item} must be a whole number from 1 to {most}.</source>
      <translation>{item} 的数量必须是 1 到 {most} 的整数。</translation>
    </message>
    <message>
      <source>The refund cannot be dated before the return started.</source>
      <translation>退款日期不能早于发起退货的日期。</translation>
    </message>
    <message>
      <source>The refund of return {id} is not overdue.</source>
      <translation>退货 {id} 的退款还没有逾期。</translation>
    </message>
    <message>
      <source>Unknown exception {code}; use one of: {codes}.</source>
      <translation>未知的例外类别 {code}；可用：{codes}。</translation>
    </message>
    <message>
      <source>Unknown kind of cash entry {kind}.</source>
      <translation>未知的现金记录类别 {kind}。</translation>
    </message>
    <message>
      <source>Unknown order state {status}.</source>
      <translation>未知的订单状态 {status}。</translation>
    </message>
    <message>
      <source>Unknown outcome {outcome}; use refund, exchange or refund_without_return.</source>
      <translation>未知的处理方式 {outcome}；可用 refund、exchange 或 refund_without_return。</translation>
    </message>
    <message>
      <source>Unknown return reason {reason}; use one of: {reasons}.</source>
      <translation>未知的退货原因 {reason}；可用：{reasons}。</translation>
    </message>
    <message>
      <source>{amount} yuan is more than the station handles (at most {most} yuan).</source>
      <translation>{amount} 元超出本站可处理的金额（最多 {most} 元）。</translation>
    </message>
    <message>
      <source>{day} is in the future.</source>
      <translation>{day} 是将来的日期。</translation>
    </message>
    <message>
      <source>{day} is not a date like 2026-03-01.</source>
      <translation>{day} 不是 2026-03-01 这样的日期。</translation>
    </message>
    <message>
      <source>{merchant} is on the watch list: {warning}. Check with the resident, then confirm to save anyway.</source>
      <translation>{merchant} 在警示名单上：{warning}。请先与居民核实，确认后才能保存。</translation>
    </message>
    <message>
      <source>{name} is neither {resident} nor a registered delegate; consent must come from one of them.</source>
      <translation>{name} 既不是{resident}本人，也不是登记的代理人；必须由其中一位同意。</translation>
    </message>
    <message>
      <source>{tracking} was already sent from this station.</source>
      <translation>{tracking} 已经从本站寄出。</translation>
    </message>
    <message>
      <source>{value} is not an amount in yuan (like 12.50, at most two decimals).</source>
      <translation>{value} 不是以元为单位的金额（如 12.50，最多两位小数）。</translation>
    </message>
    <message>
      <source>Nothing in orders, returns or outgoing parcels has {ref}.</source>
      <translation>订单、退货和寄件里都没有 {ref}。</translation>
    </message>
    <message>
      <source>Scan or type a tracking number.</source>
      <translation>请扫描或输入快递单号。</translation>
    </message>
    <message>
      <source>An item to return is ORDER:ITEM[:QUANTITY] (like 01J…:1:2), not {item}.</source>
      <translation>退货商品的写法是 订单:商品[:数量]（如 01J…:1:2），不是 {item}。</translation>
    </message>
    <message>
      <source>Each item may be named once.</source>
      <translation>每件商品只能写一次。</translation>
    </message>
    <message>
      <source>Exchange {id} was already completed.</source>
      <translation>换货 {id} 已经完成。</translation>
    </message>
    <message>
      <source>Item {item} names order {order}, which is not one of this return's orders.</source>
      <translation>商品 {item} 属于订单 {order}，但该订单不在这次退货中。</translation>
    </message>
    <message>
      <source>One return covers one resident's orders only.</source>
      <translation>一次退货只能包含同一位居民的订单。</translation>
    </message>
    <message>
      <source>One return covers orders from one merchant only ({merchants}).</source>
      <translation>一次退货只能包含同一商家的订单（{merchants}）。</translation>
    </message>
    <message>
      <source>Order {order} has no item {item}.</source>
      <translation>订单 {order} 中没有商品 {item}。</translation>
    </message>
    <message>
      <source>Return {id} is not an exchange; confirm its refund instead.</source>
      <translation>退货 {id} 不是换货，请改为确认退款。</translation>
    </message>
    <message>
      <source>The expected arrival {day} must be from today to {most} days ahead.</source>
      <translation>预计到达日期 {day} 必须在今天到 {most} 天之内。</translation>
    </message>
    <message>
      <source>The recipient is at most {most} characters (name and place).</source>
      <translation>收件人最多 {most} 个字（姓名和地点）。</translation>
    </message>
  </context>
  <context>
    <name>Orders</name>
    <message>
      <source>Arrived</source>
      <translation>已到站</translation>
    </message>
    <message>
      <source>Arrived damaged</source>
      <translation>到货破损</translation>
    </message>
    <message>
      <source>Assisted order {order}</source>
      <translation>代下单 {order}</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <source>Changed their mind (no reason)</source>
      <translation>不想要了（无理由）</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>已送达</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完结</translation>
    </message>
    <message>
      <source>Exchange</source>
      <translation>换货</translation>
    </message>
    <message>
      <source>Not as described</source>
      <translation>与描述不符</translation>
    </message>
    <message>
      <source>Not ordered through the station — ask the resident or their family first.</source>
      <translation>不是通过本站下的单——请先问问居民本人或家人。</translation>
    </message>
    <message>
      <source>Parts missing</source>
      <translation>缺少配件</translation>
    </message>
    <message>
      <source>Placed</source>
      <translation>已下单</translation>
    </message>
    <message>
      <source>Problem found at the door</source>
      <translation>当面验货发现问题</translation>
    </message>
    <message>
      <source>Quality problem</source>
      <translation>质量问题</translation>
    </message>
    <message>
      <source>Refund</source>
      <translation>退款</translation>
    </message>
    <message>
      <source>Refund without return</source>
      <translation>仅退款</translation>
    </message>
    <message>
      <source>Refunded</source>
      <translation>已退款</translation>
    </message>
    <message>
      <source>Return parcel sent</source>
      <translation>退货已寄出</translation>
    </message>
    <message>
      <source>Return started</source>
      <translation>已发起退货</translation>
    </message>
    <message>
      <source>Shipped</source>
      <translation>已发货</translation>
    </message>
    <message>
      <source>Wrong item sent</source>
      <translation>发错货</translation>
    </message>
    <message>
      <source>confirmed non-returnable at purchase</source>
      <translation>购买时已确认不退换</translation>
    </message>
    <message>
      <source>custom-made</source>
      <translation>定制商品</translation>
    </message>
    <message>
      <source>fresh or perishable</source>
      <translation>鲜活易腐商品</translation>
    </message>
    <message>
      <source>near-expiry or defective, declared at sale</source>
      <translation>销售时已声明临期或有瑕疵</translation>
    </message>
    <message>
      <source>newspaper or periodical</source>
      <translation>报纸、期刊</translation>
    </message>
    <message>
      <source>quality changed by opening</source>
      <translation>拆封后质量易变</translation>
    </message>
    <message>
      <source>unsealed audio-visual or software</source>
      <translation>已拆封的音像制品或软件</translation>
    </message>
    <message>
      <source>unsealed goods affecting health or safety</source>
      <translation>拆封后影响人身安全或健康的商品</translation>
    </message>
    <message>
      <source>value lost on activation or trial</source>
      <translation>激活或试用后价值贬损的商品</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Amount (yuan)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <source>Back to the courier</source>
      <translation>退回快递员</translation>
    </message>
    <message>
      <source>Cancel order</source>
      <translation>取消订单</translation>
    </message>
    <message>
      <source>Carrier</source>
      <translation>快递公司</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>现金</translation>
    </message>
    <message>
      <source>Cash in the drawer (yuan)</source>
      <translation>钱箱里的现金（元）</translation>
    </message>
    <message>
      <source>Cash on delivery</source>
      <translation>到付</translation>
    </message>
    <message>
      <source>Checks</source>
      <translation>核验</translation>
    </message>
    <message>
      <source>Choose a row first.</source>
      <translation>请先选择一行。</translation>
    </message>
    <message>
      <source>Closing soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <source>Confirmed non-returnable at purchase</source>
      <translation>购买时已确认不退换</translation>
    </message>
    <message>
      <source>Consent given</source>
      <translation>同意方式</translation>
    </message>
    <message>
      <source>Consent given by</source>
      <translation>同意人</translation>
    </message>
    <message>
      <source>Count recorded.</source>
      <translation>已记录清点结果。</translation>
    </message>
    <message>
      <source>Count the cash</source>
      <translation>清点现金</translation>
    </message>
    <message>
      <source>Count the cash…</source>
      <translation>清点现金…</translation>
    </message>
    <message>
      <source>Courier's name</source>
      <translation>快递员姓名</translation>
    </message>
    <message>
      <source>Day sheet (PDF)</source>
      <translation>日结单（PDF）</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>剩余天数</translation>
    </message>
    <message>
      <source>Expected tracking number</source>
      <translation>预期快递单号</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>运费</translation>
    </message>
    <message>
      <source>Hand to a courier…</source>
      <translation>交给快递员…</translation>
    </message>
    <message>
      <source>Handover list</source>
      <translation>交接单</translation>
    </message>
    <message>
      <source>Handover list…</source>
      <translation>交接单…</translation>
    </message>
    <message>
      <source>How</source>
      <translation>方式</translation>
    </message>
    <message>
      <source>ID not seen</source>
      <translation>未核验身份证</translation>
    </message>
    <message>
      <source>ID seen</source>
      <translation>已核验身份证</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Merchant</source>
      <translation>商家</translation>
    </message>
    <message>
      <source>New assisted order</source>
      <translation>新建代下单</translation>
    </message>
    <message>
      <source>New order…</source>
      <translation>新建订单…</translation>
    </message>
    <message>
      <source>No outgoing parcels are waiting.</source>
      <translation>没有等待交接的寄件。</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Opening ¥{opening} · in ¥{income} · out ¥{out} · closing ¥{closing}</source>
      <translation>期初 ¥{opening} · 收入 ¥{income} · 支出 ¥{out} · 期末 ¥{closing}</translation>
    </message>
    <message>
      <source>Order cancelled.</source>
      <translation>订单已取消。</translation>
    </message>
    <message>
      <source>Order placed for {name}.</source>
      <translation>已为 {name} 代下单。</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>订单</translation>
    </message>
    <message>
      <source>Outgoing parcels</source>
      <translation>寄件</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>实付</translation>
    </message>
    <message>
      <source>Paid by</source>
      <translation>付款方</translation>
    </message>
    <message>
      <source>Payer's name</source>
      <translation>付款人姓名</translation>
    </message>
    <message>
      <source>Payer's phone</source>
      <translation>付款人电话</translation>
    </message>
    <message>
      <source>Payment recorded in the cash ledger.</source>
      <translation>付款已记入现金账。</translation>
    </message>
    <message>
      <source>Platform</source>
      <translation>平台</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>回执</translation>
    </message>
    <message>
      <source>Refund confirmed.</source>
      <translation>已确认退款。</translation>
    </message>
    <message>
      <source>Refund due</source>
      <translation>应退款日</translation>
    </message>
    <message>
      <source>Refund received</source>
      <translation>收到退款</translation>
    </message>
    <message>
      <source>Refund received…</source>
      <translation>收到退款…</translation>
    </message>
    <message>
      <source>Refuse: back to the courier…</source>
      <translation>拒收：退回快递员…</translation>
    </message>
    <message>
      <source>Resident</source>
      <translation>居民</translation>
    </message>
    <message>
      <source>Resident pays</source>
      <translation>居民付款</translation>
    </message>
    <message>
      <source>Return parcel handed over.</source>
      <translation>退货包裹已交出。</translation>
    </message>
    <message>
      <source>Return parcel to a courier</source>
      <translation>退货包裹交给快递员</translation>
    </message>
    <message>
      <source>Return started.</source>
      <translation>已发起退货。</translation>
    </message>
    <message>
      <source>Returns and refunds</source>
      <translation>退货与退款</translation>
    </message>
    <message>
      <source>Save although the merchant is on the watch list</source>
      <translation>商家在警示名单上，仍然保存</translation>
    </message>
    <message>
      <source>Scan</source>
      <translation>扫码</translation>
    </message>
    <message>
      <source>Scan a tracking number or type an order id</source>
      <translation>扫描快递单号或输入订单号</translation>
    </message>
    <message>
      <source>Sender</source>
      <translation>寄件人</translation>
    </message>
    <message>
      <source>Start a return</source>
      <translation>发起退货</translation>
    </message>
    <message>
      <source>Start a return…</source>
      <translation>发起退货…</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>The parcel goes back to the courier.</source>
      <translation>包裹退回快递员。</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>To pay</source>
      <translation>应付</translation>
    </message>
    <message>
      <source>Tracking number</source>
      <translation>快递单号</translation>
    </message>
    <message>
      <source>What the resident wants</source>
      <translation>居民的诉求</translation>
    </message>
    <message>
      <source>Window ends</source>
      <translation>退货期截止</translation>
    </message>
    <message>
      <source>by phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>in person</source>
      <translation>当面</translation>
    </message>
    <message>
      <source>inspected</source>
      <translation>已验视</translation>
    </message>
    <message>
      <source>not inspected</source>
      <translation>未验视</translation>
    </message>
    <message>
      <source>one item a line: name:quantity:price</source>
      <translation>每行一件商品：名称:数量:单价</translation>
    </message>
    <message>
      <source>scan it when the merchant sends it</source>
      <translation>商家发货后扫描</translation>
    </message>
    <message>
      <source>the resident or a registered delegate</source>
      <translation>居民本人或登记的代理人</translation>
    </message>
    <message>
      <source>the resident's full phone number</source>
      <translation>居民的完整手机号</translation>
    </message>
    <message>
      <source>Back to the original payment</source>
      <translation>原路退回</translation>
    </message>
    <message>
      <source>Family, remotely</source>
      <translation>家人远程付款</translation>
    </message>
    <message>
      <source>Handed to the resident in cash</source>
      <translation>现金交给居民</translation>
    </message>
    <message>
      <source>Resident's cash, to staff</source>
      <translation>居民现金交给工作人员</translation>
    </message>
    <message>
      <source>Resident's own account</source>
      <translation>居民本人账户</translation>
    </message>
    <message>
      <source>Picked up</source>
      <translation>已取件</translation>
    </message>
    <message>
      <source>Exchanged</source>
      <translation>已换货</translation>
    </message>
    <message>
      <source>Expected arrival</source>
      <translation>预计到达</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, empty if the merchant has not said</source>
      <translation>年-月-日，商家没说就留空</translation>
    </message>
    <message>
      <source>not shipped yet</source>
      <translation>待商家发货</translation>
    </message>
    <message>
      <source>7-day no-reason return (otherwise a quality complaint)</source>
      <translation>七日无理由退货（不勾选则为质量投诉）</translation>
    </message>
    <message>
      <source>Box opened and inspected (开箱验视)</source>
      <translation>已开箱验视</translation>
    </message>
    <message>
      <source>Every item of this order is in a return already.</source>
      <translation>这个订单的商品都已在退货中。</translation>
    </message>
    <message>
      <source>Exchange done.</source>
      <translation>换货已完成。</translation>
    </message>
    <message>
      <source>I saw the sender's ID card and the name matches (实名收寄)</source>
      <translation>已查验寄件人身份证，姓名一致（实名收寄）</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <source>Not returnable</source>
      <translation>不适用无理由退货</translation>
    </message>
    <message>
      <source>Not ticked: the parcel is saved marked "ID not seen" on the courier's list.</source>
      <translation>未勾选：包裹照样登记，但在快递员交接单上标为“未验身份证”。</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>订单</translation>
    </message>
    <message>
      <source>Parcel {tracking} taken in for {carrier}.</source>
      <translation>已收寄包裹 {tracking}，交{carrier}。</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>收件人</translation>
    </message>
    <message>
      <source>Replacement received</source>
      <translation>换货已到</translation>
    </message>
    <message>
      <source>Replacement received…</source>
      <translation>换货已到…</translation>
    </message>
    <message>
      <source>Send a parcel</source>
      <translation>寄件</translation>
    </message>
    <message>
      <source>Send a parcel…</source>
      <translation>寄件…</translation>
    </message>
    <message>
      <source>The replacement parcel's tracking number (may be empty)</source>
      <translation>换货包裹的快递单号（可留空）</translation>
    </message>
    <message>
      <source>Tick at least one item to return.</source>
      <translation>请至少勾选一件要退的商品。</translation>
    </message>
    <message>
      <source>Tick the items to return (orders of one resident and one merchant may go in one return):</source>
      <translation>勾选要退的商品（同一居民在同一商家的多个订单可合并为一次退货）：</translation>
    </message>
    <message>
      <source>name and place, as on the waybill</source>
      <translation>姓名和地点，与面单一致</translation>
    </message>
    <message>
      <source>scan the waybill</source>
      <translation>扫描面单</translation>
    </message>
    <message>
      <source>the sender's full phone number</source>
      <translation>寄件人的完整手机号</translation>
    </message>
    <message>
      <source>yuan, paid in cash</source>
      <translation>元，现金支付</translation>
    </message>
    <message>
      <source>{day} (closed)</source>
      <translation>{day}（已截止）</translation>
    </message>
    <message>
      <source>{name} ({phone}): compare with the ID card</source>
      <translation>{name}（{phone}）：请与身份证核对</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>处理方式</translation>
    </message>
    <message>
      <source>{merchant} ({count} orders)</source>
      <translation>{merchant}（{count} 个订单）</translation>
    </message>
    <message>
      <source>flagged here</source>
      <translation>本站标记</translation>
    </message>
    <message>
      <source>town office's watch list</source>
      <translation>镇办警示名单</translation>
    </message>
    <message>
      <source>{name} ({who}): {reason}</source>
      <translation>{name}（{who}）：{reason}</translation>
    </message>
    <message>
      <source>{day} (1 day left)</source>
      <translation>{day}（还剩 1 天）</translation>
    </message>
    <message>
      <source>{day} ({count} days left)</source>
      <translation>{day}（还剩 {count} 天）</translation>
    </message>
  </context>
  <context>
    <name>Printouts</name>
    <message>
      <source> (reversed)</source>
      <translation>（已冲正）</translation>
    </message>
    <message>
      <source>Balanced: difference ¥0.00.</source>
      <translation>账实相符：差额 ¥0.00。</translation>
    </message>
    <message>
      <source>Cash reconciliation {day}</source>
      <translation>现金日结 {day}</translation>
    </message>
    <message>
      <source>Closing balance: ¥{amount}</source>
      <translation>期末余额：¥{amount}</translation>
    </message>
    <message>
      <source>Confirmed non-returnable at purchase.</source>
      <translation>购买时已确认不退换。</translation>
    </message>
    <message>
      <source>Counted by: ____________   Checked by: ____________</source>
      <translation>清点人：____________   复核人：____________</translation>
    </message>
    <message>
      <source>Counted cash: {amount}</source>
      <translation>实点现金：{amount}</translation>
    </message>
    <message>
      <source>Courier's signature: ____________________   time: ________</source>
      <translation>快递员签字：____________________   时间：________</translation>
    </message>
    <message>
      <source>DOES NOT BALANCE: difference ¥{amount}.</source>
      <translation>账实不符：差额 ¥{amount}。</translation>
    </message>
    <message>
      <source>Expected parcel: {tracking}</source>
      <translation>预期包裹：{tracking}</translation>
    </message>
    <message>
      <source>Handover list</source>
      <translation>交接单</translation>
    </message>
    <message>
      <source>Handover list — {carrier}</source>
      <translation>交接单——{carrier}</translation>
    </message>
    <message>
      <source>Inspected</source>
      <translation>已验视</translation>
    </message>
    <message>
      <source>NO</source>
      <translation>否</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>Not balanced yet: the cash has not been counted.</source>
      <translation>尚未对账：还没有清点现金。</translation>
    </message>
    <message>
      <source>Opening balance: ¥{amount}</source>
      <translation>期初余额：¥{amount}</translation>
    </message>
    <message>
      <source>Order placed for you</source>
      <translation>为您代下的订单</translation>
    </message>
    <message>
      <source>Paid by family: {name}</source>
      <translation>家人付款：{name}</translation>
    </message>
    <message>
      <source>Paid from the resident's own account</source>
      <translation>从本人账户付款</translation>
    </message>
    <message>
      <source>Paid in cash at the station</source>
      <translation>在本站现金付款</translation>
    </message>
    <message>
      <source>Real name checked</source>
      <translation>已实名</translation>
    </message>
    <message>
      <source>Received: ¥{amount}   Paid out: ¥{out}</source>
      <translation>收入：¥{amount}   支出：¥{out}</translation>
    </message>
    <message>
      <source>Sender</source>
      <translation>寄件人</translation>
    </message>
    <message>
      <source>Station phone: {phone}</source>
      <translation>村站电话：{phone}</translation>
    </message>
    <message>
      <source>Total ¥{amount}</source>
      <translation>合计 ¥{amount}</translation>
    </message>
    <message>
      <source>Tracking number</source>
      <translation>快递单号</translation>
    </message>
    <message>
      <source>We will call you when it arrives.</source>
      <translation>到货后我们会通知您。</translation>
    </message>
    <message>
      <source>not counted</source>
      <translation>未清点</translation>
    </message>
    <message>
      <source>staff {staff}</source>
      <translation>经办 {staff}</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>{count} parcels</source>
      <translation>{count} 件包裹</translation>
    </message>
    <message>
      <source>Arrival: waiting for the merchant to ship</source>
      <translation>到货时间：待商家发货</translation>
    </message>
    <message>
      <source>Expected arrival: {day}</source>
      <translation>预计到达：{day}</translation>
    </message>
    <message>
      <source>1 parcel</source>
      <translation>1 件包裹</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>, consent by {who}</source>
      <translation>，同意人 {who}</translation>
    </message>
    <message>
      <source>Order {merchant} (¥{amount}): {state}</source>
      <translation>订单 {merchant}（¥{amount}）：{state}</translation>
    </message>
    <message>
      <source>Parcel {tracking} sent with {carrier}, fee ¥{fee}</source>
      <translation>包裹 {tracking} 由{carrier}寄出，运费 ¥{fee}</translation>
    </message>
    <message>
      <source>Refund of ¥{amount} confirmed</source>
      <translation>已确认退款 ¥{amount}</translation>
    </message>
    <message>
      <source>Return parcel {tracking} handed to {carrier}</source>
      <translation>退货包裹 {tracking} 已交给{carrier}</translation>
    </message>
    <message>
      <source>Return started: {reason} (window ends {day})</source>
      <translation>发起退货：{reason}（退货期截止 {day}）</translation>
    </message>
    <message>
      <source>Amount on collection: {state}</source>
      <translation>到付款：{state}</translation>
    </message>
    <message>
      <source>Parcel with ¥{amount} to pay on collection</source>
      <translation>到付 ¥{amount} 的包裹</translation>
    </message>
    <message>
      <source>Exchange done: replacement received</source>
      <translation>换货完成：已收到换货</translation>
    </message>
  </context>
  <context>
    <name>CodStatus</name>
    <message>
      <source>Expected (ordered through the station)</source>
      <translation>预期中（通过本站下单）</translation>
    </message>
    <message>
      <source>Held: nobody ordered it</source>
      <translation>已扣留：无人下单</translation>
    </message>
    <message>
      <source>Paid</source>
      <translation>已付款</translation>
    </message>
    <message>
      <source>Refused, back to the courier</source>
      <translation>已拒收，退回快递员</translation>
    </message>
  </context>
</TS>
