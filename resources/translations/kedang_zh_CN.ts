<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Admin</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until {t}</source>
        <translation>锁定至 {t}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Account active</source>
        <translation>账户启用</translation>
    </message>
    <message>
        <source>does not match the password</source>
        <translation>与密码不一致</translation>
    </message>
    <message>
        <source>Reset password of {user}</source>
        <translation>重置 {user} 的密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The password of {user} was reset.</source>
        <translation>已重置 {user} 的密码。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Text in the details</source>
        <translation>详情中的文字</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验日志链</translation>
    </message>
    <message>
        <source>Export period (Excel)…</source>
        <translation>导出该期间（Excel）…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>共 {n} 条记录</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>Project approval</source>
        <translation>项目审批</translation>
    </message>
    <message>
        <source>Key contracts</source>
        <translation>重要合同</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>尽职调查</translation>
    </message>
    <message>
        <source>Customer documents</source>
        <translation>客户资料</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>Property certificate</source>
        <translation>不动产权证</translation>
    </message>
    <message>
        <source>Other-rights certificate</source>
        <translation>他项权证</translation>
    </message>
    <message>
        <source>Chattel mortgage notice</source>
        <translation>动产抵押登记通知书</translation>
    </message>
    <message>
        <source>Equity pledge notice</source>
        <translation>股权出质设立登记通知书</translation>
    </message>
    <message>
        <source>Other certificate</source>
        <translation>其他权证</translation>
    </message>
    <message>
        <source>In the safe</source>
        <translation>在柜</translation>
    </message>
    <message>
        <source>Returned to customer</source>
        <translation>已退还客户</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Filing (into the archive)</source>
        <translation>移交归档</translation>
    </message>
    <message>
        <source>Transfer out of the archive</source>
        <translation>移交出档</translation>
    </message>
    <message>
        <source>Return of originals to the customer</source>
        <translation>原件退还客户</translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>档案卷</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>权证</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>may not be after today ({date})</source>
        <translation>不能晚于今天（{date}）</translation>
    </message>
    <message>
        <source>may not be in the past (today is {date})</source>
        <translation>不能早于今天（今天是 {date}）</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>超过 {n} 个字符</translation>
    </message>
    <message>
        <source>is a whole number from {lo} to {hi}</source>
        <translation>应为 {lo} 到 {hi} 之间的整数</translation>
    </message>
    <message>
        <source>Archive number pattern</source>
        <translation>档案号格式</translation>
    </message>
    <message>
        <source>must contain {n} or {n:03d} exactly once, e.g. 鸿借字第{n:03d}号</source>
        <translation>必须且只能包含一次 {n} 或 {n:03d}，例如 鸿借字第{n:03d}号</translation>
    </message>
    <message>
        <source>Days for the reviewer</source>
        <translation>审核期限（工作日）</translation>
    </message>
    <message>
        <source>Days for the archive</source>
        <translation>归档期限（工作日）</translation>
    </message>
    <message>
        <source>Positions that borrow without approval</source>
        <translation>免审批借阅的职务</translation>
    </message>
    <message>
        <source>line {n} ({name}): the page count is a whole number from 1 to 9999</source>
        <translation>第 {n} 行（{name}）：页数应为 1 到 9999 之间的整数</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>does not follow the pattern {pattern} (e.g. {example})</source>
        <translation>不符合格式 {pattern}（例如 {example}）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案卷题名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>不是允许的选项</translation>
    </message>
    <message>
        <source>Item list</source>
        <translation>册内资料清单</translation>
    </message>
    <message>
        <source>needs at least one item with its page count</source>
        <translation>至少要有一项资料及其页数</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>柜</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>盒</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Certificate kind</source>
        <translation>权证种类</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>权证号</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>权证名称</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>权利人</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>保险柜</translation>
    </message>
    <message>
        <source>Position in the safe</source>
        <translation>柜内位置</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>No such archive file.</source>
        <translation>没有这个档案卷。</translation>
    </message>
    <message>
        <source>No such certificate.</source>
        <translation>没有这个权证。</translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation>没有这个客户</translation>
    </message>
    <message>
        <source>{number} is already registered</source>
        <translation>{number} 已登记过</translation>
    </message>
    <message>
        <source>{number} skips {missing}: the next number is {next}. Register it anyway?</source>
        <translation>{number} 跳过了 {missing}：下一个号应为 {next}。仍要按此号登记吗？</translation>
    </message>
    <message>
        <source>A destroyed archive file cannot be changed.</source>
        <translation>已销毁的档案卷不能修改。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{number} is already destroyed.</source>
        <translation>{number} 已经销毁。</translation>
    </message>
    <message>
        <source>{number} cannot be destroyed: its certificate {cert} is still held. Return it to the customer or cancel it first.</source>
        <translation>{number} 不能销毁：其权证 {cert} 仍在保管中。请先退还客户或注销。</translation>
    </message>
    <message>
        <source>{number} has an open loan ({loan}, {status}): finish it first.</source>
        <translation>{number} 有未结束的借阅（{loan}，{status}）：请先办结。</translation>
    </message>
    <message>
        <source>{number} is {status}: no certificate can be registered under it.</source>
        <translation>{number} 状态为{status}：不能在其名下登记权证。</translation>
    </message>
    <message>
        <source>A cancelled certificate cannot be changed.</source>
        <translation>已注销的权证不能修改。</translation>
    </message>
    <message>
        <source>{number} is {status}: only a certificate in the safe can be cancelled.</source>
        <translation>{number} 状态为{status}：只有在柜的权证才能注销。</translation>
    </message>
    <message>
        <source>No such handover.</source>
        <translation>没有这份移交单。</translation>
    </message>
    <message>
        <source>{number}: awaiting confirmation by {name}</source>
        <translation>{number}：待{name}确认</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>移交人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>移交日期</translation>
    </message>
    <message>
        <source>{number} is listed twice</source>
        <translation>{number} 重复列出</translation>
    </message>
    <message>
        <source>{number} is {status}: nothing can be filed under it.</source>
        <translation>{number} 状态为{status}：不能再归入资料。</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>权证</translation>
    </message>
    <message>
        <source>list at least one certificate to file under {number}</source>
        <translation>请至少列出一件要归入 {number} 的权证</translation>
    </message>
    <message>
        <source>Archive files</source>
        <translation>档案卷</translation>
    </message>
    <message>
        <source>choose at least one file</source>
        <translation>请至少选择一个档案卷</translation>
    </message>
    <message>
        <source>choose at least one certificate</source>
        <translation>请至少选择一件权证</translation>
    </message>
    <message>
        <source>{number} is {status}: it cannot be handed over.</source>
        <translation>{number} 状态为{status}：不能移交。</translation>
    </message>
    <message>
        <source>{number} is already on the open handover {handover}.</source>
        <translation>{number} 已在未完成的移交单 {handover} 中。</translation>
    </message>
    <message>
        <source>Handover {number} is {status}: nothing is left to confirm.</source>
        <translation>移交单 {number} 状态为{status}：没有待确认的步骤。</translation>
    </message>
    <message>
        <source>The reviewer of {number} has already confirmed.</source>
        <translation>{number} 的审核人已经确认过。</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <source>may not be before {other}</source>
        <translation>不能早于{other}</translation>
    </message>
    <message>
        <source>Reason for the delay</source>
        <translation>逾期原因</translation>
    </message>
    <message>
        <source>is required: the reviewer confirmed {n} working day(s) after the deadline {date}</source>
        <translation>必须填写：审核人在期限 {date} 之后 {n} 个工作日才确认</translation>
    </message>
    <message>
        <source>The reviewer of {number} has not confirmed yet.</source>
        <translation>{number} 的审核人尚未确认。</translation>
    </message>
    <message>
        <source>is required: the archive received the items {n} working day(s) after the deadline {date}</source>
        <translation>必须填写：档案室在期限 {date} 之后 {n} 个工作日才接收</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>已撤销：{reason}</translation>
    </message>
    <message>
        <source>No such loan.</source>
        <translation>没有这笔借阅。</translation>
    </message>
    <message>
        <source>{loan}: {number} lent to {borrower}</source>
        <translation>{loan}：{number} 借给 {borrower}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>资料名称</translation>
    </message>
    <message>
        <source>{number} already has an open loan ({loan}, {status}): it cannot be lent again.</source>
        <translation>{number} 已有未结束的借阅（{loan}，{status}）：不能再次出借。</translation>
    </message>
    <message>
        <source>{number} is {status}: it cannot be lent.</source>
        <translation>{number} 状态为{status}：不能出借。</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Borrows without approval ({position})</source>
        <translation>免审批借阅（{position}）</translation>
    </message>
    <message>
        <source>Loan {loan} is {status}: this step is not possible now.</source>
        <translation>借阅 {loan} 状态为{status}：现在不能办理这一步。</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>借出日期</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>{due} is before the lending date {date}: renew or withdraw the request</source>
        <translation>应还日期 {due} 早于借出日期 {date}：请续借或撤销申请</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>新的应还日期</translation>
    </message>
    <message>
        <source>must be after the current due date {date}</source>
        <translation>必须晚于当前应还日期 {date}</translation>
    </message>
    <message>
        <source>Completeness note</source>
        <translation>完整性说明</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>may not be before the lending date {date}</source>
        <translation>不能早于借出日期 {date}</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>缺失资料</translation>
    </message>
    <message>
        <source>{items} is not on the file&apos;s item list</source>
        <translation>{items} 不在该档案的资料清单中</translation>
    </message>
    <message>
        <source>tick what is missing or describe it in the note</source>
        <translation>请勾选缺失的资料，或在说明中写明</translation>
    </message>
    <message>
        <source>is required when something is missing</source>
        <translation>有资料缺失时必须填写</translation>
    </message>
    <message>
        <source>{loan} came back without: {items}</source>
        <translation>{loan} 归还时缺少：{items}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{n} files, {pages} pages.</source>
        <translation>共 {n} 卷，{pages} 页。</translation>
    </message>
    <message>
        <source>Skipped numbers: {numbers}</source>
        <translation>跳号：{numbers}</translation>
    </message>
    <message>
        <source>Archive register</source>
        <translation>档案台帐</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>登记号</translation>
    </message>
    <message>
        <source>Place in the safe</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>{n} certificates; in the safe: {safe} ({qty} pieces); on loan: {out}.</source>
        <translation>共 {n} 件权证；在柜 {safe} 件（{qty} 本）；借出 {out} 件。</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>权证台帐</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>资料完整</translation>
    </message>
    <message>
        <source>Missing: {items}</source>
        <translation>缺失：{items}</translation>
    </message>
    <message>
        <source>Overdue {n} days</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>Loan no.</source>
        <translation>借阅单号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>{n} loans; returned {back} (incomplete {bad}); out {out} (overdue {late}).</source>
        <translation>共 {n} 笔借阅；已归还 {back} 笔（不完整 {bad} 笔）；借出中 {out} 笔（逾期 {late} 笔）。</translation>
    </message>
    <message>
        <source>Loan ledger</source>
        <translation>档案借阅登记表</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>逾期未还清单</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <source>{n} loans overdue.</source>
        <translation>逾期未还 {n} 笔。</translation>
    </message>
    <message>
        <source>Record keeper</source>
        <translation>档案管理员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>主管领导</translation>
    </message>
    <message>
        <source>Archive handover list</source>
        <translation>档案移交清单</translation>
    </message>
    <message>
        <source>Archive transfer list</source>
        <translation>档案移出清单</translation>
    </message>
    <message>
        <source>Original certificates return list</source>
        <translation>权证原件退还清单</translation>
    </message>
    <message>
        <source>Review due by</source>
        <translation>审核期限</translation>
    </message>
    <message>
        <source>Archive due by</source>
        <translation>归档期限</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n}页</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>holder: {name}</source>
        <translation>权利人：{name}</translation>
    </message>
    <message>
        <source>Late review: {reason}</source>
        <translation>审核逾期：{reason}</translation>
    </message>
    <message>
        <source>Late receipt: {reason}</source>
        <translation>接收逾期：{reason}</translation>
    </message>
    <message>
        <source>Copy 1: for the party handing over</source>
        <translation>第一联 移交人留存</translation>
    </message>
    <message>
        <source>Copy 2: for the reviewer</source>
        <translation>第二联 审核人留存</translation>
    </message>
    <message>
        <source>Copy 3: for the archive</source>
        <translation>第三联 档案室留存</translation>
    </message>
    <message>
        <source>{date}, counted by {name}, witness {witness}, {status}</source>
        <translation>{date}，盘点人 {name}，监盘人 {witness}，{status}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Quantity/pages</source>
        <translation>数量/页数</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>在柜</translation>
    </message>
    <message>
        <source>NOT FOUND</source>
        <translation>未见</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>盘点结果</translation>
    </message>
    <message>
        <source>On the register: {n}; found: {found}; not found: {missing}; found but not on the register: {extra}.</source>
        <translation>台帐在柜 {n} 件；实有 {found} 件；未见 {missing} 件；账外 {extra} 件。</translation>
    </message>
    <message>
        <source>On loan at the time of printing (not in the safe): {items}</source>
        <translation>打印时借出在外（不在柜）：{items}</translation>
    </message>
    <message>
        <source>Not on the register: {what} {note}</source>
        <translation>账外：{what} {note}</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Stock-take of the safe</source>
        <translation>保险柜盘点</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>监盘人</translation>
    </message>
    <message>
        <source>No such stock-take.</source>
        <translation>没有这次盘点。</translation>
    </message>
    <message>
        <source>Date of the stock-take</source>
        <translation>盘点日期</translation>
    </message>
    <message>
        <source>The stock-take of {date} is not finished yet: finish it first.</source>
        <translation>{date} 的盘点尚未完成：请先完成。</translation>
    </message>
    <message>
        <source>This stock-take is finished and no longer changes.</source>
        <translation>这次盘点已完成，不能再修改。</translation>
    </message>
    <message>
        <source>Found but not on the register</source>
        <translation>账外发现</translation>
    </message>
    <message>
        <source>write what is known about each certificate not found: {items}</source>
        <translation>请为每件未见的权证写明情况：{items}</translation>
    </message>
    <message>
        <source>Archive file {number}</source>
        <translation>档案卷 {number}</translation>
    </message>
    <message>
        <source>e.g. 光盘一张，照片三张 (not numbered)</source>
        <translation>例如 光盘一张，照片三张（不编号）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Register a file…</source>
        <translation>登记档案卷…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Add a certificate…</source>
        <translation>登记权证…</translation>
    </message>
    <message>
        <source>Request a loan…</source>
        <translation>借阅申请…</translation>
    </message>
    <message>
        <source>Hand over out of the archive…</source>
        <translation>移交出档…</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>销毁…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Archive register (PDF)…</source>
        <translation>档案台帐（PDF）…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>{n} files · next number {next}</source>
        <translation>共 {n} 卷 · 下一个档案号 {next}</translation>
    </message>
    <message>
        <source>skipped numbers: {numbers}</source>
        <translation>跳号：{numbers}</translation>
    </message>
    <message>
        <source>Destroy {number}</source>
        <translation>销毁 {number}</translation>
    </message>
    <message>
        <source>The file stays in the register as destroyed, with the reason.</source>
        <translation>档案卷会以“已销毁”状态连同原因留在台帐中。</translation>
    </message>
    <message>
        <source>search: {text}</source>
        <translation>搜索：{text}</translation>
    </message>
    <message>
        <source>Certificate under {number}</source>
        <translation>{number} 名下的权证</translation>
    </message>
    <message>
        <source>e.g. 不动产权证书</source>
        <translation>例如 不动产权证书</translation>
    </message>
    <message>
        <source>e.g. 上层 3号格</source>
        <translation>例如 上层 3号格</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部种类</translation>
    </message>
    <message>
        <source>Return to the customer…</source>
        <translation>退还客户…</translation>
    </message>
    <message>
        <source>Cancel (注销)…</source>
        <translation>注销…</translation>
    </message>
    <message>
        <source>Certificate register (PDF)…</source>
        <translation>权证台帐（PDF）…</translation>
    </message>
    <message>
        <source>{n} certificates · {safe} in the safe · {out} on loan</source>
        <translation>共 {n} 件权证 · 在柜 {safe} 件 · 借出 {out} 件</translation>
    </message>
    <message>
        <source>Cancel certificate {number}</source>
        <translation>注销权证 {number}</translation>
    </message>
    <message>
        <source>For a certificate that is no longer in force (e.g. the mortgage was released). It stays in the register as cancelled.</source>
        <translation>用于已失效的权证（例如抵押已解除）。权证会以“已注销”状态留在台帐中。</translation>
    </message>
    <message>
        <source>Archive room — {company}</source>
        <translation>档案室 — {company}</translation>
    </message>
    <message>
        <source>Handovers</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Borrowing ledger</source>
        <translation>借阅登记</translation>
    </message>
    <message>
        <source>Save the ticks of the stock-take in progress?</source>
        <translation>保存正在进行的盘点勾选结果吗？</translation>
    </message>
    <message>
        <source>Stock-take {date}</source>
        <translation>盘点 {date}</translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation>添加权证</translation>
    </message>
    <message>
        <source>Remove certificate</source>
        <translation>删除权证</translation>
    </message>
    <message>
        <source>Handover into the archive</source>
        <translation>移交归档</translation>
    </message>
    <message>
        <source>A new file</source>
        <translation>新档案卷</translation>
    </message>
    <message>
        <source>Certificates for a file on record</source>
        <translation>补交已有档案卷的权证</translation>
    </message>
    <message>
        <source>Archive number of the file on record</source>
        <translation>已有档案卷的档案号</translation>
    </message>
    <message>
        <source>File on record</source>
        <translation>已有档案卷</translation>
    </message>
    <message>
        <source>Create handover</source>
        <translation>生成移交单</translation>
    </message>
    <message>
        <source>no archive file has this number</source>
        <translation>没有这个档案号的档案卷</translation>
    </message>
    <message>
        <source>{number}: confirmation by {name}</source>
        <translation>{number}：{name} 确认</translation>
    </message>
    <message>
        <source>Deadline: {date} (working days)</source>
        <translation>期限：{date}（按工作日计）</translation>
    </message>
    <message>
        <source>Only when the deadline was missed</source>
        <translation>仅在超过期限时填写</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Handover no.</source>
        <translation>移交单号</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>All purposes</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>New handover into the archive…</source>
        <translation>新建移交归档…</translation>
    </message>
    <message>
        <source>Reviewer confirms…</source>
        <translation>审核人确认…</translation>
    </message>
    <message>
        <source>Receiver confirms…</source>
        <translation>接收人确认…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Handover list (PDF)…</source>
        <translation>移交清单（PDF）…</translation>
    </message>
    <message>
        <source>Print handover list…</source>
        <translation>打印移交清单…</translation>
    </message>
    <message>
        <source>{n} handovers · {open} awaiting signatures · {late} past the deadline</source>
        <translation>共 {n} 份移交单 · 待签收 {open} 份 · 超期 {late} 份</translation>
    </message>
    <message>
        <source>Withdraw {number}</source>
        <translation>撤销 {number}</translation>
    </message>
    <message>
        <source>Handover list {number}</source>
        <translation>移交清单 {number}</translation>
    </message>
    <message>
        <source>Loan request</source>
        <translation>档案资料出借单</translation>
    </message>
    <message>
        <source>Archive number or certificate number</source>
        <translation>档案号或权证号</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>出借</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <source>Borrows without approval</source>
        <translation>免审批借阅</translation>
    </message>
    <message>
        <source>Needs a manager&apos;s approval</source>
        <translation>需主管领导审批</translation>
    </message>
    <message>
        <source>no such file or certificate</source>
        <translation>没有这个档案卷或权证</translation>
    </message>
    <message>
        <source>Return of {loan}</source>
        <translation>归还 {loan}</translation>
    </message>
    <message>
        <source>Complete: everything on the list came back</source>
        <translation>资料完整：清单所列全部归还</translation>
    </message>
    <message>
        <source>Something is missing</source>
        <translation>有资料缺失</translation>
    </message>
    <message>
        <source>Tick what is missing</source>
        <translation>勾选缺失的资料</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>收回</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Loan request…</source>
        <translation>借阅申请…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Lend out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续借…</translation>
    </message>
    <message>
        <source>Take back…</source>
        <translation>归还…</translation>
    </message>
    <message>
        <source>Loan ledger (PDF)…</source>
        <translation>借阅登记表（PDF）…</translation>
    </message>
    <message>
        <source>Overdue list (PDF)…</source>
        <translation>逾期清单（PDF）…</translation>
    </message>
    <message>
        <source>{n} loans · {out} out · {overdue} overdue · {waiting} awaiting approval</source>
        <translation>共 {n} 笔借阅 · 借出 {out} 笔 · 逾期 {overdue} 笔 · 待审批 {waiting} 笔</translation>
    </message>
    <message>
        <source>Approve {loan}</source>
        <translation>批准 {loan}</translation>
    </message>
    <message>
        <source>Reject {loan}</source>
        <translation>驳回 {loan}</translation>
    </message>
    <message>
        <source>Lend out {loan}</source>
        <translation>借出 {loan}</translation>
    </message>
    <message>
        <source>Renew {loan}</source>
        <translation>续借 {loan}</translation>
    </message>
    <message>
        <source>Withdraw {loan}</source>
        <translation>撤销 {loan}</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>共 {n} 行</translation>
    </message>
    <message>
        <source>Name, initials, phone or code</source>
        <translation>姓名、拼音首字母、电话或编号</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
</context>
<context>
    <name>ArchiveSettings</name>
    <message>
        <source>Archive settings</source>
        <translation>档案设置</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Archive number pattern</source>
        <translation>档案号格式</translation>
    </message>
    <message>
        <source>Days for the reviewer</source>
        <translation>审核期限（工作日）</translation>
    </message>
    <message>
        <source>Days for the archive</source>
        <translation>归档期限（工作日）</translation>
    </message>
    <message>
        <source>Working days (Monday to Friday) a handover may wait for the reviewer, and then for the archive to receive it, before it is shown as late.</source>
        <translation>移交单等待审核人确认、再等待档案室接收的工作日数（周一至周五），超过即显示为逾期。</translation>
    </message>
    <message>
        <source>Positions that borrow without approval</source>
        <translation>免审批借阅的职务</translation>
    </message>
    <message>
        <source>The next file registered gets {next}.</source>
        <translation>下一份登记的档案号为 {next}。</translation>
    </message>
    <message>
        <source>{count} archive file(s) are registered: their numbers stay as they are (the last is {last}). The next file registered gets {next}. Change the pattern?</source>
        <translation>已登记 {count} 份档案卷，其档案号保持不变（最后一份为 {last}）。下一份登记的档案号为 {next}。确定修改格式吗？</translation>
    </message>
    <message>
        <source>Positions separated by commas, e.g. 董事长，总经理，副总经理. Borrowers with one of them need no manager&apos;s approval.</source>
        <translation>多个职务用逗号分隔，例如 董事长，总经理，副总经理。担任这些职务的借阅人无需主管领导审批。</translation>
    </message>
    <message>
        <source>e.g. {first}, {second}</source>
        <translation>例如 {first}、{second}</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>ID copy</source>
        <translation>身份证复印件</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Certificate copy</source>
        <translation>权证复印件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>没有这个附件。</translation>
    </message>
    <message>
        <source>The content of this attachment is no longer kept.</source>
        <translation>这个附件的内容已不再保存。</translation>
    </message>
    <message>
        <source>A voided attachment cannot be changed.</source>
        <translation>已作废的附件不能修改。</translation>
    </message>
    <message>
        <source>The attachment is already void.</source>
        <translation>该附件已作废。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Void since {when}: {reason}</source>
        <translation>{when} 作废：{reason}</translation>
    </message>
    <message>
        <source>Edit attachment</source>
        <translation>修改附件</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Void attachment</source>
        <translation>作废附件</translation>
    </message>
    <message>
        <source>The file stays in the database, marked void, with the reason.</source>
        <translation>文件仍保存在数据库中，标为作废并注明原因。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>This page cannot be shown here. Export the file to open it with another program.</source>
        <translation>此页无法在这里显示。可导出该文件，用其他程序打开。</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Drop scans, photos or PDFs here (at most {n} MB each).</source>
        <translation>可把扫描件、照片或 PDF 拖到这里（每个最大 {n} MB）。</translation>
    </message>
    <message>
        <source>Scans and PDFs ({patterns})</source>
        <translation>扫描件和 PDF（{patterns}）</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>导出附件</translation>
    </message>
    <message>
        <source>Saved a copy of {title} as {path}. Keep it safe: it is not encrypted.</source>
        <translation>已将“{title}”另存为 {path}。请妥善保管：该副本未加密。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>database created</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>account locked after failed sign-ins</source>
        <translation>多次登录失败，账户锁定</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>action refused</source>
        <translation>操作被拒绝</translation>
    </message>
    <message>
        <source>user created</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>user changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>customer added</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>customer changed</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>customers added in bulk</source>
        <translation>批量添加客户</translation>
    </message>
    <message>
        <source>customers imported</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>import columns remembered</source>
        <translation>记住导入列对应</translation>
    </message>
    <message>
        <source>contact added</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>contact changed</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <source>contact removed</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>audit chain verified</source>
        <translation>校验操作日志链</translation>
    </message>
    <message>
        <source>database checked</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>database restored from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>old backups removed</source>
        <translation>清理旧备份</translation>
    </message>
    <message>
        <source>backup settings changed</source>
        <translation>修改备份设置</translation>
    </message>
    <message>
        <source>report exported</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>archive file registered</source>
        <translation>登记档案卷</translation>
    </message>
    <message>
        <source>archive file changed</source>
        <translation>修改档案卷</translation>
    </message>
    <message>
        <source>archive file destroyed</source>
        <translation>销毁档案卷</translation>
    </message>
    <message>
        <source>archive file handed over</source>
        <translation>档案卷移交出档</translation>
    </message>
    <message>
        <source>certificate registered</source>
        <translation>登记权证</translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation>修改权证</translation>
    </message>
    <message>
        <source>certificate cancelled</source>
        <translation>注销权证</translation>
    </message>
    <message>
        <source>certificate returned to the customer</source>
        <translation>权证原件退还客户</translation>
    </message>
    <message>
        <source>handover created</source>
        <translation>生成移交单</translation>
    </message>
    <message>
        <source>handover confirmed by the reviewer</source>
        <translation>审核人确认移交</translation>
    </message>
    <message>
        <source>handover received</source>
        <translation>接收移交</translation>
    </message>
    <message>
        <source>handover withdrawn</source>
        <translation>撤销移交单</translation>
    </message>
    <message>
        <source>loan requested</source>
        <translation>借阅申请</translation>
    </message>
    <message>
        <source>loan approved</source>
        <translation>批准借阅</translation>
    </message>
    <message>
        <source>loan rejected</source>
        <translation>驳回借阅</translation>
    </message>
    <message>
        <source>loan request withdrawn</source>
        <translation>撤销借阅申请</translation>
    </message>
    <message>
        <source>lent out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>loan renewed</source>
        <translation>续借</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>stock-take started</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>stock-take saved</source>
        <translation>保存盘点</translation>
    </message>
    <message>
        <source>stock-take finished</source>
        <translation>完成盘点</translation>
    </message>
    <message>
        <source>archive settings changed</source>
        <translation>修改档案设置</translation>
    </message>
    <message>
        <source>company name changed</source>
        <translation>修改公司名称</translation>
    </message>
    <message>
        <source>program locked</source>
        <translation>程序锁定</translation>
    </message>
    <message>
        <source>database key changed</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>masked number revealed</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <source>dossier viewed</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>program unlocked</source>
        <translation>程序解锁</translation>
    </message>
    <message>
        <source>wrong password at the lock screen</source>
        <translation>解锁时密码错误</translation>
    </message>
    <message>
        <source>company logo changed</source>
        <translation>修改公司标志</translation>
    </message>
    <message>
        <source>survey created</source>
        <translation>新建满意度调查</translation>
    </message>
    <message>
        <source>survey changed</source>
        <translation>修改满意度调查</translation>
    </message>
    <message>
        <source>survey report approved</source>
        <translation>批准调查分析报告</translation>
    </message>
    <message>
        <source>survey form entered</source>
        <translation>录入调查表</translation>
    </message>
    <message>
        <source>survey form replaced</source>
        <translation>替换调查表</translation>
    </message>
    <message>
        <source>corrective action added</source>
        <translation>新增纠正措施</translation>
    </message>
    <message>
        <source>corrective action closed</source>
        <translation>关闭纠正措施</translation>
    </message>
    <message>
        <source>building added</source>
        <translation>新增楼栋</translation>
    </message>
    <message>
        <source>building changed</source>
        <translation>修改楼栋</translation>
    </message>
    <message>
        <source>unit added</source>
        <translation>新增单元</translation>
    </message>
    <message>
        <source>unit changed</source>
        <translation>修改单元</translation>
    </message>
    <message>
        <source>units imported</source>
        <translation>导入单元</translation>
    </message>
    <message>
        <source>moved in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>moved out</source>
        <translation>退租</translation>
    </message>
    <message>
        <source>key taken into keeping</source>
        <translation>代保管钥匙登记</translation>
    </message>
    <message>
        <source>key lent</source>
        <translation>钥匙借出</translation>
    </message>
    <message>
        <source>key returned to the cabinet</source>
        <translation>钥匙归还入柜</translation>
    </message>
    <message>
        <source>key given back to the tenant</source>
        <translation>钥匙交还租户</translation>
    </message>
    <message>
        <source>folder labels printed</source>
        <translation>打印档案标牌</translation>
    </message>
    <message>
        <source>retention periods changed</source>
        <translation>修改保管期限</translation>
    </message>
    <message>
        <source>destruction requested</source>
        <translation>申请销毁</translation>
    </message>
    <message>
        <source>destruction approved</source>
        <translation>批准销毁</translation>
    </message>
    <message>
        <source>destruction rejected</source>
        <translation>驳回销毁</translation>
    </message>
    <message>
        <source>records destroyed</source>
        <translation>销毁档案</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>登记同意</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>personal information copy made</source>
        <translation>提供个人信息副本</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>archive file</source>
        <translation>档案卷</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>权证</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>移交单</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>借阅</translation>
    </message>
    <message>
        <source>stock-take</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>survey form</source>
        <translation>调查表</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>occupancy</source>
        <translation>入住记录</translation>
    </message>
    <message>
        <source>key held</source>
        <translation>代保管钥匙</translation>
    </message>
    <message>
        <source>folder label</source>
        <translation>档案标牌</translation>
    </message>
    <message>
        <source>destruction</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>event {id} is missing (deleted)</source>
        <translation>第 {id} 条记录缺失（已被删除）</translation>
    </message>
    <message>
        <source>event {id} does not follow the one before it (an event was deleted or inserted)</source>
        <translation>第 {id} 条记录与上一条不衔接（有记录被删除或插入）</translation>
    </message>
    <message>
        <source>the before/after values of event {id} were changed</source>
        <translation>第 {id} 条记录的修改前/后内容被改动</translation>
    </message>
    <message>
        <source>event {id} was changed</source>
        <translation>第 {id} 条记录被改动</translation>
    </message>
    <message>
        <source>the newest events from {id} on were deleted</source>
        <translation>从第 {id} 条起的最新记录被删除</translation>
    </message>
    <message>
        <source>the record of the newest event is missing</source>
        <translation>最新记录的登记信息缺失</translation>
    </message>
    <message>
        <source>The audit chain of {n} events is intact.</source>
        <translation>操作日志链完整，共 {n} 条记录。</translation>
    </message>
    <message>
        <source>The audit chain is broken: {problem}.</source>
        <translation>操作日志链已被破坏：{problem}。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库……</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>正在复制……</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>正在检查副本……</translation>
    </message>
    <message>
        <source>Saving the current database first…</source>
        <translation>正在先保存当前数据库……</translation>
    </message>
    <message>
        <source>Putting the restored database in place…</source>
        <translation>正在放入恢复的数据库……</translation>
    </message>
    <message>
        <source>Removing old backups…</source>
        <translation>正在清理旧备份……</translation>
    </message>
    <message>
        <source>The backup folder {folder} could not be created: {error}</source>
        <translation>无法创建备份文件夹 {folder}：{error}</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist. Connect the drive or choose another folder; nothing was written.</source>
        <translation>备份文件夹 {folder} 不存在。请连接该磁盘或选择其他文件夹；未写入任何内容。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose a folder for the backups; nothing was written.</source>
        <translation>{folder} 是文件，不是文件夹。请为备份选择一个文件夹；未写入任何内容。</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be written (it is read-only or you lack the permission); nothing was written.</source>
        <translation>备份文件夹 {folder} 不能写入（只读或没有权限）；未写入任何内容。</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder}; nothing was kept.</source>
        <translation>{folder} 空间不足；未保留任何内容。</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder}: the backup needs about {need} MB, {free} MB are free. Nothing was written.</source>
        <translation>{folder} 空间不足：备份约需 {need} MB，剩余 {free} MB。未写入任何内容。</translation>
    </message>
    <message>
        <source>The restore was cancelled; the database was not changed.</source>
        <translation>恢复已取消；数据库没有改变。</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>备份已取消；未保留任何内容。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>没有文件 {path}。</translation>
    </message>
    <message>
        <source>{name} is not a KeDang backup of this database: this database&apos;s key does not open it.</source>
        <translation>{name} 不是本数据库的客档备份：本数据库的密钥无法打开它。</translation>
    </message>
    <message>
        <source>{name} is a backup of another KeDang database on this computer (another office&apos;s), not of this one. Nothing was changed.</source>
        <translation>{name} 是本机另一个客档数据库（其他单位）的备份，不是本数据库的。未做任何更改。</translation>
    </message>
    <message>
        <source>{name} is not a backup of this database: it belongs to another database (another office&apos;s, or one made before the key was changed) or is no KeDang file at all. Nothing was changed.</source>
        <translation>{name} 不是本数据库的备份：它属于另一个数据库（其他单位的，或更换密钥之前的），或者根本不是客档文件。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({detail}).</source>
        <translation>备份 {name} 已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>The backup {name} was written by a newer version of KeDang (schema {version}; this program knows up to {latest}). Install the newer version.</source>
        <translation>备份 {name} 由较新版本的客档写入（结构版本 {version}；本程序最高支持 {latest}）。请安装新版本。</translation>
    </message>
    <message>
        <source>The copy {name} has schema {version} instead of {expected}.</source>
        <translation>副本 {name} 的结构版本是 {version}，而不是 {expected}。</translation>
    </message>
    <message>
        <source>The audit chain in the backup {name} is broken: {problem}.</source>
        <translation>备份 {name} 中的操作日志链已损坏：{problem}。</translation>
    </message>
    <message>
        <source>Nothing could be written to the backup folder {folder}: {error}</source>
        <translation>无法向备份文件夹 {folder} 写入：{error}</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: {error}</source>
        <translation>无法把备份写入 {folder}：{error}</translation>
    </message>
    <message>
        <source>The new backup did not pass its check and was deleted: {problem}</source>
        <translation>新备份未通过检查，已删除：{problem}</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>保留的每日备份数</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>保留的每月备份数</translation>
    </message>
    <message>
        <source>The copy of the backup did not pass its check; the database was not changed: {problem}</source>
        <translation>备份的副本未通过检查；数据库没有改变：{problem}</translation>
    </message>
    <message>
        <source>The database is open in another KeDang window or on another computer. Close it there and try again; the database was not changed.</source>
        <translation>数据库正在另一个客档窗口或另一台电脑上打开。请先在那里关闭后重试；数据库没有改变。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Back up automatically when KeDang closes (at most once a day)</source>
        <translation>关闭客档时自动备份（每天最多一次）</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Back up to a folder or USB drive…</source>
        <translation>备份到文件夹或 U 盘…</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Backups of this database in the folder</source>
        <translation>文件夹中本数据库的备份</translation>
    </message>
    <message>
        <source>{n} backups in {folder}</source>
        <translation>{folder} 中有 {n} 个备份</translation>
    </message>
    <message>
        <source>Changed since it was made</source>
        <translation>备份后已被改动</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Folder for the backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <source>No backup was made: {error}</source>
        <translation>未能备份：{error}</translation>
    </message>
    <message>
        <source>Backup written and checked: {path} ({size})</source>
        <translation>备份已写入并检查通过：{path}（{size}）</translation>
    </message>
    <message>
        <source>Back up to a folder or USB drive</source>
        <translation>备份到文件夹或 U 盘</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>请先在列表中选择一个备份。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>KeDang backups (*.kdb-backup *.kdb);;All files (*)</source>
        <translation>客档备份 (*.kdb-backup *.kdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {error}</source>
        <translation>此备份不能恢复：{error}</translation>
    </message>
    <message>
        <source>Restore the backup {name}?

Made on {date}; it holds {customers} customers, {entries} dossier entries and {events} audit events (the last on {last}).

Everything entered after that is replaced. The current database is backed up first, so this can be undone.</source>
        <translation>要恢复备份 {name} 吗？

备份时间 {date}；其中有 {customers} 个客户、{entries} 条档案记录和 {events} 条操作日志（最后一条在 {last}）。

此后录入的内容都会被替换。恢复前会先备份当前数据库，可以撤销。</translation>
    </message>
    <message>
        <source>The database was not restored: {error}</source>
        <translation>数据库未恢复：{error}</translation>
    </message>
    <message>
        <source>The database was restored from {name}. KeDang closes now: start it again and sign in.</source>
        <translation>数据库已从 {name} 恢复。客档现在关闭：请重新启动并登录。</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份……</translation>
    </message>
    <message>
        <source>The automatic backup was not made: {error}</source>
        <translation>未能自动备份：{error}</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The database {path} is damaged and was not changed. The newest backup that passes every check was made on {date} and holds {customers} customers. Sign in to restore it; the damaged file is kept beside it.</source>
        <translation>数据库 {path} 已损坏，未做任何更改。通过全部检查的最新备份制作于 {date}，其中有 {customers} 个客户。请登录后恢复；损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>No backup could be checked: {error}</source>
        <translation>无法检查备份：{error}</translation>
    </message>
    <message>
        <source>The database {path} is damaged and no backup of it that passes every check was found. The file was not changed; keep it and ask for help.</source>
        <translation>数据库 {path} 已损坏，且没有找到通过全部检查的备份。文件未做任何更改；请保留该文件并寻求帮助。</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Set the password in the environment variable KEDANG_PASSWORD.</source>
        <translation>请在环境变量 KEDANG_PASSWORD 中提供密码。</translation>
    </message>
    <message>
        <source>This command changes data: name the acting user with --user NAME.</source>
        <translation>此命令会修改数据：请用 --user 用户名 指定操作人。</translation>
    </message>
    <message>
        <source>Created the encrypted database {path}</source>
        <translation>已创建加密数据库 {path}</translation>
    </message>
    <message>
        <source>The key was NOT stored on this computer: {why}</source>
        <translation>密钥未能保存在本机：{why}</translation>
    </message>
    <message>
        <source>Every later start needs the recovery key (KEDANG_RECOVERY_KEY).</source>
        <translation>以后每次打开都需要恢复密钥（KEDANG_RECOVERY_KEY）。</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s key store.</source>
        <translation>密钥已保存在本机的凭据库中。</translation>
    </message>
    <message>
        <source>Write the recovery key down and keep it in the safe; it is shown only now:</source>
        <translation>请抄下恢复密钥并放入保险柜保管；它只显示这一次：</translation>
    </message>
    <message>
        <source>--customers must be zero or more.</source>
        <translation>--customers 必须是 0 或正整数。</translation>
    </message>
    <message>
        <source>{done} of {total} prepared …</source>
        <translation>已准备 {done} / {total} …</translation>
    </message>
    <message>
        <source>Added {n} demo customers in {s:.1f} s.</source>
        <translation>已添加 {n} 位演示客户，用时 {s:.1f} 秒。</translation>
    </message>
    <message>
        <source>--survey belongs to the survey report only.</source>
        <translation>--survey 只用于 survey 报表。</translation>
    </message>
    <message>
        <source>{path} exists already; KeDang never overwrites a file.</source>
        <translation>{path} 已存在；客档从不覆盖文件。</translation>
    </message>
    <message>
        <source>There is no survey yet.</source>
        <translation>还没有任何调查。</translation>
    </message>
    <message>
        <source>Backup written and checked ({mb:.1f} MB):</source>
        <translation>备份已写入并检查通过（{mb:.1f} MB）：</translation>
    </message>
    <message>
        <source>The database cannot be opened: {problem}</source>
        <translation>数据库无法打开：{problem}</translation>
    </message>
    <message>
        <source>The user&apos;s password is checked against the backup instead.</source>
        <translation>改为用备份中的用户密码核对。</translation>
    </message>
    <message>
        <source>Backup: {name}</source>
        <translation>备份：{name}</translation>
    </message>
    <message>
        <source>Made on: {date}</source>
        <translation>备份时间：{date}</translation>
    </message>
    <message>
        <source>It holds {customers} customers, {entries} dossier entries and {events} audit events.</source>
        <translation>其中有 {customers} 个客户、{entries} 条档案记录和 {events} 条操作日志。</translation>
    </message>
    <message>
        <source>Restoring replaces the database {path}; the current file is saved first.</source>
        <translation>恢复将替换数据库 {path}；会先保存当前文件。</translation>
    </message>
    <message>
        <source>Type yes to restore: </source>
        <translation>输入 yes 确认恢复：</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Not restored: the restore was not confirmed. Nothing was changed.</source>
        <translation>未恢复：没有确认恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>Restored the database from {name}.</source>
        <translation>已从 {name} 恢复数据库。</translation>
    </message>
    <message>
        <source>The replaced database was saved as {path}</source>
        <translation>被替换的数据库已保存为 {path}</translation>
    </message>
    <message>
        <source>Name the customer: dossier --customer CODE.</source>
        <translation>请指明客户：dossier --customer 客户编号。</translation>
    </message>
    <message>
        <source>The dossier is written as PDF only.</source>
        <translation>客户档案只能输出为 PDF。</translation>
    </message>
    <message>
        <source>There is no customer {code}.</source>
        <translation>没有客户 {code}。</translation>
    </message>
    <message>
        <source>Dossier of {code}</source>
        <translation>{code} 的客户档案</translation>
    </message>
    <message>
        <source>Wrote {what} ({n} rows) to {path}</source>
        <translation>已将{what}（{n} 行）写入 {path}</translation>
    </message>
    <message>
        <source>Row {row} is taken as the header row: {problem}</source>
        <translation>第 {row} 行被当作标题行：{problem}</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {rule}</source>
        <translation>第 {row} 行，{column}：{rule}</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problems in {bad} of {rows} rows.</source>
        <translation>未导入任何数据：{rows} 行中有 {bad} 行共 {n} 处问题。</translation>
    </message>
    <message>
        <source>Row {row}: {matches}</source>
        <translation>第 {row} 行：{matches}</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} rows match customers on file. Choose --duplicates skip, update or create.</source>
        <translation>未导入任何数据：有 {n} 行与已有客户重复。请用 --duplicates 选择 skip（跳过）、update（更新）或 create（新建）。</translation>
    </message>
    <message>
        <source>Checked {rows} rows of {file}: no problems. The import would add {added}, update {updated} and skip {skipped} customers. Nothing was written (dry run).</source>
        <translation>已检查 {file} 的 {rows} 行：没有问题。导入将新增 {added}、更新 {updated}、跳过 {skipped} 个客户。未写入任何数据（试运行）。</translation>
    </message>
    <message>
        <source>Imported {n} customers from {file}: {added} added, {updated} updated, {skipped} skipped.</source>
        <translation>已从 {file} 导入 {n} 个客户：新增 {added}，更新 {updated}，跳过 {skipped}。</translation>
    </message>
    <message>
        <source>KeDang customer-records desk. Without a command, starts the program.</source>
        <translation>客档客户档案系统。不带命令时启动图形界面。</translation>
    </message>
    <message>
        <source>start with a throwaway database full of demo data</source>
        <translation>使用一个装满演示数据的临时数据库启动</translation>
    </message>
    <message>
        <source>database file to open in the program</source>
        <translation>要打开的数据库文件</translation>
    </message>
    <message>
        <source>language of the program</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>create a new encrypted database</source>
        <translation>创建新的加密数据库</translation>
    </message>
    <message>
        <source>Create a new encrypted database. The administrator&apos;s password comes from KEDANG_PASSWORD.</source>
        <translation>创建新的加密数据库。系统管理员的密码取自 KEDANG_PASSWORD。</translation>
    </message>
    <message>
        <source>user name of the administrator</source>
        <translation>系统管理员的用户名</translation>
    </message>
    <message>
        <source>the administrator&apos;s full name</source>
        <translation>系统管理员的姓名</translation>
    </message>
    <message>
        <source>company name printed on reports</source>
        <translation>打印在报表上的单位名称</translation>
    </message>
    <message>
        <source>add realistic demo customers</source>
        <translation>添加逼真的演示客户</translation>
    </message>
    <message>
        <source>Add realistic demo customers (Chinese names, valid ID numbers, phones, units, contacts).</source>
        <translation>添加逼真的演示客户（中文姓名、有效的证件号码、电话、房号、联系人）。</translation>
    </message>
    <message>
        <source>check the database and the audit chain</source>
        <translation>检查数据库和操作日志链</translation>
    </message>
    <message>
        <source>Run the quick, integrity and cipher checks and verify the audit chain.</source>
        <translation>运行快速检查、完整性检查和加密校验，并校验操作日志链。</translation>
    </message>
    <message>
        <source>make a verified backup of the database</source>
        <translation>制作一份经过检查的数据库备份</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the database (same key) into a folder, check it by opening it, and print its path as the last line.</source>
        <translation>把数据库的加密备份（同一密钥）写入文件夹，打开检查，最后一行输出备份路径。</translation>
    </message>
    <message>
        <source>folder for the backup, e.g. a USB drive (default: the folder of the automatic backups)</source>
        <translation>备份文件夹，例如 U 盘（默认：自动备份的文件夹）</translation>
    </message>
    <message>
        <source>replace the database by a backup</source>
        <translation>用备份替换数据库</translation>
    </message>
    <message>
        <source>Check a backup of this database, show its date and what it holds, ask for confirmation, save the current file, then put the backup in its place. Administrators only.</source>
        <translation>检查本数据库的备份，显示其日期和内容，请求确认，保存当前文件，然后用备份替换。仅限系统管理员。</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>不再询问确认</translation>
    </message>
    <message>
        <source>write a report to a file</source>
        <translation>把报表写入文件</translation>
    </message>
    <message>
        <source>Write a report to a new file: customers, dossier, certificates, archive, loans, overdue, survey or audit. survey: the satisfaction survey analysis report (PDF) or its forms (Excel); without --survey, the latest survey.</source>
        <translation>把报表写入一个新文件：customers、dossier、certificates、archive、loans、overdue、survey 或 audit。survey：满意度调查分析报告（PDF）或调查表明细（Excel）；不指定 --survey 时为最近一次调查。</translation>
    </message>
    <message>
        <source>start of the period (loans, audit)</source>
        <translation>期间开始（loans、audit）</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>the customer of a dossier</source>
        <translation>客户档案的客户编号</translation>
    </message>
    <message>
        <source>show full ID numbers (customers; only for users who may see them)</source>
        <translation>显示完整证件号码（customers；仅限有权查看的用户）</translation>
    </message>
    <message>
        <source>import customers from an Excel or CSV file</source>
        <translation>从 Excel 或 CSV 文件导入客户</translation>
    </message>
    <message>
        <source>Import customers from the first sheet of an Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK). The header row and the columns are recognised by their headers (and by the choices saved in the program&apos;s import). Every row is checked like the customer form; when any row has a problem, nothing is imported and the problems are listed, one line each: row, column, rule.</source>
        <translation>从 Excel 工作簿（.xlsx）的第一个工作表或 CSV 文件（UTF-8 或 GBK）导入客户。按表头识别标题行和各列（也使用程序导入时保存的对应关系）。每一行都按客户表单的规则检查；只要有一行有问题，就不导入任何数据，并逐行列出问题：行号、列、规则。</translation>
    </message>
    <message>
        <source>what to import: customers</source>
        <translation>导入什么：customers（客户）</translation>
    </message>
    <message>
        <source>check the file and say what would happen; write nothing</source>
        <translation>只检查文件并说明将会发生什么；不写入任何数据</translation>
    </message>
    <message>
        <source>what to do with rows whose ID number or phone is already on file: skip them, update those customers (filled-in cells only) or create new customers anyway. Default: none, i.e. list them and import nothing</source>
        <translation>证件号码或电话已存在的行如何处理：skip 跳过，update 更新这些客户（只更新已填写的单元格），create 仍新建客户。默认：不选，即列出这些行并且不导入任何数据</translation>
    </message>
    <message>
        <source>Interrupted; nothing was saved.</source>
        <translation>已中断，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Written (signed form)</source>
        <translation>书面（签字表格）</translation>
    </message>
    <message>
        <source>Electronic (ticked online or in an app)</source>
        <translation>电子（网上或应用内勾选）</translation>
    </message>
    <message>
        <source>Verbal (recorded by the office)</source>
        <translation>口头（由物业记录）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Property services and management</source>
        <translation>物业服务与管理</translation>
    </message>
    <message>
        <source>Fees, receipts and reminders</source>
        <translation>收费、票据和催缴</translation>
    </message>
    <message>
        <source>Return visits and satisfaction surveys</source>
        <translation>回访和满意度调查</translation>
    </message>
    <message>
        <source>Copies of ID documents (sensitive personal information)</source>
        <translation>身份证件复印件（敏感个人信息）</translation>
    </message>
    <message>
        <source>Providing information to a third party</source>
        <translation>向第三方提供信息</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Scope (which information)</source>
        <translation>范围（哪些信息）</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>告知书版本</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <source>Separate consent</source>
        <translation>单独同意</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Withdrawal note</source>
        <translation>撤回说明</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>不是允许的值</translation>
    </message>
    <message>
        <source>No such consent.</source>
        <translation>没有这条同意记录。</translation>
    </message>
    <message>
        <source>This consent was withdrawn on {date} already.</source>
        <translation>此同意已于 {date} 撤回。</translation>
    </message>
    <message>
        <source>may not be before the consent was given ({date})</source>
        <translation>不能早于同意日期（{date}）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>On file since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>Dossier entries</source>
        <translation>档案记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>Occupancies</source>
        <translation>入住记录</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房屋单元</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>Archive files</source>
        <translation>档案卷</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>权证</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>权证</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>权利人</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Loans of your files</source>
        <translation>您的档案的借阅记录</translation>
    </message>
    <message>
        <source>Loan no.</source>
        <translation>借阅编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>Survey forms</source>
        <translation>调查表</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Copy of your personal information</source>
        <translation>您的个人信息副本</translation>
    </message>
    <message>
        <source>Everything the office keeps about you in its records program, as of the printing date, provided at your request under the Personal Information Protection Law.</source>
        <translation>截至打印日，本单位档案程序中保存的关于您的全部信息，依《个人信息保护法》应您的要求提供。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>登记同意</translation>
    </message>
    <message>
        <source>e.g. name, phone, ID number, unit</source>
        <translation>如姓名、电话、证件号码、房号</translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation>如 2026-01</translation>
    </message>
    <message>
        <source>Separate consent (sensitive information, third parties)</source>
        <translation>单独同意（敏感信息、第三方）</translation>
    </message>
    <message>
        <source>Consents — {code} {name}</source>
        <translation>同意记录：{code} {name}</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>登记同意…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Consents to the processing of personal information (PIPL). A withdrawn consent stays on file, marked with the date of withdrawal.</source>
        <translation>个人信息处理同意记录（个人信息保护法）。撤回的同意仍保留在档案中，并注明撤回日期。</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>The customer withdraws the consent to: {purpose}</source>
        <translation>客户撤回对以下处理的同意：{purpose}</translation>
    </message>
    <message>
        <source>Personal information of {code}</source>
        <translation>{code} 的个人信息</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>保存{title}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Preparing {title}…</source>
        <translation>正在生成{title}……</translation>
    </message>
    <message>
        <source>The copy could not be made: {error}</source>
        <translation>无法生成副本：{error}</translation>
    </message>
    <message>
        <source>The copy could not be saved: {error}</source>
        <translation>无法保存副本：{error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Contact type</source>
        <translation>联系人类型</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Main contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Daily contact</source>
        <translation>日常联系人</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>No such contact.</source>
        <translation>没有这个联系人。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Field name</source>
        <translation>字段名称</translation>
    </message>
    <message>
        <source>Field type</source>
        <translation>字段类型</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>No such custom field.</source>
        <translation>没有这个自定义字段。</translation>
    </message>
    <message>
        <source>Customers already have values in {label}: its type cannot change. Add a new field instead.</source>
        <translation>已有客户在“{label}”中填了值，不能更改其类型。请另加一个新字段。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Edit custom field</source>
        <translation>修改自定义字段</translation>
    </message>
    <message>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <source>e.g. Customer source</source>
        <translation>例如：客户来源</translation>
    </message>
    <message>
        <source>separated by commas, e.g. walk-in, referral, online</source>
        <translation>用逗号分隔，例如：上门, 介绍, 网络</translation>
    </message>
    <message>
        <source>In use (shown in the customer form)</source>
        <translation>启用（显示在客户表单中）</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Custom fields appear in the customer form and are found by the search. A field no longer needed is retired, not deleted: its values stay on file.</source>
        <translation>自定义字段显示在客户表单中，也能被搜索到。不再需要的字段可以停用而不删除：已填的值继续保存。</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>单元/房号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>退租</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>{field} already belongs to {code} {name}</source>
        <translation>{field}已属于 {code} {name}</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>没有这位客户。</translation>
    </message>
    <message>
        <source>The dossier of {code} is closed ({status}): only a record keeper or a manager may change it.</source>
        <translation>{code} 的档案已关闭（{status}）：只有档案管理员或高级管理人员可以修改。</translation>
    </message>
    <message>
        <source>Same ID number / credit code</source>
        <translation>证件号码/信用代码相同</translation>
    </message>
    <message>
        <source>Same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Same name, similar address</source>
        <translation>名称相同，地址相近</translation>
    </message>
    <message>
        <source>Same unit, similar name</source>
        <translation>单元相同，名称相近</translation>
    </message>
    <message>
        <source>Only the ID number and the phone can be revealed.</source>
        <translation>只能查看证件号码和电话的完整号码。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No customer has the code {code}.</source>
        <translation>没有客户编号为 {code} 的客户。</translation>
    </message>
    <message>
        <source>Move-out date</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>{code} is not an active customer ({status}).</source>
        <translation>{code} 不是在册客户（{status}）。</translation>
    </message>
    <message>
        <source>{code} still occupies {units}: record the move-out on the property desk (Property → the unit&apos;s dossier).</source>
        <translation>{code} 仍在 {units} 入住：请在物业中办理退租（物业 → 单元档案）。</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自己合并。</translation>
    </message>
    <message>
        <source>A destroyed record cannot be changed.</source>
        <translation>已销毁的记录不能修改。</translation>
    </message>
    <message>
        <source>Customer codes are out of step; nothing was added.</source>
        <translation>客户编号序列不一致，未添加任何客户。</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>person&apos;s or company&apos;s full name</source>
        <translation>个人姓名或企业全称</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>mobile 13812345678 or landline 0591-87654321</source>
        <translation>手机 13812345678 或座机 0591-87654321</translation>
    </message>
    <message>
        <source>e.g. 3-2-1201</source>
        <translation>例如 3-2-1201</translation>
    </message>
    <message>
        <source>separated by commas or spaces, e.g. VIP, arrears</source>
        <translation>用逗号或空格分隔，例如：VIP, 欠费</translation>
    </message>
    <message>
        <source>a number, e.g. 12.5</source>
        <translation>数字，例如 12.5</translation>
    </message>
    <message>
        <source>Possible duplicate: {matches}.

Save anyway?</source>
        <translation>可能重复：{matches}。

仍要保存吗？</translation>
    </message>
    <message>
        <source>Not saved: possible duplicate of {matches}.</source>
        <translation>未保存：可能与 {matches} 重复。</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Unit / address</source>
        <translation>房号/地址</translation>
    </message>
    <message>
        <source>Search: name, pinyin initials (zw), phone, ID number, unit, company, code</source>
        <translation>搜索：姓名、拼音首字母（zw）、电话、证件号码、房号、单位、客户编号</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Moved out or archived</source>
        <translation>已退租或已归档</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>共 {n} 位客户</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Edit contact</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>e.g. spouse, father, finance</source>
        <translation>例如 配偶、父亲、财务</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the contact {name}?</source>
        <translation>删除联系人 {name}？</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Show the full ID number…</source>
        <translation>显示完整证件号码…</translation>
    </message>
    <message>
        <source>Show the full phone…</source>
        <translation>显示完整电话…</translation>
    </message>
    <message>
        <source>{unit} ({role}, {start} to {end})</source>
        <translation>{unit}（{role}，{start} 至 {end}）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message>
        <source>Units: {units}</source>
        <translation>入住单元：{units}</translation>
    </message>
    <message>
        <source>Show a masked number</source>
        <translation>查看完整号码</translation>
    </message>
    <message>
        <source>Why do you need the full number? The reason is recorded.</source>
        <translation>为什么需要查看完整号码？理由将记入操作日志。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Move out…</source>
        <translation>退租…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>恢复在册</translation>
    </message>
    <message>
        <source>Dossier (PDF)…</source>
        <translation>打印档案（PDF）…</translation>
    </message>
    <message>
        <source>Copy for the customer (PDF)…</source>
        <translation>个人信息副本（PDF）…</translation>
    </message>
    <message>
        <source>Everything kept about this customer, for a request under the Personal Information Protection Law</source>
        <translation>本客户的全部记录，用于客户依《个人信息保护法》提出的查阅、复制请求</translation>
    </message>
    <message>
        <source>Copy for the customer (Excel)…</source>
        <translation>客户个人信息副本（Excel）…</translation>
    </message>
    <message>
        <source>The same copy as an Excel workbook, one sheet per kind of record</source>
        <translation>同样的副本，Excel 工作簿，每类记录一个工作表</translation>
    </message>
    <message>
        <source>Consents…</source>
        <translation>同意记录…</translation>
    </message>
    <message>
        <source>Request deletion (PIPL)…</source>
        <translation>申请删除（个人信息保护法）…</translation>
    </message>
    <message>
        <source>The customer asks for their personal information to be deleted: a destruction request a manager approves</source>
        <translation>客户要求删除其个人信息：生成一份由经理审批的销毁申请</translation>
    </message>
    <message>
        <source>Personal information of {code}</source>
        <translation>{code} 的个人信息副本</translation>
    </message>
    <message>
        <source>Dossier of {code}</source>
        <translation>{code} 的客户档案</translation>
    </message>
    <message>
        <source>Dossier — {code} {name}</source>
        <translation>客户档案 — {code} {name}</translation>
    </message>
    <message>
        <source>{status} since {date}.</source>
        <translation>{date} 起{status}。</translation>
    </message>
    <message>
        <source>The dossier is kept read-only.</source>
        <translation>档案保留为只读。</translation>
    </message>
    <message>
        <source>Make {code} {name} an active customer again?</source>
        <translation>将 {code} {name} 恢复为在册客户？</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>不保存修改就关闭吗？</translation>
    </message>
    <message>
        <source>Move out — {code} {name}</source>
        <translation>退租 — {code} {name}</translation>
    </message>
    <message>
        <source>The dossier stays on file; clerks can then only read it.</source>
        <translation>档案继续保存；此后业务录入员只能查看。</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>退租</translation>
    </message>
</context>
<context>
    <name>DossierReport</name>
    <message>
        <source>Copy of your personal information</source>
        <translation>个人信息副本</translation>
    </message>
    <message>
        <source>Customer dossier</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>This is everything the office keeps about you in its records program, as of the printing date below, provided at your request under the Personal Information Protection Law.</source>
        <translation>以下是截至打印日期本单位在客户档案系统中保存的有关您的全部信息，应您依《个人信息保护法》提出的请求提供。</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source> (void: {reason})</source>
        <translation>（已作废：{reason}）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Archive files</source>
        <translation>档案卷</translation>
    </message>
    <message>
        <source>Archive number</source>
        <translation>档案号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Original certificates</source>
        <translation>权证原件</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>权证</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>权利人</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <source>Void since {when} by {who}: {reason}</source>
        <translation>{when} 由 {who} 作废：{reason}</translation>
    </message>
    <message>
        <source>Void since {when}: {reason}</source>
        <translation>{when} 作废：{reason}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Edit — {kind}</source>
        <translation>修改 — {kind}</translation>
    </message>
    <message>
        <source>New — {kind}</source>
        <translation>新建 — {kind}</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <source>The entry stays in the dossier, marked void, with the reason.</source>
        <translation>记录仍保留在档案中，标为作废并注明原因。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Add an entry (Ctrl+N)</source>
        <translation>添加记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>Payments &amp; deposits</source>
        <translation>缴费/押金</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>起始期间</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>截止期间</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>缴费状态</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>应缴日期</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴费日期</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报修日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>维修人</translation>
    </message>
    <message>
        <source>Repair status</source>
        <translation>维修状态</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Return-visit result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Feedback to customer</source>
        <translation>反馈客户</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Visits &amp; return visits</source>
        <translation>拜访/回访</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>拜访类型</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>往来文件</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>收/发</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Violations &amp; arrears</source>
        <translation>违规/欠费</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Scope of work</source>
        <translation>装修内容</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>装修押金（元）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>完工日期</translation>
    </message>
    <message>
        <source>Renovation status</source>
        <translation>装修状态</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>验收情况</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Payment habit</source>
        <translation>付款习惯</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>违约次数</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退还</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>5 very satisfied</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <source>4 satisfied</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <source>3 neutral</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <source>2 dissatisfied</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <source>1 very dissatisfied</source>
        <translation>1 非常不满意</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>收文</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>发文</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Pays on time</source>
        <translation>按时付款</translation>
    </message>
    <message>
        <source>Sometimes late</source>
        <translation>偶有拖欠</translation>
    </message>
    <message>
        <source>Often late</source>
        <translation>经常拖欠</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Repair finished</source>
        <translation>报修完成</translation>
    </message>
    <message>
        <source>Complaint closed</source>
        <translation>投诉结案</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>No such dossier entry.</source>
        <translation>没有这条档案记录。</translation>
    </message>
    <message>
        <source>{days} days after: {event}</source>
        <translation>{event}后 {days} 天</translation>
    </message>
    <message>
        <source>A voided entry cannot be changed.</source>
        <translation>已作废的记录不能修改。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The entry is already void.</source>
        <translation>该记录已作废。</translation>
    </message>
    <message>
        <source>Voided with entry {id}: {reason}</source>
        <translation>随记录 {id} 一并作废：{reason}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The key does not open this database: the recovery key is wrong or the file is not a KeDang database. The file was not changed.</source>
        <translation>密钥无法打开此数据库：恢复密钥不正确，或该文件不是客档数据库。文件未被改动。</translation>
    </message>
    <message>
        <source>The database file is damaged and was not changed. Restore the newest verified backup.</source>
        <translation>数据库文件已损坏，程序未对其做任何修改。请从最近一次经过验证的备份恢复。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of KeDang (schema {version}; this program knows up to {latest}). Install the newer version.</source>
        <translation>此数据库由更新版本的客档写入（结构版本 {version}，本程序最高支持 {latest}）。请安装新版本。</translation>
    </message>
    <message>
        <source>A file already exists at {path}; KeDang never overwrites it.</source>
        <translation>{path} 处已有文件；客档不会覆盖它。</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <source>The database cannot be kept on a network share or a mapped network drive: choose a folder on this computer&apos;s own disk.</source>
        <translation>数据库不能放在网络共享或映射的网络驱动器上：请选择本机磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>The file is not a KeDang database.</source>
        <translation>该文件不是客档数据库。</translation>
    </message>
    <message>
        <source>The database could not be created: {error}</source>
        <translation>无法创建数据库：{error}</translation>
    </message>
    <message>
        <source>Database error: {error}</source>
        <translation>数据库错误：{error}</translation>
    </message>
    <message>
        <source>The file or folder cannot be written: permission denied ({name}).</source>
        <translation>无法写入文件或文件夹：没有权限（{name}）。</translation>
    </message>
    <message>
        <source>The file could not be read or written: {error}</source>
        <translation>无法读写文件：{error}</translation>
    </message>
    <message>
        <source>Unexpected error ({name}). Nothing was saved; please try again.</source>
        <translation>发生意外错误（{name}）。未保存任何内容，请重试。</translation>
    </message>
    <message>
        <source>The key of this database is not in this computer&apos;s key store. Enter the recovery key from the recovery sheet.</source>
        <translation>本机凭据库中没有此数据库的密钥。请输入恢复密钥单上的恢复密钥。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Not allowed: the role {role} may not {action}.</source>
        <translation>无权操作：{role}不能{action}。</translation>
    </message>
    <message>
        <source>Your session has ended: your account was deactivated or its role was changed. Sign in again; nothing was changed.</source>
        <translation>您的登录已失效：账户已被停用或角色已更改。请重新登录；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消；未保存任何数据。</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 处</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problems.</source>
        <translation>未导入任何数据：共 {n} 处问题。</translation>
    </message>
    <message>
        <source>{name} has no sheet number {n}.</source>
        <translation>{name} 没有第 {n} 个工作表。</translation>
    </message>
    <message>
        <source>{name} has no sheet called {sheet}.</source>
        <translation>{name} 没有名为 {sheet} 的工作表。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空的。</translation>
    </message>
    <message>
        <source>The sheet {sheet} in {name} has no rows.</source>
        <translation>{name} 中的工作表 {sheet} 没有数据行。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook KeDang can read.</source>
        <translation>{name} 不是客档能读取的 Excel 工作簿。</translation>
    </message>
    <message>
        <source>{name} is larger than {mb} MB; split it into smaller files.</source>
        <translation>{name} 超过 {mb} MB；请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation>没有文件 {name}。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 (.xls) workbook or is protected with a password. Open it in Excel or WPS, choose Save As, and save it as an Excel workbook (.xlsx) without a password; then import the .xlsx file.</source>
        <translation>{name} 是旧版 Excel 97-2003（.xls）工作簿或设有密码。请在 Excel 或 WPS 中打开，选择“另存为”，保存为不设密码的 Excel 工作簿（.xlsx），再导入该 .xlsx 文件。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx). Save it as .xlsx or as CSV in Excel or WPS.</source>
        <translation>{name} 不是 Excel 工作簿（.xlsx）。请在 Excel 或 WPS 中另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>{name} has no sheets.</source>
        <translation>{name} 没有工作表。</translation>
    </message>
    <message>
        <source>{name} is not a workbook KeDang can read. Open it in Excel or WPS and save it as an Excel workbook (.xlsx).</source>
        <translation>{name} 不是客档能读取的工作簿。请在 Excel 或 WPS 中打开并另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Choose an Excel workbook (.xlsx) or a CSV file (.csv).</source>
        <translation>请选择 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。</translation>
    </message>
    <message>
        <source>{name} is not a text file in UTF-8 or GBK. Save it in Excel or WPS as an Excel workbook (.xlsx) or as CSV (UTF-8).</source>
        <translation>{name} 不是 UTF-8 或 GBK 编码的文本文件。请在 Excel 或 WPS 中另存为 Excel 工作簿（.xlsx）或 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>{name} is not a CSV file KeDang can read.</source>
        <translation>{name} 不是客档能读取的 CSV 文件。</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>证件号码/统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>紧急联系人电话</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>第 {letter} 列</translation>
    </message>
    <message>
        <source>{field} is not a field a column can be imported into.</source>
        <translation>“{field}”不是可以导入的字段。</translation>
    </message>
    <message>
        <source>{field} is chosen for two columns; choose it for one only.</source>
        <translation>“{field}”被两列同时选中；只能选给一列。</translation>
    </message>
    <message>
        <source>Choose the column that holds the {field}.</source>
        <translation>请选择存放“{field}”的列。</translation>
    </message>
    <message>
        <source>Row {row}, {column} &quot;{value}&quot;: {rule}</source>
        <translation>第 {row} 行，{column}“{value}”：{rule}</translation>
    </message>
    <message>
        <source>Choose what to do with row {row}: skip, update or add.</source>
        <translation>请选择第 {row} 行的处理方式：跳过、更新或新增。</translation>
    </message>
    <message>
        <source>&quot;{choice}&quot; is not skip, update or create.</source>
        <translation>“{choice}”不是 skip、update 或 create。</translation>
    </message>
    <message>
        <source>Choose the header row.</source>
        <translation>请选择标题行。</translation>
    </message>
    <message>
        <source>There are no customers below the header row (row {row}).</source>
        <translation>标题行（第 {row} 行）下面没有客户。</translation>
    </message>
    <message>
        <source>the same ID number / credit code is in row {row}</source>
        <translation>第 {row} 行有相同的证件号码/信用代码</translation>
    </message>
    <message>
        <source>the same phone is in row {row}</source>
        <translation>第 {row} 行有相同的电话</translation>
    </message>
    <message>
        <source>is stored as a number, which keeps only 15 digits: format the column as text (文本) and type the ID numbers again</source>
        <translation>以数字格式保存，只能保留 15 位：请把该列设置为“文本”格式，重新输入证件号码</translation>
    </message>
    <message>
        <source>this field is not used for the customer type {kind}</source>
        <translation>客户类型为“{kind}”时不使用此字段</translation>
    </message>
    <message>
        <source>{rule} (the cell is stored as a number, which drops a leading 0: format the column as text)</source>
        <translation>{rule}（单元格以数字保存，开头的 0 会丢失：请把该列设置为文本格式）</translation>
    </message>
    <message>
        <source>row {row} already updates {code}</source>
        <translation>第 {row} 行已经更新 {code}</translation>
    </message>
    <message>
        <source>the dossier of {code} is closed: only a record keeper or a manager may change it</source>
        <translation>{code} 的档案已关闭：只有档案管理员或经理可以修改</translation>
    </message>
    <message>
        <source>Row {row} cannot update the customer on file: {why}</source>
        <translation>第 {row} 行不能更新已有客户：{why}</translation>
    </message>
    <message>
        <source>The customers on file changed while the file was being checked (row {row}); nothing was imported. Check the file again.</source>
        <translation>检查文件期间已有客户发生了变化（第 {row} 行）；未导入任何数据。请重新检查文件。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, header in row {row}</source>
        <translation>{file}，工作表 {sheet}，标题在第 {row} 行</translation>
    </message>
    <message>
        <source>{n} problems in {bad} of {rows} rows. Nothing was imported: correct the file and import it again.</source>
        <translation>{rows} 行中有 {bad} 行共 {n} 处问题。未导入任何数据：请修改文件后重新导入。</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>How to fill in this template</source>
        <translation>模板填写说明</translation>
    </message>
    <message>
        <source>One customer per row, below the header row. Columns marked * are required.</source>
        <translation>标题行下每行一个客户。标有 * 的列必须填写。</translation>
    </message>
    <message>
        <source>Customer type: 个人 (person) or 企业 (company); left empty, a valid credit code means a company, anything else a person.</source>
        <translation>客户类型：个人或企业；留空时，有效的统一社会信用代码视为企业，其余视为个人。</translation>
    </message>
    <message>
        <source>Level: 重点 (key), 一般 (normal) or 潜在 (potential); left empty: 一般.</source>
        <translation>客户等级：重点、一般或潜在；留空为一般。</translation>
    </message>
    <message>
        <source>ID number: the 18-character resident ID number of a person or the unified social credit code of a company.</source>
        <translation>证件号码：个人填 18 位居民身份证号码，企业填统一社会信用代码。</translation>
    </message>
    <message>
        <source>Keep the ID number and phone columns formatted as text: a number cell keeps only 15 digits, and an ID number stored as a number is refused.</source>
        <translation>证件号码和电话列请保持“文本”格式：数字格式只保留 15 位，以数字保存的证件号码会被拒绝。</translation>
    </message>
    <message>
        <source>Tags: separated by commas or spaces. Contact and emergency contact: a name and a phone.</source>
        <translation>标签：用逗号或空格分隔。联系人和紧急联系人：填写姓名和电话。</translation>
    </message>
    <message>
        <source>Row 2 is an example: delete it or replace it with a real customer before importing.</source>
        <translation>第 2 行是示例：导入前请删除或改为真实客户。</translation>
    </message>
    <message>
        <source>Nothing is imported while any row has a problem; the problems can be saved as a workbook, corrected and imported again.</source>
        <translation>只要有一行有问题就不导入任何数据；可以把问题清单保存为工作簿，修改后重新导入。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update the customer on file</source>
        <translation>更新已有客户</translation>
    </message>
    <message>
        <source>Add as a new customer</source>
        <translation>作为新客户添加</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK) with one customer per row. The template has the right columns and an example row.</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GBK），每行一个客户。模板中有正确的列和一行示例。</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Save the template workbook…</source>
        <translation>保存导入模板…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Excel or CSV (*.xlsx *.csv);;All files (*)</source>
        <translation>Excel 或 CSV (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File: {name} ({n} sheets)</source>
        <translation>文件：{name}（{n} 个工作表）</translation>
    </message>
    <message>
        <source>Save the template workbook</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Customer import template</source>
        <translation>客户导入模板</translation>
    </message>
    <message>
        <source>Sheet and header row</source>
        <translation>工作表和标题行</translation>
    </message>
    <message>
        <source>The header row holds the column titles; the customers are the rows below it.</source>
        <translation>标题行是各列的名称；客户在它下面的各行。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Choose the field each column goes into. Columns were matched by their titles; columns you do not need stay &quot;do not import&quot;.</source>
        <translation>为每一列选择要导入的字段。已按列标题自动对应；不需要的列保持“不导入”。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几行内容</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Remember these choices for files with these column titles</source>
        <translation>以后遇到相同列标题的文件时使用这些选择</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Save the problems as Excel…</source>
        <translation>把问题保存为 Excel…</translation>
    </message>
    <message>
        <source>Already on file</source>
        <translation>已有客户</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>For every row that is already on file:</source>
        <translation>所有与已有客户重复的行：</translation>
    </message>
    <message>
        <source>{n} problems in {bad} of {rows} rows. Nothing can be imported until the file is corrected: save the problems as Excel, correct the file and import it again.</source>
        <translation>{rows} 行中有 {bad} 行共 {n} 处问题。文件改正前不能导入：请把问题保存为 Excel，改正文件后重新导入。</translation>
    </message>
    <message>
        <source>{rows} rows checked, no problems. Import adds {added}, updates {updated} and skips {skipped} customers.</source>
        <translation>已检查 {rows} 行，没有问题。导入将新增 {added}、更新 {updated}、跳过 {skipped} 个客户。</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}……</translation>
    </message>
    <message>
        <source>The file could not be checked: {error}</source>
        <translation>无法检查文件：{error}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}……</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>未导入任何数据：{error}</translation>
    </message>
    <message>
        <source>Imported from {file}: {added} added, {updated} updated, {skipped} skipped.</source>
        <translation>已从 {file} 导入：新增 {added}，更新 {updated}，跳过 {skipped}。</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>KeDang is locked</source>
        <translation>客档已锁定</translation>
    </message>
    <message>
        <source>The program was locked to keep the records private. {name}, enter your password to go on.</source>
        <translation>为保护档案信息，程序已锁定。{name}，请输入密码继续使用。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Quit KeDang</source>
        <translation>退出客档</translation>
    </message>
    <message>
        <source>Too many wrong passwords: KeDang closes.</source>
        <translation>密码错误次数过多：客档将关闭。</translation>
    </message>
    <message>
        <source>Wrong password. {n} attempts left before KeDang closes.</source>
        <translation>密码错误。再错 {n} 次客档将关闭。</translation>
    </message>
    <message>
        <source>KeDang (locked)</source>
        <translation>客档（已锁定）</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>KeDang — sign in</source>
        <translation>客档 — 登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in to the customer records</source>
        <translation>登录客户档案</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Recovery key needed</source>
        <translation>需要恢复密钥</translation>
    </message>
    <message>
        <source>This computer does not hold the key of the database
{path}

This happens on a new PC, a new Windows account, or when the saved key was lost. Type the recovery key from the recovery sheet kept in the safe. The key is then kept on this computer again.</source>
        <translation>本机没有保存数据库
{path}
的密钥。

更换电脑、使用新的 Windows 账户或保存的密钥丢失时会出现这种情况。请输入保险柜中恢复密钥单上的恢复密钥，之后本机会重新保存该密钥。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KeDang — customer records</source>
        <translation>客档 — 客户档案</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>当前用户：{name}（{role}）</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock after idle &amp;minutes…</source>
        <translation>无操作自动锁定(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import customers from Excel…</source>
        <translation>从 Excel 导入客户(&amp;I)…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Follow-up rules…</source>
        <translation>回访规则(&amp;F)…</translation>
    </message>
    <message>
        <source>Custom &amp;fields…</source>
        <translation>自定义字段(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Change the database &amp;key…</source>
        <translation>更换数据库密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Company name and &amp;logo…</source>
        <translation>公司名称和标志(&amp;L)…</translation>
    </message>
    <message>
        <source>A&amp;rchive settings…</source>
        <translation>档案设置(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Archive register</source>
        <translation>档案台帐(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Certificate register</source>
        <translation>权证台帐(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Handovers</source>
        <translation>移交(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Borrowing ledger</source>
        <translation>借阅登记(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Stock-take of the safe</source>
        <translation>保险柜盘点(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Satisfaction surveys…</source>
        <translation>满意度调查(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Buildings, units and occupancy…</source>
        <translation>楼栋、单元与入住(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Keys held for tenants…</source>
        <translation>代保管钥匙(&amp;K)…</translation>
    </message>
    <message>
        <source>Folder &amp;labels…</source>
        <translation>档案标牌(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Overdue loans (PDF)…</source>
        <translation>逾期清单（PDF）(&amp;O)…</translation>
    </message>
    <message>
        <source>Retention and &amp;destruction…</source>
        <translation>保管期限与销毁(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;tention periods…</source>
        <translation>保管期限(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Export the customer list (&amp;Excel)…</source>
        <translation>导出客户一览表（Excel）(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the customer list (&amp;PDF)…</source>
        <translation>导出客户一览表（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view of the customer list…</source>
        <translation>客户一览表打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>系统管理(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>档案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Property</source>
        <translation>物业(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Today panel</source>
        <translation>今日待办面板(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About KeDang</source>
        <translation>关于客档(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Saved {code} {name}</source>
        <translation>已保存 {code} {name}</translation>
    </message>
    <message>
        <source>Include the full ID numbers? Answer No to print them masked (recommended).</source>
        <translation>包含完整的证件号码吗？选“否”则部分隐藏（建议）。</translation>
    </message>
    <message>
        <source>Change the key of the database? The records are copied under a new key and checked before the copy replaces the file. The old recovery sheet stops working: you will print a new one.</source>
        <translation>要更换数据库密钥吗？数据将用新密钥复制一份，检查无误后才替换原文件。旧的恢复密钥单将失效：请打印新的恢复密钥单。</translation>
    </message>
    <message>
        <source>The key was not changed: {error}</source>
        <translation>密钥未更换：{error}</translation>
    </message>
    <message>
        <source>Save the new recovery sheet</source>
        <translation>保存新的恢复密钥单</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>恢复密钥单</translation>
    </message>
    <message>
        <source>Without the sheet, write the new recovery key down now:

{key}

Have you written it down?</source>
        <translation>没有密钥单时，请现在抄下新的恢复密钥：

{key}

已经抄好了吗？</translation>
    </message>
    <message>
        <source>The key was changed. Print the new recovery sheet, keep it in the safe and destroy the old one.</source>
        <translation>密钥已更换。请打印新的恢复密钥单，放入保险柜，并销毁旧的密钥单。</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source>Lock the program after this many minutes without use (0: never):</source>
        <translation>无操作多少分钟后锁定程序（0 表示从不）：</translation>
    </message>
    <message>
        <source>search: {text}</source>
        <translation>搜索：{text}</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户一览表</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>逾期未还清单</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <source>The database failed a check. Restore the newest verified backup.</source>
        <translation>数据库未通过检查。请从最近一次经过验证的备份恢复。</translation>
    </message>
    <message>
        <source>The language changes the next time KeDang starts.</source>
        <translation>语言将在下次启动客档时切换。</translation>
    </message>
    <message>
        <source>KeDang {version}
Customer records for small offices, kept in one encrypted file.</source>
        <translation>客档 {version}
小型办公室的客户档案，全部保存在一个加密文件中。</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Dossier entries</source>
        <translation>档案记录</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Code A</source>
        <translation>编号 A</translation>
    </message>
    <message>
        <source>Name A</source>
        <translation>名称 A</translation>
    </message>
    <message>
        <source>Phone A</source>
        <translation>电话 A</translation>
    </message>
    <message>
        <source>Code B</source>
        <translation>编号 B</translation>
    </message>
    <message>
        <source>Name B</source>
        <translation>名称 B</translation>
    </message>
    <message>
        <source>Phone B</source>
        <translation>电话 B</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{n} possible duplicates</source>
        <translation>{n} 对疑似重复</translation>
    </message>
    <message>
        <source>{drop} was merged into {keep}.</source>
        <translation>{drop} 已并入 {keep}。</translation>
    </message>
    <message>
        <source>Merge {a} and {b}</source>
        <translation>合并 {a} 和 {b}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep {code}</source>
        <translation>保留 {code}</translation>
    </message>
    <message>
        <source>After the merge:</source>
        <translation>合并后：</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>{code} is kept; {other} is removed.</source>
        <translation>保留 {code}；删除 {other}。</translation>
    </message>
    <message>
        <source>Moved over from {code}: {moved}</source>
        <translation>从 {code} 移过来：{moved}</translation>
    </message>
    <message>
        <source>{code} has no entries, contacts or attachments to move.</source>
        <translation>{code} 没有需要移过来的记录、联系人或附件。</translation>
    </message>
    <message>
        <source>Merge {drop} into {keep}?

{drop} is removed; its entries, contacts and attachments move to {keep}. This cannot be undone.</source>
        <translation>将 {drop} 并入 {keep}？

{drop} 将被删除，其档案记录、联系人和附件移到 {keep}。此操作不能撤销。</translation>
    </message>
</context>
<context>
    <name>Property</name>
    <message>
        <source>Unit</source>
        <translation>房屋单元</translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商铺</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Renovating</source>
        <translation>装修中</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Occupant company</source>
        <translation>入驻单位</translation>
    </message>
    <message>
        <source>In the key cabinet</source>
        <translation>在钥匙柜</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>Given back to the tenant</source>
        <translation>已交还租户</translation>
    </message>
    <message>
        <source>Unit registration form</source>
        <translation>单元登记表</translation>
    </message>
    <message>
        <source>ID or licence copy</source>
        <translation>身份证或营业执照复印件</translation>
    </message>
    <message>
        <source>Lease or purchase contract</source>
        <translation>租赁或购房合同</translation>
    </message>
    <message>
        <source>Emergency contact form</source>
        <translation>紧急联系人登记表</translation>
    </message>
    <message>
        <source>Meter reading confirmation</source>
        <translation>水、电表底数确认单</translation>
    </message>
    <message>
        <source>Renovation application</source>
        <translation>装修申请表</translation>
    </message>
    <message>
        <source>Parking space rent or sale</source>
        <translation>车位租售协议</translation>
    </message>
    <message>
        <source>Parking permit</source>
        <translation>停车许可证</translation>
    </message>
    <message>
        <source>Not printed yet</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>无需重印</translation>
    </message>
    <message>
        <source>To reprint</source>
        <translation>待重印</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>may not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>has at most two decimals</source>
        <translation>最多两位小数</translation>
    </message>
    <message>
        <source>is at most {n}</source>
        <translation>不能超过 {n}</translation>
    </message>
    <message>
        <source>The customer still has unpaid items:</source>
        <translation>该客户仍有未结清的项目：</translation>
    </message>
    <message>
        <source>Row {row}, {column} &quot;{value}&quot;: {rule}</source>
        <translation>第 {row} 行，{column}“{value}”：{rule}</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 处</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problems.</source>
        <translation>未导入任何数据：共 {n} 处问题。</translation>
    </message>
    <message>
        <source>No such building.</source>
        <translation>没有这个楼栋。</translation>
    </message>
    <message>
        <source>Building code</source>
        <translation>楼栋编号</translation>
    </message>
    <message>
        <source>may not contain a dash</source>
        <translation>不能包含“-”</translation>
    </message>
    <message>
        <source>{code} is already used by {name}</source>
        <translation>{code} 已被 {name} 使用</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>楼栋名称</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>cannot change while the building has units (their numbers start with it)</source>
        <translation>楼栋已有单元时不能修改（单元号以它开头）</translation>
    </message>
    <message>
        <source>No such unit.</source>
        <translation>没有这个单元。</translation>
    </message>
    <message>
        <source>Unit number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>不是可选项之一</translation>
    </message>
    <message>
        <source>{number} already exists in {building}</source>
        <translation>{building} 已有 {number}</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>is a whole number from {lo} to {hi}</source>
        <translation>应为 {lo} 到 {hi} 之间的整数</translation>
    </message>
    <message>
        <source>is above the top floor of {building} ({n})</source>
        <translation>高于 {building} 的顶层（{n} 层）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（㎡）</translation>
    </message>
    <message>
        <source>Choose an Excel workbook (.xlsx); save other files as .xlsx first.</source>
        <translation>请选择 Excel 工作簿（.xlsx）；其他格式请先另存为 .xlsx。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook KeDang can read.</source>
        <translation>{name} 不是客档能读取的 Excel 工作簿。</translation>
    </message>
    <message>
        <source>The workbook is empty.</source>
        <translation>工作簿是空的。</translation>
    </message>
    <message>
        <source>The first row needs the column {name}.</source>
        <translation>第一行需要有“{name}”列。</translation>
    </message>
    <message>
        <source>The workbook has no units below its header row.</source>
        <translation>工作簿的标题行下面没有单元。</translation>
    </message>
    <message>
        <source>is required, without a dash</source>
        <translation>必须填写，且不能包含“-”</translation>
    </message>
    <message>
        <source>appears twice in the workbook</source>
        <translation>在工作簿中重复出现</translation>
    </message>
    <message>
        <source>{code} {name} is not an active customer ({status}): reinstate the customer first.</source>
        <translation>{code} {name} 不是在册客户（{status}）：请先恢复该客户。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>{unit} already has a current {role}: {name} since {date}. Move them out first.</source>
        <translation>{unit} 已有当前{role}：{name}（自 {date} 起）。请先办理退租。</translation>
    </message>
    <message>
        <source>overlaps an earlier {role} of {unit} ({start} to {end})</source>
        <translation>与 {unit} 之前的{role}（{start} 至 {end}）时间重叠</translation>
    </message>
    <message>
        <source>Door keys</source>
        <translation>入户门钥匙</translation>
    </message>
    <message>
        <source>Papers received</source>
        <translation>已收资料</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>交付钥匙</translation>
    </message>
    <message>
        <source>Keys kept by the office</source>
        <translation>代保管钥匙</translation>
    </message>
    <message>
        <source>Key cabinet position</source>
        <translation>钥匙柜位置</translation>
    </message>
    <message>
        <source>Access cards</source>
        <translation>门禁卡</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Water meter</source>
        <translation>水表读数</translation>
    </message>
    <message>
        <source>Electricity meter</source>
        <translation>电表读数</translation>
    </message>
    <message>
        <source>Meters read on</source>
        <translation>抄表日期</translation>
    </message>
    <message>
        <source>may not be before {date}</source>
        <translation>不能早于 {date}</translation>
    </message>
    <message>
        <source>Signed for the office</source>
        <translation>物业签字</translation>
    </message>
    <message>
        <source>Signed by the customer</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>No such occupancy.</source>
        <translation>没有这条入住记录。</translation>
    </message>
    <message>
        <source>This occupancy ended on {date} already.</source>
        <translation>这条入住记录已于 {date} 结束。</translation>
    </message>
    <message>
        <source>Move-out date</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>may not be before the move-in date ({date})</source>
        <translation>不能早于入住日期（{date}）</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>退租</translation>
    </message>
    <message>
        <source>is lower than at move-in ({value})</source>
        <translation>低于入住时的读数（{value}）</translation>
    </message>
    <message>
        <source>Keys returned</source>
        <translation>交回钥匙</translation>
    </message>
    <message>
        <source>Access cards returned</source>
        <translation>交回门禁卡</translation>
    </message>
    <message>
        <source>The office&apos;s key &quot;{key}&quot; of {unit} is lent to {who}: take it back before the move-out.</source>
        <translation>{unit} 的代保管钥匙“{key}”已借给 {who}：请先收回再办理退租。</translation>
    </message>
    <message>
        <source>moved out of {unit}</source>
        <translation>从 {unit} 退租</translation>
    </message>
    <message>
        <source>No such key.</source>
        <translation>没有这把钥匙。</translation>
    </message>
    <message>
        <source>Overdue {n} days</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>The key is lent to {who} until {due}: it cannot be lent again.</source>
        <translation>钥匙已借给 {who}，应于 {due} 归还：不能再次借出。</translation>
    </message>
    <message>
        <source>The key was given back to the tenant on {date}.</source>
        <translation>钥匙已于 {date} 交还租户。</translation>
    </message>
    <message>
        <source>Lent to</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>借出日期</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>may not be before the lending date</source>
        <translation>不能早于借出日期</translation>
    </message>
    <message>
        <source>The key is not lent out.</source>
        <translation>钥匙没有借出。</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>may not be before the lending date ({date})</source>
        <translation>不能早于借出日期（{date}）</translation>
    </message>
    <message>
        <source>The key is lent to {who}: take it back into the cabinet first.</source>
        <translation>钥匙已借给 {who}：请先收回入柜。</translation>
    </message>
    <message>
        <source>Given back on</source>
        <translation>交还日期</translation>
    </message>
    <message>
        <source>Key of {unit} ({key}) lent to {who}</source>
        <translation>{unit} 的钥匙（{key}）借给 {who}</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>入住人</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Vacant units</source>
        <translation>空置单元一览</translation>
    </message>
    <message>
        <source>Occupancy by building</source>
        <translation>各楼栋入住情况</translation>
    </message>
    <message>
        <source>{n} units: {occupied} occupied, {vacant} vacant, {renovating} being renovated.</source>
        <translation>共 {n} 个单元：已入住 {occupied}，空置 {vacant}，装修中 {renovating}。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>{ins} move-ins and {outs} move-outs.</source>
        <translation>入住 {ins} 户，退租 {outs} 户。</translation>
    </message>
    <message>
        <source>Move-ins and move-outs</source>
        <translation>入住、退租登记</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>抄表日期</translation>
    </message>
    <message>
        <source>Meter readings at move-in and move-out</source>
        <translation>入住、退租水电表底数</translation>
    </message>
    <message>
        <source>{n} keys in keeping, {lent} of them lent out.</source>
        <translation>代保管钥匙 {n} 把，其中借出 {lent} 把。</translation>
    </message>
    <message>
        <source>Keys held for tenants</source>
        <translation>代保管钥匙登记</translation>
    </message>
    <message>
        <source>Folder labels</source>
        <translation>档案标牌</translation>
    </message>
    <message>
        <source>Unit dossier</source>
        <translation>单元档案</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>档案卷</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空置）</translation>
    </message>
    <message>
        <source>No labels to print.</source>
        <translation>没有要打印的标牌。</translation>
    </message>
    <message>
        <source>This building has no units yet: add them or import them from Excel.</source>
        <translation>这栋楼还没有单元：请新增或从 Excel 导入。</translation>
    </message>
    <message>
        <source>Building code (3 in 3-2-1201)</source>
        <translation>楼栋编号（3-2-1201 中的 3）</translation>
    </message>
    <message>
        <source>Unit in {building}</source>
        <translation>{building} 的单元</translation>
    </message>
    <message>
        <source>e.g. 2-1201 or 3栋2单元1201</source>
        <translation>如 2-1201 或 3栋2单元1201</translation>
    </message>
    <message>
        <source>empty: read from the number</source>
        <translation>留空：按房号推算</translation>
    </message>
    <message>
        <source>Move-in to {unit}</source>
        <translation>入住登记：{unit}</translation>
    </message>
    <message>
        <source>Meter readings at move-in</source>
        <translation>入住水、电表底数</translation>
    </message>
    <message>
        <source>Move in</source>
        <translation>办理入住</translation>
    </message>
    <message>
        <source>type a name, phone or code and pick the customer</source>
        <translation>请输入姓名、电话或编号并选择客户</translation>
    </message>
    <message>
        <source>Move-out from {unit}</source>
        <translation>退租登记：{unit}</translation>
    </message>
    <message>
        <source>{name} ({role}) since {date}</source>
        <translation>{name}（{role}），自 {date} 起</translation>
    </message>
    <message>
        <source>Final meter readings</source>
        <translation>退租水、电表读数</translation>
    </message>
    <message>
        <source>At move-in: water {water}, electricity {power}</source>
        <translation>入住时：水表 {water}，电表 {power}</translation>
    </message>
    <message>
        <source>No meter readings were taken at move-in.</source>
        <translation>入住时未登记水电表读数。</translation>
    </message>
    <message>
        <source>Move out</source>
        <translation>办理退租</translation>
    </message>
    <message>
        <source>Move out anyway? The unpaid items stay in the customer&apos;s dossier.</source>
        <translation>仍要办理退租吗？未结清的项目会保留在客户档案中。</translation>
    </message>
    <message>
        <source>Lend a key</source>
        <translation>借出钥匙</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Key kept for {unit}</source>
        <translation>{unit} 的代保管钥匙</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <source>Meters at move-in</source>
        <translation>入住时水电表</translation>
    </message>
    <message>
        <source>Meters at move-out</source>
        <translation>退租时水电表</translation>
    </message>
    <message>
        <source>Move in…</source>
        <translation>入住登记…</translation>
    </message>
    <message>
        <source>Move out…</source>
        <translation>退租…</translation>
    </message>
    <message>
        <source>Open customer dossier</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>Edit unit…</source>
        <translation>编辑单元…</translation>
    </message>
    <message>
        <source>Being renovated</source>
        <translation>装修中</translation>
    </message>
    <message>
        <source>Keep a key…</source>
        <translation>代保管钥匙…</translation>
    </message>
    <message>
        <source>Print label…</source>
        <translation>打印标牌…</translation>
    </message>
    <message>
        <source>Occupants, current first</source>
        <translation>入住记录（当前在前）</translation>
    </message>
    <message>
        <source>Unit dossier {unit}</source>
        <translation>单元档案 {unit}</translation>
    </message>
    <message>
        <source>Floor {floor}</source>
        <translation>楼层 {floor}</translation>
    </message>
    <message>
        <source>{area} m²</source>
        <translation>{area} ㎡</translation>
    </message>
    <message>
        <source>Label: {state}</source>
        <translation>标牌：{state}</translation>
    </message>
    <message>
        <source>water {water}, electricity {power} ({date})</source>
        <translation>水 {water}，电 {power}（{date}）</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>Choose the labels to print first.</source>
        <translation>请先选择要打印的标牌。</translation>
    </message>
    <message>
        <source>Filter by number or occupant</source>
        <translation>按房号或入住人筛选</translation>
    </message>
    <message>
        <source>Open unit dossier</source>
        <translation>打开单元档案</translation>
    </message>
    <message>
        <source>{n} units match {text}.</source>
        <translation>有 {n} 个单元符合“{text}”。</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} 个单元</translation>
    </message>
    <message>
        <source>Kept now</source>
        <translation>保管中</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>全部钥匙</translation>
    </message>
    <message>
        <source>Lend…</source>
        <translation>借出…</translation>
    </message>
    <message>
        <source>Back in the cabinet…</source>
        <translation>归还入柜…</translation>
    </message>
    <message>
        <source>Give back to tenant…</source>
        <translation>交还租户…</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>打印清单…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Key back in the cabinet</source>
        <translation>钥匙归还入柜</translation>
    </message>
    <message>
        <source>Key given back to the tenant</source>
        <translation>钥匙交还租户</translation>
    </message>
    <message>
        <source>Unit dossiers</source>
        <translation>单元档案</translation>
    </message>
    <message>
        <source>Archive files</source>
        <translation>档案卷</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name now</source>
        <translation>当前名称</translation>
    </message>
    <message>
        <source>Label says</source>
        <translation>标牌上写的</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Print labels (PDF)…</source>
        <translation>打印标牌（PDF）…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>{n} labels shown; {reprint} to reprint.</source>
        <translation>显示 {n} 个标牌；待重印 {reprint} 个。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Occupancy of the chosen building</source>
        <translation>所选楼栋的入住情况</translation>
    </message>
    <message>
        <source>Occupancy of every building</source>
        <translation>所有楼栋的入住情况</translation>
    </message>
    <message>
        <source>Move-ins and move-outs in the period</source>
        <translation>期间内的入住、退租</translation>
    </message>
    <message>
        <source>Meter readings in the period</source>
        <translation>期间内的水电表底数</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Property desk: {company}</source>
        <translation>物业管理：{company}</translation>
    </message>
    <message>
        <source>Unit number (3-2-1201, 3栋2单元1201, 1201), occupant or label code</source>
        <translation>房号（3-2-1201、3栋2单元1201、1201）、入住人或标牌编码</translation>
    </message>
    <message>
        <source>New building…</source>
        <translation>新增楼栋…</translation>
    </message>
    <message>
        <source>Edit building…</source>
        <translation>编辑楼栋…</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>新增单元…</translation>
    </message>
    <message>
        <source>Import units from Excel…</source>
        <translation>从 Excel 导入单元…</translation>
    </message>
    <message>
        <source>Floor view</source>
        <translation>楼层视图</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元列表</translation>
    </message>
    <message>
        <source>Keys held</source>
        <translation>代保管钥匙</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Add a building first.</source>
        <translation>请先新增楼栋。</translation>
    </message>
    <message>
        <source>Import units from Excel</source>
        <translation>从 Excel 导入单元</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} units imported.</source>
        <translation>已导入 {n} 个单元。</translation>
    </message>
    <message>
        <source>No unit matches {text}.</source>
        <translation>没有符合“{text}”的单元。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>保存{title}</translation>
    </message>
    <message>
        <source>Preparing {title}…</source>
        <translation>正在生成{title}……</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>报表未能保存：{error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止……</translation>
    </message>
    <message>
        <source>The report could not be printed: {error}</source>
        <translation>报表未能打印：{error}</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>无法启动打印机</translation>
    </message>
    <message>
        <source>The report could not be shown: {error}</source>
        <translation>报表无法显示：{error}</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>打印预览：{title}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>共 {count} 项</translation>
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
        <source>No records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>______-____-____</source>
        <translation>____年__月__日</translation>
    </message>
    <message>
        <source>Printed by {name} at {time}</source>
        <translation>打印人：{name}&#x3000;打印时间：{time}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>房号/单位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{n} customers.</source>
        <translation>共 {n} 位客户。</translation>
    </message>
    <message>
        <source>ID numbers are masked.</source>
        <translation>证件号码已部分隐藏。</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户一览表</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>{n} events.</source>
        <translation>共 {n} 条记录。</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>contacts {n}</source>
        <translation>联系人 {n}</translation>
    </message>
    <message>
        <source>dossier entries {n}</source>
        <translation>档案记录 {n}</translation>
    </message>
    <message>
        <source>attachments {n}</source>
        <translation>附件 {n}</translation>
    </message>
    <message>
        <source>survey forms made anonymous {n}</source>
        <translation>调查表改为匿名 {n}</translation>
    </message>
    <message>
        <source>occupancies kept without signatures {n}</source>
        <translation>入住记录去除签名后保留 {n}</translation>
    </message>
    <message>
        <source>paper files destroyed: {numbers}</source>
        <translation>销毁纸质档案：{numbers}</translation>
    </message>
    <message>
        <source>certificate records kept without the holder&apos;s name {n}</source>
        <translation>权证记录去除权利人姓名后保留 {n}</translation>
    </message>
    <message>
        <source>basic information only</source>
        <translation>仅基本信息</translation>
    </message>
    <message>
        <source>{status} since {date}</source>
        <translation>{status}，自 {date} 起</translation>
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
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Kept since</source>
        <translation>保管起始</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>Destruction number</source>
        <translation>销毁编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>(at the customer&apos;s request under the PIPL)</source>
        <translation>（依个人信息保护法应客户要求）</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Rejected by</source>
        <translation>驳回人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>监销人</translation>
    </message>
    <message>
        <source>Destroyed by</source>
        <translation>销毁人</translation>
    </message>
    <message>
        <source>In all: {customers} customers, {entries} dossier entries, {attachments} attachments, {contacts} contacts.</source>
        <translation>合计：客户 {customers} 个，档案记录 {entries} 条，附件 {attachments} 个，联系人 {contacts} 个。</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>The audit log is kept; the recorded values of {n} events that named the customers were redacted.</source>
        <translation>操作日志予以保留；其中 {n} 条提及这些客户的日志内容已做脱敏处理。</translation>
    </message>
    <message>
        <source>Destruction record</source>
        <translation>销毁记录</translation>
    </message>
    <message>
        <source>Customers, after moving out or archiving (years)</source>
        <translation>客户：退租或归档后（年）</translation>
    </message>
    <message>
        <source>Dossier entries, after their date (years)</source>
        <translation>档案记录：记录日期后（年）</translation>
    </message>
    <message>
        <source>Attachments, after they were added (years)</source>
        <translation>附件：添加后（年）</translation>
    </message>
    <message>
        <source>Customer (whole dossier)</source>
        <translation>客户（整份档案）</translation>
    </message>
    <message>
        <source>Dossier entry</source>
        <translation>档案记录</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>{code} (whole dossier)</source>
        <translation>{code}（整份档案）</translation>
    </message>
    <message>
        <source>Customer {id} no longer exists.</source>
        <translation>客户 {id} 已不存在。</translation>
    </message>
    <message>
        <source>{code} is already destroyed.</source>
        <translation>{code} 已经销毁。</translation>
    </message>
    <message>
        <source>{code} still occupies {units}: record the move-out first.</source>
        <translation>{code} 仍在 {units} 入住：请先办理退租。</translation>
    </message>
    <message>
        <source>The office still keeps the key &quot;{key}&quot; of {unit} for {code} ({status}): give it back first.</source>
        <translation>物业仍为 {code} 保管 {unit} 的钥匙“{key}”（{status}）：请先交还。</translation>
    </message>
    <message>
        <source>lent out</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>in the cabinet</source>
        <translation>在钥匙柜</translation>
    </message>
    <message>
        <source>Archive file {number} of {code} is on loan: take it back first.</source>
        <translation>{code} 的档案 {number} 已借出：请先收回。</translation>
    </message>
    <message>
        <source>Certificate {number} of {code} is {status}: return it to the customer or cancel it first.</source>
        <translation>{code} 的权证 {number} {status}：请先退还客户或注销。</translation>
    </message>
    <message>
        <source>Loan {loan} of {code} is still open ({status}): finish it first.</source>
        <translation>{code} 的借阅 {loan} 尚未结束（{status}）：请先办结。</translation>
    </message>
    <message>
        <source>Handover {number} of {code} is not completed: complete or withdraw it first.</source>
        <translation>{code} 的移交 {number} 尚未完成：请先完成或撤回。</translation>
    </message>
    <message>
        <source>Cannot be destroyed:</source>
        <translation>不能销毁：</translation>
    </message>
    <message>
        <source>No such destruction request.</source>
        <translation>没有这份销毁申请。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>{kind} cannot be destroyed here</source>
        <translation>{kind}不能在此销毁</translation>
    </message>
    <message>
        <source>an item has no valid id</source>
        <translation>有一项记录的编号无效</translation>
    </message>
    <message>
        <source>{code} is {status}: only customers who moved out or were archived reach the end of their retention period.</source>
        <translation>{code} 状态为{status}：只有退租或归档的客户才会到期。</translation>
    </message>
    <message>
        <source>{kind} {id} no longer exists.</source>
        <translation>{kind} {id} 已不存在。</translation>
    </message>
    <message>
        <source>{item} is still open: finish it first.</source>
        <translation>{item} 尚未完成：请先办结。</translation>
    </message>
    <message>
        <source>{item}: records of this kind are kept without a time limit (see the retention periods).</source>
        <translation>{item}：此类记录永久保存（见保管期限）。</translation>
    </message>
    <message>
        <source>{item} is kept until {date}: it is not past its retention period yet.</source>
        <translation>{item} 保管至 {date}：尚未超过保管期限。</translation>
    </message>
    <message>
        <source>choose at least one record</source>
        <translation>请至少选择一条记录</translation>
    </message>
    <message>
        <source>{item} is already in destruction request {number}.</source>
        <translation>{item} 已在销毁申请 {number} 中。</translation>
    </message>
    <message>
        <source>Customer&apos;s request (PIPL)</source>
        <translation>客户要求（个人信息保护法）</translation>
    </message>
    <message>
        <source>Destruction request {number} is {status}: this step is not possible now.</source>
        <translation>销毁申请 {number} 状态为{status}：现在不能进行这一步。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>You requested {number} yourself: another manager must approve it.</source>
        <translation>{number} 是您本人申请的：须由另一位经理批准。</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>Status or kind</source>
        <translation>状态或类型</translation>
    </message>
    <message>
        <source>Past retention since</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Request destruction…</source>
        <translation>申请销毁…</translation>
    </message>
    <message>
        <source>{n} records are past their retention period.</source>
        <translation>有 {n} 条记录已超过保管期限。</translation>
    </message>
    <message>
        <source>{n} records will be destroyed once a manager approves: {items}</source>
        <translation>经理批准后将销毁 {n} 条记录：{items}</translation>
    </message>
    <message>
        <source>Request destruction</source>
        <translation>申请销毁</translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation>保管期满</translation>
    </message>
    <message>
        <source>Destruction request {number} was recorded. A manager other than you approves it.</source>
        <translation>销毁申请 {number} 已登记。须由另一位经理批准。</translation>
    </message>
    <message>
        <source>Approve destruction {number}</source>
        <translation>批准销毁 {number}</translation>
    </message>
    <message>
        <source>Destroy {items}. Reason: {reason}</source>
        <translation>销毁 {items}。理由：{reason}</translation>
    </message>
    <message>
        <source>Who watches the destruction, e.g. 赵监销</source>
        <translation>监销人姓名，如 赵监销</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Destroyed on</source>
        <translation>销毁日期</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Destroy now…</source>
        <translation>立即销毁…</translation>
    </message>
    <message>
        <source>Destruction record (PDF)…</source>
        <translation>销毁记录（PDF）…</translation>
    </message>
    <message>
        <source>{n} requests, {waiting} awaiting approval.</source>
        <translation>共 {n} 份申请，{waiting} 份待审批。</translation>
    </message>
    <message>
        <source>Reject destruction {number}</source>
        <translation>驳回销毁 {number}</translation>
    </message>
    <message>
        <source>Why are the records to be kept?</source>
        <translation>为什么要保留这些记录？</translation>
    </message>
    <message>
        <source>Destroy the records of {number} now ({items})? Their personal data is removed from the database for good and cannot be brought back. Witness: {witness}.</source>
        <translation>现在销毁 {number} 的记录（{items}）吗？其中的个人信息将从数据库中永久删除，无法恢复。监销人：{witness}。</translation>
    </message>
    <message>
        <source>Destroying the records of {number}…</source>
        <translation>正在销毁 {number} 的记录……</translation>
    </message>
    <message>
        <source>Nothing was destroyed: {error}</source>
        <translation>未销毁任何记录：{error}</translation>
    </message>
    <message>
        <source>{number} is done: {customers} customers, {entries} dossier entries and {attachments} attachments were destroyed; {events} audit events were redacted.</source>
        <translation>{number} 已完成：销毁客户 {customers} 个、档案记录 {entries} 条、附件 {attachments} 个；{events} 条操作日志已脱敏。</translation>
    </message>
    <message>
        <source>Other records still contain the same name, phone or ID number (another customer, a note): {places}. Check them.</source>
        <translation>其他记录中仍有相同的姓名、电话或证件号码（其他客户、备注）：{places}。请核查。</translation>
    </message>
    <message>
        <source>{n} audit events name the person in their summary, which the audit chain protects: they are kept as they are.</source>
        <translation>有 {n} 条操作日志的摘要中提及此人，受日志链保护，按原样保留。</translation>
    </message>
    <message>
        <source>Print the destruction record and have it signed.</source>
        <translation>请打印销毁记录并签字。</translation>
    </message>
    <message>
        <source>Destruction record {number}</source>
        <translation>销毁记录 {number}</translation>
    </message>
    <message>
        <source>Retention and destruction — {company}</source>
        <translation>保管期限与销毁：{company}</translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Destruction requests</source>
        <translation>销毁申请</translation>
    </message>
    <message>
        <source>Retention periods: customers {c} years after moving out or archiving, dossier entries {e} years, attachments {a} years (0: kept for ever).</source>
        <translation>保管期限：客户退租或归档后 {c} 年，档案记录 {e} 年，附件 {a} 年（0 为永久保存）。</translation>
    </message>
    <message>
        <source>Request deletion (PIPL) — {code}</source>
        <translation>申请删除（个人信息保护法）：{code}</translation>
    </message>
    <message>
        <source>The customer asks for their personal information to be deleted. Once a manager approves, the dossier is destroyed and only the customer code remains. Files and certificates still held must be returned first.</source>
        <translation>客户要求删除其个人信息。经理批准后，该档案将被销毁，只保留客户编号。仍保管的档案和权证须先退还。</translation>
    </message>
    <message>
        <source>Deletion request {number} was recorded. A manager approves it under Archive → Retention and destruction.</source>
        <translation>删除申请 {number} 已登记。由经理在“档案 → 保管期限与销毁”中审批。</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>How long records are kept before they are listed for destruction. 0 keeps them for ever. Defaults: customers 3 years after moving out or archiving, dossier entries 5 years, attachments 5 years. The audit log is never destroyed.</source>
        <translation>记录保存多久后列入待销毁清单。0 表示永久保存。默认：客户退租或归档后 3 年，档案记录 5 年，附件 5 年。操作日志永不销毁。</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Record keeper</source>
        <translation>档案管理员</translation>
    </message>
    <message>
        <source>Front-desk clerk</source>
        <translation>业务录入员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>业务查询员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>高级管理人员</translation>
    </message>
    <message>
        <source>view customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>add customers</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>add customers in bulk</source>
        <translation>批量添加客户</translation>
    </message>
    <message>
        <source>edit contacts</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <source>see full ID and phone numbers</source>
        <translation>查看完整的证件号码和电话</translation>
    </message>
    <message>
        <source>reveal one masked number with a reason</source>
        <translation>说明理由后查看单个完整号码</translation>
    </message>
    <message>
        <source>add and edit dossier entries</source>
        <translation>添加和修改档案记录</translation>
    </message>
    <message>
        <source>void dossier entries</source>
        <translation>作废档案记录</translation>
    </message>
    <message>
        <source>view attachments</source>
        <translation>查看附件</translation>
    </message>
    <message>
        <source>export attachments</source>
        <translation>导出附件</translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>change the dossier of a moved-out customer</source>
        <translation>修改已退租客户的档案</translation>
    </message>
    <message>
        <source>view the archive registers</source>
        <translation>查看档案台帐</translation>
    </message>
    <message>
        <source>register archive files, certificates and handovers</source>
        <translation>登记档案卷、权证和移交</translation>
    </message>
    <message>
        <source>destroy archive files</source>
        <translation>销毁档案卷</translation>
    </message>
    <message>
        <source>request loans of archive files</source>
        <translation>申请借阅档案</translation>
    </message>
    <message>
        <source>approve loans</source>
        <translation>审批借阅</translation>
    </message>
    <message>
        <source>lend out and take back archive files</source>
        <translation>办理档案借出和归还</translation>
    </message>
    <message>
        <source>view satisfaction surveys</source>
        <translation>查看满意度调查</translation>
    </message>
    <message>
        <source>define surveys and corrective actions</source>
        <translation>制定调查和纠正措施</translation>
    </message>
    <message>
        <source>enter survey forms</source>
        <translation>录入调查表</translation>
    </message>
    <message>
        <source>approve survey reports</source>
        <translation>批准调查分析报告</translation>
    </message>
    <message>
        <source>view buildings, units and occupancy</source>
        <translation>查看楼栋、单元和入住情况</translation>
    </message>
    <message>
        <source>keep the estate and move customers in and out</source>
        <translation>维护楼栋单元并办理入住、退租</translation>
    </message>
    <message>
        <source>keep, lend and give back tenants&apos; keys</source>
        <translation>保管、借出和交还租户钥匙</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>修改本单位设置</translation>
    </message>
    <message>
        <source>change the database key</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>制作备份</translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translation>从备份恢复数据库</translation>
    </message>
    <message>
        <source>request the destruction of records past retention</source>
        <translation>申请销毁已到期的记录</translation>
    </message>
    <message>
        <source>approve destructions</source>
        <translation>批准销毁</translation>
    </message>
    <message>
        <source>carry out approved destructions</source>
        <translation>执行已批准的销毁</translation>
    </message>
    <message>
        <source>record and withdraw consents</source>
        <translation>登记和撤回同意</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>A recovery key has {n} letters and digits; {m} were entered.</source>
        <translation>恢复密钥共有 {n} 个字母和数字，您输入了 {m} 个。</translation>
    </message>
    <message>
        <source>The recovery key contains a character that is not used in recovery keys.</source>
        <translation>恢复密钥中含有恢复密钥不会使用的字符。</translation>
    </message>
    <message>
        <source>The recovery key could not be read.</source>
        <translation>无法识别该恢复密钥。</translation>
    </message>
    <message>
        <source>The recovery key has a typing error: its last group does not match the others. Check every group against the recovery sheet.</source>
        <translation>恢复密钥输入有误：最后一组校验码与前面各组不符。请对照恢复密钥单逐组核对。</translation>
    </message>
    <message>
        <source>The keyring library is not available.</source>
        <translation>密钥存储组件不可用。</translation>
    </message>
    <message>
        <source>This computer has no secure key store (keyring).</source>
        <translation>本机没有安全的凭据库。</translation>
    </message>
    <message>
        <source>This computer has no secure key store (keyring); found only {name}.</source>
        <translation>本机没有安全的凭据库（只找到 {name}）。</translation>
    </message>
    <message>
        <source>The key store refused the key: {error}</source>
        <translation>凭据库拒绝保存密钥：{error}</translation>
    </message>
    <message>
        <source>The key cannot be changed on this computer: {why}</source>
        <translation>本机无法更换密钥：{why}</translation>
    </message>
    <message>
        <source>The re-keyed copy could not be opened; nothing was changed.</source>
        <translation>新密钥的副本无法打开；未做任何更改。</translation>
    </message>
    <message>
        <source>The re-keyed copy did not pass its checks; nothing was changed.</source>
        <translation>新密钥的副本未通过检查；未做任何更改。</translation>
    </message>
    <message>
        <source>The key store refused the new key; nothing was changed: {why}</source>
        <translation>密钥存储拒绝保存新密钥；未做任何更改：{why}</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>encrypted (SQLCipher), schema version {v}</source>
        <translation>已加密（SQLCipher），结构版本 {v}</translation>
    </message>
    <message>
        <source>{n} bytes, font {font}</source>
        <translation>{n} 字节，字体 {font}</translation>
    </message>
    <message>
        <source>Qt {qt} on {platform}</source>
        <translation>Qt {qt}，平台 {platform}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Create an encrypted database</source>
        <translation>创建加密数据库</translation>
    </message>
    <message>
        <source>Write and read a customer with Chinese text</source>
        <translation>写入并读出含中文的客户</translation>
    </message>
    <message>
        <source>Write an Excel workbook</source>
        <translation>生成 Excel 工作簿</translation>
    </message>
    <message>
        <source>Write a PDF with Chinese text</source>
        <translation>生成含中文的 PDF</translation>
    </message>
    <message>
        <source>Draw a window</source>
        <translation>绘制窗口</translation>
    </message>
    <message>
        <source>Close the database</source>
        <translation>关闭数据库</translation>
    </message>
    <message>
        <source>Self-test FAILED: {n} steps failed ({s:.1f} s).</source>
        <translation>自检失败：{n} 个步骤未通过（{s:.1f} 秒）。</translation>
    </message>
    <message>
        <source>Self-test passed: every step worked and the temporary folder was removed ({s:.1f} s).</source>
        <translation>自检通过：所有步骤正常，临时文件夹已删除（{s:.1f} 秒）。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <source>The picture is larger than {n} MB.</source>
        <translation>图片超过 {n} MB。</translation>
    </message>
    <message>
        <source>{name} is not a picture KeDang can read (PNG, JPEG, BMP or GIF).</source>
        <translation>{name} 不是客档能读取的图片（PNG、JPEG、BMP 或 GIF）。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>Company name and logo</source>
        <translation>公司名称和标志</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Reports print the logo at the top left of their first page. It is kept inside the encrypted database.</source>
        <translation>报表首页左上角打印公司标志。标志保存在加密数据库内。</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>（无标志）</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>选择公司标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Welcome to KeDang</source>
        <translation>欢迎使用客档</translation>
    </message>
    <message>
        <source>This assistant sets up the customer records of your office in a few steps.</source>
        <translation>本向导将分几步为您的单位建立客户档案。</translation>
    </message>
    <message>
        <source>All records are kept in one encrypted file on this computer. You will choose where it is kept, create the administrator account, and receive a recovery key to keep in the safe.</source>
        <translation>所有档案都保存在本机的一个加密文件中。您将选择文件的存放位置、创建系统管理员账户，并获得一份需放入保险柜保管的恢复密钥。</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>您的单位</translation>
    </message>
    <message>
        <source>The company name is printed on reports. The database file holds every record.</source>
        <translation>单位名称将打印在报表上。数据库文件保存全部档案。</translation>
    </message>
    <message>
        <source>e.g. 鸿运物业管理有限公司</source>
        <translation>例如 鸿运物业管理有限公司</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Keep the file on this computer&apos;s own disk, not on a network share.</source>
        <translation>请将文件放在本机磁盘上，不要放在网络共享中。</translation>
    </message>
    <message>
        <source>KeDang database (*.kdb)</source>
        <translation>客档数据库 (*.kdb)</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>系统管理员账户</translation>
    </message>
    <message>
        <source>The administrator creates the other accounts and keeps the recovery key.</source>
        <translation>系统管理员负责创建其他账户并保管恢复密钥。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>At least 8 characters, mixing letters with digits or symbols.</source>
        <translation>至少 8 个字符，须同时包含字母和数字或符号。</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>does not match the password</source>
        <translation>与密码不一致</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>Write it down or print the recovery sheet now. It is shown only this once.</source>
        <translation>请立即抄写或打印恢复密钥单。它只显示这一次。</translation>
    </message>
    <message>
        <source>The records are encrypted. This computer keeps the key for you, so you do not type it every day. If this computer is replaced, Windows is reinstalled, or the saved key is lost, the recovery key is the only way to open the records and the backups. Anyone with the key and the file can read the records: keep the sheet locked in the safe, not next to the computer.</source>
        <translation>档案已加密。本机会替您保存密钥，日常使用无需输入。如果更换电脑、重装 Windows 或保存的密钥丢失，恢复密钥是打开档案和备份的唯一途径。任何人拿到密钥和文件都能读取档案：请把密钥单锁在保险柜里，不要放在电脑旁边。</translation>
    </message>
    <message>
        <source>Save the recovery sheet (PDF) to print…</source>
        <translation>保存恢复密钥单（PDF）以便打印…</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key and will keep it in the safe.</source>
        <translation>我已抄写或打印恢复密钥，并将放入保险柜保管。</translation>
    </message>
    <message>
        <source>Warning: the key could not be kept on this computer ({why}). You will need the recovery key every time KeDang starts.</source>
        <translation>警告：本机无法保存密钥（{why}）。每次启动客档都需要输入恢复密钥。</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s key store: KeDang opens without asking for it.</source>
        <translation>密钥已保存在本机的凭据库中：启动客档时无需输入。</translation>
    </message>
    <message>
        <source>KeDang recovery sheet.pdf</source>
        <translation>客档恢复密钥单.pdf</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>保存恢复密钥单</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, put it in the safe, then delete the file: it is a copy of the key.</source>
        <translation>已保存到 {path}。请打印后放入保险柜，然后删除该文件：它是密钥的副本。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>设置完成</translation>
    </message>
    <message>
        <source>What next:
• Add your first customer with “New customer” (Ctrl+N).
• Create accounts for your colleagues under Administration → Users.
• Type a name, pinyin initials, phone or ID number in the search box to find anyone in seconds.</source>
        <translation>接下来：
• 用“新建客户”（Ctrl+N）录入第一位客户。
• 在“系统管理 → 用户管理”中为同事创建账户。
• 在搜索框输入姓名、拼音首字母、电话或证件号码，几秒内即可找到客户。</translation>
    </message>
    <message>
        <source>KeDang — first start</source>
        <translation>客档 — 首次使用</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Demo office</source>
        <translation>演示单位</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>演示管理员</translation>
    </message>
    <message>
        <source>The database was restored. Start KeDang again and sign in.</source>
        <translation>数据库已恢复。请重新启动客档并登录。</translation>
    </message>
    <message>
        <source>demo: nothing is kept after closing</source>
        <translation>演示：关闭后不保留任何数据</translation>
    </message>
</context>
<context>
    <name>Stocktake</name>
    <message>
        <source>Date</source>
        <translation>盘点日期</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>监盘人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>台帐在柜</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>实有</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未见</translation>
    </message>
    <message>
        <source>Not on the register</source>
        <translation>账外</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Start a stock-take of the safe</source>
        <translation>开始保险柜盘点</translation>
    </message>
    <message>
        <source>The list is what the certificate register says is in the safe now.</source>
        <translation>盘点清单取自权证台帐中当前“在柜”的权证。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>登记号</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>权证名称</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>权证号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>权利人</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tick each certificate found in the safe: click its box or press Space on its line. Write a note on each one not found.</source>
        <translation>柜内找到的权证逐一勾选：点方框或在该行按空格。未见的权证须写明备注。</translation>
    </message>
    <message>
        <source>Found in the safe but not on the register: one per line</source>
        <translation>柜内有但台帐没有的物品：每行一项</translation>
    </message>
    <message>
        <source>Note on the whole stock-take</source>
        <translation>本次盘点的总体说明</translation>
    </message>
    <message>
        <source>Start a stock-take…</source>
        <translation>开始盘点…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>完成盘点…</translation>
    </message>
    <message>
        <source>Stock-take report (PDF)…</source>
        <translation>盘点表（PDF）…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Save the ticks of the stock-take in progress first?</source>
        <translation>先保存正在进行的盘点勾选结果吗？</translation>
    </message>
    <message>
        <source>On the register {n} · found {found} · not found {missing}</source>
        <translation>台帐在柜 {n} 件 · 实有 {found} 件 · 未见 {missing} 件</translation>
    </message>
    <message>
        <source>Finish the stock-take of {date}? {missing} certificate(s) not found. A finished stock-take no longer changes.</source>
        <translation>完成 {date} 的盘点吗？未见权证 {missing} 件。完成后的盘点不能再修改。</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Quality of our products and services</source>
        <translation>产品和服务质量</translation>
    </message>
    <message>
        <source>Attitude and manner of our staff</source>
        <translation>员工服务态度</translation>
    </message>
    <message>
        <source>Speed of response to your requests</source>
        <translation>响应及时性</translation>
    </message>
    <message>
        <source>Price and charges</source>
        <translation>价格与收费</translation>
    </message>
    <message>
        <source>Keeping our promises (company credit)</source>
        <translation>履约守信（公司信誉）</translation>
    </message>
    <message>
        <source>Handling of complaints</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>Would you recommend us?</source>
        <translation>是否愿意向他人推荐我们？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>愿意</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不愿意</translation>
    </message>
    <message>
        <source>Comments and suggestions</source>
        <translation>意见和建议</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <source>question {n}: the type is score, choice or text</source>
        <translation>第 {n} 项：类型应为评分、选择或文字</translation>
    </message>
    <message>
        <source>question {n} ({text}): a choice needs at least two answers</source>
        <translation>第 {n} 项（{text}）：选择题至少要有两个选项</translation>
    </message>
    <message>
        <source>a survey needs at least one question</source>
        <translation>调查至少要有一个项目</translation>
    </message>
    <message>
        <source>a survey needs at least one question scored 1 to 5</source>
        <translation>调查至少要有一个 1–5 分的评分项目</translation>
    </message>
    <message>
        <source>No such survey.</source>
        <translation>没有这项调查。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>调查名称</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>调查期间自</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>调查期间至</translation>
    </message>
    <message>
        <source>Target satisfaction rate</source>
        <translation>目标满意率</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>may not be before the start {date}</source>
        <translation>不能早于开始日期 {date}</translation>
    </message>
    <message>
        <source>Customers surveyed</source>
        <translation>调查对象</translation>
    </message>
    <message>
        <source>nobody would be surveyed</source>
        <translation>没有可调查的客户</translation>
    </message>
    <message>
        <source>Forms have been entered: a question can be reworded or added, not removed or changed in type.</source>
        <translation>已录入调查表：项目可以改写或增加，不能删除或改变类型。</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>a score is a whole number from 1 to 5</source>
        <translation>评分应为 1 到 5 的整数</translation>
    </message>
    <message>
        <source>is not one of the answers on the form</source>
        <translation>不是调查表上的选项</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>the form has no score at all</source>
        <translation>调查表上没有任何评分</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>is not among the customers of this survey</source>
        <translation>不在本次调查的对象中</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收回日期</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>A form of this customer was already entered on {date}. Replace it?</source>
        <translation>该客户的调查表已于 {date} 录入。要用这份替换吗？</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <source>is not a question of this survey</source>
        <translation>不是本次调查的项目</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>No such corrective action.</source>
        <translation>没有这项纠正措施。</translation>
    </message>
    <message>
        <source>This action is already closed.</source>
        <translation>这项措施已经关闭。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>实施结果</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>{owner}: {action}</source>
        <translation>{owner}：{action}</translation>
    </message>
</context>
<context>
    <name>SurveyReport</name>
    <message>
        <source>No forms have been entered for this survey yet: there is nothing to analyse.</source>
        <translation>本次调查尚未录入任何调查表：暂无可分析的数据。</translation>
    </message>
    <message>
        <source>Customers surveyed: {n}; forms received: {forms} (of them anonymous: {anon}); response rate: {rate}.</source>
        <translation>调查对象 {n} 户；收回调查表 {forms} 份（其中匿名 {anon} 份）；回收率 {rate}。</translation>
    </message>
    <message>
        <source>Overall satisfaction rate (scores of 4 or 5): {rate}; target: {target}%.</source>
        <translation>总体满意率（4 分和 5 分所占比例）：{rate}；目标：{target}%。</translation>
    </message>
    <message>
        <source>Previous survey: {rate}.</source>
        <translation>上次调查：{rate}。</translation>
    </message>
    <message>
        <source>Below target: {items}.</source>
        <translation>未达目标的项目：{items}。</translation>
    </message>
    <message>
        <source>Every question met the target.</source>
        <translation>各项目均达到目标。</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>未达目标</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>5/4/3/2/1</source>
        <translation>5/4/3/2/1 分人数</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>上次满意率</translation>
    </message>
    <message>
        <source>target {n}%</source>
        <translation>目标 {n}%</translation>
    </message>
    <message>
        <source>Satisfied share per question (%): this survey</source>
        <translation>各项目满意率（%）：本次</translation>
    </message>
    <message>
        <source> (dark), the previous survey (grey)</source>
        <translation>（深色），上次（灰色）</translation>
    </message>
    <message>
        <source>Customer satisfaction survey analysis report</source>
        <translation>顾客满意度调查分析报告</translation>
    </message>
    <message>
        <source>{name} | {start} to {end}</source>
        <translation>{name} | {start} 至 {end}</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>一、概况</translation>
    </message>
    <message>
        <source>2. Results per question</source>
        <translation>二、各项目结果</translation>
    </message>
    <message>
        <source>By customer level: {items}.</source>
        <translation>按客户等级：{items}。</translation>
    </message>
    <message>
        <source>3. Low scores to follow up</source>
        <translation>三、低分回访清单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>No score of 1 or 2.</source>
        <translation>没有 1 分或 2 分。</translation>
    </message>
    <message>
        <source>Comments: {items}</source>
        <translation>客户意见：{items}</translation>
    </message>
    <message>
        <source>4. Corrective and preventive actions</source>
        <translation>四、纠正和预防措施</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>已于 {date} 关闭</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>实施结果</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>5. Approval</source>
        <translation>五、审批</translation>
    </message>
    <message>
        <source>Approved by {name} on {date}.</source>
        <translation>{name} 于 {date} 批准。</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收回日期</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>Survey forms</source>
        <translation>调查表明细</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <source>Score 1-5</source>
        <translation>评分 1–5</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>{year} customer satisfaction survey</source>
        <translation>{year}年度顾客满意度调查</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Answers (for a choice, comma-separated)</source>
        <translation>选项（选择题用逗号分隔）</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Use the built-in questions</source>
        <translation>使用内置调查项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>调查名称</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>调查期间</translation>
    </message>
    <message>
        <source>Target satisfaction rate</source>
        <translation>目标满意率</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>调查项目</translation>
    </message>
    <message>
        <source>Save form</source>
        <translation>保存调查表</translation>
    </message>
    <message>
        <source>Anonymous form</source>
        <translation>匿名调查表</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收回日期</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>{n} forms entered</source>
        <translation>已录入 {n} 份</translation>
    </message>
    <message>
        <source>Customer: choose the customer, or tick the anonymous form</source>
        <translation>客户：请选择客户，或勾选匿名调查表</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>5/4/3/2/1</source>
        <translation>5/4/3/2/1 分人数</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>上次满意率</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>未达目标</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Analysis report (PDF)…</source>
        <translation>分析报告（PDF）…</translation>
    </message>
    <message>
        <source>Forms (Excel)…</source>
        <translation>调查表明细（Excel）…</translation>
    </message>
    <message>
        <source>Record approval…</source>
        <translation>登记审批…</translation>
    </message>
    <message>
        <source>Scores of 1 or 2, to follow up:</source>
        <translation>1 分或 2 分，需回访：</translation>
    </message>
    <message>
        <source>By customer level: {items}</source>
        <translation>按客户等级：{items}</translation>
    </message>
    <message>
        <source>Approved by {name} on {date}.</source>
        <translation>{name} 于 {date} 批准。</translation>
    </message>
    <message>
        <source>Survey analysis report</source>
        <translation>顾客满意度调查分析报告</translation>
    </message>
    <message>
        <source>Survey forms</source>
        <translation>调查表明细</translation>
    </message>
    <message>
        <source>Approval of the analysis report</source>
        <translation>分析报告审批</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>实施结果</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <translation>已于 {date} 关闭</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>(the survey as a whole)</source>
        <translation>（整体）</translation>
    </message>
    <message>
        <source> (below target)</source>
        <translation>（未达目标）</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>新增措施…</translation>
    </message>
    <message>
        <source>Close action…</source>
        <translation>关闭措施…</translation>
    </message>
    <message>
        <source>Close the action</source>
        <translation>关闭措施</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Satisfaction surveys — {company}</source>
        <translation>满意度调查 — {company}</translation>
    </message>
    <message>
        <source>New survey…</source>
        <translation>新建调查…</translation>
    </message>
    <message>
        <source>Copy for a new period…</source>
        <translation>复制为新一期…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Enter forms</source>
        <translation>录入调查表</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>纠正措施</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>Overdue loan</source>
        <translation>借阅逾期</translation>
    </message>
    <message>
        <source>Handover to confirm</source>
        <translation>移交待确认</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Due today and overdue: more than {n} (the first {n} shown)</source>
        <translation>今日到期及逾期：超过 {n} 项（显示前 {n} 项）</translation>
    </message>
    <message>
        <source>Due today and overdue: {n}</source>
        <translation>今日到期及逾期：{n} 项</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>回访规则</translation>
    </message>
    <message>
        <source>A return visit is planned this many days after each event, e.g. &quot;3, 30&quot;. Leave empty for none. The rules apply to events from now on.</source>
        <translation>在每个事件发生后的这些天安排回访，例如“3, 30”。留空表示不安排。规则只适用于今后发生的事件。</translation>
    </message>
</context>
<context>
    <name>UI</name>
    <message>
        <source>KeDang</source>
        <translation>客档</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The database already has users.</source>
        <translation>数据库中已有用户。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is locked after {n} wrong passwords. Try again in {m} minutes or ask the administrator.</source>
        <translation>该账户因连续 {n} 次密码错误已被锁定。请 {m} 分钟后再试，或联系系统管理员。</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask the administrator.</source>
        <translation>该账户已停用。请联系系统管理员。</translation>
    </message>
    <message>
        <source>Wrong password. The account is now locked for {m} minutes.</source>
        <translation>密码错误。该账户现已锁定 {m} 分钟。</translation>
    </message>
    <message>
        <source>One more wrong password locks the account.</source>
        <translation>再错一次账户将被锁定。</translation>
    </message>
    <message>
        <source>{n} attempts left before the account is locked.</source>
        <translation>再错 {n} 次账户将被锁定。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>at most 40 characters and no spaces</source>
        <translation>最多 40 个字符，且不能含空格</translation>
    </message>
    <message>
        <source>is not one of the five roles</source>
        <translation>不是五种角色之一</translation>
    </message>
    <message>
        <source>is already taken</source>
        <translation>已被使用</translation>
    </message>
    <message>
        <source>the last active administrator cannot be removed or deactivated</source>
        <translation>不能撤销或停用最后一位在用的系统管理员</translation>
    </message>
    <message>
        <source>is not correct</source>
        <translation>不正确</translation>
    </message>
    <message>
        <source>{name}: only PDF and image files ({exts}) can be attached</source>
        <translation>{name}：只能添加 PDF 和图片文件（{exts}）</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes)</source>
        <translation>{name} 是空文件（0 字节）</translation>
    </message>
    <message>
        <source>{name} is {size} MB; at most {limit} MB can be attached</source>
        <translation>{name} 有 {size} MB；附件最大 {limit} MB</translation>
    </message>
    <message>
        <source>{name} is not a {ext} file: its content does not match its extension</source>
        <translation>{name} 不是 {ext} 文件：内容与扩展名不符</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be opened</source>
        <translation>{name} 已损坏，无法打开</translation>
    </message>
    <message>
        <source>at most {n} characters</source>
        <translation>最多 {n} 个字符</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>不是允许的取值</translation>
    </message>
    <message>
        <source>is a whole number from 1 to {n}</source>
        <translation>应为 1 到 {n} 的整数</translation>
    </message>
    <message>
        <source>at most {n} tags</source>
        <translation>最多 {n} 个标签</translation>
    </message>
    <message>
        <source>a tag has at most {n} characters</source>
        <translation>每个标签最多 {n} 个字</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is not a real date in the form YYYY-MM-DD</source>
        <translation>不是有效日期，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>record {n}: {rule}</source>
        <translation>第 {n} 条记录：{rule}</translation>
    </message>
    <message>
        <source>may not be in the future</source>
        <translation>不能是将来的日期</translation>
    </message>
    <message>
        <source>a password has at least 8 characters</source>
        <translation>密码至少 8 个字符</translation>
    </message>
    <message>
        <source>a password mixes letters with digits or symbols</source>
        <translation>密码须同时包含字母和数字或符号</translation>
    </message>
    <message>
        <source>{field}: {rule}</source>
        <translation>{field}：{rule}</translation>
    </message>
    <message>
        <source>a resident ID number has 18 characters</source>
        <translation>居民身份证号码为 18 位</translation>
    </message>
    <message>
        <source>a resident ID number is 17 digits followed by a digit or X</source>
        <translation>居民身份证号码为 17 位数字加 1 位数字或 X</translation>
    </message>
    <message>
        <source>the birth date in the ID number is not a real date</source>
        <translation>身份证号码中的出生日期不是真实日期</translation>
    </message>
    <message>
        <source>the birth date in the ID number is not a past date</source>
        <translation>身份证号码中的出生日期不是过去的日期</translation>
    </message>
    <message>
        <source>the check character of the ID number is wrong</source>
        <translation>身份证号码的校验码不正确</translation>
    </message>
    <message>
        <source>a unified social credit code has 18 characters</source>
        <translation>统一社会信用代码为 18 位</translation>
    </message>
    <message>
        <source>a unified social credit code uses only digits and the letters A-H J-N P-R T U W X Y</source>
        <translation>统一社会信用代码只能包含数字和字母 A-H J-N P-R T U W X Y</translation>
    </message>
    <message>
        <source>the check character of the unified social credit code is wrong</source>
        <translation>统一社会信用代码的校验码不正确</translation>
    </message>
    <message>
        <source>a phone number is an 11-digit mobile number starting with 1, or a landline with area code such as 010-12345678</source>
        <translation>电话须为以 1 开头的 11 位手机号，或带区号的座机号（如 010-12345678）</translation>
    </message>
    <message>
        <source>a choice field needs at least 2 choices</source>
        <translation>选项字段至少需要 2 个选项</translation>
    </message>
    <message>
        <source>at most {n} choices of at most {m} characters each</source>
        <translation>最多 {n} 个选项，每个最多 {m} 个字</translation>
    </message>
    <message>
        <source>is already used by another field</source>
        <translation>已被另一个字段使用</translation>
    </message>
    <message>
        <source>is not an amount in yuan such as 1280.50</source>
        <translation>不是以元为单位的金额，例如 1280.50</translation>
    </message>
    <message>
        <source>may not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>has at most 2 decimal places (fen)</source>
        <translation>最多两位小数（到分）</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>数额过大</translation>
    </message>
    <message>
        <source>is a whole number from 0 to 999999</source>
        <translation>应为 0 到 999999 的整数</translation>
    </message>
    <message>
        <source>may not be before {other}</source>
        <translation>不能早于{other}</translation>
    </message>
    <message>
        <source>is required when the status is {status}</source>
        <translation>状态为“{status}”时必填</translation>
    </message>
    <message>
        <source>a planned date or the date it was done is required</source>
        <translation>计划日期和完成日期至少填一个</translation>
    </message>
    <message>
        <source>days are whole numbers from 1 to 3650</source>
        <translation>天数应为 1 到 3650 的整数</translation>
    </message>
</context>
</TS>
