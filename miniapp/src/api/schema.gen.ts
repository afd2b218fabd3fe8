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
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "FIELD_REQUIRED" | "FIELD_TOO_LONG" | "FIELD_INVALID" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNAUTHENTICATED" | "SESSION_EXPIRED" | "LOGIN_FAILED" | "CARD_NO_MALFORMED" | "FORBIDDEN" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "CREDIT_CODE_INVALID" | "CREDIT_CODE_TAKEN" | "CREDIT_CODE_REQUIRED" | "TEAM_NAME_TAKEN" | "TEAM_NOT_FOUND" | "TEAM_KIND_INVALID" | "CAMPAIGN_NOT_FOUND" | "TOO_MANY_REQUESTS" | "CONFLICT" | "TRY_AGAIN" | "INTERNAL" | "SETTINGS_INVALID" | "ELIGIBILITY_NOT_BASIC_UNIT" | "ELIGIBILITY_ACCIDENT" | "ELIGIBILITY_NO_ACTIVITY_PLAN" | "ELIGIBILITY_NO_IMPLEMENTATION_PLAN" | "ELIGIBILITY_ACTIVITY_RECORDS" | "ELIGIBILITY_NO_REGISTRATION_FORM" | "ELIGIBILITY_NO_PDF" | "ELIGIBILITY_NO_PPT" | "TRANSITION_NOT_ALLOWED" | "TRANSITION_ROLE_FORBIDDEN" | "TRANSITION_OUTSIDE_WINDOW" | "SCORE_OUT_OF_RANGE" | "SCORE_NOT_ON_STEP" | "SCORE_ITEM_UNKNOWN" | "SCORE_ITEM_MISSING" | "SCORES_MISSING" | "GRADING_INVALID_INPUT" | "DRAW_INVALID_INPUT" | "DRAW_NOT_ENOUGH_EXPERTS" | "DRAW_CONFLICT_UNSATISFIABLE" | "MEMBER_NOT_FOUND" | "INVITE_CODE_INVALID" | "LOGIN_CODE_INVALID" | "MOBILE_INVALID" | "ACTIVITY_RECORD_NOT_FOUND" | "ACTIVITY_ATTENDEE_UNKNOWN" | "ACTIVITY_PHOTOS_FULL" | "PHOTO_NOT_IMAGE" | "CLIENT_KEY_REUSED" | "FILE_TOO_LARGE" | "UPLOAD_INCOMPLETE" | "UPLOAD_NOT_MULTIPART" | "UPLOAD_FILE_MISSING" | "UPLOAD_TOO_MANY_PARTS" | "FILE_LINK_INVALID" | "FILE_LINK_EXPIRED" | "FILE_TYPE_MISMATCH" | "FILE_ENCRYPTED" | "FILE_UNREADABLE" | "APPLICATION_NOT_FOUND" | "APPLICATION_NOT_DRAFT" | "APPLICATION_CHANGED" | "ELIGIBILITY_FAILED" | "RECOMMENDING_UNIT_NOT_FOUND" | "MATERIAL_KIND_INVALID" | "WECHAT_CODE_INVALID" | "WECHAT_RATE_LIMITED" | "WECHAT_USER_BLOCKED" | "WECHAT_UNAVAILABLE" | "WECHAT_TICKET_INVALID" | "WECHAT_NOT_BOUND" | "INBOX_MESSAGE_NOT_FOUND" | "STATISTICS_INVALID" | "STATISTICS_COUNT_INVALID" | "STATISTICS_AMOUNT_INVALID" | "STATISTICS_PRESENTING_EXCEEDS_REGISTERED" | "STATISTICS_REVIEW_FORM_REQUIRED" | "STATISTICS_DATE_INVALID" | "STATISTICS_NOT_FILED" | "EMAIL_INVALID" | "USERNAME_TAKEN" | "CONTACT_NOT_FOUND" | "BIND_CODE_INVALID" | "RECOMMENDER_ONLY" | "PREFERENCES_INVALID" | "PACKAGE_INCOMPLETE" | "PACKAGE_LETTER_MISSING" | "PACKAGE_STATISTICS_MISSING" | "PACKAGE_EXCELLENT_LIST_MISSING" | "SCREENING_FILE_MISSING" | "SCREENING_REASON_REQUIRED" | "SCREENING_PROBLEMS" | "SCREENING_OVERRIDE_REASON_REQUIRED" | "EXPERT_NOT_FOUND" | "EXPERT_MOBILE_TAKEN" | "EXPERT_STATUS_INCONSISTENT" | "EXPERT_IMPORT_HEADERS_MISSING" | "EXPERT_IMPORT_EMPTY" | "REVIEW_EXPERT_ONLY" | "REVIEW_NOT_ASSIGNED" | "REVIEW_CONFLICT" | "REVIEW_NOT_OPEN" | "REVIEW_ALREADY_SUBMITTED" | "REVIEW_SCORES_INVALID" | "REVIEW_SCORES_HIDDEN" | "REVIEW_LEADER_ONLY" | "REVIEW_RETURN_REASON_REQUIRED" | "REVIEW_NOT_SUBMITTED" | "REVIEW_CLOSED" | "REVIEW_NO_DRAW" | "PANEL_NOT_FOUND" | "SESSION_NOT_FOUND" | "SESSION_CLOSED" | "SESSION_APPLICATIONS_INVALID" | "SESSION_ABSENT" | "SESSION_NOT_SCHEDULED" | "SESSION_HAS_SCORES" | "INVITATIONS_REVIEW_INCOMPLETE" | "INVITATIONS_PUBLISHED" | "INVITATIONS_INVALID" | "GRADING_INCOMPLETE" | "GRADING_NOT_PROPOSED" | "GRADING_CONFIRMED" | "GRADING_NOT_CONFIRMED" | "GRADING_PUBLISHED" | "GRADE_CAP_EXCEEDED" | "GRADE_REASON_REQUIRED" | "CERTIFICATE_NOT_FOUND" | "CERTIFICATE_ALREADY_REVOKED" | "CERTIFICATE_REVOKE_REASON_REQUIRED" | "MISCONDUCT_CASE_NOT_FOUND" | "MISCONDUCT_CASE_CLOSED" | "MISCONDUCT_REASON_REQUIRED" | "MISCONDUCT_APPLICATION_NOT_SUBMITTED" | "MISCONDUCT_EVIDENCE_TYPE_INVALID" | "EXPERT_ALREADY_REMOVED" | "SETTINGS_RUBRIC_LOCKED" | "REGISTRATION_CARD_NOT_FOUND" | "SIMILARITY_LEGACY_PPT" | "SIMILARITY_NO_TEXT_LAYER" | "SIMILARITY_NO_SLIDE_TEXT" | "SIMILARITY_ENCRYPTED" | "SIMILARITY_UNREADABLE" | "SIMILARITY_FILE_MISSING" | "SIMILARITY_PAIR_NOT_FOUND" | "SIMILARITY_CLUSTER_NOT_FOUND" | "SIMILARITY_CASE_EXISTS" | "SIMILARITY_CASE_APPLICATION" | "SIMILARITY_PAIR_DISMISSED" | "SIMILARITY_PAIR_NOT_DISMISSED" | "DB_UNAVAILABLE" | "IDEMPOTENCY_KEY_INVALID" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "IDEMPOTENCY_ALREADY_DONE" | "ACCOUNT_LOCKED" | "TOO_MANY_ATTEMPTS" | "SESSION_REVOKED" | "REFRESH_TOKEN_INVALID" | "BODY_TOO_DEEP" | "URL_MALFORMED" | "URL_TOO_LONG" | "FILE_COMPRESSION_BOMB" | "FILE_PARSE_LIMIT" | "SIMILARITY_TOO_LARGE" | "SIMILARITY_PARSE_LIMIT" | "REVIEW_RETURN_OWN_SHEET" | "REVIEW_CHANGE_PENDING" | "REVIEW_CHANGE_NOT_FOUND" | "REVIEW_CHANGE_DECIDED" | "REVIEW_CHANGE_NOT_SUBMITTED" | "KEPT_SHEETS_NOT_FOUND" | "KEPT_SHEETS_DECIDED" | "KEPT_SHEETS_NO_REMAINING" | "GRADING_RESCORE_REQUIRED" | "GRADING_NO_RESCORE" | "UPLOAD_TOO_SLOW" | "UPLOAD_TOO_MANY_AT_ONCE" | "TEXT_CHARACTERS_INVALID" | "FILE_NAME_INVALID" | "CREDIT_CODE_LOCKED";
            /** @description 表单各字段的问题，或某一步未满足的全部条件（ELIGIBILITY_FAILED） */
            details?: {
                code: string;
                field: string;
                message: string;
            }[] | {
                problems: {
                    code: string;
                    message: string;
                }[];
            };
            /** @description 出错的字段（如有） */
            field?: string;
            /** @description 给用户看的中文提示 */
            message: string;
            /** @description HTTP 状态码 */
            statusCode: number;
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
        BindDto: {
            /** @description 秘书处发放的绑定码（8 位） */
            bindCode: string;
            /** @description 微信登录（wechat-login）返回的绑定凭证 */
            wechatTicket: string;
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
        BulkPassDto: {
            /** @description 要通过初选的申报 id；不填为本届全部待初选的申报 */
            applicationIds?: number[];
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
            /** @description 专家组数 */
            panelCount: number;
            /** @description 每组专家人数（含组长 1 人） */
            panelSize: number;
            /** @description 抽取种子（公开，可据此复核）；不填则随机生成 128 位十六进制数 */
            seed?: string;
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
        DeclineDto: {
            /** @description 不予推荐的原因（班组可在进度和消息中看到） */
            reason: string;
        };
        DismissPairDto: {
            /** @description 核实情况：为什么不是抄袭（如同一企业往年材料、引用公开标准） */
            reason: string;
        };
        ExpertAccountDto: {
            /**
             * @description 登录用户名（字母、数字、._-，3–50 位）；不填为专家手机号。已开设账号时忽略
             * @example 13812345678
             */
            username?: string;
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
        MemberLoginDto: {
            /**
             * @description 申报企业生成的 6 位一次性登录码
             * @example 483920
             */
            loginCode: string;
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
        PreferencesDto: {
            /** @description 本单位已推荐申报的 id，按推荐顺序排列 */
            applicationIds: number[];
        };
        RecommendDto: {
            /** @description 在本单位已推荐申报中的推荐顺序（1 为第一）；不填排在最后 */
            preference?: number;
        };
        ReconfirmGradingDto: {
            /** @description 重新确认的理由（记入审计日志） */
            reason: string;
        };
        RefreshDto: {
            /** @description 登录或上次刷新时返回的 refreshToken（只能使用一次） */
            refreshToken: string;
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
        RevokeCertificateDto: {
            /** @description 撤销原因（必填，公众查验时可见），如：经查实申报材料弄虚作假（第十五条） */
            reason: string;
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
            /**
             * @description 是否启用
             * @default true
             */
            active: boolean;
            /** @description 考核日期 yyyy-mm-dd */
            assessedAt?: Record<string, never> | null;
            /**
             * @description 考核结果
             * @enum {string}
             */
            assessmentStatus: "pending" | "passed" | "failed";
            /** @description 平台中的申报企业 id；不填则按企业名称自动关联（如有同名企业） */
            enterpriseId?: Record<string, never> | null;
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
            /** @description 培训日期 yyyy-mm-dd */
            trainedAt?: Record<string, never> | null;
            /**
             * @description 培训状态
             * @enum {string}
             */
            trainingStatus: "pending" | "trained";
        };
        ScoreSheetDto: {
            /** @description 各评分项的评语，键为评分项编号 */
            comments?: Record<string, never>;
            /** @description 总体评语 */
            overallComment?: string;
            /**
             * @description 各评分项得分，键为评分项编号；草稿可缺项
             * @example {
             *       "m-1": 4.5
             *     }
             */
            scores: Record<string, never>;
            /** @description 读取时的版本号；与当前版本不符时拒绝保存（防止两台设备互相覆盖） */
            version?: number;
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
        UpdateMemberDto: {
            /**
             * @description 手机号
             * @example 13800138000
             */
            mobile?: Record<string, never> | null;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MaterialController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        /** @description { settings: CampaignSettings }（见 @cacem/shared）；有误时 422 SETTINGS_INVALID，details.problems 列出全部问题；已有评分表后修改评分表 409 SETTINGS_RUBRIC_LOCKED */
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CertificateController_list: {
        parameters: {
            query?: {
                /** @description 等级：excellent 卓越级 / exemplary 示范级 / improving 改进级；不填为全部 */
                grade?: "excellent" | "exemplary" | "improving";
                page?: unknown;
                pageSize?: unknown;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsoleController_applications: {
        parameters: {
            query?: {
                /** @description 升序（asc）或降序（desc） */
                order?: "asc" | "desc";
                page?: unknown;
                pageSize?: unknown;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                page?: unknown;
                pageSize?: unknown;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ConsoleController_outbox: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                page?: unknown;
                pageSize?: unknown;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InboxController_list: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecommendationController_list: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnitStatisticsController_get: {
        parameters: {
            query?: {
                /** @description 秘书处查看时指定推荐单位 */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        /** @description UnitStatisticsValues（见 @cacem/shared）；有误时 422 STATISTICS_INVALID，details.problems 列出全部问题 */
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegistrationCardController_list: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewController_sheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewController_saveDraft: {
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
                "application/json": components["schemas"]["ScoreSheetDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewController_panelSheets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewController_submit: {
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
                "application/json": components["schemas"]["ScoreSheetDto"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewController_overview: {
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviewController_progress: {
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ScreeningController_list: {
        parameters: {
            query?: {
                /** @description true 只看自动检查无问题的，false 只看有问题的；不填为全部 */
                clean?: boolean;
                page?: unknown;
                pageSize?: unknown;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SimilarityController_documents: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SimilarityController_pairs: {
        parameters: {
            query?: {
                /** @description 包括已核实无问题的文件对；默认 false */
                includeDismissed?: unknown;
                page?: unknown;
                pageSize?: unknown;
                /** @description 只看疑似雷同（相似度达到疑似线）；默认 true */
                suspiciousOnly?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SimilarityController_runs: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                page?: unknown;
                pageSize?: unknown;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
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
            /** @description （未描述） */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DisciplineController_warnings: {
        parameters: {
            query?: {
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description （未描述） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
