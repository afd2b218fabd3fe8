/**
 * Generated from docs/openapi.json by openapi-typescript (`npm run contract`): do not edit. The mini-program's wire
 * types come from here (api/types.ts names them); `npm test` fails while this file is out of date.
 */
export type paths = {
    "/applications/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 不予推荐，须说明原因（班组可见）
         * @description 调用者：推荐单位联系人。
         */
        post: operations["RecommendationController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报材料的所有版本（current 为当前版本）
         * @description 调用者：申报企业、班组成员。
         */
        get: operations["MaterialController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/materials/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传申报材料：kind 为 pdf 或 ppt，表单字段 file；重新上传保留以前的版本
         * @description 调用者：申报企业、班组成员。
         */
        post: operations["MaterialController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/recommend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 推荐（报名与推荐阶段内）
         * @description 调用者：推荐单位联系人。
         */
        post: operations["RecommendationController_recommend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 初选：通过，或淘汰（须填原因，班组可见）；有问题仍通过须 override 并填理由（记入审计）
         * @description 调用者：秘书处。
         */
        post: operations["ScreeningController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/secretariat-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 秘书处改定推荐结果（推荐阶段结束后仅秘书处可改，须填原因，记入审计）
         * @description 调用者：秘书处。
         */
        post: operations["RecommendationController_decideBySecretariat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交申报（报名阶段内，须符合第六条、第七条的条件）
         * @description 调用者：申报企业、班组成员。
         */
        post: operations["ApplicationController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 申报进度：报名、推荐、初选、资料审核、成果发布
         * @description 调用者：申报企业、班组成员。
         */
        get: operations["ApplicationController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回申报（初选之前）
         * @description 调用者：申报企业、班组成员。
         */
        post: operations["ApplicationController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推荐单位联系人或专家用绑定码绑定微信并登录 */
        post: operations["RecommenderBindController_bind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/card-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申报企业凭报名卡号和密码登录（连续输错密码将暂时锁定该卡，同一地址失败过多将暂停登录） */
        post: operations["AuthController_cardLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 凭邀请码加入班组并登录 */
        post: operations["MemberAuthController_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 秘书处、推荐单位、专家等账号登录（连续输错密码将暂时锁定该用户名，同一地址失败过多将暂停登录） */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录：本次登录的访问令牌和 refreshToken 立即失效 */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前登录身份 */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/member-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 班组成员凭一次性登录码登录（网页版） */
        post: operations["MemberAuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 以 refreshToken 换取新的访问令牌和 refreshToken（原 refreshToken 随即作废；重复使用将注销该次登录） */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/wechat-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 小程序微信登录：已绑定则直接登录，否则返回用于绑定的临时凭证 */
        post: operations["WechatAuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前年度活动及所处阶段 */
        get: operations["CampaignController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/current/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 秘书处修改本年度活动设置（阶段时间、分值、等级比例、评分表等）
         * @description 调用者：秘书处。
         */
        put: operations["CampaignController_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本届证书名单（班组、企业、推荐单位、等级、编号、颁发日期、是否撤销），可按等级和撤销状态筛选
         * @description 调用者：秘书处。
         */
        get: operations["CertificateController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{no}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载证书 PDF（秘书处、该班组所属申报企业、该班组成员可下载；已撤销的证书带“已撤销”标记） */
        get: operations["CertificateController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{no}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤销证书（须填写原因，公众查验时可见；已撤销的不能再次撤销）
         * @description 调用者：秘书处。
         */
        post: operations["CertificateController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 颁发证书：为本届已评定等级且已公布、尚无证书的班组生成证书编号并颁发（重复执行不会重复颁发）
         * @description 调用者：秘书处。
         */
        post: operations["CertificateController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/onward.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出择优推荐名单（卓越级、未撤销，按总分从高到低），报国家市场监督管理总局、中国质量协会
         * @description 调用者：秘书处。
         */
        get: operations["CertificateController_onward"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本届已提交的申报：分页、排序、按状态/推荐单位/名称筛选，附评分、等级和证书编号
         * @description 调用者：秘书处。
         */
        get: operations["ConsoleController_applications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计日志（最新在前）：按操作人、操作前缀、对象、申报、时间筛选，显示操作人姓名或企业名称
         * @description 调用者：秘书处。
         */
        get: operations["ConsoleController_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 校验审计日志哈希链是否完整
         * @description 调用者：秘书处。
         */
        get: operations["ConsoleController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本届活动概况：各环节漏斗、各状态数量、各推荐单位情况、各专家组评分分布、等级名额
         * @description 调用者：秘书处。
         */
        get: operations["ConsoleController_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/exports/applications.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出本年度全部已提交申报（含得分、等级、证书编号）
         * @description 调用者：秘书处。
         */
        get: operations["ExportsController_applications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/exports/results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出等级评定结果（建议等级、决定等级、调整理由）
         * @description 调用者：秘书处。
         */
        get: operations["ExportsController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/exports/scores.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出专家评分明细（资料审核、成果发布各一张工作表，每个评分项一列）
         * @description 调用者：秘书处。
         */
        get: operations["ExportsController_scores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/exports/statistics.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出各推荐单位统计表（附件3）汇总，含合计行和未报送单位
         * @description 调用者：秘书处。
         */
        get: operations["ExportsController_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 微信订阅消息发送队列：分页、按状态筛选，附各状态数量
         * @description 调用者：秘书处。
         */
        get: operations["ConsoleController_outbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/draws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 历次专家组抽取
         * @description 调用者：秘书处。
         */
        get: operations["PanelController_list"];
        put?: never;
        /**
         * 抽取专家组：从可抽取专家中按种子随机组组（回避本企业、本推荐单位），分配初选合格的申报；种子与名单一并保存
         * @description 调用者：秘书处。
         */
        post: operations["PanelController_draw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/draws/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一次抽取的结果：各组组长、组员和评审的申报
         * @description 调用者：秘书处。
         */
        get: operations["PanelController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/draws/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 复核抽取：用保存的种子和名单重新抽取，与保存的结果比对
         * @description 调用者：秘书处。
         */
        post: operations["PanelController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}/credit-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 秘书处更正企业的统一社会信用代码（记录更正前后和原因）
         * @description 调用者：秘书处。
         */
        put: operations["EnterpriseController_correctCreditCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本企业信息
         * @description 调用者：申报企业。
         */
        get: operations["EnterpriseController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/me/credit-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 登记统一社会信用代码（首次提交申报后不能再自行修改，由秘书处更正）
         * @description 调用者：申报企业。
         */
        put: operations["EnterpriseController_setCreditCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专家库：按姓名/手机/企业/专业查找，按推荐单位、可抽取、启用筛选
         * @description 调用者：秘书处。
         */
        get: operations["ExpertController_list"];
        put?: never;
        /**
         * 添加专家
         * @description 调用者：秘书处。
         */
        post: operations["ExpertController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 修改专家信息（整条替换）
         * @description 调用者：秘书处。
         */
        put: operations["ExpertController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experts/{id}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开设（或重置）专家登录账号：返回用户名、一次性密码和微信绑定码（7 天有效，仅显示一次）
         * @description 调用者：秘书处。
         */
        post: operations["ExpertController_account"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experts/{id}/kept-sheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 某位被取消资格专家在已结束评审阶段的保留评分（班组、评审环节、总分）及秘书处的决定
         * @description 调用者：秘书处。
         */
        get: operations["DisciplineController_keptSheetsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experts/{id}/kept-sheets/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 对保留评分作出决定（须填写理由）：维持有效，或不予采用（作废评分表、重新汇总专家组评分；已生成的等级须重新生成或重新确认）
         * @description 调用者：秘书处。
         */
        post: operations["DisciplineController_decideKeptSheets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experts/{id}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消专家资格（第十六条）：停用专家及其登录，保留专家记录；所在专家组尚有评审工作时随机抽取替换专家，只作废尚未结束的评审阶段的评分表；已结束阶段的评分保留，是否处理由秘书处另行决定
         * @description 调用者：秘书处。
         */
        post: operations["DisciplineController_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/experts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 从 Excel（.xlsx，表单字段 file）导入专家：有效行导入（手机号已存在则更新），无效行逐行报告原因、不写入
         * @description 调用者：秘书处。
         */
        post: operations["ExpertController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按短时有效的签名链接下载文件（无需登录，可用于 <img>；一律作为附件下载，不在本站页面中打开） */
        get: operations["FilesController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 等级建议与决定：排名、总分、建议等级、说明、边界并列、名额
         * @description 调用者：秘书处。
         */
        get: operations["GradingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 确认等级（确认后不能再调整）
         * @description 调用者：秘书处。
         */
        post: operations["GradingController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading/items/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 调整某班组的等级或打破边界并列（须填写理由，不得超出名额）
         * @description 调用者：秘书处。
         */
        put: operations["GradingController_adjust"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 生成等级建议（全部受邀班组发布结束后）；重新生成会清除此前的调整
         * @description 调用者：秘书处。
         */
        post: operations["GradingController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 公布评定结果：各班组进入「已评定等级」并收到通知
         * @description 调用者：秘书处。
         */
        post: operations["GradingController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/grading/reconfirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新确认等级（须填写理由）：评分经秘书处决定重新汇总后，按现有评分重新评定并确认；已公布的结果以重新确认后的为准
         * @description 调用者：秘书处。
         */
        post: operations["GradingController_reconfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务与数据库状态（数据库不可达时为 503） */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的站内消息（分页，含未读数） */
        get: operations["InboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记一条消息为已读 */
        post: operations["InboxController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 已完成资料审核的申报，按资料审核得分排名；名单是否已公布
         * @description 调用者：秘书处。
         */
        get: operations["InvitationController_list"];
        put?: never;
        /**
         * 确定并公布参加发布会的班组名单（其余为未受邀），通知各班组；公布后不能更改
         * @description 调用者：秘书处。
         */
        post: operations["InvitationController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出参加发布会班组名单（Excel）
         * @description 调用者：秘书处。
         */
        get: operations["InvitationController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kept-sheet-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 被取消资格专家的保留评分：待秘书处决定的排在前面（可按状态筛选）
         * @description 调用者：秘书处。
         */
        get: operations["DisciplineController_keptSheetDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 成员本人及所在班组
         * @description 调用者：班组成员。
         */
        get: operations["MemberController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/misconduct-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 违规查处案件列表（可按状态筛选）
         * @description 调用者：秘书处。
         */
        get: operations["DisciplineController_list"];
        put?: never;
        /**
         * 违规查处立案：申报材料涉嫌剽窃或弄虚作假（第十五条）
         * @description 调用者：秘书处。
         */
        post: operations["DisciplineController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/misconduct-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 违规查处案件详情，含证据材料及下载链接
         * @description 调用者：秘书处。
         */
        get: operations["DisciplineController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/misconduct-cases/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 处理决定：经查实则取消活动资格、警示推荐单位并撤销证书；或不予认定
         * @description 调用者：秘书处。
         */
        post: operations["DisciplineController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/misconduct-cases/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传证据材料（表单字段 file；PDF、图片或 Office 文档）
         * @description 调用者：秘书处。
         */
        post: operations["DisciplineController_evidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/panels/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专家本人：最近一次抽取中自己所在的专家组（组号、组长/组员、同组专家、评审的班组）
         * @description 调用者：专家。
         */
        get: operations["PanelController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presentation-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本年度全部发布会场次
         * @description 调用者：秘书处。
         */
        get: operations["PresentationController_list"];
        put?: never;
        /**
         * 安排发布会场次：日期、地点、评审专家组和发布顺序（须为该组评审的受邀班组）
         * @description 调用者：秘书处。
         */
        post: operations["PresentationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presentation-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一个场次：发布顺序、各班组提交评分的专家人数与结果
         * @description 调用者：专家、秘书处。
         */
        get: operations["PresentationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presentation-sessions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 组长闭会：汇总发布评分，已发布的班组进入「已完成成果发布」，未发布的视同放弃
         * @description 调用者：专家、秘书处。
         */
        post: operations["PresentationController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presentation-sessions/{id}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 调整发布顺序（闭会前）
         * @description 调用者：秘书处。
         */
        put: operations["PresentationController_reorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presentation-sessions/{id}/slots/{applicationId}/absent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 组长或秘书处标记班组未到场（闭会时视同放弃），或撤销标记
         * @description 调用者：专家、秘书处。
         */
        post: operations["PresentationController_markAbsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presentation-sessions/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专家本人所在专家组的发布会场次及本人评分状态
         * @description 调用者：专家。
         */
        get: operations["PresentationController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/certificates/{no}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公众查验证书（无需登录）：按证书编号查询班组、企业、等级、年度和是否有效 */
        get: operations["CertificateController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开：参加发布会的班组名单（公布后可见，不含分数） */
        get: operations["InvitationController_publicList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开：获得等级的班组名单（公布后可见，不含分数） */
        get: operations["GradingController_publicResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommendation/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 提交到本推荐单位的申报（待推荐、已推荐、未获推荐）
         * @description 调用者：推荐单位联系人。
         */
        get: operations["RecommendationController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommendation/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一份申报的详情：报名表、声明、材料、现场活动记录数
         * @description 调用者：推荐单位联系人。
         */
        get: operations["RecommendationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommendation/package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本单位的推荐材料：已上传的文件、当前合成版本和历史版本
         * @description 调用者：推荐单位联系人。
         */
        get: operations["UnitPackageController_get"];
        put?: never;
        /**
         * 合成推荐材料 PDF：推荐函 + 统计表 + 优秀名单公布通知，以推荐单位名称命名
         * @description 调用者：推荐单位联系人。
         */
        post: operations["UnitPackageController_build"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommendation/package/excellent-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传本行业（地方）年度优秀名单的公布通知（PDF，标注推荐班组）
         * @description 调用者：推荐单位联系人。
         */
        post: operations["UnitPackageController_excellentList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommendation/package/letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传推荐函（PDF，表单字段 file）
         * @description 调用者：推荐单位联系人。
         */
        post: operations["UnitPackageController_letter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommendation/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 已推荐申报的推荐顺序
         * @description 调用者：推荐单位联系人。
         */
        put: operations["RecommendationController_preferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommendation/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本单位的统计表（附件3），含平台统计的推荐数和历年累计数
         * @description 调用者：推荐单位联系人、秘书处。
         */
        get: operations["UnitStatisticsController_get"];
        /**
         * 填写或修改统计表
         * @description 调用者：推荐单位联系人。
         */
        put: operations["UnitStatisticsController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommending-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推荐单位名单（按通知附件2顺序） */
        get: operations["RecommendingUnitController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommending-units/{unitId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 推荐单位联系人
         * @description 调用者：秘书处。
         */
        get: operations["RecommenderContactController_list"];
        put?: never;
        /**
         * 开设联系人账号：返回一次性密码和微信绑定码（仅显示一次）
         * @description 调用者：秘书处。
         */
        post: operations["RecommenderContactController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommending-units/{unitId}/contacts/{userId}/bind-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新发放微信绑定码（7 天有效，一次性）
         * @description 调用者：秘书处。
         */
        post: operations["RecommenderContactController_bindCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommending-units/{unitId}/package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 秘书处查看推荐单位的推荐材料
         * @description 调用者：秘书处。
         */
        get: operations["UnitPackageController_getForUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommending-units/filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 各推荐单位的推荐与报送情况
         * @description 调用者：秘书处。
         */
        get: operations["RecommenderContactController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommending-units/mine/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 推荐单位联系人：本单位收到的警示
         * @description 调用者：推荐单位联系人。
         */
        get: operations["DisciplineController_mineWarnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recommending-units/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提醒推荐单位联系人报送（默认：尚未报送齐全的单位）
         * @description 调用者：秘书处。
         */
        post: operations["RecommenderContactController_remind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registration-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 已发放的报名卡
         * @description 调用者：秘书处。
         */
        get: operations["RegistrationCardController_list"];
        put?: never;
        /**
         * 向企业发放报名卡（返回一次性密码，仅显示这一次）
         * @description 调用者：秘书处。
         */
        post: operations["RegistrationCardController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registration-cards/{id}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重置报名卡密码（返回新的一次性密码，原密码立即失效）
         * @description 调用者：秘书处。
         */
        post: operations["RegistrationCardController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registration-cards/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 解锁因多次密码错误而暂时锁定的报名卡（记入审计日志）
         * @description 调用者：秘书处。
         */
        post: operations["RegistrationCardController_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registration-cards/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量发放报名卡（每个企业名称一张；返回一次性密码及其 Excel 清单（随应答返回，服务器不保存），仅此一次）
         * @description 调用者：秘书处。
         */
        post: operations["RegistrationCardController_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{applicationId}/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评分表：申报概况、申报材料、评分细则和本人的评分（看不到其他专家的评分）
         * @description 调用者：专家。
         */
        get: operations["ReviewController_sheet"];
        /**
         * 保存评分草稿（可缺项；已填的分数须在分值范围内且为 0.5 的倍数）
         * @description 调用者：专家。
         */
        put: operations["ReviewController_saveDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{applicationId}/{kind}/panel-sheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 同组专家的评分：提交本人评分后才可查看
         * @description 调用者：专家。
         */
        get: operations["ReviewController_panelSheets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{applicationId}/{kind}/sheets/{expertId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 组长退回某位专家的评分以便更正（须填写原因，记入审计日志）
         * @description 调用者：专家。
         */
        post: operations["ReviewController_returnSheet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/{applicationId}/{kind}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交评分：须逐项打分；提交后不能修改，除非组长退回
         * @description 调用者：专家。
         */
        post: operations["ReviewController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/changes/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 秘书处审核评分更正：看过同组评分的专家重新提交的评分，同意则新评分生效，不同意则维持退回前的评分（记入审计日志）
         * @description 调用者：秘书处。
         */
        post: operations["ReviewController_decideChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专家本人的评审任务：所在专家组的申报及本人评分状态
         * @description 调用者：专家。
         */
        get: operations["ReviewController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/overview/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 秘书处：各专家组的评分进度
         * @description 调用者：秘书处。
         */
        get: operations["ReviewController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/panels/{panelNo}/{kind}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 组长：本组评分进度；全部专家提交后可见各人总分与分差
         * @description 调用者：专家、秘书处。
         */
        get: operations["ReviewController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviews/panels/{panelNo}/materials/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 组长确认本组资料审核结束：汇总评分，申报进入「资料审核已完成」
         * @description 调用者：专家、秘书处。
         */
        post: operations["ReviewController_closeMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/screening/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 初选名单（待初选、初选合格、初选淘汰），附合规性、完整性自动检查结果
         * @description 调用者：秘书处。
         */
        get: operations["ScreeningController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/screening/bulk-pass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量通过初选：只通过自动检查无问题的申报，其余列出问题并跳过
         * @description 调用者：秘书处。
         */
        post: operations["ScreeningController_bulkPass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/similarity/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 模板雷同：多个班组共用的同一段文字（不含通知和评分标准的原文），按占比从高到低
         * @description 调用者：秘书处。
         */
        get: operations["SimilarityClustersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/similarity/clusters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一组模板雷同：共用这段文字的班组、各自占比，以及共用段落的原文
         * @description 调用者：秘书处。
         */
        get: operations["SimilarityClustersController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/similarity/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 参与查重的文件；status=uncheckable 为无法比对的文件及原因
         * @description 调用者：秘书处。
         */
        get: operations["SimilarityController_documents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/similarity/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查重概况：最近一次查重的进度与结果、文件数、相似文件对数
         * @description 调用者：秘书处。
         */
        get: operations["SimilarityController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/similarity/pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 相似文件对，按相似度从高到低；counts 为各筛选条件下的对数（默认只列出未核实的疑似雷同）
         * @description 调用者：秘书处。
         */
        get: operations["SimilarityController_pairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/similarity/pairs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 相似文件对详情：谁先提交、各自的文字见于对方的比例、匹配段落按文件 A 的顺序对照（含页码或幻灯片序号）
         * @description 调用者：秘书处。
         */
        get: operations["SimilarityController_pair"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/similarity/pairs/{id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 据此立案查处（剽窃），比对结果和两份文件作为证据材料
         * @description 调用者：秘书处。
         */
        post: operations["SimilarityController_openCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/similarity/pairs/{id}/dismissal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 核实无问题：该文件对不是抄袭（填写核实情况），默认不再列出
         * @description 调用者：秘书处。
         */
        post: operations["SimilarityController_dismiss"];
        /**
         * 撤销核实无问题的结论
         * @description 调用者：秘书处。
         */
        delete: operations["SimilarityController_restore"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/similarity/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 历次查重
         * @description 调用者：秘书处。
         */
        get: operations["SimilarityController_runs"];
        put?: never;
        /**
         * 发起查重（后台进行；已有排队中的查重时返回该次）
         * @description 调用者：秘书处。
         */
        post: operations["SimilarityController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本企业的班组及申报状态
         * @description 调用者：申报企业。
         */
        get: operations["TeamController_list"];
        put?: never;
        /**
         * 新建班组
         * @description 调用者：申报企业。
         */
        post: operations["TeamController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 班组信息（本企业申报人或本班组成员）
         * @description 调用者：申报企业、班组成员。
         */
        get: operations["TeamController_getOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamId}/activity-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 现场活动记录列表（可按类型、日期筛选）
         * @description 调用者：申报企业、班组成员。
         */
        get: operations["ActivityRecordController_list"];
        put?: never;
        /**
         * 提交现场活动记录（同一记录编号重发只保存一次：首次 201，重发 200）
         * @description 调用者：申报企业、班组成员。
         */
        post: operations["ActivityRecordController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamId}/activity-records/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 现场活动记录详情
         * @description 调用者：申报企业、班组成员。
         */
        get: operations["ActivityRecordController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamId}/activity-records/{recordId}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传一张照片（字段 photoKey 在前，文件字段 photo；JPEG/PNG/WebP，按内容检查）
         * @description 调用者：申报企业、班组成员。
         */
        post: operations["ActivityRecordController_addPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamId}/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 班组本年度的申报（申报企业、班组成员可看）
         * @description 调用者：申报企业、班组成员。
         */
        get: operations["ApplicationController_get"];
        /**
         * 填写报名表：创建或修改申报草稿（仅填写中可改）
         * @description 调用者：申报企业、班组成员。
         */
        put: operations["ApplicationController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamId}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 生成邀请码和二维码，成员凭此加入班组（7 天有效）
         * @description 调用者：申报企业。
         */
        post: operations["MemberController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 班组成员名单
         * @description 调用者：申报企业、班组成员。
         */
        get: operations["MemberController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 修改成员（姓名、班组长/组员、手机号）
         * @description 调用者：申报企业。
         */
        put: operations["MemberController_update"];
        post?: never;
        /**
         * 移除成员
         * @description 调用者：申报企业。
         */
        delete: operations["MemberController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{teamId}/members/{memberId}/login-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 为成员生成网页版一次性登录码（24 小时有效）
         * @description 调用者：申报企业。
         */
        post: operations["MemberController_loginCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/unit-warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 推荐单位警示记录（可按推荐单位筛选）
         * @description 调用者：秘书处。
         */
        get: operations["DisciplineController_warnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 解锁因多次密码错误而暂时锁定的账号（专家、推荐单位联系人等；记入审计日志）
         * @description 调用者：秘书处。
         */
        post: operations["LockoutController_unlockAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录用户刚同意的订阅消息（每次同意可接收一条） */
        post: operations["WechatController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wechat/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 小程序应请求订阅的消息模板 */
        get: operations["WechatController_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AbsentDto: {
            /** @description true：标记未到场（闭会时视同放弃）；false：撤销标记 */
            absent: boolean;
        };
        AcceptSubscriptionsDto: {
            /** @description 用户在 wx.requestSubscribeMessage 中同意的模板 ID（一次最多 3 个） */
            templateIds: string[];
        };
        AccountLoginDto: {
            /** @description 密码 */
            password: string;
            /**
             * @description 用户名
             * @example mishuchu
             */
            username: string;
            /** @description 微信登录（wechat-login）返回的绑定凭证：登录同时绑定此微信 */
            wechatTicket?: string;
        };
        AccountUnlockResult: {
            /**
             * @description 是否确曾锁定（false：本未锁定，无需解锁，也不记审计日志）
             * @example true
             */
            unlocked: boolean;
            /**
             * @description 登录用户名
             * @example 13812345678
             */
            username: string;
        };
        ActivityRecordDetail: {
            /** @description 参加人数 */
            attendeeCount: number;
            /** @description 参加人员（成员编号） */
            attendeeIds: number[];
            /** @description 参加人员（含此后移除的成员） */
            attendees: components["schemas"]["RecordAttendee"][];
            /**
             * @description 手机端生成的记录编号（重发时不变）
             * @example 6f1c2a9e-3b7d-4c55-9a1e-2f0b8d7c6e54
             */
            clientKey: string;
            /** @description 活动内容 */
            content: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description 记录人
             * @example 张建国
             */
            createdByName: string;
            /**
             * Format: date
             * @description 活动日期
             * @example 2026-06-12
             */
            date: string;
            id: number;
            /**
             * @description 活动类型
             * @enum {string}
             */
            kind: "pre_shift_meeting" | "quality_inspection" | "technical_briefing" | "qc_activity" | "training" | "other";
            /**
             * @description 活动类型的中文名
             * @example 班前会
             */
            kindLabel: string;
            /** @description 照片张数 */
            photoCount: number;
            photos: components["schemas"]["RecordPhotoView"][];
            /**
             * @description 地点
             * @example 3号楼 5 层
             */
            place: string;
        };
        ActivityRecordPage: {
            items: components["schemas"]["ActivityRecordSummary"][];
            /** @description 第几页，从 1 起 */
            page: number;
            /** @description 每页条数 */
            pageSize: number;
            /** @description 符合条件的总条数 */
            total: number;
        };
        ActivityRecordSummary: {
            /** @description 参加人数 */
            attendeeCount: number;
            /** @description 参加人员（成员编号） */
            attendeeIds: number[];
            /**
             * @description 手机端生成的记录编号（重发时不变）
             * @example 6f1c2a9e-3b7d-4c55-9a1e-2f0b8d7c6e54
             */
            clientKey: string;
            /** @description 活动内容 */
            content: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description 记录人
             * @example 张建国
             */
            createdByName: string;
            /**
             * Format: date
             * @description 活动日期
             * @example 2026-06-12
             */
            date: string;
            id: number;
            /**
             * @description 活动类型
             * @enum {string}
             */
            kind: "pre_shift_meeting" | "quality_inspection" | "technical_briefing" | "qc_activity" | "training" | "other";
            /**
             * @description 活动类型的中文名
             * @example 班前会
             */
            kindLabel: string;
            /** @description 照片张数 */
            photoCount: number;
            /**
             * @description 地点
             * @example 3号楼 5 层
             */
            place: string;
        };
        AdjustGradeDto: {
            /**
             * @description 决定的等级：excellent 卓越级 / exemplary 示范级 / improving 改进级
             * @enum {string}
             */
            grade: "excellent" | "exemplary" | "improving";
            /** @description 调整或打破并列的理由（记入审计日志） */
            reason: string;
            /** @description 读取时该行的版本号；不符则拒绝（另一位同事已修改） */
            version?: number;
        };
        /** @description 错误：code 供程序判断，message 为中文提示 */
        ApiError: {
            /**
             * @description 机器可读的错误码，供程序判断（各码的中文含义见 x-enumDescriptions）
             * @example VALIDATION_FAILED
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "FIELD_REQUIRED" | "FIELD_TOO_LONG" | "FIELD_INVALID" | "MOBILE_INVALID" | "EMAIL_INVALID" | "TEXT_CHARACTERS_INVALID" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "BODY_TOO_DEEP" | "URL_MALFORMED" | "URL_TOO_LONG" | "FORBIDDEN" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "TOO_MANY_REQUESTS" | "CONFLICT" | "TRY_AGAIN" | "INTERNAL" | "DB_UNAVAILABLE" | "IDEMPOTENCY_KEY_INVALID" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "IDEMPOTENCY_ALREADY_DONE" | "UNAUTHENTICATED" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "REFRESH_TOKEN_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "TOO_MANY_ATTEMPTS" | "USERNAME_TAKEN" | "WECHAT_CODE_INVALID" | "WECHAT_RATE_LIMITED" | "WECHAT_USER_BLOCKED" | "WECHAT_UNAVAILABLE" | "WECHAT_TICKET_INVALID" | "WECHAT_NOT_BOUND" | "INBOX_MESSAGE_NOT_FOUND" | "CAMPAIGN_NOT_FOUND" | "SETTINGS_INVALID" | "SETTINGS_RUBRIC_LOCKED" | "CARD_NO_MALFORMED" | "REGISTRATION_CARD_NOT_FOUND" | "CREDIT_CODE_INVALID" | "CREDIT_CODE_TAKEN" | "CREDIT_CODE_REQUIRED" | "CREDIT_CODE_LOCKED" | "TEAM_NAME_TAKEN" | "TEAM_NOT_FOUND" | "TEAM_KIND_INVALID" | "MEMBER_NOT_FOUND" | "INVITE_CODE_INVALID" | "LOGIN_CODE_INVALID" | "ACTIVITY_RECORD_NOT_FOUND" | "ACTIVITY_ATTENDEE_UNKNOWN" | "ACTIVITY_PHOTOS_FULL" | "PHOTO_NOT_IMAGE" | "CLIENT_KEY_REUSED" | "APPLICATION_NOT_FOUND" | "APPLICATION_NOT_DRAFT" | "APPLICATION_CHANGED" | "ELIGIBILITY_FAILED" | "ELIGIBILITY_NOT_BASIC_UNIT" | "ELIGIBILITY_ACCIDENT" | "ELIGIBILITY_NO_ACTIVITY_PLAN" | "ELIGIBILITY_NO_IMPLEMENTATION_PLAN" | "ELIGIBILITY_ACTIVITY_RECORDS" | "ELIGIBILITY_NO_REGISTRATION_FORM" | "ELIGIBILITY_NO_PDF" | "ELIGIBILITY_NO_PPT" | "TRANSITION_NOT_ALLOWED" | "TRANSITION_ROLE_FORBIDDEN" | "TRANSITION_OUTSIDE_WINDOW" | "MATERIAL_KIND_INVALID" | "UPLOAD_NOT_MULTIPART" | "UPLOAD_FILE_MISSING" | "UPLOAD_TOO_MANY_PARTS" | "UPLOAD_INCOMPLETE" | "UPLOAD_TOO_SLOW" | "UPLOAD_TOO_MANY_AT_ONCE" | "FILE_TOO_LARGE" | "FILE_NAME_INVALID" | "FILE_TYPE_MISMATCH" | "FILE_ENCRYPTED" | "FILE_UNREADABLE" | "FILE_COMPRESSION_BOMB" | "FILE_PARSE_LIMIT" | "FILE_LINK_INVALID" | "FILE_LINK_EXPIRED" | "RECOMMENDING_UNIT_NOT_FOUND" | "CONTACT_NOT_FOUND" | "BIND_CODE_INVALID" | "RECOMMENDER_ONLY" | "PREFERENCES_INVALID" | "STATISTICS_INVALID" | "STATISTICS_COUNT_INVALID" | "STATISTICS_AMOUNT_INVALID" | "STATISTICS_PRESENTING_EXCEEDS_REGISTERED" | "STATISTICS_REVIEW_FORM_REQUIRED" | "STATISTICS_DATE_INVALID" | "STATISTICS_NOT_FILED" | "PACKAGE_INCOMPLETE" | "PACKAGE_LETTER_MISSING" | "PACKAGE_STATISTICS_MISSING" | "PACKAGE_EXCELLENT_LIST_MISSING" | "SCREENING_FILE_MISSING" | "SCREENING_REASON_REQUIRED" | "SCREENING_PROBLEMS" | "SCREENING_OVERRIDE_REASON_REQUIRED" | "SIMILARITY_LEGACY_PPT" | "SIMILARITY_NO_TEXT_LAYER" | "SIMILARITY_NO_SLIDE_TEXT" | "SIMILARITY_ENCRYPTED" | "SIMILARITY_UNREADABLE" | "SIMILARITY_FILE_MISSING" | "SIMILARITY_PAIR_NOT_FOUND" | "SIMILARITY_CLUSTER_NOT_FOUND" | "SIMILARITY_CASE_EXISTS" | "SIMILARITY_CASE_APPLICATION" | "SIMILARITY_PAIR_DISMISSED" | "SIMILARITY_PAIR_NOT_DISMISSED" | "SIMILARITY_TOO_LARGE" | "SIMILARITY_PARSE_LIMIT" | "EXPERT_NOT_FOUND" | "EXPERT_MOBILE_TAKEN" | "EXPERT_STATUS_INCONSISTENT" | "EXPERT_IMPORT_HEADERS_MISSING" | "EXPERT_IMPORT_EMPTY" | "DRAW_INVALID_INPUT" | "DRAW_NOT_ENOUGH_EXPERTS" | "DRAW_CONFLICT_UNSATISFIABLE" | "PANEL_NOT_FOUND" | "SCORE_OUT_OF_RANGE" | "SCORE_NOT_ON_STEP" | "SCORE_ITEM_UNKNOWN" | "SCORE_ITEM_MISSING" | "SCORES_MISSING" | "REVIEW_EXPERT_ONLY" | "REVIEW_NOT_ASSIGNED" | "REVIEW_CONFLICT" | "REVIEW_NOT_OPEN" | "REVIEW_ALREADY_SUBMITTED" | "REVIEW_SCORES_INVALID" | "REVIEW_SCORES_HIDDEN" | "REVIEW_LEADER_ONLY" | "REVIEW_RETURN_REASON_REQUIRED" | "REVIEW_NOT_SUBMITTED" | "REVIEW_CLOSED" | "REVIEW_NO_DRAW" | "REVIEW_RETURN_OWN_SHEET" | "REVIEW_CHANGE_PENDING" | "REVIEW_CHANGE_NOT_FOUND" | "REVIEW_CHANGE_DECIDED" | "REVIEW_CHANGE_NOT_SUBMITTED" | "INVITATIONS_REVIEW_INCOMPLETE" | "INVITATIONS_PUBLISHED" | "INVITATIONS_INVALID" | "SESSION_NOT_FOUND" | "SESSION_CLOSED" | "SESSION_APPLICATIONS_INVALID" | "SESSION_ABSENT" | "SESSION_NOT_SCHEDULED" | "SESSION_HAS_SCORES" | "GRADING_INVALID_INPUT" | "GRADING_INCOMPLETE" | "GRADING_NOT_PROPOSED" | "GRADING_CONFIRMED" | "GRADING_NOT_CONFIRMED" | "GRADING_PUBLISHED" | "GRADE_CAP_EXCEEDED" | "GRADE_REASON_REQUIRED" | "GRADING_RESCORE_REQUIRED" | "GRADING_NO_RESCORE" | "CERTIFICATE_NOT_FOUND" | "CERTIFICATE_ALREADY_REVOKED" | "CERTIFICATE_REVOKE_REASON_REQUIRED" | "MISCONDUCT_CASE_NOT_FOUND" | "MISCONDUCT_CASE_CLOSED" | "MISCONDUCT_REASON_REQUIRED" | "MISCONDUCT_APPLICATION_NOT_SUBMITTED" | "MISCONDUCT_EVIDENCE_TYPE_INVALID" | "EXPERT_ALREADY_REMOVED" | "KEPT_SHEETS_NOT_FOUND" | "KEPT_SHEETS_DECIDED" | "KEPT_SHEETS_NO_REMAINING";
            /** @description 表单各字段的问题，或某一步未满足的全部条件（ELIGIBILITY_FAILED） */
            details?: {
                code: string;
                field: string;
                message: string;
            }[] | {
                problems: {
                    code: string;
                    field?: string;
                    message: string;
                }[];
            };
            /** @description 出错的字段（如有） */
            field?: string;
            /**
             * @description 给用户看的中文提示
             * @example 请填写班组名称
             */
            message: string;
            /**
             * @description HTTP 状态码
             * @example 400
             */
            statusCode: number;
        };
        ApplicationCertificate: {
            /** @description 证书编号 */
            certificateNo: string;
            /** Format: date-time */
            issuedAt: string;
            /** @description 撤销原因（未撤销为 null） */
            revokedReason: string | null;
            /**
             * @description 有效 / 已撤销
             * @enum {string}
             */
            status: "valid" | "revoked";
        };
        ApplicationDeclarationsDto: {
            /** @description 班组近三年无质量、安全、环保事故 */
            declaresNoAccidentsInThreeYears: boolean;
            /** @description 已制定班组活动计划 */
            hasActivityPlan: boolean;
            /** @description 已制定班组活动实施方案 */
            hasImplementationPlan: boolean;
            /** @description 本班组为企业最基础的正式组织单元 */
            isBasicFormalUnit: boolean;
        };
        ApplicationDeclarationsView: {
            /** @description 班组近三年无质量、安全、环保事故 */
            declaresNoAccidentsInThreeYears: boolean;
            /** @description 已制定班组活动计划 */
            hasActivityPlan: boolean;
            /** @description 已制定班组活动实施方案 */
            hasImplementationPlan: boolean;
            /** @description 本班组为企业最基础的正式组织单元 */
            isBasicFormalUnit: boolean;
        };
        ApplicationProfileDto: {
            /** @description 班组简介 */
            introduction?: string | null;
            /**
             * @description 班组长手机号
             * @example 13800138000
             */
            leaderMobile?: string | null;
            /**
             * @description 班组长姓名
             * @example 王建国
             */
            leaderName?: string | null;
            /**
             * @description 班组人数
             * @example 12
             */
            memberCount?: number | null;
            /** @description 所在工程项目名称 */
            projectName?: string | null;
            /**
             * @description 专业/工种
             * @example 钢筋工程
             */
            specialty?: string | null;
        };
        ApplicationProfileView: {
            /** @description 班组简介 */
            introduction: string | null;
            /**
             * @description 班组长手机号
             * @example 13800138000
             */
            leaderMobile: string | null;
            /**
             * @description 班组长姓名
             * @example 王建国
             */
            leaderName: string | null;
            /**
             * @description 班组人数
             * @example 12
             */
            memberCount: number | null;
            /** @description 所在工程项目名称 */
            projectName: string | null;
            /**
             * @description 专业/工种
             * @example 钢筋工程
             */
            specialty: string | null;
        };
        ApplicationResult: {
            certificate: components["schemas"]["ApplicationCertificate"] | null;
            /** @description 等级的说明（秘书处调整等级时附调整原因） */
            explanation: string;
            /**
             * @description 等级
             * @enum {string}
             */
            grade: "excellent" | "exemplary" | "improving";
            /**
             * @description 等级的中文名
             * @example 优秀
             */
            gradeLabel: string;
            /** @description 资料审核得分 */
            materialsScore: number;
            /** @description 成果发布得分 */
            presentationScore: number;
            /** Format: date-time */
            publishedAt: string;
            /** @description 名次 */
            rank: number;
            /** @description 总分 */
            total: number;
            /** @description 所依据的评分经秘书处决定已重新汇总：分数为公布时的分数，等级待秘书处重新确认 */
            underReview: boolean;
            /** @description 复核中的说明（不在复核中为 null） */
            underReviewNote: string | null;
        };
        ApplicationView: {
            /** @description 统计期内的现场活动记录数 */
            activityRecordCount: number;
            /** @description 申报企业此刻可做的操作（成员总为空） */
            allowedActions: ("save" | "uploadMaterials" | "submit" | "withdraw")[];
            /**
             * @description 届（年度）
             * @example 2026
             */
            campaignYear: number;
            declarations: components["schemas"]["ApplicationDeclarationsView"];
            /** @description 不符合申报条件之处（全部列出；为空即可提交） */
            eligibility: components["schemas"]["EligibilityIssue"][];
            id: number;
            /** @description 当前版本的申报材料（未上传为 null） */
            materials: {
                pdf: components["schemas"]["MaterialView"] | null;
                ppt: components["schemas"]["MaterialView"] | null;
            };
            profile: components["schemas"]["ApplicationProfileView"];
            /** @description 所选推荐单位（未选为 null） */
            recommendingUnit: {
                id: number;
                /** @description 推荐单位名称 */
                name: string;
                /** @description 附件2 名单中的序号 */
                seq: number;
            } | null;
            result: components["schemas"]["ApplicationResult"] | null;
            /**
             * @description 申报状态
             * @enum {string}
             */
            status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
            /**
             * @description 申报状态的中文名
             * @example 填写中
             */
            statusLabel: string;
            /** Format: date-time */
            submittedAt: string | null;
            teamId: number;
            /** Format: date-time */
            updatedAt: string;
            /** @description 版本号：保存时带回，他人已修改则 409 APPLICATION_CHANGED */
            version: number;
        };
        AuditVerification: {
            /** @description 与链相符的最新锚点（本密钥签名）；尚无锚点时为 null */
            anchor: {
                /** Format: date-time */
                at: string;
                /** @description 锚定时的记录条数 */
                entries: number;
                lastId: number;
            } | null;
            /** @description 找到的锚点数 */
            anchors: {
                /** @description 伪造的锚点 */
                forged: number;
                /** @description 其他密钥签名、此处无法校验的锚点 */
                otherKey: number;
                /** @description 本密钥签名的锚点 */
                valid: number;
            };
            /** @description 审计记录条数 */
            entries: number;
            /** @description 第一条校验不通过的记录；末尾被删时为最后一条之后的 id。完整时、锚点伪造时（不指向链中记录）为 null */
            firstBrokenId: number | null;
            /**
             * @description 哈希链完整
             * @example true
             */
            intact: boolean;
            /**
             * @description 校验结果的中文说明
             * @example 审计日志完整
             */
            message: string;
            /**
             * @description 不完整的原因，完整时为 null。modified：记录内容被改；link：与前一条接不上（其前的记录被删或改）；truncated：末尾记录被删；head_missing：链头被删；head_rewound：链头被回拨；anchor_rewritten：与库外锚点不符（链被重写）；anchor_shorter：比锚点记载的短；anchor_forged：anchors/ 下有非本密钥签名的文件
             * @enum {string|null}
             */
            reason: "modified" | "link" | "truncated" | "head_missing" | "head_rewound" | "anchor_rewritten" | "anchor_shorter" | "anchor_forged" | null;
        };
        BindDto: {
            /** @description 秘书处发放的绑定码（8 位） */
            bindCode: string;
            /** @description 微信登录（wechat-login）返回的绑定凭证 */
            wechatTicket: string;
        };
        BuiltUnitPackage: {
            /** Format: date-time */
            builtAt: string;
            /**
             * @description 文件名（推荐单位名称.pdf）
             * @example 中国冶金建设协会.pdf
             */
            fileName: string;
            /** @description 页数 */
            pageCount: number;
            /** @description 字节数 */
            size: number;
            /** @description 签名的下载地址（有时效） */
            url: string;
            /** @description 第几次合成 */
            version: number;
        };
        BulkIssueCardsDto: {
            /**
             * @description 企业名称，每行一个，1–500 个；空白、过长和重复的名称不发卡，在 skipped 中说明
             * @example [
             *       "中建八局第一建设有限公司",
             *       "中铁十二局集团第二工程有限公司"
             *     ]
             */
            enterpriseNames: string[];
        };
        BulkIssueResult: {
            /** @description 含一次性密码的 Excel 清单；一张也未发放时为 null */
            download: {
                /** @example 2026年度报名卡发放清单（2张）.xlsx */
                filename: string;
                /** @description data: 链接（Excel 内容随应答返回，服务器不保存） */
                url: string;
            } | null;
            /** @description 已发放的报名卡及其一次性密码 */
            items: {
                /**
                 * @description 报名卡号
                 * @example QC2026-0007
                 */
                cardNo: string;
                /**
                 * @description 企业名称
                 * @example 中建八局第一建设有限公司
                 */
                enterpriseName: string;
                /**
                 * @description 一次性密码（仅此一次显示，服务器只保存其散列）
                 * @example PW7K2M9Q
                 */
                password: string;
            }[];
            /** @description 未发卡的企业名称 */
            skipped: {
                /**
                 * @description 企业名称
                 * @example 中建八局第一建设有限公司
                 */
                enterpriseName: string;
                /**
                 * @description 未发卡的原因
                 * @example 企业名称为空
                 */
                message: string;
                /** @description 在所发列表中的位置，从 1 起 */
                row: number;
            }[];
        };
        BulkPassDto: {
            /** @description 要通过初选的申报 id；不填为本届全部待初选的申报 */
            applicationIds?: number[];
        };
        BulkPassResult: {
            /** @description 已通过初选的申报 id */
            passed: number[];
            /** @description 未通过的申报及其问题（自动检查有问题、状态不对或找不到） */
            skipped: {
                /** @description 申报 id */
                id: number;
                problems: components["schemas"]["ScreeningProblem"][];
            }[];
        };
        CampaignRubric: {
            categories: {
                /**
                 * @description 类别编号
                 * @example M1
                 */
                id: string;
                items: components["schemas"]["CampaignRubricItem"][];
                /** @description 类别名称 */
                title: string;
            }[];
            /** @description 是否为平台自带的默认评分表（秘书处应替换为准则中的评价表） */
            isDefault: boolean;
            /**
             * @description 资料审核（materials）或成果发布（presentation）评分表
             * @enum {string}
             */
            kind: "materials" | "presentation";
            /** @description 评分表出处说明 */
            source: string;
            /** @description 评分步长（如 0.5 分） */
            step: number;
            /** @description 总分 */
            total: number;
        };
        CampaignRubricItem: {
            /** @description 评分要点（显示在评分项旁） */
            guidance?: string;
            /**
             * @description 评分项编号
             * @example M1.1
             */
            id: string;
            /** @description 该项满分 */
            max: number;
            /** @description 评分项 */
            title: string;
        };
        CampaignSettings: {
            eligibility: {
                /** @description 申报所需的最少活动记录条数 */
                minActivityRecords: number;
            };
            /** @description 等级比例（占评定班组的百分比） */
            gradeCaps: {
                /** @description 优秀等级至多占比（%） */
                excellentMax: number;
                /** @description 示范等级至多占比（%） */
                exemplaryMax: number;
                /** @description 提升等级至少占比（%） */
                improvingMin: number;
            };
            /**
             * @description 活动名称
             * @example 2026年工程建设质量信得过班组活动
             */
            name: string;
            /**
             * @description 活动通知文号
             * @example 中施企协字〔2026〕16号
             */
            noticeRef: string;
            /** @description 评分表 */
            rubrics: {
                materials: components["schemas"]["CampaignRubric"];
                presentation: components["schemas"]["CampaignRubric"];
            };
            scoring: {
                /**
                 * @description 专家组评分汇总：算术平均（mean）或去掉最高最低分（trimmed）
                 * @enum {string}
                 */
                aggregation: "mean" | "trimmed";
            };
            /** @description 活动记录的统计期 */
            statisticsPeriod: {
                /**
                 * @description 起始年月 yyyy-mm
                 * @example 2025-05
                 */
                from: string;
                /**
                 * @description 截止年月 yyyy-mm
                 * @example 2026-06
                 */
                to: string;
            };
            /** @description 两个评审环节的分值（和为 100） */
            weights: {
                /** @description 资料审核分值 */
                materials: number;
                /** @description 成果发布分值 */
                presentation: number;
            };
            windows: components["schemas"]["CampaignWindows"];
            /**
             * @description 年度
             * @example 2026
             */
            year: number;
        };
        /** @description 各阶段时间：报名与推荐、材料审核、成果发布 */
        CampaignWindows: {
            materialsReview: components["schemas"]["StageWindow"];
            presentations: components["schemas"]["StageWindow"];
            registration: components["schemas"]["StageWindow"];
        };
        CardLoginDto: {
            /**
             * @description 报名卡号（10 位数字）
             * @example 2026000014
             */
            cardNo: string;
            /** @description 密码 */
            password: string;
            /** @description 微信登录（wechat-login）返回的绑定凭证：登录同时绑定此微信 */
            wechatTicket?: string;
        };
        CardPasswordReset: {
            /**
             * @description 报名卡号
             * @example QC2026-0007
             */
            cardNo: string;
            /**
             * @description 一次性密码（仅此一次显示，服务器只保存其散列）
             * @example PW7K2M9Q
             */
            password: string;
        };
        CardUnlockResult: {
            /**
             * @description 报名卡号
             * @example QC2026-0007
             */
            cardNo: string;
            /**
             * @description 是否确曾锁定（false：本未锁定，无需解锁，也不记审计日志）
             * @example true
             */
            unlocked: boolean;
        };
        CertificateItem: {
            applicationId: number;
            /**
             * @description 证书编号
             * @example QT-2026-K7M2-Q9XA-H
             */
            certificateNo: string;
            enterprise: {
                /** @description 企业编号（申报已删除为 0） */
                id: number;
                /** @description 企业名称 */
                name: string;
            };
            /**
             * @description 等级
             * @enum {string}
             */
            grade: "excellent" | "exemplary" | "improving";
            /**
             * @description 等级的中文名
             * @example 卓越级
             */
            gradeLabel: string;
            id: number;
            /** Format: date-time */
            issuedAt: string;
            /**
             * @description 已撤销
             * @example false
             */
            revoked: boolean;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description 撤销原因 */
            revokedReason: string | null;
            team: {
                /** @description 班组编号（申报已删除为 0） */
                id: number;
                /** @description 班组名称 */
                name: string;
            };
            /**
             * @description 总分（无评定记录为 null）
             * @example 176.5
             */
            total: number | null;
            unit: {
                id: number;
                /** @description 推荐单位名称 */
                name: string;
                /** @description 推荐单位在附件 2 中的序号 */
                seq: number;
            } | null;
            /**
             * @description 活动年度
             * @example 2026
             */
            year: number;
        };
        CertificatePage: {
            items: components["schemas"]["CertificateItem"][];
            /** @description 第几页，从 1 起 */
            page: number;
            /** @description 每页条数 */
            pageSize: number;
            /** @description 符合条件的总条数 */
            total: number;
        };
        CloseMaterialsResult: {
            panelNo: number;
            reviewed: {
                applicationId: number;
                /** @description 资料审核的专家组评分 */
                score: number;
            }[];
        };
        CloseSessionResult: {
            /** @description 视同放弃的申报 */
            forfeited: number[];
            /** @description 已发布并汇总评分的班组 */
            presented: {
                applicationId: number;
                /** @description 发布评分 */
                score: number;
            }[];
            session: components["schemas"]["PresentationSession"];
        };
        ConsoleApplicationItem: {
            /**
             * @description 证书编号
             * @example ZJXH-2026-0001
             */
            certificateNo: string | null;
            /**
             * @description 申报企业名称
             * @example 中建八局第一建设有限公司
             */
            enterpriseName: string;
            /**
             * @description 决定等级
             * @enum {string|null}
             */
            grade: "excellent" | "exemplary" | "improving" | null;
            /**
             * @description 等级的中文名
             * @example 示范级
             */
            gradeLabel: string | null;
            id: number;
            /**
             * @description 资料审核得分
             * @example 86.5
             */
            materialsScore: number | null;
            /**
             * @description 成果发布得分
             * @example 86.5
             */
            presentationScore: number | null;
            /**
             * @description 申报状态
             * @enum {string}
             */
            status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
            /**
             * @description 状态的中文名
             * @example 初选合格
             */
            statusLabel: string;
            /** Format: date-time */
            submittedAt: string;
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            teamName: string;
            /**
             * @description 总分（资料审核 + 成果发布）；没有资料审核得分时为 null
             * @example 86.5
             */
            total: number | null;
            unit: {
                id: number;
                /**
                 * @description 推荐单位名称
                 * @example 中国建筑第八工程局有限公司
                 */
                name: string;
                /** @description 推荐单位序号（附件2 的顺序） */
                seq: number;
            } | null;
        };
        ConsoleApplicationPage: {
            items: components["schemas"]["ConsoleApplicationItem"][];
            /** @description 第几页，从 1 起 */
            page: number;
            /** @description 每页条数 */
            pageSize: number;
            /** @description 符合条件的总条数 */
            total: number;
        };
        ConsoleAuditItem: {
            /**
             * @description 操作
             * @example application.submit
             */
            action: string;
            /**
             * @description 操作人，如 user:1、card:B2026001、member:3、system
             * @example user:1
             */
            actor: string;
            /**
             * @description 操作人的姓名或企业名称（查不到时同 actor）
             * @example 秘书处管理员
             */
            actorLabel: string;
            /** @description 操作后的内容（各操作自定，任意 JSON；没有时为 null） */
            after: unknown;
            /** Format: date-time */
            at: string;
            /** @description 操作前的内容（各操作自定，任意 JSON；没有时为 null） */
            before: unknown;
            /**
             * @description 对象类型
             * @example application
             */
            entity: string;
            /**
             * @description 对象 id
             * @example 12
             */
            entityId: string;
            id: number;
            /** @description 请求 id（与服务日志一致）；较早的记录和后台任务为 null */
            requestId: string | null;
            /**
             * @description 操作时调用者的角色；较早的记录和后台任务为 null
             * @example secretariat
             */
            role: string | null;
        };
        ConsoleAuditPage: {
            items: components["schemas"]["ConsoleAuditItem"][];
            /** @description 第几页，从 1 起 */
            page: number;
            /** @description 每页条数 */
            pageSize: number;
            /** @description 符合条件的总条数 */
            total: number;
        };
        ConsoleDashboard: {
            campaign: {
                /** @example 2026 年工程建设质量信得过班组活动 */
                name: string;
                /**
                 * @description 今天（北京时间）所处的阶段
                 * @enum {string}
                 */
                stage: "before" | "registration" | "between" | "materialsReview" | "presentations" | "after";
                /**
                 * @description 阶段的中文名
                 * @example 材料审核阶段
                 */
                stageLabel: string;
                /** @example 2026 */
                year: number;
            };
            /** @description 各环节漏斗，按流程顺序 */
            funnel: components["schemas"]["ConsoleFunnelStep"][];
            grades: components["schemas"]["ConsoleGradeFigures"];
            /** @description 各推荐单位（有已提交申报的）的进度，按序号 */
            perUnit: components["schemas"]["ConsoleUnitProgress"][];
            /** @description 最近一次抽签各专家组的评分分布；没有已提交评分表的组不列出 */
            scoreBoxes: {
                /** @description 资料审核，按组号 */
                materials: components["schemas"]["ConsolePanelBox"][];
                /** @description 成果发布，按组号 */
                presentation: components["schemas"]["ConsolePanelBox"][];
            };
            /** @description 各状态的申报数，按流程顺序 */
            statusCounts: components["schemas"]["ConsoleStatusCount"][];
        };
        ConsoleFunnelStep: {
            /** @description 到达过该环节的申报数（之后退出的仍计入） */
            count: number;
            /**
             * @description 环节
             * @enum {string}
             */
            key: "submitted" | "recommended" | "screenedIn" | "reviewed" | "invited" | "presented" | "graded" | "certified";
            /**
             * @description 环节的中文名
             * @example 已推荐
             */
            label: string;
        };
        ConsoleGradeFigures: {
            /** @description 本届设定的等级比例（百分数） */
            caps: {
                /**
                 * @description 卓越级上限（%）
                 * @example 10
                 */
                excellentMax: number;
                /**
                 * @description 示范级上限（%）
                 * @example 40
                 */
                exemplaryMax: number;
                /**
                 * @description 改进级下限（%）
                 * @example 50
                 */
                improvingMin: number;
            };
            /** @description 各等级已评定数 */
            counts: {
                /** @description 卓越级 */
                excellent: number;
                /** @description 示范级 */
                exemplary: number;
                /** @description 改进级 */
                improving: number;
            };
            /** @description 已评定等级的申报数 */
            graded: number;
            /** @description 按已评定数计算的名额 */
            slots: {
                /** @description 卓越级名额 */
                excellent: number;
                /** @description 示范级名额 */
                exemplary: number;
            };
        };
        ConsoleOutboxItem: {
            /** @description 已尝试发送次数 */
            attempts: number;
            id: number;
            /** @description 最近一次失败的原因 */
            lastError: string | null;
            /** Format: date-time */
            nextAttemptAt: string;
            recipientId: number;
            /**
             * @description 收件人类型：注册卡（申报企业）、班组成员、账号
             * @enum {string}
             */
            recipientType: "card" | "member" | "user";
            /** Format: date-time */
            sentAt: string | null;
            /**
             * @description 待发送 / 已发送 / 发送失败 / 被拒收
             * @enum {string}
             */
            status: "pending" | "sent" | "failed" | "refused";
            /** @description 微信订阅消息模板 id */
            template: string;
        };
        ConsoleOutboxPage: {
            /** @description 各状态的消息数（不受筛选影响） */
            counts: {
                /** @description 发送失败 */
                failed: number;
                /** @description 待发送 */
                pending: number;
                /** @description 被拒收 */
                refused: number;
                /** @description 已发送 */
                sent: number;
            };
            items: components["schemas"]["ConsoleOutboxItem"][];
            /** @description 第几页，从 1 起 */
            page: number;
            /** @description 每页条数 */
            pageSize: number;
            /** @description 符合条件的总条数 */
            total: number;
        };
        /** @description 一个专家组已提交评分表总分的箱线图数据 */
        ConsolePanelBox: {
            /** @description 最高分 */
            max: number;
            /** @description 平均分 */
            mean: number;
            /** @description 中位数 */
            median: number;
            /** @description 最低分 */
            min: number;
            /** @description 分值个数 */
            n: number;
            /**
             * @description 专家组号
             * @example 1
             */
            panelNo: number;
            /** @description 下四分位数 */
            q1: number;
            /** @description 上四分位数 */
            q3: number;
        };
        ConsoleStatusCount: {
            /** @description 处于该状态的申报数 */
            count: number;
            /**
             * @description 状态的中文名
             * @example 已推荐
             */
            label: string;
            /**
             * @description 申报状态
             * @enum {string}
             */
            status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
        };
        ConsoleUnitProgress: {
            /** @description 已评定等级 */
            graded: number;
            /**
             * @description 推荐单位名称
             * @example 中国建筑第八工程局有限公司
             */
            name: string;
            /** @description 已推荐 */
            recommended: number;
            /** @description 初选通过 */
            screenedIn: number;
            /** @description 推荐单位序号（附件2 的顺序） */
            seq: number;
            /** @description 已提交 */
            submitted: number;
            unitId: number;
        };
        CorrectCreditCodeDto: {
            /**
             * @description 统一社会信用代码（18 位，末位为校验码）
             * @example 91350100M000100Y43
             */
            creditCode: string;
            /**
             * @description 更正原因（记入操作日志）
             * @example 企业提交了营业执照，原登记有误
             */
            reason: string;
        };
        CreateActivityRecordDto: {
            /** @description 参加人员（成员编号） */
            attendeeIds: number[];
            /**
             * @description 手机端生成的记录编号（UUID），重发时保持不变
             * @example 6f1c2a9e-3b7d-4c55-9a1e-2f0b8d7c6e54
             */
            clientKey: string;
            /** @description 活动内容 */
            content: string;
            /**
             * @description 活动日期
             * @example 2026-06-12
             */
            date: string;
            /**
             * @description 活动类型
             * @enum {string}
             */
            kind: "pre_shift_meeting" | "quality_inspection" | "technical_briefing" | "qc_activity" | "training" | "other";
            /**
             * @description 地点
             * @example 3号楼 5 层
             */
            place: string;
        };
        CreateContactDto: {
            /**
             * @description 联系人姓名
             * @example 李娜
             */
            displayName: string;
            /** @description 手机号 */
            mobile?: string;
            /**
             * @description 登录用户名（字母、数字、._-，3–50 位）
             * @example yejin-lina
             */
            username: string;
        };
        CreateDrawDto: {
            /**
             * @description 专家组数
             * @example 3
             */
            panelCount: number;
            /**
             * @description 每组专家人数（含组长 1 人）
             * @example 5
             */
            panelSize: number;
            /** @description 抽取种子（公开，可据此复核）；不填则随机生成 128 位十六进制数 */
            seed?: string;
        };
        CreatedUnitContact: {
            /** @description 微信绑定码（仅显示这一次） */
            bindCode: string;
            /** Format: date-time */
            bindCodeExpiresAt: string;
            /**
             * @description 联系人姓名
             * @example 李娜
             */
            displayName: string;
            id: number;
            /** @description 一次性初始密码（仅显示这一次） */
            password: string;
            /**
             * @description 登录用户名
             * @example yejin-lina
             */
            username: string;
        };
        CreateSessionDto: {
            /** @description 发布顺序：申报编号，先发布的在前 */
            applicationIds: number[];
            /** @description 日期 yyyy-mm-dd（北京时间） */
            date: string;
            /** @description 评审的专家组（组号，最近一次抽取） */
            panelNo: number;
            /** @description 场次名称，如「第一场（土建）」 */
            title: string;
            /** @description 地点 */
            venue: string;
        };
        CreateTeamDto: {
            /**
             * @description 班组类型
             * @enum {string}
             */
            kind: "construction_crew" | "project_department" | "functional_department" | "other";
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            name: string;
        };
        CurrentCampaignView: {
            /** @description 等级比例（占评定班组的百分比） */
            gradeCaps: {
                /** @description 优秀等级至多占比（%） */
                excellentMax: number;
                /** @description 示范等级至多占比（%） */
                exemplaryMax: number;
                /** @description 提升等级至少占比（%） */
                improvingMin: number;
            };
            /** @example 2026年工程建设质量信得过班组活动 */
            name: string;
            settings: components["schemas"]["CampaignSettings"];
            /**
             * @description 今天（北京时间）所处阶段
             * @enum {string}
             */
            stage: "before" | "registration" | "materialsReview" | "between" | "presentations" | "after";
            /**
             * @description 阶段的中文名
             * @example 报名与推荐阶段
             */
            stageLabel: string;
            /** @description 两个评审环节的分值（和为 100） */
            weights: {
                /** @description 资料审核分值 */
                materials: number;
                /** @description 成果发布分值 */
                presentation: number;
            };
            windows: components["schemas"]["CampaignWindows"];
            /** @example 2026 */
            year: number;
        };
        DecideCaseDto: {
            /** @description 决定日期 yyyy-mm-dd */
            decidedOn: string;
            /**
             * @description 处理决定：经查实（upheld，取消活动资格并警示推荐单位）或不予认定（dismissed）
             * @enum {string}
             */
            decision: "upheld" | "dismissed";
            /** @description 处理理由（必填；经查实时班组可在进度和消息中看到） */
            reason: string;
        };
        DecideKeptSheetsDto: {
            /**
             * @description 评分维持有效（stand）或不予采用（exclude：作废这些评分表并按其余专家的评分重新汇总）
             * @enum {string}
             */
            decision: "stand" | "exclude";
            /** @description 决定理由（必填，记入审计日志） */
            reason: string;
            /** @description 读取时的版本号；不符则拒绝（另一位同事已处理） */
            version?: number;
        };
        DecideScoreChangeDto: {
            /**
             * @description 审核结论：同意更正（approved，新评分生效）或不同意（rejected，维持退回前的评分）
             * @enum {string}
             */
            decision: "approved" | "rejected";
            /** @description 审核意见（必填，专家与组长可见，记入审计日志） */
            note: string;
        };
        DeclarantPrincipal: {
            cardId: number;
            /**
             * @description 报名卡号
             * @example 2026000014
             */
            cardNo: string;
            /**
             * @description 显示名称（企业名、成员姓名或账号姓名）
             * @example 中建八局第一建设有限公司
             */
            displayName: string;
            enterpriseId: number;
            /**
             * @description 申报企业（凭报名卡登录）
             * @constant
             */
            role: "declarant";
        };
        DeclineDto: {
            /** @description 不予推荐的原因（班组可在进度和消息中看到） */
            reason: string;
        };
        DismissPairDto: {
            /** @description 核实情况：为什么不是抄袭（如同一企业往年材料、引用公开标准） */
            reason: string;
        };
        DrawReplacementView: {
            id: number;
            /** @description 组号 */
            panelNo: number;
            /** @description 替换原因 */
            reason: string;
            removedExpert: {
                id: number;
                /**
                 * @description 专家姓名（专家已删除为 null）
                 * @example 张工
                 */
                name: string | null;
            };
            /** Format: date-time */
            replacedAt: string;
            /** @description 操作人 */
            replacedBy: string;
            replacementExpert: {
                id: number;
                /**
                 * @description 专家姓名（专家已删除为 null）
                 * @example 张工
                 */
                name: string | null;
            } | null;
            /** @description 替换抽取的种子（可据此复核） */
            seed: string;
        };
        DrawSummary: {
            /** @description 分配的申报数 */
            applicationCount: number;
            campaignId: number;
            /** Format: date-time */
            drawnAt: string;
            /** @description 抽取人 */
            drawnBy: string;
            /** @description 抽取时可抽取的专家人数 */
            expertCount: number;
            id: number;
            /**
             * @description 专家组数
             * @example 3
             */
            panelCount: number;
            /**
             * @description 每组专家人数（含组长）
             * @example 5
             */
            panelSize: number;
            /**
             * @description 抽取种子（公开，可据此复核）
             * @example 3f9a0c1d2e4b5a6978877665544332211
             */
            seed: string;
            /** Format: date-time */
            verifiedAt: string | null;
        };
        DrawVerifyDifference: {
            /** @description 组号，从 1 起；重新抽取失败或组数不同时为 0 */
            panelNo: number;
            /** @description 重新抽取的结果；重新抽取失败时为错误说明 */
            recomputed: unknown;
            /** @description 差异出在某次专家替换的复核时，该替换的编号 */
            replacementId?: number;
            /** @description 保存的结果（一组、整次抽取或一次替换的结果） */
            stored: unknown;
        };
        DrawVerifyResult: {
            /** @description 不一致之处（一致时不出现） */
            differences?: components["schemas"]["DrawVerifyDifference"][];
            /**
             * @description 重新抽取与保存的结果一致
             * @example true
             */
            verified: boolean;
        };
        DrawView: {
            /** @description 分配的申报数 */
            applicationCount: number;
            campaignId: number;
            /** Format: date-time */
            drawnAt: string;
            /** @description 抽取人 */
            drawnBy: string;
            /** @description 抽取时可抽取的专家人数 */
            expertCount: number;
            id: number;
            /**
             * @description 专家组数
             * @example 3
             */
            panelCount: number;
            /** @description 各组现状：抽取结果依次应用专家替换后 */
            panels: components["schemas"]["PanelView"][];
            /**
             * @description 每组专家人数（含组长）
             * @example 5
             */
            panelSize: number;
            replacements: components["schemas"]["DrawReplacementView"][];
            /**
             * @description 抽取种子（公开，可据此复核）
             * @example 3f9a0c1d2e4b5a6978877665544332211
             */
            seed: string;
            /** Format: date-time */
            verifiedAt: string | null;
        };
        EligibilityIssue: {
            /**
             * @description 不符合的条件（ELIGIBILITY_… 错误码）
             * @example ELIGIBILITY_NO_PDF
             */
            code: string;
            /**
             * @description 给申报人看的说明
             * @example 尚未上传申报材料（PDF）
             */
            message: string;
        };
        EnterpriseRecord: {
            /**
             * @description 统一社会信用代码（18 位；尚未登记为 null）
             * @example 91310000132212345X
             */
            creditCode: string | null;
            id: number;
            /**
             * @description 企业名称
             * @example 中建八局第一建设有限公司
             */
            name: string;
        };
        EnterpriseView: {
            /**
             * @description 登录所用的报名卡号
             * @example 2026000014
             */
            cardNo: string;
            /**
             * @description 统一社会信用代码（18 位；尚未登记为 null）
             * @example 91310000132212345X
             */
            creditCode: string | null;
            id: number;
            /**
             * @description 企业名称
             * @example 中建八局第一建设有限公司
             */
            name: string;
        };
        ExpertAccountDto: {
            /**
             * @description 登录用户名（字母、数字、._-，3–50 位）；不填为专家手机号。已开设账号时忽略
             * @example 13812345678
             */
            username?: string;
        };
        ExpertAccountView: {
            /**
             * @description 微信绑定码（仅此一次显示）
             * @example B7K2M9QX
             */
            bindCode: string;
            /**
             * Format: date-time
             * @description 绑定码失效时间（7 天）
             */
            bindCodeExpiresAt: string;
            /** @description true：新开设的账号；false：已有账号，重置了密码和绑定码 */
            created: boolean;
            expertId: number;
            /**
             * @description 一次性密码（仅此一次显示）
             * @example PW7K2M9Q
             */
            password: string;
            userId: number;
            /**
             * @description 登录用户名
             * @example 13812345678
             */
            username: string;
        };
        ExpertImportReport: {
            /** @description 新增的专家数 */
            imported: number;
            /** @description 未导入的行及原因 */
            rejected: {
                errors: {
                    /**
                     * @description 出问题的列名
                     * @example 手机号
                     */
                    column: string;
                    /**
                     * @description 问题
                     * @example 手机号应为 11 位，以 1 开头
                     */
                    message: string;
                }[];
                /** @description 表格中的行号 */
                row: number;
            }[];
            /** @description 读到的数据行数（空行不计） */
            total: number;
            /** @description 手机号已在专家库中、按该行更新的专家数 */
            updated: number;
        };
        ExpertRemovalResult: {
            expert: {
                active: boolean;
                id: number;
                name: string;
                /** @description 取消资格的原因 */
                removalReason: string | null;
                /**
                 * Format: date-time
                 * @description 取消资格的时间
                 */
                removedAt: string | null;
            };
            /** @description 已结束评审阶段的评分表：保留，是否处理由秘书处另行决定 */
            keptSheets: components["schemas"]["KeptSheetSnapshot"][];
            /** @description 专家所在专家组的评审工作已结束（不再抽取替换专家） */
            panelClosed: boolean;
            replacement: components["schemas"]["ExpertReplacementView"] | null;
            /** @description 作废的评分表（尚未结束的评审阶段） */
            voidedSheetIds: number[];
        };
        ExpertReplacementView: {
            /** @description 可抽取的候选专家人数 */
            candidateCount: number;
            drawId: number;
            id: number;
            /** @description 专家组编号 */
            panelNo: number;
            /** @description 抽中的替换专家；已无可抽取的专家时为 null（专家组少一人继续） */
            replacementExpert: {
                id: number;
                name: string;
            } | null;
            /**
             * @description 组长（leader）或组员（member）
             * @enum {string}
             */
            role: "leader" | "member";
            /** @example 组员 */
            roleLabel: string;
            /** @description 替换抽取所用的随机种子（可复核） */
            seed: string;
        };
        ExpertView: {
            /** @description 是否启用 */
            active: boolean;
            /**
             * Format: date
             * @description 考核日期 yyyy-mm-dd
             */
            assessedAt: string | null;
            /**
             * @description 考核结果：待考核（pending）、通过（passed）或未通过（failed）
             * @enum {string}
             */
            assessmentStatus: "pending" | "passed" | "failed";
            /** Format: date-time */
            createdAt: string;
            /** @description 可抽取：启用、已培训且考核通过 */
            drawable: boolean;
            /** @description 平台中的申报企业 id（按企业名称唯一关联；无则为 null） */
            enterpriseId: number | null;
            /**
             * @description 所在企业
             * @example 中建一局集团
             */
            enterpriseName: string;
            id: number;
            /**
             * Format: date-time
             * @description 仅列表中给出：登录因多次密码错误被锁定时，自动解锁的时间；未锁定为 null
             */
            loginLockedUntil?: string | null;
            /**
             * @description 手机号
             * @example 13812345678
             */
            mobile: string;
            /**
             * @description 姓名
             * @example 王建国
             */
            name: string;
            /** @description 推荐单位 id */
            recommendingUnitId: number;
            /** @description 推荐单位名称 */
            recommendingUnitName: string | null;
            /**
             * @description 专业
             * @example [
             *       "土建",
             *       "安装"
             *     ]
             */
            specialties: string[];
            /**
             * Format: date
             * @description 培训日期 yyyy-mm-dd
             */
            trainedAt: string | null;
            /**
             * @description 培训状态：待培训（pending）或已培训（trained）
             * @enum {string}
             */
            trainingStatus: "pending" | "trained";
            /** Format: date-time */
            updatedAt: string;
            /** @description 专家登录账号的 id（尚未开设为 null） */
            userId: number | null;
        };
        GradingItem: {
            /** @description 调整理由（未调整为 null） */
            adjustmentReason: string | null;
            applicationId: number;
            /** Format: date-time */
            confirmedAt: string | null;
            /** @description 企业名称 */
            enterpriseName: string;
            /** @description 建议等级的说明 */
            explanation: string;
            /**
             * @description 决定的等级（未调整时同建议等级）
             * @enum {string}
             */
            grade: "excellent" | "exemplary" | "improving";
            /**
             * @description 决定等级的中文名
             * @example 卓越级
             */
            gradeLabel: string;
            /**
             * @description 资料审核得分
             * @example 88.5
             */
            materialsScore: number;
            /**
             * @description 成果发布得分
             * @example 88.5
             */
            presentationScore: number;
            /**
             * @description 系统建议的等级
             * @enum {string}
             */
            proposedGrade: "excellent" | "exemplary" | "improving";
            /**
             * @description 建议等级的中文名
             * @example 卓越级
             */
            proposedGradeLabel: string;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * @description 按总分的排名
             * @example 1
             */
            rank: number;
            /** @description 评分变化的说明 */
            rescoreNote: string | null;
            /** @description 所依据的评分经秘书处决定发生了变化（如撤换专家后排除其评分），须重新评定 */
            rescoreRequired: boolean;
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            teamName: string;
            /** @description 在等级边界上并列（取较低等级，须由秘书处决定是否打破） */
            tiedAtBoundary: boolean;
            /**
             * @description 总分（资料审核得分 + 成果发布得分）
             * @example 88.5
             */
            total: number;
            /** @description 推荐单位名称（无为空串） */
            unitName: string;
            /** @description 行的版本号，调整时带上以防覆盖同事的修改 */
            version: number;
        };
        GradingView: {
            /** @description 本届设置的等级比例（百分数） */
            caps: {
                /**
                 * @description 卓越级上限（%）
                 * @example 10
                 */
                excellentMax: number;
                /**
                 * @description 示范级上限（%）
                 * @example 40
                 */
                exemplaryMax: number;
                /**
                 * @description 改进级下限（%）
                 * @example 50
                 */
                improvingMin: number;
            };
            /**
             * @description 等级已确认
             * @example false
             */
            confirmed: boolean;
            /** @description 当前各等级的班组数 */
            counts: {
                /** @description 卓越级 */
                excellent: number;
                /** @description 示范级 */
                exemplary: number;
                /** @description 改进级 */
                improving: number;
            };
            items: components["schemas"]["GradingItem"][];
            /** @description 已完成成果发布的班组数 */
            presented: number;
            /**
             * @description 已生成等级建议
             * @example true
             */
            proposed: boolean;
            /**
             * @description 评定结果已公布
             * @example false
             */
            published: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description 有评分经秘书处决定发生变化：确认前须重新生成建议，确认后须重新确认 */
            rescoreRequired: boolean;
            /** @description 按比例算得的名额 */
            slots: {
                /** @description 卓越级名额 */
                excellent: number;
                /** @description 示范级名额 */
                exemplary: number;
                /** @description 参加评定的班组数 */
                graded: number;
            };
            /** @description 在等级边界上并列的申报编号 */
            ties: number[];
            /** @description 成果发布尚未结束的受邀班组数 */
            waitingPresentations: number;
        };
        HealthDown: {
            database: {
                /** @constant */
                code: "DB_UNAVAILABLE";
                /** @description 给人看的中文说明 */
                message: string;
                /** @constant */
                status: "down";
                /**
                 * @description 数据库类型（TypeORM 的驱动名）
                 * @example better-sqlite3
                 * @example mysql
                 */
                type: string;
            };
            /** @constant */
            status: "error";
        };
        HealthView: {
            database: {
                /**
                 * @description 执行 SELECT 1 的耗时（毫秒，保留一位小数）
                 * @example 1.2
                 */
                latencyMs: number;
                /** @constant */
                status: "up";
                /**
                 * @description 数据库类型（TypeORM 的驱动名）
                 * @example better-sqlite3
                 * @example mysql
                 */
                type: string;
            };
            /** @constant */
            status: "ok";
        };
        InboxMessageView: {
            /** @description 相关申报（无则为 null） */
            applicationId: number | null;
            /** @description 正文 */
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /** Format: date-time */
            readAt: string | null;
            /**
             * @description 标题
             * @example 申报已提交
             */
            title: string;
        };
        InboxPage: {
            items: components["schemas"]["InboxMessageView"][];
            /** @description 第几页，从 1 起 */
            page: number;
            /** @description 每页条数 */
            pageSize: number;
            /** @description 符合条件的总条数 */
            total: number;
            /** @description 未读消息数 */
            unread: number;
        };
        InvitationList: {
            items: components["schemas"]["InvitationRow"][];
            /**
             * @description 名单是否已公布
             * @example false
             */
            published: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description 仍在资料审核中的申报数；不为 0 时不能确定名单 */
            underReview: number;
        };
        InvitationRow: {
            applicationId: number;
            /** @description 企业名称 */
            enterpriseName: string;
            /**
             * @description 资料审核得分（尚无为 null）
             * @example 86.5
             */
            materialsScore: number | null;
            /**
             * @description 按资料审核得分的排名（同分同名次）
             * @example 1
             */
            rank: number;
            /**
             * @description 申报状态
             * @enum {string}
             */
            status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
            /**
             * @description 申报状态的中文名
             * @example 已完成资料审核
             */
            statusLabel: string;
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            teamName: string;
            unit: {
                id: number;
                /**
                 * @description 推荐单位名称
                 * @example 中国建筑集团有限公司
                 */
                name: string;
                /** @description 推荐单位在附件 2 中的序号 */
                seq: number;
            } | null;
        };
        InviteDto: {
            /** @description 受邀参加发布会的申报编号；其余已完成资料审核的申报为未受邀 */
            applicationIds: number[];
        };
        IssueCardDto: {
            /**
             * @description 企业名称
             * @example 中建八局第一建设有限公司
             */
            enterpriseName: string;
        };
        IssuedBindCode: {
            /**
             * @description 微信绑定码（仅显示这一次）
             * @example K7PQ2M9X
             */
            bindCode: string;
            /** Format: date-time */
            expiresAt: string;
        };
        IssuedCard: {
            /**
             * @description 报名卡号
             * @example QC2026-0007
             */
            cardNo: string;
            /**
             * @description 企业名称
             * @example 中建八局第一建设有限公司
             */
            enterpriseName: string;
            id: number;
            /** Format: date-time */
            issuedAt: string;
            /**
             * @description 一次性密码（仅此一次显示，服务器只保存其散列）
             * @example PW7K2M9Q
             */
            password: string;
        };
        IssuedCertificates: {
            /**
             * @description 本次颁发的证书数（重复执行为 0）
             * @example 12
             */
            issued: number;
            /** @description 本次颁发的证书 */
            items: components["schemas"]["CertificateItem"][];
        };
        JoinTeamDto: {
            /**
             * @description 邀请码（8 位）
             * @example K7M2Q9XA
             */
            inviteCode: string;
            /**
             * @description 手机号
             * @example 13800138000
             */
            mobile?: string;
            /**
             * @description 姓名
             * @example 李师傅
             */
            name: string;
            /** @description 微信登录未绑定时返回的凭据；加入班组的同时绑定微信 */
            wechatTicket?: string;
        };
        KeptSheetDecisionList: {
            items: components["schemas"]["KeptSheetDecisionView"][];
            /** @description 待决定的条数 */
            pending: number;
        };
        KeptSheetDecisionView: {
            /** @description 秘书处的决定；待决定为 null */
            decision: {
                /**
                 * Format: date-time
                 * @description 决定时间
                 */
                decidedAt: string | null;
                decidedBy: string | null;
                /** @enum {string} */
                decision: "stand" | "exclude";
                effects: components["schemas"]["KeptSheetEffects"] | null;
                /** @description 决定理由 */
                reason: string | null;
            } | null;
            expert: {
                id: number;
                name: string;
                /** @description 取消资格的原因 */
                removalReason: string | null;
                /**
                 * Format: date-time
                 * @description 取消资格的时间
                 */
                removedAt: string | null;
            };
            id: number;
            /**
             * Format: date-time
             * @description 待决定事项产生的时间（取消资格时）
             */
            openedAt: string;
            sheets: {
                applicationId: number;
                /**
                 * @description 评审环节：资料审核（materials）或成果发布（presentation）
                 * @enum {string}
                 */
                kind: "materials" | "presentation";
                /** @example 资料审核 */
                kindLabel: string;
                /** @description 专家组评分（现值） */
                panelScore: number | null;
                sheetId: number;
                /** @description 评分表现在的状态（不予采用后为 void） */
                status: string;
                teamName: string;
                /** @description 取消资格时已使用的总分 */
                total: number | null;
            }[];
            /**
             * @description 待决定（pending）/ 评分维持有效（stand）/ 评分不予采用（exclude）
             * @enum {string}
             */
            status: "pending" | "stand" | "exclude";
            /** @example 待秘书处决定 */
            statusLabel: string;
            /** @description 版本号（作决定时带上，防止与同事重复处理） */
            version: number;
        };
        KeptSheetEffects: {
            /** @description 须重新生成等级建议或重新确认等级的申报 */
            gradingFlagged: number[];
            /** @description 重新汇总的专家组评分 */
            scores: {
                /** @description 重新汇总后的专家组评分 */
                after: number;
                applicationId: number;
                /** @description 重新汇总前的专家组评分 */
                before: number;
                /** @description 计入平均分的专家 */
                countedExpertIds: string[];
                /** @description 去掉最高最低分时被去掉的专家 */
                droppedExpertIds: string[];
                /**
                 * @description 评审环节：资料审核（materials）或成果发布（presentation）
                 * @enum {string}
                 */
                kind: "materials" | "presentation";
                teamName: string;
            }[];
            /** @description 作废的评分表 */
            voidedSheetIds: number[];
        };
        KeptSheetSnapshot: {
            applicationId: number;
            /**
             * @description 评审环节：资料审核（materials）或成果发布（presentation）
             * @enum {string}
             */
            kind: "materials" | "presentation";
            sheetId: number;
            /**
             * @description 评分表状态：draft、submitted、returned 或 void
             * @example submitted
             */
            status: string;
            /** @description 班组名称 */
            teamName: string;
            /** @description 已提交评分表的总分；未提交为 null */
            total: number | null;
        };
        LoginResult: {
            /** @description 访问令牌（Authorization: Bearer …） */
            accessToken: string;
            /**
             * @description 访问令牌的有效秒数
             * @example 7200
             */
            expiresIn: number;
            principal: components["schemas"]["Principal"];
            /** @description refreshToken 的有效秒数 */
            refreshExpiresIn: number;
            /** @description 在 refreshExpiresIn 秒内到 POST /auth/refresh 换取新的令牌（只能使用一次） */
            refreshToken: string;
        };
        MaterialVersion: {
            /** @description 是否为该类型的当前版本 */
            current: boolean;
            id: number;
            /**
             * @description 材料类型：pdf 申报材料 / ppt 发布材料
             * @enum {string}
             */
            kind: "pdf" | "ppt";
            /**
             * @description 按内容识别的文件格式
             * @example application/pdf
             */
            mime: string;
            /**
             * @description 上传时的文件名
             * @example 钢筋加工班组申报材料.pdf
             */
            originalName: string;
            /** @description 文件内容的 SHA-256（十六进制） */
            sha256: string;
            /** @description 字节数 */
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @description 限时有效（10 分钟）的签名下载地址，无需登录 */
            url: string;
            /**
             * @description 第几版（重新上传加一版，最高者为当前版本）
             * @example 2
             */
            version: number;
        };
        MaterialView: {
            id: number;
            /**
             * @description 材料类型：pdf 申报材料 / ppt 发布材料
             * @enum {string}
             */
            kind: "pdf" | "ppt";
            /**
             * @description 按内容识别的文件格式
             * @example application/pdf
             */
            mime: string;
            /**
             * @description 上传时的文件名
             * @example 钢筋加工班组申报材料.pdf
             */
            originalName: string;
            /** @description 文件内容的 SHA-256（十六进制） */
            sha256: string;
            /** @description 字节数 */
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @description 限时有效（10 分钟）的签名下载地址，无需登录 */
            url: string;
            /**
             * @description 第几版（重新上传加一版，最高者为当前版本）
             * @example 2
             */
            version: number;
        };
        MemberJoinResult: {
            /** @description 访问令牌（Authorization: Bearer …） */
            accessToken: string;
            /**
             * @description 访问令牌的有效秒数
             * @example 7200
             */
            expiresIn: number;
            memberId: number;
            principal: components["schemas"]["Principal"];
            /** @description refreshToken 的有效秒数 */
            refreshExpiresIn: number;
            /** @description 在 refreshExpiresIn 秒内到 POST /auth/refresh 换取新的令牌（只能使用一次） */
            refreshToken: string;
        };
        MemberLoginCodeView: {
            /**
             * @description 一次性登录码（6 位数字）
             * @example 483920
             */
            code: string;
            /** Format: date-time */
            expiresAt: string;
        };
        MemberLoginDto: {
            /**
             * @description 申报企业生成的 6 位一次性登录码
             * @example 483920
             */
            loginCode: string;
        };
        MemberPrincipal: {
            /**
             * @description 显示名称（企业名、成员姓名或账号姓名）
             * @example 中建八局第一建设有限公司
             */
            displayName: string;
            enterpriseId: number;
            memberId: number;
            /**
             * @description 班组成员
             * @constant
             */
            role: "member";
            teamId: number;
        };
        MemberProfile: {
            member: components["schemas"]["TeamMemberView"];
            team: components["schemas"]["MemberTeam"];
        };
        MemberTeam: {
            id: number;
            /**
             * @description 班组类型
             * @enum {string}
             */
            kind: "construction_crew" | "project_department" | "functional_department" | "other";
            /**
             * @description 班组类型的中文名
             * @example 施工班组
             */
            kindLabel: string;
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            name: string;
        };
        MisconductCaseDetail: {
            application: {
                /** @description 申报企业名称 */
                enterpriseName: string | null;
                id: number;
                /**
                 * @description 申报状态
                 * @enum {string}
                 */
                status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
                /**
                 * @description 申报状态的中文名
                 * @example 已取消资格
                 */
                statusLabel: string;
                /** @description 班组名称 */
                teamName: string | null;
                /** @description 推荐单位 */
                unit: {
                    id: number;
                    /** @description 推荐单位名称 */
                    name: string;
                } | null;
            };
            campaignId: number;
            /**
             * Format: date-time
             * @description 作出决定的时间
             */
            decidedAt: string | null;
            /** @description 作出决定的人 */
            decidedBy: string | null;
            /**
             * Format: date
             * @description 决定日期 yyyy-mm-dd（尚未决定为 null）
             */
            decidedOn: string | null;
            /** @description 处理理由（尚未决定为 null） */
            decisionReason: string | null;
            /** @description 问题线索与情况说明 */
            description: string;
            /** @description 证据材料 */
            evidence: components["schemas"]["MisconductEvidenceView"][];
            id: number;
            /**
             * @description 违规类型：剽窃（plagiarism）或弄虚作假（fraud）
             * @enum {string}
             */
            kind: "plagiarism" | "fraud";
            /** @example 剽窃 */
            kindLabel: string;
            /**
             * Format: date-time
             * @description 立案时间
             */
            openedAt: string;
            /** @description 立案人 */
            openedBy: string;
            /**
             * @description 查处中（open）、经查实（upheld）或不予认定（dismissed）
             * @enum {string}
             */
            status: "open" | "upheld" | "dismissed";
            /** @example 查处中 */
            statusLabel: string;
        };
        MisconductCaseView: {
            application: {
                /** @description 申报企业名称 */
                enterpriseName: string | null;
                id: number;
                /**
                 * @description 申报状态
                 * @enum {string}
                 */
                status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
                /**
                 * @description 申报状态的中文名
                 * @example 已取消资格
                 */
                statusLabel: string;
                /** @description 班组名称 */
                teamName: string | null;
                /** @description 推荐单位 */
                unit: {
                    id: number;
                    /** @description 推荐单位名称 */
                    name: string;
                } | null;
            };
            campaignId: number;
            /**
             * Format: date-time
             * @description 作出决定的时间
             */
            decidedAt: string | null;
            /** @description 作出决定的人 */
            decidedBy: string | null;
            /**
             * Format: date
             * @description 决定日期 yyyy-mm-dd（尚未决定为 null）
             */
            decidedOn: string | null;
            /** @description 处理理由（尚未决定为 null） */
            decisionReason: string | null;
            /** @description 问题线索与情况说明 */
            description: string;
            id: number;
            /**
             * @description 违规类型：剽窃（plagiarism）或弄虚作假（fraud）
             * @enum {string}
             */
            kind: "plagiarism" | "fraud";
            /** @example 剽窃 */
            kindLabel: string;
            /**
             * Format: date-time
             * @description 立案时间
             */
            openedAt: string;
            /** @description 立案人 */
            openedBy: string;
            /**
             * @description 查处中（open）、经查实（upheld）或不予认定（dismissed）
             * @enum {string}
             */
            status: "open" | "upheld" | "dismissed";
            /** @example 查处中 */
            statusLabel: string;
        };
        MisconductEvidenceView: {
            /**
             * @description 上传时的文件名（仅供显示）
             * @example 查重报告.pdf
             */
            fileName: string;
            id: number;
            /**
             * @description 按文件内容判断的类型
             * @example application/pdf
             */
            mimeType: string;
            /** @description 文件内容的 SHA-256（十六进制） */
            sha256: string;
            /** @description 字节数 */
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @description 上传人（审计日志中的操作人） */
            uploadedBy: string;
            /** @description 下载链接（带签名，限时有效） */
            url: string;
        };
        MyPanels: {
            /** @description 最近一次抽取的编号（尚未抽取为 null） */
            drawId: number | null;
            /** Format: date-time */
            drawnAt: string | null;
            /** @description 本人所在的组（未被抽中为空） */
            panels: components["schemas"]["MyPanelView"][];
        };
        MyPanelView: {
            /** @description 本组评审的申报 */
            applications: {
                id: number;
                /**
                 * @description 班组名称
                 * @example 钢筋加工班组
                 */
                teamName: string | null;
            }[];
            leader: {
                /** @description 组长姓名 */
                name: string | null;
            };
            members: {
                /** @description 组员姓名 */
                name: string | null;
            }[];
            /**
             * @description 组号
             * @example 2
             */
            panelNo: number;
            /**
             * @description 本人在组内的角色
             * @enum {string}
             */
            role: "leader" | "member";
            /**
             * @description 角色的中文名
             * @example 组长
             */
            roleLabel: string;
        };
        MyReviews: {
            items: components["schemas"]["ReviewTask"][];
            panels: {
                applicationCount: number;
                panelNo: number;
                /**
                 * @description 在专家组中的角色：leader 组长，member 组员
                 * @enum {string}
                 */
                role: "leader" | "member";
            }[];
            /**
             * @description 本年度活动当前所处阶段
             * @enum {string}
             */
            stage: "before" | "registration" | "between" | "materialsReview" | "presentations" | "after";
        };
        OpenCaseDto: {
            /** @description 涉及的申报 id */
            applicationId: number;
            /** @description 问题线索与情况说明 */
            description: string;
            /**
             * @description 违规类型：剽窃（plagiarism）或弄虚作假（fraud）
             * @enum {string}
             */
            kind: "plagiarism" | "fraud";
        };
        OpenPairCaseDto: {
            /** @description 立案针对的申报：该文件对中的一方 */
            applicationId: number;
            /** @description 问题线索与情况说明 */
            description: string;
        };
        PanelExpertView: {
            id: number;
            /**
             * @description 专家姓名（专家已删除为 null）
             * @example 张工
             */
            name: string | null;
            /**
             * @description 因专家替换（第十六条）而进入本组的专家；否则不出现
             * @constant
             */
            replacement?: true;
        };
        PanelProgress: {
            /** @description 资料审核是否已结束 */
            closed: boolean;
            expectedSheets: number;
            experts: {
                id: number;
                name: string;
                /**
                 * @description 在专家组中的角色：leader 组长，member 组员
                 * @enum {string}
                 */
                role: "leader" | "member";
            }[];
            items: components["schemas"]["PanelProgressItem"][];
            /**
             * @description 评分类别：materials 资料审核，presentation 成果发布
             * @enum {string}
             */
            kind: "materials" | "presentation";
            kindLabel: string;
            leader: {
                id: number;
                name: string;
            };
            /** @example 1 */
            panelNo: number;
            submittedSheets: number;
        };
        PanelProgressItem: {
            applicationId: number;
            expertCount: number;
            /**
             * @description 成果发布的结果（资料审核为 null）
             * @enum {string|null}
             */
            outcome: "pending" | "presented" | "absent" | "forfeited" | null;
            /** @description 已汇总的专家组评分 */
            score: {
                /** @description 汇总时去掉的专家 */
                droppedExpertIds: number[];
                /** @description 专家组评分 */
                score: number;
            } | null;
            sheets: {
                change: components["schemas"]["ScoreChangeView"] | null;
                expertId: number;
                expertName: string;
                returnReason: string | null;
                /**
                 * @description 评分表状态：none 尚未保存，draft 草稿，submitted 已提交，returned 被退回（更正中），void 已作废
                 * @enum {string}
                 */
                status: "none" | "draft" | "submitted" | "returned" | "void";
                /** @description 总分：全部专家提交后才显示 */
                total: number | null;
            }[];
            spread: components["schemas"]["ScoreSpread"] | null;
            /**
             * @description 申报状态
             * @enum {string}
             */
            status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
            submittedCount: number;
            teamName: string;
        };
        PanelSheets: {
            applicationId: number;
            /**
             * @description 评分类别：materials 资料审核，presentation 成果发布
             * @enum {string}
             */
            kind: "materials" | "presentation";
            sheets: {
                expertId: number;
                expertName: string;
                /**
                 * @description 在专家组中的角色：leader 组长，member 组员
                 * @enum {string}
                 */
                role: "leader" | "member";
                /**
                 * @description 各评分项得分，键为评分项编号
                 * @example {
                 *       "m-1": 4.5
                 *     }
                 */
                scores: {
                    [key: string]: number;
                } | null;
                /**
                 * @description 评分表状态：none 尚未保存，draft 草稿，submitted 已提交，returned 被退回（更正中），void 已作废
                 * @enum {string}
                 */
                status: "none" | "draft" | "submitted" | "returned" | "void";
                /** @description 已提交的总分 */
                total: number | null;
            }[];
            spread: components["schemas"]["ScoreSpread"] | null;
        };
        PanelView: {
            /** @description 本组评审的申报 */
            applications: {
                id: number;
                /**
                 * @description 班组名称
                 * @example 钢筋加工班组
                 */
                teamName: string | null;
            }[];
            leader: components["schemas"]["PanelExpertView"];
            /** @description 组员（不含组长） */
            members: components["schemas"]["PanelExpertView"][];
            /**
             * @description 组号，从 1 起
             * @example 1
             */
            panelNo: number;
        };
        PreferencesDto: {
            /** @description 本单位已推荐申报的 id，按推荐顺序排列 */
            applicationIds: number[];
        };
        PresentationSession: {
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date */
            date: string;
            drawId: number;
            id: number;
            /** @description 评审的专家组号 */
            panelNo: number;
            /**
             * @description 在专家组中的角色：leader 组长，member 组员
             * @enum {string}
             */
            role?: "leader" | "member";
            slots: components["schemas"]["PresentationSlotView"][];
            /**
             * @description scheduled 待发布，closed 已闭会
             * @enum {string}
             */
            status: "scheduled" | "closed";
            /** @example 待发布 */
            statusLabel: string;
            /**
             * @description 场次名称
             * @example 第一场（土建）
             */
            title: string;
            /**
             * @description 地点
             * @example 第一会议室
             */
            venue: string;
            version: number;
        };
        PresentationSlotView: {
            applicationId: number;
            enterpriseName: string;
            /** @description 专家本人对该班组的评分状态（仅专家查看时有） */
            mySheet?: {
                /**
                 * @description 评分表状态：none 尚未保存，draft 草稿，submitted 已提交，returned 被退回（更正中），void 已作废
                 * @enum {string}
                 */
                status: "none" | "draft" | "submitted" | "returned" | "void";
                /** @description 本人已提交的总分 */
                total: number | null;
            };
            /**
             * @description 发布结果：pending 待发布，presented 已发布，absent 未到场，forfeited 视同放弃
             * @enum {string}
             */
            outcome: "pending" | "presented" | "absent" | "forfeited";
            /** @example 待发布 */
            outcomeLabel: string;
            /**
             * @description 发布顺序，从 1 起
             * @example 1
             */
            position: number;
            /** @description 闭会后汇总的发布评分 */
            score: number | null;
            /**
             * @description 申报状态
             * @enum {string|null}
             */
            status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn" | null;
            /** @description 已提交发布评分的专家人数 */
            submittedCount: number;
            /** @example 钢筋加工班组 */
            teamName: string;
        };
        Principal: components["schemas"]["DeclarantPrincipal"] | components["schemas"]["MemberPrincipal"] | components["schemas"]["StaffPrincipal"];
        PublicCertificate: {
            /**
             * @description 证书编号
             * @example QT-2026-K7M2-Q9XA-H
             */
            certificateNo: string;
            /** @description 企业名称 */
            enterpriseName: string;
            /**
             * @description 等级
             * @enum {string}
             */
            grade: "excellent" | "exemplary" | "improving";
            /**
             * @description 等级的中文名
             * @example 卓越级
             */
            gradeLabel: string;
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description 撤销原因 */
            revokedReason: string | null;
            /**
             * @description valid 有效 / revoked 已撤销
             * @enum {string}
             */
            status: "valid" | "revoked";
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            teamName: string;
            /**
             * @description 活动年度
             * @example 2026
             */
            year: number;
        };
        PublicInvitationItem: {
            /** @description 企业名称 */
            enterpriseName: string;
            /**
             * @description 序号
             * @example 1
             */
            no: number;
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            teamName: string;
            /** @description 推荐单位名称（无为空串） */
            unitName: string;
        };
        PublicInvitationList: {
            items: components["schemas"]["PublicInvitationItem"][];
            /**
             * @description 活动名称
             * @example 2026年度工程建设质量信得过班组活动
             */
            name: string;
            /** @description 是否已公布；未公布时 items 为空 */
            published: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * @description 活动年度
             * @example 2026
             */
            year: number;
        };
        PublicResultItem: {
            /** @description 企业名称 */
            enterpriseName: string;
            /**
             * @description 等级
             * @enum {string}
             */
            grade: "excellent" | "exemplary" | "improving";
            /**
             * @description 等级的中文名
             * @example 卓越级
             */
            gradeLabel: string;
            /**
             * @description 序号
             * @example 1
             */
            no: number;
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            teamName: string;
            /** @description 所依据的评分经秘书处决定发生了变化，等级待重新确认 */
            underReview: boolean;
            /** @description 推荐单位名称（无为空串） */
            unitName: string;
        };
        PublicResultList: {
            items: components["schemas"]["PublicResultItem"][];
            /**
             * @description 活动名称
             * @example 2026年度工程建设质量信得过班组活动
             */
            name: string;
            /** @description 是否已公布；未公布时 items 为空 */
            published: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            /**
             * @description 活动年度
             * @example 2026
             */
            year: number;
        };
        RecommendationDetail: {
            /** @description 现场活动记录数 */
            activityRecordCount: number;
            /** @description 不予推荐的原因（未获推荐时才有） */
            decisionReason: string | null;
            declarations: components["schemas"]["ApplicationDeclarationsView"];
            /**
             * @description 企业名称
             * @example 中冶建工集团有限公司
             */
            enterpriseName: string;
            id: number;
            materials: {
                pdf: components["schemas"]["RecommendationMaterialLink"] | null;
                ppt: components["schemas"]["RecommendationMaterialLink"] | null;
            };
            /** @description 在本单位已推荐申报中的推荐顺序（未推荐为 null） */
            preference: number | null;
            profile: components["schemas"]["ApplicationProfileView"];
            /**
             * @description 申报状态
             * @enum {string}
             */
            status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
            /**
             * @description 申报状态的中文名
             * @example 待推荐
             */
            statusLabel: string;
            /** Format: date-time */
            submittedAt: string | null;
            /**
             * @description 班组类型的中文名
             * @example 施工班组
             */
            teamKindLabel: string;
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            teamName: string;
        };
        RecommendationItem: {
            /** @description 不予推荐的原因（未获推荐时才有） */
            decisionReason: string | null;
            /**
             * @description 企业名称
             * @example 中冶建工集团有限公司
             */
            enterpriseName: string;
            id: number;
            materials: {
                pdf: components["schemas"]["RecommendationMaterialLink"] | null;
                ppt: components["schemas"]["RecommendationMaterialLink"] | null;
            };
            /** @description 在本单位已推荐申报中的推荐顺序（未推荐为 null） */
            preference: number | null;
            /**
             * @description 申报状态
             * @enum {string}
             */
            status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
            /**
             * @description 申报状态的中文名
             * @example 待推荐
             */
            statusLabel: string;
            /** Format: date-time */
            submittedAt: string | null;
            /**
             * @description 班组类型的中文名
             * @example 施工班组
             */
            teamKindLabel: string;
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            teamName: string;
        };
        RecommendationMaterialLink: {
            /**
             * @description 上传时的文件名
             * @example 钢筋加工班组申报材料.pdf
             */
            originalName: string;
            /** @description 字节数 */
            size: number;
            /** @description 签名的下载地址（有时效） */
            url: string;
        };
        RecommendationPage: {
            items: components["schemas"]["RecommendationItem"][];
            /** @description 第几页，从 1 起 */
            page: number;
            /** @description 每页条数 */
            pageSize: number;
            /** @description 符合条件的总条数 */
            total: number;
            window: components["schemas"]["RecommendationWindow"];
        };
        RecommendationWindow: {
            /** Format: date */
            closes: string;
            /** @description 今天（北京时间）是否在报名与推荐阶段内 */
            open: boolean;
            /** Format: date */
            opens: string;
        };
        RecommendDto: {
            /**
             * @description 在本单位已推荐申报中的推荐顺序（1 为第一）；不填排在最后
             * @example 3
             */
            preference?: number;
        };
        RecommendingUnitView: {
            id: number;
            /**
             * @description 推荐单位名称
             * @example 中国冶金建设协会
             */
            name: string;
            /**
             * @description 通知附件2中的序号
             * @example 3
             */
            seq: number;
        };
        ReconfirmGradingDto: {
            /** @description 重新确认的理由（记入审计日志） */
            reason: string;
        };
        RecordAttendee: {
            id: number;
            /** @description 姓名 */
            name: string;
            /** @description 此后已从班组移除 */
            removed: boolean;
        };
        RecordPhotoView: {
            id: number;
            /**
             * @description 照片格式（按内容识别：image/jpeg、image/png 或 image/webp）
             * @example image/jpeg
             */
            mime: string;
            /** @description 手机端生成的照片编号（重发时不变） */
            photoKey: string;
            /** @description 字节数 */
            size: number;
            /** @description 限时有效的签名下载地址 */
            url: string;
        };
        RefreshDto: {
            /** @description 登录或上次刷新时返回的 refreshToken（只能使用一次） */
            refreshToken: string;
        };
        RegistrationCardView: {
            /**
             * @description 报名卡号
             * @example QC2026-0007
             */
            cardNo: string;
            /** @description 统一社会信用代码（企业尚未填写为 null） */
            creditCode: string | null;
            enterpriseId: number;
            /**
             * @description 企业名称
             * @example 中建八局第一建设有限公司
             */
            enterpriseName: string;
            /**
             * Format: date-time
             * @description 首次登录时间（尚未登录为 null）
             */
            firstLoginAt: string | null;
            id: number;
            /** Format: date-time */
            issuedAt: string;
            /**
             * Format: date-time
             * @description 因多次密码错误被锁定时：自动解锁的时间（秘书处可立即解锁）；未锁定为 null
             */
            lockedUntil: string | null;
        };
        RemindDto: {
            /** @description 要提醒的推荐单位；不填为尚未报送齐全的全部单位 */
            unitIds?: number[];
        };
        RemoveExpertDto: {
            /** @description 取消专家资格的原因（违反相关规定的情况） */
            reason: string;
        };
        ReturnSheetDto: {
            /** @description 退回原因（被退回的专家可见，记入审计日志） */
            reason: string;
        };
        ReviewMaterial: {
            id: number;
            /**
             * @description 材料类型：pdf 申报书，ppt 发布演示文稿
             * @enum {string}
             */
            kind: "pdf" | "ppt";
            mime: string;
            originalName: string;
            sha256: string;
            /** @description 字节数 */
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @description 短时有效的下载链接（10 分钟），无需登录 */
            url: string;
            version: number;
        };
        ReviewOverview: {
            /**
             * @description 评分类别：materials 资料审核，presentation 成果发布
             * @enum {string}
             */
            kind: "materials" | "presentation";
            panels: components["schemas"]["ReviewOverviewPanel"][];
        };
        ReviewOverviewPanel: {
            applicationCount: number;
            changes: components["schemas"]["ScoreChangeView"][];
            /** @description 已结束该环节的申报数 */
            closedApplications: number;
            expectedSheets: number;
            expertCount: number;
            /** @description 组长姓名 */
            leader: string;
            panelNo: number;
            /** @description 待秘书处审核的评分更正数 */
            pendingChanges: number;
            returnedSheets: number;
            submittedSheets: number;
        };
        ReviewSheetState: {
            /** @description 现在能否填写或修改 */
            canEdit: boolean;
            /** @description 被退回时组长填写的原因 */
            returnReason: string | null;
            /**
             * @description 评分表状态：none 尚未保存，draft 草稿，submitted 已提交，returned 被退回（更正中），void 已作废
             * @enum {string}
             */
            status: "none" | "draft" | "submitted" | "returned" | "void";
            /** @description 已提交的总分（未提交为 null） */
            total: number | null;
        };
        ReviewTask: {
            applicationId: number;
            enterpriseName: string;
            materials: components["schemas"]["ReviewSheetState"];
            /** @description 专家组号 */
            panelNo: number;
            presentation: components["schemas"]["ReviewSheetState"] | null;
            /**
             * @description 在专家组中的角色：leader 组长，member 组员
             * @enum {string}
             */
            role: "leader" | "member";
            session: components["schemas"]["ReviewTaskSession"] | null;
            /** @description 专业 */
            specialty: string | null;
            /**
             * @description 申报状态
             * @enum {string}
             */
            status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
            /** @example 钢筋加工班组 */
            teamName: string;
        };
        ReviewTaskSession: {
            /** Format: date */
            date: string;
            id: number;
            /**
             * @description 本班组的发布结果：pending 待发布，presented 已发布，absent 未到场，forfeited 视同放弃
             * @enum {string}
             */
            outcome: "pending" | "presented" | "absent" | "forfeited";
            /** @description 本班组的发布顺序 */
            position: number;
            /**
             * @description 场次状态：scheduled 待发布，closed 已闭会
             * @enum {string}
             */
            status: "scheduled" | "closed";
            /** @description 发布会场次名称 */
            title: string;
            /** @description 地点 */
            venue: string;
        };
        RevokeCertificateDto: {
            /** @description 撤销原因（必填，公众查验时可见），如：经查实申报材料弄虚作假（第十五条） */
            reason: string;
        };
        Rubric: {
            categories: {
                id: string;
                items: components["schemas"]["RubricItem"][];
                /** @description 评分大类名称 */
                title: string;
            }[];
            /** @description 是否为平台内置的默认评分表（秘书处应替换为标准评分表） */
            isDefault: boolean;
            /**
             * @description 评分类别：materials 资料审核，presentation 成果发布
             * @enum {string}
             */
            kind: "materials" | "presentation";
            /** @description 评分表出处 */
            source: string;
            /**
             * @description 打分步长
             * @example 0.5
             */
            step: number;
            /**
             * @description 满分
             * @example 100
             */
            total: number;
        };
        RubricItem: {
            /** @description 评分要点，显示在评分项旁 */
            guidance?: string;
            /**
             * @description 评分项编号
             * @example m-1
             */
            id: string;
            /** @description 该项满分 */
            max: number;
            /** @description 评分项名称 */
            title: string;
        };
        SaveApplicationDto: {
            declarations: components["schemas"]["ApplicationDeclarationsDto"];
            profile: components["schemas"]["ApplicationProfileDto"];
            /** @description 推荐单位 id（附件2 名单） */
            recommendingUnitId?: number | null;
            /** @description 所修改草稿的版本号（读取申报时得到）：两人同时修改时，后保存的一方得到 409 APPLICATION_CHANGED，而不会悄悄覆盖对方的修改 */
            version?: number;
        };
        SaveExpertDto: {
            /** @description 是否启用；不填为启用（true） */
            active?: boolean;
            /** @description 考核日期 yyyy-mm-dd；空白视为未填 */
            assessedAt?: string | null;
            /**
             * @description 考核结果
             * @enum {string}
             */
            assessmentStatus: "pending" | "passed" | "failed";
            /** @description 平台中的申报企业 id；不填则按企业名称自动关联（如有同名企业） */
            enterpriseId?: number | null;
            /**
             * @description 所在企业
             * @example 中建一局集团
             */
            enterpriseName: string;
            /**
             * @description 手机号（11 位）
             * @example 13812345678
             */
            mobile: string;
            /**
             * @description 姓名
             * @example 王建国
             */
            name: string;
            /** @description 推荐单位 id */
            recommendingUnitId: number;
            /**
             * @description 专业
             * @example [
             *       "土建",
             *       "安装"
             *     ]
             */
            specialties: string[];
            /** @description 培训日期 yyyy-mm-dd；空白视为未填 */
            trainedAt?: string | null;
            /**
             * @description 培训状态
             * @enum {string}
             */
            trainingStatus: "pending" | "trained";
        };
        ScoreChangeItem: {
            /** @description 更正后的得分（重新提交前为 null） */
            after: number | null;
            /** @description 退回前的得分 */
            before: number | null;
            /** @description 评分项编号 */
            itemId: string;
            title: string;
        };
        ScoreChangeView: {
            after: {
                /** @description 更正后的总分 */
                total: number | null;
            };
            applicationId: number;
            before: {
                /** @description 退回前的总分 */
                total: number;
            };
            /** Format: date-time */
            decidedAt: string | null;
            decidedBy: string | null;
            /** @description 秘书处的审核意见 */
            decisionNote: string | null;
            expertId: number;
            expertName: string;
            id: number;
            /** @description 每个评分项，退回前 → 更正后 */
            items: components["schemas"]["ScoreChangeItem"][];
            /**
             * @description 评分类别：materials 资料审核，presentation 成果发布
             * @enum {string}
             */
            kind: "materials" | "presentation";
            kindLabel: string;
            panelNo: number;
            /** Format: date-time */
            resubmittedAt: string | null;
            /** Format: date-time */
            returnedAt: string;
            returnReason: string;
            /**
             * @description returned 已退回待更正，pending 待秘书处审核，approved 已同意，rejected 不同意
             * @enum {string}
             */
            status: "returned" | "pending" | "approved" | "rejected";
            /** @example 待秘书处审核 */
            statusLabel: string;
            teamName: string;
        };
        ScoreSheetDto: {
            /** @description 各评分项的评语，键为评分项编号 */
            comments?: {
                [key: string]: string;
            };
            /** @description 总体评语 */
            overallComment?: string;
            /**
             * @description 各评分项得分，键为评分项编号；草稿可缺项
             * @example {
             *       "m-1": 4.5
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /** @description 读取时的版本号；与当前版本不符时拒绝保存（防止两台设备互相覆盖） */
            version?: number;
        };
        ScoreSheetPage: {
            application: {
                enterpriseName: string;
                id: number;
                introduction: string | null;
                materials: components["schemas"]["ReviewMaterial"][];
                projectName: string | null;
                specialty: string | null;
                /**
                 * @description 申报状态
                 * @enum {string}
                 */
                status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
                teamName: string;
            };
            /** @description 现在能否填写或修改 */
            canEdit: boolean;
            /** @description 最近一次待秘书处审核的评分更正（看过同组评分后被退回时才有） */
            change: {
                /** @description 更正后的总分（重新提交前为 null） */
                afterTotal: number | null;
                /** @description 退回前的总分 */
                beforeTotal: number;
                /** @description 秘书处的审核意见 */
                decisionNote: string | null;
                id: number;
                /** @enum {string} */
                status: "returned" | "pending" | "approved" | "rejected";
                statusLabel: string;
            } | null;
            /** @description 不能评分的原因（可评分时为 null） */
            closedReason: string | null;
            /**
             * @description 评分类别：materials 资料审核，presentation 成果发布
             * @enum {string}
             */
            kind: "materials" | "presentation";
            /** @example 资料审核 */
            kindLabel: string;
            panelNo: number;
            /**
             * @description 在专家组中的角色：leader 组长，member 组员
             * @enum {string}
             */
            role: "leader" | "member";
            rubric: components["schemas"]["Rubric"];
            sheet: components["schemas"]["ScoreSheetView"];
        };
        ScoreSheetView: {
            /** @description 各评分项的评语，键为评分项编号 */
            comments: {
                [key: string]: string;
            };
            /** @description 评分表编号（尚未保存为 null） */
            id: number | null;
            /** @description 总体评语 */
            overallComment: string | null;
            /** Format: date-time */
            returnedAt: string | null;
            /** @description 被退回的原因 */
            returnReason: string | null;
            /**
             * @description 各评分项得分，键为评分项编号
             * @example {
             *       "m-1": 4.5
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /**
             * @description 评分表状态：none 尚未保存，draft 草稿，submitted 已提交，returned 被退回（更正中），void 已作废
             * @enum {string}
             */
            status: "none" | "draft" | "submitted" | "returned" | "void";
            /** Format: date-time */
            submittedAt: string | null;
            /**
             * @description 总分（提交后才有）
             * @example 86.5
             */
            total: number | null;
            /** @description 版本号；保存时带上，防止两台设备互相覆盖 */
            version: number;
        };
        /** @description 全部专家提交后各人总分的分布 */
        ScoreSpread: {
            max: number;
            /** @description 平均分（两位小数） */
            mean: number;
            min: number;
            /** @description 分差（最高分 − 最低分） */
            range: number;
        };
        ScreeningChecks: {
            /**
             * @description 自动检查无问题
             * @example true
             */
            clean: boolean;
            /** @description 合规性、完整性自动检查发现的全部问题 */
            problems: components["schemas"]["ScreeningProblem"][];
        };
        ScreeningDecisionDto: {
            /**
             * @description 初选结论：通过（pass）或淘汰（eliminate）
             * @enum {string}
             */
            decision: "pass" | "eliminate";
            /** @description 自动检查发现问题，秘书处核实后仍予通过时为 true（须填写理由） */
            override?: boolean;
            /** @description 淘汰的原因（必填，班组可在进度和消息中看到）；或带问题通过初选的理由（override 时必填，仅记入审计日志） */
            reason?: string;
        };
        ScreeningItem: {
            checks: components["schemas"]["ScreeningChecks"];
            /** @description 初选淘汰的原因（班组可见）；否则为 null */
            decisionReason: string | null;
            enterprise: {
                id: number;
                /**
                 * @description 申报企业名称
                 * @example 中建八局第一建设有限公司
                 */
                name: string;
            };
            id: number;
            /** @description 推荐单位对其推荐班组的排序（待初选时）；否则为 null */
            preference: number | null;
            /**
             * @description 申报状态（recommended、screened_in 或 screened_out）
             * @enum {string}
             */
            status: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
            /**
             * @description 状态的中文名
             * @example 已推荐
             */
            statusLabel: string;
            /** Format: date-time */
            submittedAt: string | null;
            team: {
                id: number;
                /**
                 * @description 班组类型的中文名
                 * @example 施工班组
                 */
                kindLabel: string;
                /**
                 * @description 班组名称
                 * @example 钢筋加工班组
                 */
                name: string;
            };
            unit: {
                id: number;
                /** @description 推荐单位名称 */
                name: string;
                /** @description 推荐单位序号（附件2 的顺序） */
                seq: number;
            } | null;
        };
        ScreeningPage: {
            items: components["schemas"]["ScreeningItem"][];
            /** @description 第几页，从 1 起 */
            page: number;
            /** @description 每页条数 */
            pageSize: number;
            /** @description 符合条件的总条数 */
            total: number;
            /** @description 材料审核期：初选只能在此期间进行 */
            window: {
                /** Format: date */
                closes: string;
                /** @description 今天（北京时间）在材料审核期内 */
                open: boolean;
                /** Format: date */
                opens: string;
            };
        };
        ScreeningProblem: {
            /**
             * @description 问题的错误码（自动检查的资格问题、材料文件丢失，或批量通过时被拒的原因）
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "FIELD_REQUIRED" | "FIELD_TOO_LONG" | "FIELD_INVALID" | "MOBILE_INVALID" | "EMAIL_INVALID" | "TEXT_CHARACTERS_INVALID" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "BODY_TOO_DEEP" | "URL_MALFORMED" | "URL_TOO_LONG" | "FORBIDDEN" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "TOO_MANY_REQUESTS" | "CONFLICT" | "TRY_AGAIN" | "INTERNAL" | "DB_UNAVAILABLE" | "IDEMPOTENCY_KEY_INVALID" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "IDEMPOTENCY_ALREADY_DONE" | "UNAUTHENTICATED" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "REFRESH_TOKEN_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "TOO_MANY_ATTEMPTS" | "USERNAME_TAKEN" | "WECHAT_CODE_INVALID" | "WECHAT_RATE_LIMITED" | "WECHAT_USER_BLOCKED" | "WECHAT_UNAVAILABLE" | "WECHAT_TICKET_INVALID" | "WECHAT_NOT_BOUND" | "INBOX_MESSAGE_NOT_FOUND" | "CAMPAIGN_NOT_FOUND" | "SETTINGS_INVALID" | "SETTINGS_RUBRIC_LOCKED" | "CARD_NO_MALFORMED" | "REGISTRATION_CARD_NOT_FOUND" | "CREDIT_CODE_INVALID" | "CREDIT_CODE_TAKEN" | "CREDIT_CODE_REQUIRED" | "CREDIT_CODE_LOCKED" | "TEAM_NAME_TAKEN" | "TEAM_NOT_FOUND" | "TEAM_KIND_INVALID" | "MEMBER_NOT_FOUND" | "INVITE_CODE_INVALID" | "LOGIN_CODE_INVALID" | "ACTIVITY_RECORD_NOT_FOUND" | "ACTIVITY_ATTENDEE_UNKNOWN" | "ACTIVITY_PHOTOS_FULL" | "PHOTO_NOT_IMAGE" | "CLIENT_KEY_REUSED" | "APPLICATION_NOT_FOUND" | "APPLICATION_NOT_DRAFT" | "APPLICATION_CHANGED" | "ELIGIBILITY_FAILED" | "ELIGIBILITY_NOT_BASIC_UNIT" | "ELIGIBILITY_ACCIDENT" | "ELIGIBILITY_NO_ACTIVITY_PLAN" | "ELIGIBILITY_NO_IMPLEMENTATION_PLAN" | "ELIGIBILITY_ACTIVITY_RECORDS" | "ELIGIBILITY_NO_REGISTRATION_FORM" | "ELIGIBILITY_NO_PDF" | "ELIGIBILITY_NO_PPT" | "TRANSITION_NOT_ALLOWED" | "TRANSITION_ROLE_FORBIDDEN" | "TRANSITION_OUTSIDE_WINDOW" | "MATERIAL_KIND_INVALID" | "UPLOAD_NOT_MULTIPART" | "UPLOAD_FILE_MISSING" | "UPLOAD_TOO_MANY_PARTS" | "UPLOAD_INCOMPLETE" | "UPLOAD_TOO_SLOW" | "UPLOAD_TOO_MANY_AT_ONCE" | "FILE_TOO_LARGE" | "FILE_NAME_INVALID" | "FILE_TYPE_MISMATCH" | "FILE_ENCRYPTED" | "FILE_UNREADABLE" | "FILE_COMPRESSION_BOMB" | "FILE_PARSE_LIMIT" | "FILE_LINK_INVALID" | "FILE_LINK_EXPIRED" | "RECOMMENDING_UNIT_NOT_FOUND" | "CONTACT_NOT_FOUND" | "BIND_CODE_INVALID" | "RECOMMENDER_ONLY" | "PREFERENCES_INVALID" | "STATISTICS_INVALID" | "STATISTICS_COUNT_INVALID" | "STATISTICS_AMOUNT_INVALID" | "STATISTICS_PRESENTING_EXCEEDS_REGISTERED" | "STATISTICS_REVIEW_FORM_REQUIRED" | "STATISTICS_DATE_INVALID" | "STATISTICS_NOT_FILED" | "PACKAGE_INCOMPLETE" | "PACKAGE_LETTER_MISSING" | "PACKAGE_STATISTICS_MISSING" | "PACKAGE_EXCELLENT_LIST_MISSING" | "SCREENING_FILE_MISSING" | "SCREENING_REASON_REQUIRED" | "SCREENING_PROBLEMS" | "SCREENING_OVERRIDE_REASON_REQUIRED" | "SIMILARITY_LEGACY_PPT" | "SIMILARITY_NO_TEXT_LAYER" | "SIMILARITY_NO_SLIDE_TEXT" | "SIMILARITY_ENCRYPTED" | "SIMILARITY_UNREADABLE" | "SIMILARITY_FILE_MISSING" | "SIMILARITY_PAIR_NOT_FOUND" | "SIMILARITY_CLUSTER_NOT_FOUND" | "SIMILARITY_CASE_EXISTS" | "SIMILARITY_CASE_APPLICATION" | "SIMILARITY_PAIR_DISMISSED" | "SIMILARITY_PAIR_NOT_DISMISSED" | "SIMILARITY_TOO_LARGE" | "SIMILARITY_PARSE_LIMIT" | "EXPERT_NOT_FOUND" | "EXPERT_MOBILE_TAKEN" | "EXPERT_STATUS_INCONSISTENT" | "EXPERT_IMPORT_HEADERS_MISSING" | "EXPERT_IMPORT_EMPTY" | "DRAW_INVALID_INPUT" | "DRAW_NOT_ENOUGH_EXPERTS" | "DRAW_CONFLICT_UNSATISFIABLE" | "PANEL_NOT_FOUND" | "SCORE_OUT_OF_RANGE" | "SCORE_NOT_ON_STEP" | "SCORE_ITEM_UNKNOWN" | "SCORE_ITEM_MISSING" | "SCORES_MISSING" | "REVIEW_EXPERT_ONLY" | "REVIEW_NOT_ASSIGNED" | "REVIEW_CONFLICT" | "REVIEW_NOT_OPEN" | "REVIEW_ALREADY_SUBMITTED" | "REVIEW_SCORES_INVALID" | "REVIEW_SCORES_HIDDEN" | "REVIEW_LEADER_ONLY" | "REVIEW_RETURN_REASON_REQUIRED" | "REVIEW_NOT_SUBMITTED" | "REVIEW_CLOSED" | "REVIEW_NO_DRAW" | "REVIEW_RETURN_OWN_SHEET" | "REVIEW_CHANGE_PENDING" | "REVIEW_CHANGE_NOT_FOUND" | "REVIEW_CHANGE_DECIDED" | "REVIEW_CHANGE_NOT_SUBMITTED" | "INVITATIONS_REVIEW_INCOMPLETE" | "INVITATIONS_PUBLISHED" | "INVITATIONS_INVALID" | "SESSION_NOT_FOUND" | "SESSION_CLOSED" | "SESSION_APPLICATIONS_INVALID" | "SESSION_ABSENT" | "SESSION_NOT_SCHEDULED" | "SESSION_HAS_SCORES" | "GRADING_INVALID_INPUT" | "GRADING_INCOMPLETE" | "GRADING_NOT_PROPOSED" | "GRADING_CONFIRMED" | "GRADING_NOT_CONFIRMED" | "GRADING_PUBLISHED" | "GRADE_CAP_EXCEEDED" | "GRADE_REASON_REQUIRED" | "GRADING_RESCORE_REQUIRED" | "GRADING_NO_RESCORE" | "CERTIFICATE_NOT_FOUND" | "CERTIFICATE_ALREADY_REVOKED" | "CERTIFICATE_REVOKE_REASON_REQUIRED" | "MISCONDUCT_CASE_NOT_FOUND" | "MISCONDUCT_CASE_CLOSED" | "MISCONDUCT_REASON_REQUIRED" | "MISCONDUCT_APPLICATION_NOT_SUBMITTED" | "MISCONDUCT_EVIDENCE_TYPE_INVALID" | "EXPERT_ALREADY_REMOVED" | "KEPT_SHEETS_NOT_FOUND" | "KEPT_SHEETS_DECIDED" | "KEPT_SHEETS_NO_REMAINING";
            /**
             * @description 问题的中文说明
             * @example 活动记录不足 4 次
             */
            message: string;
        };
        SecretariatDecisionDto: {
            /**
             * @description 秘书处改定的推荐结果
             * @enum {string}
             */
            decision: "recommend" | "decline";
            /** @description 改定的原因（记入审计日志，班组可在进度和消息中看到） */
            reason: string;
        };
        SessionOrderDto: {
            /** @description 发布顺序：申报编号，先发布的在前 */
            applicationIds: number[];
        };
        SetCreditCodeDto: {
            /**
             * @description 统一社会信用代码（18 位，末位为校验码）
             * @example 91350100M000100Y43
             */
            creditCode: string;
        };
        SimilarityCaseOpened: {
            /**
             * @description 新立案件的编号
             * @example 12
             */
            caseId: number;
        };
        SimilarityClusterDetail: {
            /** @description 共用这段文字的申报数 */
            applicationCount: number;
            /** @description 共用段落的字数 */
            chars: number;
            /** Format: date-time */
            checkedAt: string;
            /** @description 共用这段文字的文件数 */
            documentCount: number;
            id: number;
            /** @description 成员，按占比从高到低 */
            members: components["schemas"]["SimilarityClusterMember"][];
            /** @description 共用段落在代表文件中的原文，按文件顺序 */
            passages: components["schemas"]["SimilarityPassageSide"][];
            representative: components["schemas"]["SimilarityClusterMember"];
            /**
             * @description 成员占比中最大的：与文件对并列排序用
             * @example 0.42
             */
            score: number;
        };
        SimilarityClusterMember: {
            applicationId: number;
            /**
             * @description 活动年度
             * @example 2026
             */
            campaignYear: number;
            documentId: number;
            /** @description 企业名称 */
            enterpriseName: string | null;
            /**
             * @description 上传时的文件名
             * @example 申报材料.pdf
             */
            fileName: string;
            /**
             * @description pdf 申报材料 / ppt 发布材料
             * @enum {string}
             */
            kind: "pdf" | "ppt";
            /**
             * @description 文件类型的中文名
             * @example PDF 申报材料
             */
            kindLabel: string;
            /** @description 页数（PPT 为幻灯片数） */
            pages: number;
            /**
             * @description 该文件自身文字落在共用段落中的比例
             * @example 0.42
             */
            share: number;
            /**
             * @description 申报状态的中文名
             * @example 已推荐
             */
            statusLabel: string;
            /** Format: date-time */
            submittedAt: string | null;
            /** @description 班组名称 */
            teamName: string | null;
            /** @description 推荐单位名称 */
            unitName: string | null;
        };
        SimilarityClusterView: {
            /** @description 共用这段文字的申报数 */
            applicationCount: number;
            /** @description 共用段落的字数 */
            chars: number;
            /** Format: date-time */
            checkedAt: string;
            /** @description 共用这段文字的文件数 */
            documentCount: number;
            id: number;
            /** @description 成员，按占比从高到低 */
            members: components["schemas"]["SimilarityClusterMember"][];
            /**
             * @description 成员占比中最大的：与文件对并列排序用
             * @example 0.42
             */
            score: number;
        };
        SimilarityDocSide: {
            applicationId: number;
            /**
             * @description 活动年度
             * @example 2026
             */
            campaignYear: number;
            documentId: number;
            /** @description 企业名称 */
            enterpriseName: string | null;
            /**
             * @description 上传时的文件名
             * @example 申报材料.pdf
             */
            fileName: string;
            /**
             * @description pdf 申报材料 / ppt 发布材料
             * @enum {string}
             */
            kind: "pdf" | "ppt";
            /**
             * @description 文件类型的中文名
             * @example PDF 申报材料
             */
            kindLabel: string;
            /** @description 页数（PPT 为幻灯片数） */
            pages: number;
            /**
             * @description 申报状态的中文名
             * @example 已推荐
             */
            statusLabel: string;
            /** Format: date-time */
            submittedAt: string | null;
            /** @description 班组名称 */
            teamName: string | null;
            /** @description 推荐单位名称 */
            unitName: string | null;
        };
        SimilarityDocumentView: {
            applicationId: number;
            /**
             * @description 活动年度
             * @example 2026
             */
            campaignYear: number;
            /** @description 提取出的字数 */
            chars: number;
            /** @description 企业名称 */
            enterpriseName: string | null;
            /** Format: date-time */
            extractedAt: string;
            /** @description 上传时的文件名 */
            fileName: string;
            id: number;
            /**
             * @description pdf 申报材料 / ppt 发布材料
             * @enum {string}
             */
            kind: "pdf" | "ppt";
            /**
             * @description 文件类型的中文名
             * @example PPT 发布材料
             */
            kindLabel: string;
            /** @description 页数（PPT 为幻灯片数） */
            pages: number;
            /** @description 无法比对的原因（中文） */
            reason: string | null;
            /**
             * @description 无法比对的原因代码
             * @example SIMILARITY_ENCRYPTED
             */
            reasonCode: string | null;
            /**
             * @description indexed 已建索引 / uncheckable 无法比对
             * @enum {string}
             */
            status: "indexed" | "uncheckable";
            /** @description 班组名称 */
            teamName: string | null;
        };
        SimilarityOverview: {
            /** @description 最近一次完成的查重发现的模板雷同组数 */
            clusters: number;
            /** @description 当前文件库（不是最近一次查重自己的数字） */
            documents: {
                /** @description 已建索引的文件 */
                indexed: number;
                /** @description 两者合计 */
                total: number;
                /** @description 无法比对的文件 */
                uncheckable: number;
            };
            latestRun: components["schemas"]["SimilarityRunView"] | null;
            pairs: components["schemas"]["SimilarityPairCounts"];
            /** @description 解读数字所依据的阈值 */
            thresholds: {
                /**
                 * @description 相似度达到此值的文件对才保留
                 * @example 0.1
                 */
                reportFrom: number;
                /**
                 * @description 相似度达到此值的为疑似雷同
                 * @example 0.15
                 */
                suspiciousFrom: number;
            };
        };
        SimilarityPairCounts: {
            /** @description 未核实、相似但未达疑似线的 */
            belowLine: number;
            /** @description 已核实无问题的 */
            dismissed: number;
            /** @description 未核实且达到疑似线的（列表默认显示的） */
            suspicious: number;
            /** @description 全部文件对 */
            total: number;
        };
        SimilarityPairDetail: {
            a: components["schemas"]["SimilarityDocSide"];
            b: components["schemas"]["SimilarityDocSide"];
            /** @description 据此立案的案件编号（未立案为 null） */
            caseId: number | null;
            /** Format: date-time */
            checkedAt: string;
            /** @description A 的文字指纹见于 B 的比例（技术指标） */
            containmentAInB: number;
            /** @description B 的文字指纹见于 A 的比例（技术指标） */
            containmentBInA: number;
            /**
             * @description 文件 A 自身文字见于 B 的比例
             * @example 0.37
             */
            coverageA: number;
            /**
             * @description 文件 B 自身文字见于 A 的比例
             * @example 0.21
             */
            coverageB: number;
            /** @description 核实无问题：何时、何人、为何；未核实为 null */
            dismissal: {
                /** Format: date-time */
                at: string;
                /** @description 核实人（记录的操作者，如 user:<id>） */
                by: string;
                /** @description 核实人姓名 */
                byName: string;
                /** @description 核实情况 */
                reason: string;
            } | null;
            id: number;
            /** @description 两者指纹的 Jaccard 相似度（技术指标） */
            jaccard: number;
            /** @description 匹配的字数 */
            matchedChars: number;
            /** @description 匹配段落数 */
            passageCount: number;
            /** @description 匹配段落，按文件 A 的阅读顺序 */
            passages: components["schemas"]["SimilarityPassage"][];
            precedence: components["schemas"]["SimilarityPrecedence"];
            /**
             * @description 相似度：coverageA 与 coverageB 中较大的
             * @example 0.37
             */
            score: number;
            /** @description 是否达到疑似雷同线 */
            suspicious: boolean;
        };
        SimilarityPairPage: {
            counts: components["schemas"]["SimilarityPairCounts"];
            items: components["schemas"]["SimilarityPairView"][];
            /** @description 第几页，从 1 起 */
            page: number;
            /** @description 每页条数 */
            pageSize: number;
            /** @description 符合条件的总条数 */
            total: number;
        };
        SimilarityPairView: {
            a: components["schemas"]["SimilarityDocSide"];
            b: components["schemas"]["SimilarityDocSide"];
            /** @description 据此立案的案件编号（未立案为 null） */
            caseId: number | null;
            /** Format: date-time */
            checkedAt: string;
            /** @description A 的文字指纹见于 B 的比例（技术指标） */
            containmentAInB: number;
            /** @description B 的文字指纹见于 A 的比例（技术指标） */
            containmentBInA: number;
            /**
             * @description 文件 A 自身文字见于 B 的比例
             * @example 0.37
             */
            coverageA: number;
            /**
             * @description 文件 B 自身文字见于 A 的比例
             * @example 0.21
             */
            coverageB: number;
            /** @description 核实无问题：何时、何人、为何；未核实为 null */
            dismissal: {
                /** Format: date-time */
                at: string;
                /** @description 核实人（记录的操作者，如 user:<id>） */
                by: string;
                /** @description 核实人姓名 */
                byName: string;
                /** @description 核实情况 */
                reason: string;
            } | null;
            id: number;
            /** @description 两者指纹的 Jaccard 相似度（技术指标） */
            jaccard: number;
            /** @description 匹配的字数 */
            matchedChars: number;
            /** @description 匹配段落数 */
            passageCount: number;
            precedence: components["schemas"]["SimilarityPrecedence"];
            /**
             * @description 相似度：coverageA 与 coverageB 中较大的
             * @example 0.37
             */
            score: number;
            /** @description 是否达到疑似雷同线 */
            suspicious: boolean;
        };
        SimilarityPassage: {
            a: components["schemas"]["SimilarityPassageSide"];
            b: components["schemas"]["SimilarityPassageSide"];
            /** @description 段落在 A 一侧的字数（规范化后） */
            chars: number;
        };
        SimilarityPassageSide: {
            /** @description 段落起始页码（PPT 为幻灯片序号），从 1 起 */
            fromPage: number;
            /** @description 原文（跨页处以空行分隔，过长时截取） */
            text: string;
            /** @description 段落结束页码（PPT 为幻灯片序号）；与 fromPage 相同即在同一页 */
            toPage: number;
        };
        SimilarityPrecedence: {
            /**
             * @description 文件 A 的先后说明：先提交 / 后提交 / 往年（2025 年度）/ 后提交（2026 年度）/ 同时提交 / 尚未提交，或空
             * @example 先提交
             */
            a: string;
            /**
             * @description 文件 B 的先后说明
             * @example 后提交
             */
            b: string;
            /**
             * @description 先有的一方：跨年度时为往年的文件，同年度时为先提交的；无法判断为 null
             * @enum {string|null}
             */
            first: "a" | "b" | null;
        };
        SimilarityRunView: {
            /** @description 经索引初筛需逐对比对的文件对数 */
            candidates: number;
            /** @description 本次发现的模板雷同组数 */
            clusters: number;
            /** @description 参与查重的文件数（本年度及往年已提交申报的全部现行文件） */
            documents: number;
            /** @description 本阶段已完成的数量 */
            done: number;
            /** @description 未完成的原因 */
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            id: number;
            /** @description 本次新提取文字的文件数（新增或替换的） */
            newDocuments: number;
            /** @description 保留下来的相似文件对数 */
            pairs: number;
            /**
             * @description 总体进度百分比，0..100
             * @example 42
             */
            percent: number;
            /**
             * @description 进行到的阶段：extract 提取文字 / index 建立索引 / compare 逐对比对（未开始为 null）
             * @enum {string|null}
             */
            phase: "extract" | "index" | "compare" | null;
            /**
             * @description 阶段的中文名
             * @example 提取文字
             */
            phaseLabel: string | null;
            /** Format: date-time */
            requestedAt: string;
            /**
             * @description 发起人（记录的操作者，如 user:<id>，供程序使用；显示请用 requestedByName）
             * @example user:1
             */
            requestedBy: string;
            /**
             * @description 发起人姓名；初选后自动发起的为「系统（初选后自动）」
             * @example 秘书处演示账号
             */
            requestedByName: string;
            /** Format: date-time */
            startedAt: string | null;
            /**
             * @description queued 排队中 / running 进行中 / done 已完成 / failed 未完成
             * @enum {string}
             */
            status: "queued" | "running" | "done" | "failed";
            /**
             * @description 状态的中文名
             * @example 进行中
             */
            statusLabel: string;
            /** @description 疑似雷同的文件对数 */
            suspicious: number;
            /** @description 本阶段的总数 */
            total: number;
            /**
             * @description screening 初选后自动 / manual 手动发起
             * @enum {string}
             */
            trigger: "screening" | "manual";
            /**
             * @description 发起方式的中文名
             * @example 手动发起
             */
            triggerLabel: string;
            /** @description 无法比对的文件数 */
            uncheckable: number;
        };
        StaffPrincipal: {
            /**
             * @description 显示名称（企业名、成员姓名或账号姓名）
             * @example 中建八局第一建设有限公司
             */
            displayName: string;
            /** @description 推荐单位联系人所属的推荐单位（其他角色为 null） */
            recommendingUnitId: number | null;
            /**
             * @description 秘书处 / 推荐单位 / 专家
             * @enum {string}
             */
            role: "secretariat" | "recommender" | "expert";
            userId: number;
        };
        StageWindow: {
            /**
             * Format: date
             * @description 结束日期（含），北京时间 yyyy-mm-dd
             * @example 2026-06-30
             */
            closes: string;
            /**
             * Format: date
             * @description 开始日期（含），北京时间 yyyy-mm-dd
             * @example 2026-06-01
             */
            opens: string;
        };
        SubscriptionsAccepted: {
            /**
             * @description 记下的订阅次数（平台不发送的模板不计）
             * @example 1
             */
            accepted: number;
        };
        TeamDetail: {
            /** @description 本届申报的编号（尚未申报为 null） */
            applicationId: number | null;
            /**
             * @description 本届申报的状态（尚未申报为 null）
             * @enum {string|null}
             */
            applicationStatus: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn" | null;
            /**
             * @description 本届申报状态的中文名
             * @example 未申报
             */
            applicationStatusLabel: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /**
             * @description 班组类型
             * @enum {string}
             */
            kind: "construction_crew" | "project_department" | "functional_department" | "other";
            /**
             * @description 班组类型的中文名
             * @example 施工班组
             */
            kindLabel: string;
            /** @description 在册成员人数 */
            memberCount: number;
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            name: string;
        };
        TeamInviteView: {
            /**
             * @description 邀请码（8 位）
             * @example K7M2Q9XA
             */
            code: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * @description 小程序加入班组页的路径（含邀请码）
             * @example /pages/join/index?code=K7M2Q9XA
             */
            joinPath: string;
            /** @description 加入路径的二维码（PNG，data: URL） */
            qrDataUrl: string;
        };
        TeamMemberView: {
            id: number;
            /** Format: date-time */
            joinedAt: string;
            /**
             * @description 手机号（未填为 null）
             * @example 13800138000
             */
            mobile: string | null;
            /**
             * @description 姓名
             * @example 张建国
             */
            name: string;
            /**
             * @description 班组长 / 组员
             * @enum {string}
             */
            role: "leader" | "member";
            /**
             * @description 角色的中文名
             * @example 班组长
             */
            roleLabel: string;
            /** @description 是否已绑定微信（修改后的回答中总为 false，以名单为准） */
            wechatBound: boolean;
        };
        TeamView: {
            /** @description 本届申报的编号（尚未申报为 null） */
            applicationId: number | null;
            /**
             * @description 本届申报的状态（尚未申报为 null）
             * @enum {string|null}
             */
            applicationStatus: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn" | null;
            /**
             * @description 本届申报状态的中文名
             * @example 未申报
             */
            applicationStatusLabel: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /**
             * @description 班组类型
             * @enum {string}
             */
            kind: "construction_crew" | "project_department" | "functional_department" | "other";
            /**
             * @description 班组类型的中文名
             * @example 施工班组
             */
            kindLabel: string;
            /**
             * @description 班组名称
             * @example 钢筋加工班组
             */
            name: string;
        };
        TimelineEventView: {
            /** @description 操作人 */
            actor: string;
            /** Format: date-time */
            at: string;
            /**
             * @description 变更前的状态（创建时为 null）
             * @enum {string|null}
             */
            from: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn" | null;
            /** @description 变更前状态的中文名 */
            fromLabel: string | null;
            /** @description 原因（如不予推荐的理由） */
            reason: string | null;
            /**
             * @description 变更后的状态
             * @enum {string}
             */
            to: "draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn";
            /** @description 变更后状态的中文名 */
            toLabel: string;
        };
        TimelineStepView: {
            /**
             * Format: date
             * @description 完成的日期（北京时间；未完成为 null）
             */
            date: string | null;
            /**
             * @description 步骤
             * @enum {string}
             */
            key: "registration" | "recommendation" | "screening" | "materialsReview" | "presentation" | "result";
            /**
             * @description 步骤的中文名
             * @example 报名
             */
            label: string;
            /** @description 补充说明 */
            note: string | null;
            /**
             * @description 已完成 / 进行中 / 未开始 / 已跳过
             * @enum {string}
             */
            state: "done" | "current" | "upcoming" | "skipped";
        };
        TimelineView: {
            /** @description 状态变更记录，按时间先后 */
            events: components["schemas"]["TimelineEventView"][];
            /** @description 接下来会发生什么（含本届日期） */
            next: string;
            steps: components["schemas"]["TimelineStepView"][];
        };
        UnitContactView: {
            /** @description 账号是否在用 */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description 联系人姓名
             * @example 李娜
             */
            displayName: string;
            id: number;
            /** @description 手机号 */
            mobile: string | null;
            /**
             * @description 登录用户名
             * @example yejin-lina
             */
            username: string;
            /** @description 是否已绑定微信 */
            wechatBound: boolean;
        };
        UnitFilingOverview: {
            items: components["schemas"]["UnitFilingRow"][];
            /** @description 各列合计 */
            totals: {
                /** @description 联系人账号合计 */
                contacts: number;
                /** @description 未获推荐合计 */
                declined: number;
                /** @description 已合成推荐材料的单位数 */
                packageFiled: number;
                /** @description 已推荐合计 */
                recommended: number;
                /** @description 已填报统计表的单位数 */
                statisticsFiled: number;
                /** @description 提交的申报合计 */
                submitted: number;
                /** @description 推荐单位数 */
                units: number;
            };
        };
        UnitFilingRow: {
            /** @description 在用的联系人账号数 */
            contacts: number;
            /** @description 未获推荐的申报数 */
            declined: number;
            /** Format: date-time */
            lastFiledAt: string | null;
            /**
             * @description 推荐单位名称
             * @example 中国冶金建设协会
             */
            name: string;
            /** @description 是否已合成推荐材料 PDF */
            packageFiled: boolean;
            /** @description 已推荐（含其后各状态）的申报数 */
            recommended: number;
            /** @description 通知附件2中的序号 */
            seq: number;
            /** @description 是否已填报统计表（附件3） */
            statisticsFiled: boolean;
            /** @description 本届提交到本单位的申报数 */
            submitted: number;
            unitId: number;
        };
        UnitPackageFileView: {
            /**
             * @description 上传时的文件名
             * @example 推荐函.pdf
             */
            originalName: string;
            /** @description 页数 */
            pageCount: number;
            /** @description 字节数 */
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @description 签名的下载地址（有时效） */
            url: string;
            /** @description 第几次上传 */
            version: number;
        };
        UnitPackageView: {
            current: components["schemas"]["BuiltUnitPackage"] | null;
            excellentList: components["schemas"]["UnitPackageFileView"] | null;
            /** @description 历次合成的版本，新的在前 */
            history: components["schemas"]["BuiltUnitPackage"][];
            letter: components["schemas"]["UnitPackageFileView"] | null;
        };
        UnitStatisticsProblem: {
            /**
             * @description 错误码（见 ApiError.code）
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "FIELD_REQUIRED" | "FIELD_TOO_LONG" | "FIELD_INVALID" | "MOBILE_INVALID" | "EMAIL_INVALID" | "TEXT_CHARACTERS_INVALID" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "BODY_TOO_DEEP" | "URL_MALFORMED" | "URL_TOO_LONG" | "FORBIDDEN" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "TOO_MANY_REQUESTS" | "CONFLICT" | "TRY_AGAIN" | "INTERNAL" | "DB_UNAVAILABLE" | "IDEMPOTENCY_KEY_INVALID" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "IDEMPOTENCY_ALREADY_DONE" | "UNAUTHENTICATED" | "SESSION_EXPIRED" | "SESSION_REVOKED" | "REFRESH_TOKEN_INVALID" | "LOGIN_FAILED" | "ACCOUNT_LOCKED" | "TOO_MANY_ATTEMPTS" | "USERNAME_TAKEN" | "WECHAT_CODE_INVALID" | "WECHAT_RATE_LIMITED" | "WECHAT_USER_BLOCKED" | "WECHAT_UNAVAILABLE" | "WECHAT_TICKET_INVALID" | "WECHAT_NOT_BOUND" | "INBOX_MESSAGE_NOT_FOUND" | "CAMPAIGN_NOT_FOUND" | "SETTINGS_INVALID" | "SETTINGS_RUBRIC_LOCKED" | "CARD_NO_MALFORMED" | "REGISTRATION_CARD_NOT_FOUND" | "CREDIT_CODE_INVALID" | "CREDIT_CODE_TAKEN" | "CREDIT_CODE_REQUIRED" | "CREDIT_CODE_LOCKED" | "TEAM_NAME_TAKEN" | "TEAM_NOT_FOUND" | "TEAM_KIND_INVALID" | "MEMBER_NOT_FOUND" | "INVITE_CODE_INVALID" | "LOGIN_CODE_INVALID" | "ACTIVITY_RECORD_NOT_FOUND" | "ACTIVITY_ATTENDEE_UNKNOWN" | "ACTIVITY_PHOTOS_FULL" | "PHOTO_NOT_IMAGE" | "CLIENT_KEY_REUSED" | "APPLICATION_NOT_FOUND" | "APPLICATION_NOT_DRAFT" | "APPLICATION_CHANGED" | "ELIGIBILITY_FAILED" | "ELIGIBILITY_NOT_BASIC_UNIT" | "ELIGIBILITY_ACCIDENT" | "ELIGIBILITY_NO_ACTIVITY_PLAN" | "ELIGIBILITY_NO_IMPLEMENTATION_PLAN" | "ELIGIBILITY_ACTIVITY_RECORDS" | "ELIGIBILITY_NO_REGISTRATION_FORM" | "ELIGIBILITY_NO_PDF" | "ELIGIBILITY_NO_PPT" | "TRANSITION_NOT_ALLOWED" | "TRANSITION_ROLE_FORBIDDEN" | "TRANSITION_OUTSIDE_WINDOW" | "MATERIAL_KIND_INVALID" | "UPLOAD_NOT_MULTIPART" | "UPLOAD_FILE_MISSING" | "UPLOAD_TOO_MANY_PARTS" | "UPLOAD_INCOMPLETE" | "UPLOAD_TOO_SLOW" | "UPLOAD_TOO_MANY_AT_ONCE" | "FILE_TOO_LARGE" | "FILE_NAME_INVALID" | "FILE_TYPE_MISMATCH" | "FILE_ENCRYPTED" | "FILE_UNREADABLE" | "FILE_COMPRESSION_BOMB" | "FILE_PARSE_LIMIT" | "FILE_LINK_INVALID" | "FILE_LINK_EXPIRED" | "RECOMMENDING_UNIT_NOT_FOUND" | "CONTACT_NOT_FOUND" | "BIND_CODE_INVALID" | "RECOMMENDER_ONLY" | "PREFERENCES_INVALID" | "STATISTICS_INVALID" | "STATISTICS_COUNT_INVALID" | "STATISTICS_AMOUNT_INVALID" | "STATISTICS_PRESENTING_EXCEEDS_REGISTERED" | "STATISTICS_REVIEW_FORM_REQUIRED" | "STATISTICS_DATE_INVALID" | "STATISTICS_NOT_FILED" | "PACKAGE_INCOMPLETE" | "PACKAGE_LETTER_MISSING" | "PACKAGE_STATISTICS_MISSING" | "PACKAGE_EXCELLENT_LIST_MISSING" | "SCREENING_FILE_MISSING" | "SCREENING_REASON_REQUIRED" | "SCREENING_PROBLEMS" | "SCREENING_OVERRIDE_REASON_REQUIRED" | "SIMILARITY_LEGACY_PPT" | "SIMILARITY_NO_TEXT_LAYER" | "SIMILARITY_NO_SLIDE_TEXT" | "SIMILARITY_ENCRYPTED" | "SIMILARITY_UNREADABLE" | "SIMILARITY_FILE_MISSING" | "SIMILARITY_PAIR_NOT_FOUND" | "SIMILARITY_CLUSTER_NOT_FOUND" | "SIMILARITY_CASE_EXISTS" | "SIMILARITY_CASE_APPLICATION" | "SIMILARITY_PAIR_DISMISSED" | "SIMILARITY_PAIR_NOT_DISMISSED" | "SIMILARITY_TOO_LARGE" | "SIMILARITY_PARSE_LIMIT" | "EXPERT_NOT_FOUND" | "EXPERT_MOBILE_TAKEN" | "EXPERT_STATUS_INCONSISTENT" | "EXPERT_IMPORT_HEADERS_MISSING" | "EXPERT_IMPORT_EMPTY" | "DRAW_INVALID_INPUT" | "DRAW_NOT_ENOUGH_EXPERTS" | "DRAW_CONFLICT_UNSATISFIABLE" | "PANEL_NOT_FOUND" | "SCORE_OUT_OF_RANGE" | "SCORE_NOT_ON_STEP" | "SCORE_ITEM_UNKNOWN" | "SCORE_ITEM_MISSING" | "SCORES_MISSING" | "REVIEW_EXPERT_ONLY" | "REVIEW_NOT_ASSIGNED" | "REVIEW_CONFLICT" | "REVIEW_NOT_OPEN" | "REVIEW_ALREADY_SUBMITTED" | "REVIEW_SCORES_INVALID" | "REVIEW_SCORES_HIDDEN" | "REVIEW_LEADER_ONLY" | "REVIEW_RETURN_REASON_REQUIRED" | "REVIEW_NOT_SUBMITTED" | "REVIEW_CLOSED" | "REVIEW_NO_DRAW" | "REVIEW_RETURN_OWN_SHEET" | "REVIEW_CHANGE_PENDING" | "REVIEW_CHANGE_NOT_FOUND" | "REVIEW_CHANGE_DECIDED" | "REVIEW_CHANGE_NOT_SUBMITTED" | "INVITATIONS_REVIEW_INCOMPLETE" | "INVITATIONS_PUBLISHED" | "INVITATIONS_INVALID" | "SESSION_NOT_FOUND" | "SESSION_CLOSED" | "SESSION_APPLICATIONS_INVALID" | "SESSION_ABSENT" | "SESSION_NOT_SCHEDULED" | "SESSION_HAS_SCORES" | "GRADING_INVALID_INPUT" | "GRADING_INCOMPLETE" | "GRADING_NOT_PROPOSED" | "GRADING_CONFIRMED" | "GRADING_NOT_CONFIRMED" | "GRADING_PUBLISHED" | "GRADE_CAP_EXCEEDED" | "GRADE_REASON_REQUIRED" | "GRADING_RESCORE_REQUIRED" | "GRADING_NO_RESCORE" | "CERTIFICATE_NOT_FOUND" | "CERTIFICATE_ALREADY_REVOKED" | "CERTIFICATE_REVOKE_REASON_REQUIRED" | "MISCONDUCT_CASE_NOT_FOUND" | "MISCONDUCT_CASE_CLOSED" | "MISCONDUCT_REASON_REQUIRED" | "MISCONDUCT_APPLICATION_NOT_SUBMITTED" | "MISCONDUCT_EVIDENCE_TYPE_INVALID" | "EXPERT_ALREADY_REMOVED" | "KEPT_SHEETS_NOT_FOUND" | "KEPT_SHEETS_DECIDED" | "KEPT_SHEETS_NO_REMAINING";
            /**
             * @description 出问题的字段
             * @enum {string}
             */
            field: "enterprisesThisYear" | "teamsThisYear" | "cumulativeTrustedTeams" | "staffParticipations" | "teamsRecommended" | "trainingSpending" | "rewardSpending" | "featuresAndProblems" | "reviewForms" | "meetingHeld" | "meetingRegisteredTeams" | "meetingPresentingTeams" | "meetingDate" | "meetingPlace" | "meetingAttendance" | "department" | "departmentHead" | "contactPerson" | "mobile" | "email";
            /**
             * @description 中文提示
             * @example 发布班组数（31）不能多于发布会报名班组数（30）
             */
            message: string;
        };
        UnitStatisticsValues: {
            /** @description 联系人 */
            contactPerson: string;
            /** @description 历年质量信得过班组累计数（个数，非负整数） */
            cumulativeTrustedTeams: number;
            /**
             * @description 归口部门
             * @example 质量管理部
             */
            department: string;
            /** @description 归口部门负责人 */
            departmentHead: string;
            /** @description 邮箱 */
            email: string;
            /** @description 本年度开展质量信得过班组活动企业数（个数，非负整数） */
            enterprisesThisYear: number;
            /** @description 主要特点及存在的问题 */
            featuresAndProblems: string;
            /** @description 参会人数（未组织发布会为 null） */
            meetingAttendance: number | null;
            /**
             * @description 发布会时间，YYYY-MM-DD（未组织发布会为 null）
             * @example 2026-05-18
             */
            meetingDate: string | null;
            /** @description 是否组织发布会 */
            meetingHeld: boolean;
            /** @description 发布会地点（未组织发布会为 null） */
            meetingPlace: string | null;
            /** @description 发布班组数（未组织发布会为 null） */
            meetingPresentingTeams: number | null;
            /** @description 发布会报名班组数（未组织发布会为 null） */
            meetingRegisteredTeams: number | null;
            /** @description 手机 */
            mobile: string;
            /** @description 评审及交流形式（可多选，至少一项） */
            reviewForms: ("presentation_review" | "materials_review" | "with_qc_groups" | "standalone")[];
            /** @description 本年度对质量信得过班组活动奖励费用（万元，至多两位小数） */
            rewardSpending: number;
            /**
             * @description 本年度参与质量信得过班组活动员工数（人次）
             * @example 960
             */
            staffParticipations: number;
            /** @description 本年度推荐工程建设质量信得过班组数（个数，非负整数） */
            teamsRecommended: number;
            /** @description 本年度开展质量信得过班组活动班组数（个数，非负整数） */
            teamsThisYear: number;
            /** @description 本年度对质量信得过班组活动投入费用（培训、交流、规范化等）（万元，至多两位小数） */
            trainingSpending: number;
        };
        UnitStatisticsView: {
            /** @description 单位改动了平台统计的哪些数字 */
            edited: {
                /** @description 填报的历年累计数与平台统计不同 */
                cumulativeTrustedTeams: boolean;
                /** @description 填报的推荐班组数与平台统计不同 */
                teamsRecommended: boolean;
            };
            /** @description 统计期间（起止月份） */
            period: {
                /**
                 * @description YYYY-MM
                 * @example 2025-05
                 */
                from: string;
                /**
                 * @description YYYY-MM
                 * @example 2025-05
                 */
                to: string;
            };
            /** @description 平台统计的数字（填表时的参考值） */
            prefill: {
                /** @description 平台统计的历年质量信得过班组累计数（往届已评定、已发证） */
                cumulativeTrustedTeams: number;
                /** @description 平台统计的本届推荐班组数 */
                teamsRecommended: number;
            };
            /** @description 已填报内容按现行规则的问题（无问题为空列表） */
            problems: components["schemas"]["UnitStatisticsProblem"][];
            /** Format: date-time */
            updatedAt: string | null;
            values: components["schemas"]["UnitStatisticsValues"] | null;
        };
        UnitWarningView: {
            application: {
                enterpriseName: string | null;
                id: number;
                teamName: string | null;
            };
            campaignId: number;
            /** @description 违规查处案件 id */
            caseId: number;
            id: number;
            /**
             * Format: date-time
             * @description 警示时间
             */
            issuedAt: string;
            /**
             * @description 违规类型
             * @enum {string|null}
             */
            kind: "plagiarism" | "fraud" | null;
            /** @example 剽窃 */
            kindLabel: string | null;
            /** @description 警示理由（案件的处理理由） */
            reason: string;
            /** @description 推荐单位 */
            unit: {
                id: number;
                /** @description 推荐单位名称 */
                name: string;
            } | null;
        };
        UpdateMemberDto: {
            /**
             * @description 手机号（null 或空为清除）
             * @example 13800138000
             */
            mobile?: string | null;
            /**
             * @description 姓名
             * @example 张建国
             */
            name: string;
            /**
             * @description 班组长 / 组员
             * @enum {string}
             */
            role: "leader" | "member";
        };
        WechatLoginDto: {
            /** @description wx.login 取得的登录凭证（5 分钟内有效，只能使用一次） */
            code: string;
        };
        WechatLoginResult: {
            /** @description 访问令牌（Authorization: Bearer …） */
            accessToken: string;
            /**
             * @description 访问令牌的有效秒数
             * @example 7200
             */
            expiresIn: number;
            principal: components["schemas"]["Principal"];
            /** @description refreshToken 的有效秒数 */
            refreshExpiresIn: number;
            /** @description 在 refreshExpiresIn 秒内到 POST /auth/refresh 换取新的令牌（只能使用一次） */
            refreshToken: string;
            /**
             * @description 此微信已绑定：直接登录
             * @constant
             */
            status: "bound";
        } | {
            /**
             * @description wechatTicket 的有效秒数
             * @example 600
             */
            expiresIn: number;
            /**
             * @description 此微信尚未绑定：凭 wechatTicket 在登录、加入班组或绑定时一并绑定
             * @constant
             */
            status: "unbound";
            /** @description 用于绑定此微信的临时凭证 */
            wechatTicket: string;
        };
        WechatTemplates: {
            /** @description 申报状态变更通知的订阅消息模板 ID（未配置时为空字符串） */
            statusTemplateId: string;
        };
    };
    responses: {
        /** @description 请求被拒绝或出错（见 ApiError.code） */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    RecommendationController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已不予推荐 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationDetail"];
                };
            };
        };
    };
    MaterialController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MaterialVersion"][];
                    };
                };
            };
        };
    };
    MaterialController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description pdf 申报材料（PDF）/ ppt 发布材料（PPTX 或 PPT） */
                kind: "pdf" | "ppt";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 申报材料：kind 为 pdf 时为 PDF，为 ppt 时为 PPTX 或 PPT（application/pdf、application/vnd.openxmlformats-officedocument.presentationml.presentation、application/vnd.ms-powerpoint），不超过 50 MB
                     */
                    file: string;
                    /** @description 文件原名（小程序上传时文件部分的名字是临时文件名） */
                    fileName?: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已上传（新的一版） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialView"];
                };
            };
            /** @description 文件超过大小限制（PAYLOAD_TOO_LARGE） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 文件类型不被接受（按文件内容判断） */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RecommendationController_recommend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已推荐 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationDetail"];
                };
            };
        };
    };
    ScreeningController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningDecisionDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 初选后的申报 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningItem"];
                };
            };
        };
    };
    RecommendationController_decideBySecretariat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecretariatDecisionDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已改定 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationDetail"];
                };
            };
        };
    };
    ApplicationController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已提交 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
        };
    };
    ApplicationController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineView"];
                };
            };
        };
    };
    ApplicationController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已撤回 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
        };
    };
    RecommenderBindController_bind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BindDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已绑定并登录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
        };
    };
    AuthController_cardLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardLoginDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已登录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
        };
    };
    MemberAuthController_join: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinTeamDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已加入并登录 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberJoinResult"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountLoginDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已登录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已退出 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
        };
    };
    MemberAuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberLoginDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已登录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 新的令牌 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
        };
    };
    WechatAuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WechatLoginDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WechatLoginResult"];
                };
            };
        };
    };
    CampaignController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentCampaignView"];
                };
            };
        };
    };
    CampaignController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 整份活动设置；有误时 422 SETTINGS_INVALID，details.problems 列出全部问题；已有评分表后修改评分表 409 SETTINGS_RUBRIC_LOCKED */
        requestBody: {
            content: {
                "application/json": {
                    settings: components["schemas"]["CampaignSettings"];
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已保存：修改后的当前活动 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentCampaignView"];
                };
            };
        };
    };
    CertificateController_list: {
        parameters: {
            query?: {
                /** @description 等级：excellent 卓越级 / exemplary 示范级 / improving 改进级；不填为全部 */
                grade?: "excellent" | "exemplary" | "improving";
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
                /** @description true 只看已撤销的，false 只看有效的；不填为全部 */
                revoked?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificatePage"];
                };
            };
        };
    };
    CertificateController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                no: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 证书 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    CertificateController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                no: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificateDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已撤销 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateItem"];
                };
            };
        };
    };
    CertificateController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已颁发 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCertificates"];
                };
            };
        };
    };
    CertificateController_onward: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description Excel 工作簿 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    ConsoleController_applications: {
        parameters: {
            query?: {
                /** @description 升序（asc）或降序（desc） */
                order?: "asc" | "desc";
                /** @description 第几页，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
                /** @description 按班组名称或企业名称查找 */
                q?: string;
                /** @description 排序字段 */
                sort?: "id" | "submittedAt" | "teamName" | "enterpriseName" | "unit" | "status" | "materialsScore" | "presentationScore" | "total";
                /** @description 申报状态；可重复或用逗号分隔多个 */
                status?: ("draft" | "submitted" | "recommended" | "declined" | "screened_in" | "screened_out" | "reviewed" | "invited" | "not_invited" | "presented" | "forfeited" | "graded" | "certified" | "disqualified" | "withdrawn")[];
                /** @description 推荐单位 id */
                unitId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleApplicationPage"];
                };
            };
        };
    };
    ConsoleController_audit: {
        parameters: {
            query?: {
                /** @description 操作（前缀匹配），如 application. 或 review. */
                action?: string;
                /** @description 操作人，如 user:1、card:B2026001、member:3 */
                actor?: string;
                /** @description 申报 id：该申报的全部记录（等同 entity=application 且 entityId=该 id） */
                applicationId?: number;
                /** @description 对象类型，如 application、panel、campaign */
                entity?: string;
                /** @description 对象 id */
                entityId?: string;
                /** @description 起始时间（ISO 8601）；只写日期时为北京时间当日 0 时起 */
                from?: string;
                /** @description 第几页，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
                /** @description 截止时间（ISO 8601，含）；只写日期时含北京时间当日全天 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleAuditPage"];
                };
            };
        };
    };
    ConsoleController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
        };
    };
    ConsoleController_dashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleDashboard"];
                };
            };
        };
    };
    ExportsController_applications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description Excel 工作簿（作为附件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    ExportsController_results: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description Excel 工作簿（作为附件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    ExportsController_scores: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description Excel 工作簿（作为附件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    ExportsController_statistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description Excel 工作簿（作为附件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    ConsoleController_outbox: {
        parameters: {
            query?: {
                /** @description 第几页，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
                /** @description 待发送 / 已发送 / 发送失败 / 被拒收；不填为全部 */
                status?: "pending" | "sent" | "failed" | "refused";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleOutboxPage"];
                };
            };
        };
    };
    PanelController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DrawSummary"][];
                    };
                };
            };
        };
    };
    PanelController_draw: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDrawDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已抽取 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawView"];
                };
            };
        };
    };
    PanelController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawView"];
                };
            };
        };
    };
    PanelController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 复核结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawVerifyResult"];
                };
            };
        };
    };
    EnterpriseController_correctCreditCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectCreditCodeDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已更正 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseRecord"];
                };
            };
        };
    };
    EnterpriseController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseView"];
                };
            };
        };
    };
    EnterpriseController_setCreditCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCreditCodeDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已登记 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseView"];
                };
            };
        };
    };
    ExpertController_list: {
        parameters: {
            query?: {
                /** @description 是否启用 */
                active?: boolean;
                /** @description 可抽取（启用、已培训、考核通过） */
                drawable?: boolean;
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
                /** @description 按姓名、手机号、所在企业或专业查找 */
                q?: string;
                /** @description 推荐单位 id */
                unitId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ExpertView"][];
                        /** @description 第几页，从 1 起 */
                        page: number;
                        /** @description 每页条数 */
                        pageSize: number;
                        /** @description 符合条件的总条数 */
                        total: number;
                    };
                };
            };
        };
    };
    ExpertController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveExpertDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已添加 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertView"];
                };
            };
        };
    };
    ExpertController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveExpertDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已保存 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertView"];
                };
            };
        };
    };
    ExpertController_account: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpertAccountDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertAccountView"];
                };
            };
        };
    };
    DisciplineController_keptSheetsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeptSheetDecisionView"];
                };
            };
        };
    };
    DisciplineController_decideKeptSheets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideKeptSheetsDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已决定 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeptSheetDecisionView"];
                };
            };
        };
    };
    DisciplineController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveExpertDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已取消资格 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertRemovalResult"];
                };
            };
        };
    };
    ExpertController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 专家名单 Excel 表格（第一个工作表，第 1 行为列名）（application/vnd.openxmlformats-officedocument.spreadsheetml.sheet），不超过 5 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 导入结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertImportReport"];
                };
            };
            /** @description 文件超过大小限制（PAYLOAD_TOO_LARGE） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 文件类型不被接受（按文件内容判断） */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    FilesController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 文件内容（类型为上传时按内容识别的类型） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                    "application/pdf": string;
                    "application/vnd.ms-powerpoint": string;
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/x-cfb": string;
                    "image/bmp": string;
                    "image/gif": string;
                    "image/heic": string;
                    "image/heic-sequence": string;
                    "image/heif": string;
                    "image/heif-sequence": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/tiff": string;
                    "image/webp": string;
                };
            };
        };
    };
    GradingController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GradingView"];
                };
            };
        };
    };
    GradingController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已确认 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GradingView"];
                };
            };
        };
    };
    GradingController_adjust: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustGradeDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已调整 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GradingView"];
                };
            };
        };
    };
    GradingController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已生成等级建议 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GradingView"];
                };
            };
        };
    };
    GradingController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已公布 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GradingView"];
                };
            };
        };
    };
    GradingController_reconfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReconfirmGradingDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已重新确认 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GradingView"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 服务与数据库正常 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
            /** @description 数据库不可达 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDown"];
                };
            };
        };
    };
    InboxController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
        };
    };
    InboxController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已标记 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InvitationController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
        };
    };
    InvitationController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已公布 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationList"];
                };
            };
        };
    };
    InvitationController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description Excel 工作簿 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    DisciplineController_keptSheetDecisions: {
        parameters: {
            query?: {
                /** @description 待决定（pending）/ 评分维持有效（stand）/ 评分不予采用（exclude）；不填为全部 */
                status?: "pending" | "stand" | "exclude";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeptSheetDecisionList"];
                };
            };
        };
    };
    MemberController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberProfile"];
                };
            };
        };
    };
    DisciplineController_list: {
        parameters: {
            query?: {
                /** @description 查处中 / 经查实 / 不予认定；不填为全部 */
                status?: "open" | "upheld" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MisconductCaseView"][];
                    };
                };
            };
        };
    };
    DisciplineController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCaseDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已立案 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MisconductCaseDetail"];
                };
            };
        };
    };
    DisciplineController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MisconductCaseDetail"];
                };
            };
        };
    };
    DisciplineController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideCaseDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已决定 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MisconductCaseDetail"];
                };
            };
        };
    };
    DisciplineController_evidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 证据材料（application/pdf、image/jpeg、image/png、image/webp、image/gif、image/bmp、image/tiff、image/heic、application/vnd.openxmlformats-officedocument.wordprocessingml.document、application/vnd.openxmlformats-officedocument.spreadsheetml.sheet、application/vnd.openxmlformats-officedocument.presentationml.presentation、application/msword、application/vnd.ms-excel、application/vnd.ms-powerpoint），不超过 20 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已上传 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MisconductEvidenceView"];
                };
            };
            /** @description 文件超过大小限制（PAYLOAD_TOO_LARGE） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 文件类型不被接受（按文件内容判断） */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    PanelController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyPanels"];
                };
            };
        };
    };
    PresentationController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PresentationSession"][];
                    };
                };
            };
        };
    };
    PresentationController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已安排 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresentationSession"];
                };
            };
        };
    };
    PresentationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresentationSession"];
                };
            };
        };
    };
    PresentationController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已闭会 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloseSessionResult"];
                };
            };
        };
    };
    PresentationController_reorder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionOrderDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已调整 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresentationSession"];
                };
            };
        };
    };
    PresentationController_markAbsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AbsentDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已标记 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresentationSession"];
                };
            };
        };
    };
    PresentationController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 各场次（含本人在专家组中的角色 role 及每个班组的本人评分状态 mySheet） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PresentationSession"][];
                    };
                };
            };
        };
    };
    CertificateController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                no: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCertificate"];
                };
            };
        };
    };
    InvitationController_publicList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicInvitationList"];
                };
            };
        };
    };
    GradingController_publicResults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicResultList"];
                };
            };
        };
    };
    RecommendationController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
                /** @description 按班组名称或企业名称查找 */
                q?: string;
                /** @description 待推荐 / 已推荐 / 未获推荐；不填为全部 */
                status?: "submitted" | "recommended" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationPage"];
                };
            };
        };
    };
    RecommendationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationDetail"];
                };
            };
        };
    };
    UnitPackageController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPackageView"];
                };
            };
        };
    };
    UnitPackageController_build: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已合成 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuiltUnitPackage"];
                };
            };
        };
    };
    UnitPackageController_excellentList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 年度优秀名单的公布通知（标注推荐班组）（application/pdf），不超过 20 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已上传 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        excellentList: components["schemas"]["UnitPackageFileView"];
                    };
                };
            };
            /** @description 文件超过大小限制（PAYLOAD_TOO_LARGE） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 文件类型不被接受（按文件内容判断） */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    UnitPackageController_letter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 推荐函（application/pdf），不超过 20 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已上传 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        letter: components["schemas"]["UnitPackageFileView"];
                    };
                };
            };
            /** @description 文件超过大小限制（PAYLOAD_TOO_LARGE） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 文件类型不被接受（按文件内容判断） */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    RecommendationController_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已保存的推荐顺序 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RecommendationItem"][];
                    };
                };
            };
        };
    };
    UnitStatisticsController_get: {
        parameters: {
            query?: {
                /** @description 秘书处查看时指定推荐单位（秘书处必填；推荐单位联系人不填） */
                unitId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitStatisticsView"];
                };
            };
        };
    };
    UnitStatisticsController_save: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 统计表（附件3）的内容；有误时 422 STATISTICS_INVALID，details.problems 列出全部问题 */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitStatisticsValues"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已保存 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitStatisticsView"];
                };
            };
        };
    };
    RecommendingUnitController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RecommendingUnitView"][];
                    };
                };
            };
        };
    };
    RecommenderContactController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UnitContactView"][];
                    };
                };
            };
        };
    };
    RecommenderContactController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已开设 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUnitContact"];
                };
            };
        };
    };
    RecommenderContactController_bindCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: number;
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已发放 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedBindCode"];
                };
            };
        };
    };
    UnitPackageController_getForUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPackageView"];
                };
            };
        };
    };
    RecommenderContactController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitFilingOverview"];
                };
            };
        };
    };
    DisciplineController_mineWarnings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UnitWarningView"][];
                    };
                };
            };
        };
    };
    RecommenderContactController_remind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemindDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已提醒 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 收到提醒的联系人数 */
                        reminded: number;
                    };
                };
            };
        };
    };
    RegistrationCardController_list: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RegistrationCardView"][];
                        /** @description 第几页，从 1 起 */
                        page: number;
                        /** @description 每页条数 */
                        pageSize: number;
                        /** @description 符合条件的总条数 */
                        total: number;
                    };
                };
            };
        };
    };
    RegistrationCardController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCardDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已发放 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCard"];
                };
            };
        };
    };
    RegistrationCardController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardPasswordReset"];
                };
            };
        };
    };
    RegistrationCardController_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardUnlockResult"];
                };
            };
        };
    };
    RegistrationCardController_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIssueCardsDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkIssueResult"];
                };
            };
        };
    };
    ReviewController_sheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
                /** @description 评分类别：materials 资料审核，presentation 成果发布 */
                kind: "materials" | "presentation";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetPage"];
                };
            };
        };
    };
    ReviewController_saveDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
                /** @description 评分类别：materials 资料审核，presentation 成果发布 */
                kind: "materials" | "presentation";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreSheetDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已保存 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetView"];
                };
            };
        };
    };
    ReviewController_panelSheets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
                /** @description 评分类别：materials 资料审核，presentation 成果发布 */
                kind: "materials" | "presentation";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelSheets"];
                };
            };
        };
    };
    ReviewController_returnSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
                expertId: number;
                /** @description 评分类别：materials 资料审核，presentation 成果发布 */
                kind: "materials" | "presentation";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnSheetDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已退回 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetView"];
                };
            };
        };
    };
    ReviewController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
                /** @description 评分类别：materials 资料审核，presentation 成果发布 */
                kind: "materials" | "presentation";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreSheetDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已提交 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetView"];
                };
            };
        };
    };
    ReviewController_decideChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideScoreChangeDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已审核 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreChangeView"];
                };
            };
        };
    };
    ReviewController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyReviews"];
                };
            };
        };
    };
    ReviewController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 评分类别：materials 资料审核，presentation 成果发布 */
                kind: "materials" | "presentation";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewOverview"];
                };
            };
        };
    };
    ReviewController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 评分类别：materials 资料审核，presentation 成果发布 */
                kind: "materials" | "presentation";
                panelNo: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelProgress"];
                };
            };
        };
    };
    ReviewController_closeMaterials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                panelNo: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 资料审核已结束，各申报的专家组评分 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloseMaterialsResult"];
                };
            };
        };
    };
    ScreeningController_list: {
        parameters: {
            query?: {
                /** @description true 只看自动检查无问题的，false 只看有问题的；不填为全部 */
                clean?: boolean;
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
                /** @description 按班组名称或企业名称查找 */
                q?: string;
                /** @description 待初选 / 初选合格 / 初选淘汰；不填为全部 */
                status?: "recommended" | "screened_in" | "screened_out";
                /** @description 推荐单位 id */
                unitId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningPage"];
                };
            };
        };
    };
    ScreeningController_bulkPass: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkPassDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkPassResult"];
                };
            };
        };
    };
    SimilarityClustersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SimilarityClusterView"][];
                    };
                };
            };
        };
    };
    SimilarityClustersController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarityClusterDetail"];
                };
            };
        };
    };
    SimilarityController_documents: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
                /** @description indexed 已建索引 / uncheckable 无法比对；不填为全部 */
                status?: "indexed" | "uncheckable";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SimilarityDocumentView"][];
                        /** @description 第几页，从 1 起 */
                        page: number;
                        /** @description 每页条数 */
                        pageSize: number;
                        /** @description 符合条件的总条数 */
                        total: number;
                    };
                };
            };
        };
    };
    SimilarityController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarityOverview"];
                };
            };
        };
    };
    SimilarityController_pairs: {
        parameters: {
            query?: {
                /** @description 包括已核实无问题的文件对；默认 false */
                includeDismissed?: boolean;
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
                /** @description 只看疑似雷同（相似度达到疑似线）；默认 true */
                suspiciousOnly?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarityPairPage"];
                };
            };
        };
    };
    SimilarityController_pair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarityPairDetail"];
                };
            };
        };
    };
    SimilarityController_openCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenPairCaseDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已立案 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarityCaseOpened"];
                };
            };
        };
    };
    SimilarityController_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissPairDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已核实无问题的文件对 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarityPairView"];
                };
            };
        };
    };
    SimilarityController_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 恢复列出的文件对 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarityPairView"];
                };
            };
        };
    };
    SimilarityController_runs: {
        parameters: {
            query?: {
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SimilarityRunView"][];
                        /** @description 第几页，从 1 起 */
                        page: number;
                        /** @description 每页条数 */
                        pageSize: number;
                        /** @description 符合条件的总条数 */
                        total: number;
                    };
                };
            };
        };
    };
    SimilarityController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已受理：本次（或已在排队的）查重 */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimilarityRunView"];
                };
            };
        };
    };
    TeamController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TeamView"][];
                    };
                };
            };
        };
    };
    TeamController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已新建 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamView"];
                };
            };
        };
    };
    TeamController_getOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetail"];
                };
            };
        };
    };
    ActivityRecordController_list: {
        parameters: {
            query?: {
                /** @description 起始日期 yyyy-mm-dd */
                from?: string;
                kind?: "pre_shift_meeting" | "quality_inspection" | "technical_briefing" | "qc_activity" | "training" | "other";
                /** @description 页码，从 1 起 */
                page?: number;
                /** @description 每页条数 */
                pageSize?: number;
                /** @description 截止日期 yyyy-mm-dd */
                to?: string;
            };
            header?: never;
            path: {
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRecordPage"];
                };
            };
        };
    };
    ActivityRecordController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivityRecordDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已保存（首次 201，重发 200） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRecordSummary"];
                };
            };
        };
    };
    ActivityRecordController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: number;
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRecordDetail"];
                };
            };
        };
    };
    ActivityRecordController_addPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: number;
                teamId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description 现场照片（image/jpeg、image/png、image/webp），不超过 5 MB
                     */
                    photo: string;
                    /** @description 手机端生成的照片编号（1–80 位字母、数字或 -；重发时不变），须在文件之前 */
                    photoKey?: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已保存（首次 201，同一 photoKey 重发 200） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordPhotoView"];
                };
            };
            /** @description 文件超过大小限制（PAYLOAD_TOO_LARGE） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 文件类型不被接受（按文件内容判断） */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ApplicationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
        };
    };
    ApplicationController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveApplicationDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已保存 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
        };
    };
    MemberController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已生成 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamInviteView"];
                };
            };
        };
    };
    MemberController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TeamMemberView"][];
                    };
                };
            };
        };
    };
    MemberController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: number;
                teamId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已修改 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberView"];
                };
            };
        };
    };
    MemberController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: number;
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已移除 */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MemberController_loginCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: number;
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 已生成 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberLoginCodeView"];
                };
            };
        };
    };
    DisciplineController_warnings: {
        parameters: {
            query?: {
                /** @description 推荐单位 id；不填为全部 */
                unitId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UnitWarningView"][];
                    };
                };
            };
        };
    };
    LockoutController_unlockAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountUnlockResult"];
                };
            };
        };
    };
    WechatController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptSubscriptionsDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionsAccepted"];
                };
            };
        };
    };
    WechatController_templates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description 成功 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WechatTemplates"];
                };
            };
        };
    };
}
