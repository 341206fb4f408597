<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../app/ui/admin.py" line="26"/>
        <location filename="../../app/ui/admin.py" line="68"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="26"/>
        <location filename="../../app/ui/admin.py" line="69"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="26"/>
        <location filename="../../app/ui/admin.py" line="70"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="26"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="36"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="38"/>
        <source>Locked until {t}</source>
        <translation>锁定至 {t}</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="39"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="62"/>
        <source>Edit user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="62"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="74"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="75"/>
        <location filename="../../app/ui/admin.py" line="86"/>
        <location filename="../../app/ui/admin.py" line="106"/>
        <location filename="../../app/ui/admin.py" line="168"/>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="77"/>
        <source>Account active</source>
        <translation>账户启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="86"/>
        <location filename="../../app/ui/admin.py" line="168"/>
        <source>does not match the password</source>
        <translation>与密码不一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="101"/>
        <source>Reset password of {user}</source>
        <translation>重置 {user} 的密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="105"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="107"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="115"/>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="125"/>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="126"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="127"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="128"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="173"/>
        <source>The password of {user} was reset.</source>
        <translation>已重置 {user} 的密码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="180"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="180"/>
        <location filename="../../app/ui/admin.py" line="225"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="180"/>
        <location filename="../../app/ui/admin.py" line="225"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="180"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="180"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="203"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="205"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="209"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="218"/>
        <source>Text in the details</source>
        <translation>详情中的文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="219"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="222"/>
        <source>Verify chain</source>
        <translation>校验日志链</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="225"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="226"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin.py" line="266"/>
        <source>{n} events</source>
        <translation>共 {n} 条记录</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <location filename="../../app/attachments.py" line="41"/>
        <source>ID copy</source>
        <translation>身份证复印件</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="42"/>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="43"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="44"/>
        <source>Certificate copy</source>
        <translation>权证复印件</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="45"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="55"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="56"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="57"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="58"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="59"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="182"/>
        <source>No such attachment.</source>
        <translation>没有这个附件。</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="191"/>
        <location filename="../../app/attachments.py" line="256"/>
        <source>The content of this attachment is no longer kept.</source>
        <translation>这个附件的内容已不再保存。</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="215"/>
        <source>A voided attachment cannot be changed.</source>
        <translation>已作废的附件不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="239"/>
        <source>The attachment is already void.</source>
        <translation>该附件已作废。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/ui/attachments.py" line="36"/>
        <location filename="../../app/ui/attachments.py" line="85"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="36"/>
        <location filename="../../app/ui/attachments.py" line="86"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="37"/>
        <location filename="../../app/ui/attachments.py" line="87"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="37"/>
        <location filename="../../app/ui/attachments.py" line="84"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="38"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="38"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="54"/>
        <source>Void since {when}: {reason}</source>
        <translation>{when} 作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="67"/>
        <source>Edit attachment</source>
        <translation>修改附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="68"/>
        <location filename="../../app/ui/attachments.py" line="433"/>
        <source>Add attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="112"/>
        <source>Void attachment</source>
        <translation>作废附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="115"/>
        <source>The file stays in the database, marked void, with the reason.</source>
        <translation>文件仍保存在数据库中，标为作废并注明原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="117"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="118"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="190"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="191"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="192"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="278"/>
        <source>This page cannot be shown here. Export the file to open it with another program.</source>
        <translation>此页无法在这里显示。可导出该文件，用其他程序打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="285"/>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="374"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="375"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="376"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="377"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="378"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="384"/>
        <source>Drop scans, photos or PDFs here (at most {n} MB each).</source>
        <translation>可把扫描件、照片或 PDF 拖到这里（每个最大 {n} MB）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="434"/>
        <source>Scans and PDFs ({patterns})</source>
        <translation>扫描件和 PDF（{patterns}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="494"/>
        <source>Export attachment</source>
        <translation>导出附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/attachments.py" line="502"/>
        <source>Saved a copy of {title} as {path}. Keep it safe: it is not encrypted.</source>
        <translation>已将“{title}”另存为 {path}。请妥善保管：该副本未加密。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../app/audit.py" line="10"/>
        <source>database created</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="11"/>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="12"/>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="13"/>
        <source>account locked after failed sign-ins</source>
        <translation>多次登录失败，账户锁定</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="14"/>
        <source>signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="15"/>
        <source>action refused</source>
        <translation>操作被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="16"/>
        <source>user created</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="17"/>
        <source>user changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="18"/>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="19"/>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="20"/>
        <source>customer added</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="21"/>
        <source>customer changed</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="22"/>
        <source>customers added in bulk</source>
        <translation>批量添加客户</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="23"/>
        <source>contact added</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="24"/>
        <source>contact changed</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="25"/>
        <source>contact removed</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="26"/>
        <source>audit chain verified</source>
        <translation>校验操作日志链</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="27"/>
        <source>database checked</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="32"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="33"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="34"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="50"/>
        <source>event {id} is missing (deleted)</source>
        <translation>第 {id} 条记录缺失（已被删除）</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="51"/>
        <source>event {id} does not follow the one before it (an event was deleted or inserted)</source>
        <translation>第 {id} 条记录与上一条不衔接（有记录被删除或插入）</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="52"/>
        <source>the before/after values of event {id} were changed</source>
        <translation>第 {id} 条记录的修改前/后内容被改动</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="53"/>
        <source>event {id} was changed</source>
        <translation>第 {id} 条记录被改动</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="54"/>
        <source>the newest events from {id} on were deleted</source>
        <translation>从第 {id} 条起的最新记录被删除</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="55"/>
        <source>the record of the newest event is missing</source>
        <translation>最新记录的登记信息缺失</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="74"/>
        <source>The audit chain of {n} events is intact.</source>
        <translation>操作日志链完整，共 {n} 条记录。</translation>
    </message>
    <message>
        <location filename="../../app/audit.py" line="76"/>
        <source>The audit chain is broken: {problem}.</source>
        <translation>操作日志链已被破坏：{problem}。</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../app/cli.py" line="27"/>
        <source>Set the password in the environment variable KEDANG_PASSWORD.</source>
        <translation>请在环境变量 KEDANG_PASSWORD 中提供密码。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="40"/>
        <source>This command changes data: name the acting user with --user NAME.</source>
        <translation>此命令会修改数据：请用 --user 用户名 指定操作人。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="52"/>
        <source>Created the encrypted database {path}</source>
        <translation>已创建加密数据库 {path}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="54"/>
        <source>The key was NOT stored on this computer: {why}</source>
        <translation>密钥未能保存在本机：{why}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="55"/>
        <source>Every later start needs the recovery key (KEDANG_RECOVERY_KEY).</source>
        <translation>以后每次打开都需要恢复密钥（KEDANG_RECOVERY_KEY）。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="57"/>
        <source>The key is kept in this computer&apos;s key store.</source>
        <translation>密钥已保存在本机的凭据库中。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="58"/>
        <source>Write the recovery key down and keep it in the safe; it is shown only now:</source>
        <translation>请抄下恢复密钥并放入保险柜保管；它只显示这一次：</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="69"/>
        <source>--customers must be zero or more.</source>
        <translation>--customers 必须是 0 或正整数。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="76"/>
        <source>{done} of {total} prepared …</source>
        <translation>已准备 {done} / {total} …</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="79"/>
        <source>Added {n} demo customers in {s:.1f} s.</source>
        <translation>已添加 {n} 位演示客户，用时 {s:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="100"/>
        <source>KeDang customer-records desk. Without a command, starts the program.</source>
        <translation>客档客户档案系统。不带命令时启动图形界面。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="102"/>
        <source>start with a throwaway database full of demo data</source>
        <translation>使用一个装满演示数据的临时数据库启动</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="103"/>
        <source>database file to open in the program</source>
        <translation>要打开的数据库文件</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="104"/>
        <source>language of the program</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="107"/>
        <source>create a new encrypted database</source>
        <translation>创建新的加密数据库</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="108"/>
        <source>Create a new encrypted database. The administrator&apos;s password comes from KEDANG_PASSWORD.</source>
        <translation>创建新的加密数据库。系统管理员的密码取自 KEDANG_PASSWORD。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="110"/>
        <source>user name of the administrator</source>
        <translation>系统管理员的用户名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="111"/>
        <source>the administrator&apos;s full name</source>
        <translation>系统管理员的姓名</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="112"/>
        <source>company name printed on reports</source>
        <translation>打印在报表上的单位名称</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="115"/>
        <source>add realistic demo customers</source>
        <translation>添加逼真的演示客户</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="116"/>
        <source>Add realistic demo customers (Chinese names, valid ID numbers, phones, units, contacts).</source>
        <translation>添加逼真的演示客户（中文姓名、有效的证件号码、电话、房号、联系人）。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="122"/>
        <source>check the database and the audit chain</source>
        <translation>检查数据库和操作日志链</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="123"/>
        <source>Run the quick, integrity and cipher checks and verify the audit chain.</source>
        <translation>运行快速检查、完整性检查和加密校验，并校验操作日志链。</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="137"/>
        <source>Interrupted; nothing was saved.</source>
        <translation>已中断，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <location filename="../../app/customers.py" line="49"/>
        <source>Contact type</source>
        <translation>联系人类型</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="50"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="69"/>
        <source>Main contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="69"/>
        <source>Daily contact</source>
        <translation>日常联系人</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="70"/>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="457"/>
        <location filename="../../app/customers.py" line="475"/>
        <source>No such contact.</source>
        <translation>没有这个联系人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="27"/>
        <location filename="../../app/ui/dossier.py" line="64"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>CustomFields</name>
    <message>
        <location filename="../../app/custom_fields.py" line="17"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="18"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="19"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="20"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="27"/>
        <source>Every customer</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="32"/>
        <location filename="../../app/ui/custom_fields.py" line="19"/>
        <location filename="../../app/ui/custom_fields.py" line="63"/>
        <source>Field name</source>
        <translation>字段名称</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="33"/>
        <location filename="../../app/ui/custom_fields.py" line="19"/>
        <location filename="../../app/ui/custom_fields.py" line="65"/>
        <source>Field type</source>
        <translation>字段类型</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="34"/>
        <location filename="../../app/ui/custom_fields.py" line="20"/>
        <location filename="../../app/ui/custom_fields.py" line="64"/>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="35"/>
        <location filename="../../app/ui/custom_fields.py" line="20"/>
        <location filename="../../app/ui/custom_fields.py" line="66"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="108"/>
        <source>No such custom field.</source>
        <translation>没有这个自定义字段。</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="115"/>
        <source>Customers already have values in {label}: its type cannot change. Add a new field instead.</source>
        <translation>已有客户在“{label}”中填了值，不能更改其类型。请另加一个新字段。</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="21"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="32"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="32"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="42"/>
        <source>Edit custom field</source>
        <translation>修改自定义字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="43"/>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="45"/>
        <source>e.g. Customer source</source>
        <translation>例如：客户来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="54"/>
        <source>separated by commas, e.g. walk-in, referral, online</source>
        <translation>用逗号分隔，例如：上门, 介绍, 网络</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="55"/>
        <source>In use (shown in the customer form)</source>
        <translation>启用（显示在客户表单中）</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="99"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="110"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="111"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="112"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/custom_fields.py" line="118"/>
        <source>Custom fields appear in the customer form and are found by the search. A field no longer needed is retired, not deleted: its values stay on file.</source>
        <translation>自定义字段显示在客户表单中，也能被搜索到。不再需要的字段可以停用而不删除：已填的值继续保存。</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <location filename="../../app/customers.py" line="35"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="36"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="37"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="38"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="40"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="41"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="42"/>
        <source>Unit / room</source>
        <translation>单元/房号</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="43"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="44"/>
        <location filename="../../app/customers.py" line="55"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="45"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="46"/>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="47"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="48"/>
        <source>Status since</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="55"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="59"/>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="59"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="60"/>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="64"/>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="64"/>
        <source>Moved out</source>
        <translation>退租</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="65"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="65"/>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="78"/>
        <source>{field} already belongs to {code} {name}</source>
        <translation>{field}已属于 {code} {name}</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="183"/>
        <location filename="../../app/ui/customer_form.py" line="93"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="222"/>
        <location filename="../../app/customers.py" line="305"/>
        <source>No such customer.</source>
        <translation>没有这位客户。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="226"/>
        <source>The dossier of {code} is closed ({status}): only a record keeper or a manager may change it.</source>
        <translation>{code} 的档案已关闭（{status}）：只有档案管理员或高级管理人员可以修改。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="248"/>
        <source>Same ID number / credit code</source>
        <translation>证件号码/信用代码相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="249"/>
        <source>Same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="250"/>
        <source>Same name, similar address</source>
        <translation>名称相同，地址相近</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="251"/>
        <source>Same unit, similar name</source>
        <translation>单元相同，名称相近</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="315"/>
        <source>No customer has the code {code}.</source>
        <translation>没有客户编号为 {code} 的客户。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="487"/>
        <location filename="../../app/ui/dossier.py" line="395"/>
        <source>Move-out date</source>
        <translation>退租日期</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="494"/>
        <source>{code} is not an active customer ({status}).</source>
        <translation>{code} 不是在册客户（{status}）。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="573"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自己合并。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="224"/>
        <source>A destroyed record cannot be changed.</source>
        <translation>已销毁的记录不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="422"/>
        <source>Customer codes are out of step; nothing was added.</source>
        <translation>客户编号序列不一致，未添加任何客户。</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../app/ui/customer_form.py" line="64"/>
        <source>person&apos;s or company&apos;s full name</source>
        <translation>个人姓名或企业全称</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_form.py" line="69"/>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_form.py" line="70"/>
        <source>mobile 13812345678 or landline 0591-87654321</source>
        <translation>手机 13812345678 或座机 0591-87654321</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_form.py" line="71"/>
        <source>e.g. 3-2-1201</source>
        <translation>例如 3-2-1201</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_form.py" line="74"/>
        <source>separated by commas or spaces, e.g. VIP, arrears</source>
        <translation>用逗号或空格分隔，例如：VIP, 欠费</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_form.py" line="136"/>
        <source>a number, e.g. 12.5</source>
        <translation>数字，例如 12.5</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_form.py" line="214"/>
        <source>Possible duplicate: {matches}.

Save anyway?</source>
        <translation>可能重复：{matches}。

仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_form.py" line="215"/>
        <source>Not saved: possible duplicate of {matches}.</source>
        <translation>未保存：可能与 {matches} 重复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_form.py" line="234"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../app/ui/customer_list.py" line="36"/>
        <source>Unit / address</source>
        <translation>房号/地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_list.py" line="143"/>
        <source>Search: name, pinyin initials (zw), phone, ID number, unit, company, code</source>
        <translation>搜索：姓名、拼音首字母（zw）、电话、证件号码、房号、单位、客户编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_list.py" line="145"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_list.py" line="146"/>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_list.py" line="147"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_list.py" line="149"/>
        <source>Moved out or archived</source>
        <translation>已退租或已归档</translation>
    </message>
    <message>
        <location filename="../../app/ui/customer_list.py" line="213"/>
        <source>{n} customers</source>
        <translation>共 {n} 位客户</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../../app/ui/dossier.py" line="52"/>
        <source>Edit contact</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="52"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="60"/>
        <source>e.g. spouse, father, finance</source>
        <translation>例如 配偶、父亲、财务</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="107"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="108"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="109"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="151"/>
        <source>Remove the contact {name}?</source>
        <translation>删除联系人 {name}？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="170"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="210"/>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="211"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="212"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="213"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="234"/>
        <source>Move out…</source>
        <translation>退租…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="236"/>
        <source>Reinstate</source>
        <translation>恢复在册</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="337"/>
        <source>Dossier — {code} {name}</source>
        <translation>客户档案 — {code} {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="340"/>
        <source>{status} since {date}.</source>
        <translation>{date} 起{status}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="343"/>
        <source>The dossier is kept read-only.</source>
        <translation>档案保留为只读。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="361"/>
        <source>Make {code} {name} an active customer again?</source>
        <translation>将 {code} {name} 恢复为在册客户？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="376"/>
        <source>Close without saving the changes?</source>
        <translation>不保存修改就关闭吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="388"/>
        <source>Move out — {code} {name}</source>
        <translation>退租 — {code} {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="394"/>
        <source>The dossier stays on file; clerks can then only read it.</source>
        <translation>档案继续保存；此后业务录入员只能查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier.py" line="397"/>
        <source>Move out</source>
        <translation>退租</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <location filename="../../app/ui/entries.py" line="50"/>
        <source>Void since {when} by {who}: {reason}</source>
        <translation>{when} 由 {who} 作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="52"/>
        <source>Void since {when}: {reason}</source>
        <translation>{when} 作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="121"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="121"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="121"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="122"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="122"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="135"/>
        <location filename="../../app/ui/entries.py" line="315"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="137"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="138"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="214"/>
        <source>Edit — {kind}</source>
        <translation>修改 — {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="214"/>
        <source>New — {kind}</source>
        <translation>新建 — {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="303"/>
        <source>Void entry</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="306"/>
        <source>The entry stays in the dossier, marked void, with the reason.</source>
        <translation>记录仍保留在档案中，标为作废并注明原因。</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="312"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="340"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="341"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="342"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="343"/>
        <source>Add an entry (Ctrl+N)</source>
        <translation>添加记录（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="433"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/entries.py" line="447"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <location filename="../../app/entries.py" line="62"/>
        <source>Payments &amp; deposits</source>
        <translation>缴费/押金</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="63"/>
        <location filename="../../app/entries.py" line="109"/>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="64"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="65"/>
        <location filename="../../app/entries.py" line="102"/>
        <location filename="../../app/entries.py" line="110"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="66"/>
        <source>Period from</source>
        <translation>起始期间</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="67"/>
        <source>Period to</source>
        <translation>截止期间</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="68"/>
        <location filename="../../app/entries.py" line="112"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="69"/>
        <source>Payment status</source>
        <translation>缴费状态</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="70"/>
        <source>Due date</source>
        <translation>应缴日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="71"/>
        <source>Paid on</source>
        <translation>缴费日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="72"/>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="73"/>
        <location filename="../../app/entries.py" line="106"/>
        <location filename="../../app/entries.py" line="133"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="75"/>
        <source>Repairs</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="76"/>
        <source>Reported on</source>
        <translation>报修日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="77"/>
        <location filename="../../app/entries.py" line="111"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="78"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="79"/>
        <source>Assigned to</source>
        <translation>维修人</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="80"/>
        <source>Repair status</source>
        <translation>维修状态</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="81"/>
        <source>Finished on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="82"/>
        <source>Return-visit result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="84"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="85"/>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="86"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="87"/>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="88"/>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="89"/>
        <source>Feedback to customer</source>
        <translation>反馈客户</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="90"/>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="92"/>
        <source>Visits &amp; return visits</source>
        <translation>拜访/回访</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="93"/>
        <source>Visit type</source>
        <translation>拜访类型</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="94"/>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="95"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="96"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="97"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="98"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="100"/>
        <source>Correspondence</source>
        <translation>往来文件</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="101"/>
        <source>In / out</source>
        <translation>收/发</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="103"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="104"/>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="105"/>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="108"/>
        <source>Violations &amp; arrears</source>
        <translation>违规/欠费</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="113"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="114"/>
        <source>Resolved on</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="116"/>
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="117"/>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="118"/>
        <source>Scope of work</source>
        <translation>装修内容</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="119"/>
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="120"/>
        <source>Deposit (yuan)</source>
        <translation>装修押金（元）</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="121"/>
        <source>Start</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="122"/>
        <source>End</source>
        <translation>完工日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="123"/>
        <source>Renovation status</source>
        <translation>装修状态</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="125"/>
        <source>Inspection</source>
        <translation>验收情况</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="127"/>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="128"/>
        <source>Assessed on</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="129"/>
        <source>Rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="130"/>
        <source>Payment habit</source>
        <translation>付款习惯</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="132"/>
        <source>Defaults</source>
        <translation>违约次数</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="140"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="140"/>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="141"/>
        <source>Unpaid</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="141"/>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="142"/>
        <source>Refunded</source>
        <translation>已退还</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="143"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="143"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="144"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="145"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="145"/>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="146"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="146"/>
        <source>On site</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="147"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="147"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="148"/>
        <source>5 very satisfied</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="148"/>
        <source>4 satisfied</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="149"/>
        <source>3 neutral</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="149"/>
        <source>2 dissatisfied</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="150"/>
        <source>1 very dissatisfied</source>
        <translation>1 非常不满意</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="151"/>
        <source>Incoming</source>
        <translation>收文</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="151"/>
        <source>Outgoing</source>
        <translation>发文</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="152"/>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="152"/>
        <source>Arrears</source>
        <translation>欠费</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="153"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="154"/>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="154"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="155"/>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="155"/>
        <source>Rejected</source>
        <translation>未批准</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="156"/>
        <source>Excellent</source>
        <translation>优</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="156"/>
        <source>Good</source>
        <translation>良</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="157"/>
        <source>Fair</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="157"/>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="158"/>
        <source>Pays on time</source>
        <translation>按时付款</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="159"/>
        <source>Sometimes late</source>
        <translation>偶有拖欠</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="160"/>
        <source>Often late</source>
        <translation>经常拖欠</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="220"/>
        <source>Kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="329"/>
        <source>Repair finished</source>
        <translation>报修完成</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="330"/>
        <source>Complaint closed</source>
        <translation>投诉结案</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="331"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="390"/>
        <location filename="../../app/entries.py" line="511"/>
        <location filename="../../app/entries.py" line="552"/>
        <source>No such dossier entry.</source>
        <translation>没有这条档案记录。</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="434"/>
        <source>{days} days after: {event}</source>
        <translation>{event}后 {days} 天</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="513"/>
        <source>A voided entry cannot be changed.</source>
        <translation>已作废的记录不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="546"/>
        <location filename="../../app/entries.py" line="548"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="554"/>
        <source>The entry is already void.</source>
        <translation>该记录已作废。</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="561"/>
        <source>Voided with entry {id}: {reason}</source>
        <translation>随记录 {id} 一并作废：{reason}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/errors.py" line="26"/>
        <source>The key does not open this database: the recovery key is wrong or the file is not a KeDang database. The file was not changed.</source>
        <translation>密钥无法打开此数据库：恢复密钥不正确，或该文件不是客档数据库。文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="27"/>
        <source>The database file is damaged and was not changed. Restore the newest verified backup.</source>
        <translation>数据库文件已损坏，程序未对其做任何修改。请从最近一次经过验证的备份恢复。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="28"/>
        <source>This database was written by a newer version of KeDang (schema {version}; this program knows up to {latest}). Install the newer version.</source>
        <translation>此数据库由更新版本的客档写入（结构版本 {version}，本程序最高支持 {latest}）。请安装新版本。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="29"/>
        <source>A file already exists at {path}; KeDang never overwrites it.</source>
        <translation>{path} 处已有文件；客档不会覆盖它。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="30"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="31"/>
        <source>The database cannot be kept on a network share or a mapped network drive: choose a folder on this computer&apos;s own disk.</source>
        <translation>数据库不能放在网络共享或映射的网络驱动器上：请选择本机磁盘上的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="32"/>
        <source>The file is not a KeDang database.</source>
        <translation>该文件不是客档数据库。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="33"/>
        <source>The database could not be created: {error}</source>
        <translation>无法创建数据库：{error}</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="42"/>
        <source>Database error: {error}</source>
        <translation>数据库错误：{error}</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="48"/>
        <source>The file or folder cannot be written: permission denied ({name}).</source>
        <translation>无法写入文件或文件夹：没有权限（{name}）。</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="51"/>
        <source>The file could not be read or written: {error}</source>
        <translation>无法读写文件：{error}</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="53"/>
        <source>Unexpected error ({name}). Nothing was saved; please try again.</source>
        <translation>发生意外错误（{name}）。未保存任何内容，请重试。</translation>
    </message>
    <message>
        <location filename="../../app/office.py" line="132"/>
        <source>The key of this database is not in this computer&apos;s key store. Enter the recovery key from the recovery sheet.</source>
        <translation>本机凭据库中没有此数据库的密钥。请输入恢复密钥单上的恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../app/session.py" line="48"/>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../app/session.py" line="53"/>
        <source>Not allowed: the role {role} may not {action}.</source>
        <translation>无权操作：{role}不能{action}。</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <location filename="../../app/ui/login.py" line="25"/>
        <source>KeDang — sign in</source>
        <translation>客档 — 登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="30"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="31"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="33"/>
        <source>Sign in to the customer records</source>
        <translation>登录客户档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="39"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="66"/>
        <source>Recovery key needed</source>
        <translation>需要恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="67"/>
        <source>This computer does not hold the key of the database
{path}

This happens on a new PC, a new Windows account, or when the saved key was lost. Type the recovery key from the recovery sheet kept in the safe. The key is then kept on this computer again.</source>
        <translation>本机没有保存数据库
{path}
的密钥。

更换电脑、使用新的 Windows 账户或保存的密钥丢失时会出现这种情况。请输入保险柜中恢复密钥单上的恢复密钥，之后本机会重新保存该密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="84"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="28"/>
        <source>KeDang — customer records</source>
        <translation>客档 — 客户档案</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="35"/>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="46"/>
        <source>Signed in: {name} ({role})</source>
        <translation>当前用户：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="65"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>&amp;Open dossier</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="68"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="70"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="71"/>
        <source>&amp;Audit log…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72"/>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>&amp;Follow-up rules…</source>
        <translation>回访规则(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77"/>
        <source>Custom &amp;fields…</source>
        <translation>自定义字段(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>&amp;Administration</source>
        <translation>系统管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>&amp;Today panel</source>
        <translation>今日待办面板(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>&amp;About KeDang</source>
        <translation>关于客档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>Saved {code} {name}</source>
        <translation>已保存 {code} {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="229"/>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>The database failed a check. Restore the newest verified backup.</source>
        <translation>数据库未通过检查。请从最近一次经过验证的备份恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236"/>
        <source>The language changes the next time KeDang starts.</source>
        <translation>语言将在下次启动客档时切换。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239"/>
        <source>KeDang {version}
Customer records for small offices, kept in one encrypted file.</source>
        <translation>客档 {version}
小型办公室的客户档案，全部保存在一个加密文件中。</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../app/ui/merge.py" line="25"/>
        <source>Dossier entries</source>
        <translation>档案记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="26"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="27"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="33"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="34"/>
        <source>Code A</source>
        <translation>编号 A</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="34"/>
        <source>Name A</source>
        <translation>名称 A</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="34"/>
        <source>Phone A</source>
        <translation>电话 A</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="35"/>
        <source>Code B</source>
        <translation>编号 B</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="35"/>
        <source>Name B</source>
        <translation>名称 B</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="35"/>
        <source>Phone B</source>
        <translation>电话 B</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="36"/>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="61"/>
        <source>Possible duplicates</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="77"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="79"/>
        <source>Search again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="81"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="107"/>
        <source>{n} possible duplicates</source>
        <translation>{n} 对疑似重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="128"/>
        <source>{drop} was merged into {keep}.</source>
        <translation>{drop} 已并入 {keep}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="156"/>
        <source>Merge {a} and {b}</source>
        <translation>合并 {a} 和 {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="158"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="162"/>
        <source>Keep {code}</source>
        <translation>保留 {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="180"/>
        <source>After the merge:</source>
        <translation>合并后：</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="182"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="212"/>
        <source>{code} is kept; {other} is removed.</source>
        <translation>保留 {code}；删除 {other}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="219"/>
        <source>Moved over from {code}: {moved}</source>
        <translation>从 {code} 移过来：{moved}</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="221"/>
        <source>{code} has no entries, contacts or attachments to move.</source>
        <translation>{code} 没有需要移过来的记录、联系人或附件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/merge.py" line="226"/>
        <source>Merge {drop} into {keep}?

{drop} is removed; its entries, contacts and attachments move to {keep}. This cannot be undone.</source>
        <translation>将 {drop} 并入 {keep}？

{drop} 将被删除，其档案记录、联系人和附件移到 {keep}。此操作不能撤销。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../app/permissions.py" line="32"/>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="33"/>
        <source>Record keeper</source>
        <translation>档案管理员</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="34"/>
        <source>Front-desk clerk</source>
        <translation>业务录入员</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="35"/>
        <source>Viewer</source>
        <translation>业务查询员</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="36"/>
        <source>Manager</source>
        <translation>高级管理人员</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="42"/>
        <source>view customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="43"/>
        <source>add customers</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="44"/>
        <source>edit customers</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="45"/>
        <source>add customers in bulk</source>
        <translation>批量添加客户</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="46"/>
        <source>edit contacts</source>
        <translation>修改联系人</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="47"/>
        <source>see full ID and phone numbers</source>
        <translation>查看完整的证件号码和电话</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="48"/>
        <source>add and edit dossier entries</source>
        <translation>添加和修改档案记录</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="49"/>
        <source>void dossier entries</source>
        <translation>作废档案记录</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="50"/>
        <source>view attachments</source>
        <translation>查看附件</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="51"/>
        <source>export attachments</source>
        <translation>导出附件</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="52"/>
        <source>merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="53"/>
        <source>change the dossier of a moved-out customer</source>
        <translation>修改已退租客户的档案</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="54"/>
        <source>change the office settings</source>
        <translation>修改本单位设置</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="55"/>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="56"/>
        <source>read the audit log</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <location filename="../../app/permissions.py" line="57"/>
        <source>check the database</source>
        <translation>检查数据库</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../../app/security.py" line="60"/>
        <source>A recovery key has {n} letters and digits; {m} were entered.</source>
        <translation>恢复密钥共有 {n} 个字母和数字，您输入了 {m} 个。</translation>
    </message>
    <message>
        <location filename="../../app/security.py" line="63"/>
        <source>The recovery key contains a character that is not used in recovery keys.</source>
        <translation>恢复密钥中含有恢复密钥不会使用的字符。</translation>
    </message>
    <message>
        <location filename="../../app/security.py" line="69"/>
        <source>The recovery key could not be read.</source>
        <translation>无法识别该恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../app/security.py" line="71"/>
        <source>The recovery key has a typing error: its last group does not match the others. Check every group against the recovery sheet.</source>
        <translation>恢复密钥输入有误：最后一组校验码与前面各组不符。请对照恢复密钥单逐组核对。</translation>
    </message>
    <message>
        <location filename="../../app/security.py" line="86"/>
        <source>The keyring library is not available.</source>
        <translation>密钥存储组件不可用。</translation>
    </message>
    <message>
        <location filename="../../app/security.py" line="90"/>
        <source>This computer has no secure key store (keyring).</source>
        <translation>本机没有安全的凭据库。</translation>
    </message>
    <message>
        <location filename="../../app/security.py" line="94"/>
        <source>This computer has no secure key store (keyring); found only {name}.</source>
        <translation>本机没有安全的凭据库（只找到 {name}）。</translation>
    </message>
    <message>
        <location filename="../../app/security.py" line="109"/>
        <source>The key store refused the key: {error}</source>
        <translation>凭据库拒绝保存密钥：{error}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="41"/>
        <source>Welcome to KeDang</source>
        <translation>欢迎使用客档</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="42"/>
        <source>This assistant sets up the customer records of your office in a few steps.</source>
        <translation>本向导将分几步为您的单位建立客户档案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="43"/>
        <source>All records are kept in one encrypted file on this computer. You will choose where it is kept, create the administrator account, and receive a recovery key to keep in the safe.</source>
        <translation>所有档案都保存在本机的一个加密文件中。您将选择文件的存放位置、创建系统管理员账户，并获得一份需放入保险柜保管的恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="52"/>
        <source>Your office</source>
        <translation>您的单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="53"/>
        <source>The company name is printed on reports. The database file holds every record.</source>
        <translation>单位名称将打印在报表上。数据库文件保存全部档案。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="55"/>
        <source>e.g. 鸿运物业管理有限公司</source>
        <translation>例如 鸿运物业管理有限公司</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="57"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="63"/>
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="64"/>
        <location filename="../../app/ui/setup_wizard.py" line="70"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="65"/>
        <source>Keep the file on this computer&apos;s own disk, not on a network share.</source>
        <translation>请将文件放在本机磁盘上，不要放在网络共享中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="70"/>
        <source>KeDang database (*.kdb)</source>
        <translation>客档数据库 (*.kdb)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="81"/>
        <source>Administrator account</source>
        <translation>系统管理员账户</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="82"/>
        <source>The administrator creates the other accounts and keeps the recovery key.</source>
        <translation>系统管理员负责创建其他账户并保管恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="93"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="94"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="95"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="96"/>
        <location filename="../../app/ui/setup_wizard.py" line="107"/>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="97"/>
        <source>At least 8 characters, mixing letters with digits or symbols.</source>
        <translation>至少 8 个字符，须同时包含字母和数字或符号。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="102"/>
        <source>Create database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="107"/>
        <source>does not match the password</source>
        <translation>与密码不一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="117"/>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="118"/>
        <source>Write it down or print the recovery sheet now. It is shown only this once.</source>
        <translation>请立即抄写或打印恢复密钥单。它只显示这一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="119"/>
        <source>The records are encrypted. This computer keeps the key for you, so you do not type it every day. If this computer is replaced, Windows is reinstalled, or the saved key is lost, the recovery key is the only way to open the records and the backups. Anyone with the key and the file can read the records: keep the sheet locked in the safe, not next to the computer.</source>
        <translation>档案已加密。本机会替您保存密钥，日常使用无需输入。如果更换电脑、重装 Windows 或保存的密钥丢失，恢复密钥是打开档案和备份的唯一途径。任何人拿到密钥和文件都能读取档案：请把密钥单锁在保险柜里，不要放在电脑旁边。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="135"/>
        <source>Save the recovery sheet (PDF) to print…</source>
        <translation>保存恢复密钥单（PDF）以便打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="139"/>
        <source>I have written down or printed the recovery key and will keep it in the safe.</source>
        <translation>我已抄写或打印恢复密钥，并将放入保险柜保管。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="156"/>
        <source>Warning: the key could not be kept on this computer ({why}). You will need the recovery key every time KeDang starts.</source>
        <translation>警告：本机无法保存密钥（{why}）。每次启动客档都需要输入恢复密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="161"/>
        <source>The key is kept in this computer&apos;s key store: KeDang opens without asking for it.</source>
        <translation>密钥已保存在本机的凭据库中：启动客档时无需输入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="167"/>
        <source>KeDang recovery sheet.pdf</source>
        <translation>客档恢复密钥单.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="168"/>
        <source>Save the recovery sheet</source>
        <translation>保存恢复密钥单</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="176"/>
        <source>Saved to {path}. Print it, put it in the safe, then delete the file: it is a copy of the key.</source>
        <translation>已保存到 {path}。请打印后放入保险柜，然后删除该文件：它是密钥的副本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="183"/>
        <source>Ready</source>
        <translation>设置完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="184"/>
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
        <location filename="../../app/ui/setup_wizard.py" line="217"/>
        <source>KeDang — first start</source>
        <translation>客档 — 首次使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="218"/>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="219"/>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="220"/>
        <source>Start working</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="221"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/main.py" line="56"/>
        <source>Demo office</source>
        <translation>演示单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="57"/>
        <source>Demo administrator</source>
        <translation>演示管理员</translation>
    </message>
    <message>
        <location filename="../../app/ui/main.py" line="109"/>
        <source>demo: nothing is kept after closing</source>
        <translation>演示：关闭后不保留任何数据</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../app/ui/today.py" line="24"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="24"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="25"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="25"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="24"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="25"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="32"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="34"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="35"/>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="86"/>
        <source>Due today and overdue: more than {n} (the first {n} shown)</source>
        <translation>今日到期及逾期：超过 {n} 项（显示前 {n} 项）</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="88"/>
        <source>Due today and overdue: {n}</source>
        <translation>今日到期及逾期：{n} 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="101"/>
        <source>Follow-up rules</source>
        <translation>回访规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/today.py" line="104"/>
        <source>A return visit is planned this many days after each event, e.g. &quot;3, 30&quot;. Leave empty for none. The rules apply to events from now on.</source>
        <translation>在每个事件发生后的这些天安排回访，例如“3, 30”。留空表示不安排。规则只适用于今后发生的事件。</translation>
    </message>
</context>
<context>
    <name>UI</name>
    <message>
        <location filename="../../app/ui/common.py" line="16"/>
        <location filename="../../app/ui/common.py" line="20"/>
        <location filename="../../app/ui/common.py" line="24"/>
        <source>KeDang</source>
        <translation>客档</translation>
    </message>
    <message>
        <location filename="../../app/ui/common.py" line="74"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/common.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../app/auth.py" line="33"/>
        <location filename="../../app/auth.py" line="35"/>
        <location filename="../../app/auth.py" line="129"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="43"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="48"/>
        <location filename="../../app/auth.py" line="160"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="57"/>
        <source>The database already has users.</source>
        <translation>数据库中已有用户。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="67"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="80"/>
        <source>This account is locked after {n} wrong passwords. Try again in {m} minutes or ask the administrator.</source>
        <translation>该账户因连续 {n} 次密码错误已被锁定。请 {m} 分钟后再试，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="85"/>
        <source>This account has been deactivated. Ask the administrator.</source>
        <translation>该账户已停用。请联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="98"/>
        <source>Wrong password. The account is now locked for {m} minutes.</source>
        <translation>密码错误。该账户现已锁定 {m} 分钟。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="101"/>
        <source>One more wrong password locks the account.</source>
        <translation>再错一次账户将被锁定。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="102"/>
        <source>{n} attempts left before the account is locked.</source>
        <translation>再错 {n} 次账户将被锁定。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="139"/>
        <source>No such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="178"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/attachments.py" line="154"/>
        <location filename="../../app/attachments.py" line="236"/>
        <location filename="../../app/auth.py" line="33"/>
        <location filename="../../app/custom_fields.py" line="42"/>
        <location filename="../../app/customers.py" line="88"/>
        <location filename="../../app/entries.py" line="231"/>
        <location filename="../../app/entries.py" line="546"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="36"/>
        <source>at most 40 characters and no spaces</source>
        <translation>最多 40 个字符，且不能含空格</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="48"/>
        <source>is not one of the five roles</source>
        <translation>不是五种角色之一</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="129"/>
        <source>is already taken</source>
        <translation>已被使用</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="160"/>
        <source>the last active administrator cannot be removed or deactivated</source>
        <translation>不能撤销或停用最后一位在用的系统管理员</translation>
    </message>
    <message>
        <location filename="../../app/auth.py" line="178"/>
        <source>is not correct</source>
        <translation>不正确</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="122"/>
        <source>{name}: only PDF and image files ({exts}) can be attached</source>
        <translation>{name}：只能添加 PDF 和图片文件（{exts}）</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="125"/>
        <source>{name} is empty (0 bytes)</source>
        <translation>{name} 是空文件（0 字节）</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="127"/>
        <location filename="../../app/attachments.py" line="146"/>
        <source>{name} is {size} MB; at most {limit} MB can be attached</source>
        <translation>{name} 有 {size} MB；附件最大 {limit} MB</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="131"/>
        <source>{name} is not a {ext} file: its content does not match its extension</source>
        <translation>{name} 不是 {ext} 文件：内容与扩展名不符</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="136"/>
        <source>{name} is damaged and cannot be opened</source>
        <translation>{name} 已损坏，无法打开</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="156"/>
        <location filename="../../app/custom_fields.py" line="44"/>
        <location filename="../../app/customers.py" line="90"/>
        <location filename="../../app/customers.py" line="133"/>
        <location filename="../../app/customers.py" line="178"/>
        <location filename="../../app/customers.py" line="195"/>
        <location filename="../../app/entries.py" line="237"/>
        <location filename="../../app/entries.py" line="549"/>
        <source>at most {n} characters</source>
        <translation>最多 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="160"/>
        <location filename="../../app/custom_fields.py" line="48"/>
        <location filename="../../app/custom_fields.py" line="51"/>
        <location filename="../../app/customers.py" line="97"/>
        <location filename="../../app/customers.py" line="147"/>
        <location filename="../../app/entries.py" line="220"/>
        <location filename="../../app/entries.py" line="255"/>
        <source>is not one of the allowed values</source>
        <translation>不是允许的取值</translation>
    </message>
    <message>
        <location filename="../../app/attachments.py" line="163"/>
        <source>is a whole number from 1 to {n}</source>
        <translation>应为 1 到 {n} 的整数</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="119"/>
        <source>at most {n} tags</source>
        <translation>最多 {n} 个标签</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="122"/>
        <source>a tag has at most {n} characters</source>
        <translation>每个标签最多 {n} 个字</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="140"/>
        <location filename="../../app/customers.py" line="142"/>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="146"/>
        <location filename="../../app/customers.py" line="490"/>
        <location filename="../../app/entries.py" line="242"/>
        <source>is not a real date in the form YYYY-MM-DD</source>
        <translation>不是有效日期，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="405"/>
        <location filename="../../app/entries.py" line="495"/>
        <source>record {n}: {rule}</source>
        <translation>第 {n} 条记录：{rule}</translation>
    </message>
    <message>
        <location filename="../../app/customers.py" line="492"/>
        <source>may not be in the future</source>
        <translation>不能是将来的日期</translation>
    </message>
    <message>
        <location filename="../../app/security.py" line="167"/>
        <source>a password has at least 8 characters</source>
        <translation>密码至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../app/security.py" line="169"/>
        <source>a password mixes letters with digits or symbols</source>
        <translation>密码须同时包含字母和数字或符号</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="31"/>
        <source>{field}: {rule}</source>
        <translation>{field}：{rule}</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="43"/>
        <source>a resident ID number has 18 characters</source>
        <translation>居民身份证号码为 18 位</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="46"/>
        <source>a resident ID number is 17 digits followed by a digit or X</source>
        <translation>居民身份证号码为 17 位数字加 1 位数字或 X</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="50"/>
        <source>the birth date in the ID number is not a real date</source>
        <translation>身份证号码中的出生日期不是真实日期</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="53"/>
        <source>the birth date in the ID number is not a past date</source>
        <translation>身份证号码中的出生日期不是过去的日期</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="55"/>
        <source>the check character of the ID number is wrong</source>
        <translation>身份证号码的校验码不正确</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="68"/>
        <source>a unified social credit code has 18 characters</source>
        <translation>统一社会信用代码为 18 位</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="70"/>
        <source>a unified social credit code uses only digits and the letters A-H J-N P-R T U W X Y</source>
        <translation>统一社会信用代码只能包含数字和字母 A-H J-N P-R T U W X Y</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="72"/>
        <source>the check character of the unified social credit code is wrong</source>
        <translation>统一社会信用代码的校验码不正确</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="80"/>
        <source>a phone number is an 11-digit mobile number starting with 1, or a landline with area code such as 010-12345678</source>
        <translation>电话须为以 1 开头的 11 位手机号，或带区号的座机号（如 010-12345678）</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="65"/>
        <source>a choice field needs at least 2 choices</source>
        <translation>选项字段至少需要 2 个选项</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="68"/>
        <source>at most {n} choices of at most {m} characters each</source>
        <translation>最多 {n} 个选项，每个最多 {m} 个字</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="91"/>
        <source>is already used by another field</source>
        <translation>已被另一个字段使用</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="187"/>
        <location filename="../../app/entries.py" line="189"/>
        <source>is not an amount in yuan such as 1280.50</source>
        <translation>不是以元为单位的金额，例如 1280.50</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="191"/>
        <source>may not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="193"/>
        <source>has at most 2 decimal places (fen)</source>
        <translation>最多两位小数（到分）</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="196"/>
        <source>is too large</source>
        <translation>数额过大</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="251"/>
        <source>is a whole number from 0 to 999999</source>
        <translation>应为 0 到 999999 的整数</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="260"/>
        <source>may not be before {other}</source>
        <translation>不能早于{other}</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="266"/>
        <source>is required when the status is {status}</source>
        <translation>状态为“{status}”时必填</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="274"/>
        <source>a planned date or the date it was done is required</source>
        <translation>计划日期和完成日期至少填一个</translation>
    </message>
    <message>
        <location filename="../../app/entries.py" line="345"/>
        <source>days are whole numbers from 1 to 3650</source>
        <translation>天数应为 1 到 3650 的整数</translation>
    </message>
</context>
</TS>
