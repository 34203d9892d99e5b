package org.gongkai.core.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.content.Application;

/**
 * The rows of table 三 (收到和处理政府信息公开申请情况), in the order and the words of 国办公开办函〔2021〕30号: 一、本年新收,
 * 二、上年结转, 三、本年度办理结果 with its (一) to (七), and 四、结转下年度继续办理.
 */
public enum ApplicationRow {
    NEW("一、本年新收政府信息公开申请数量", null, null),
    CARRIED_IN("二、上年结转政府信息公开申请数量", null, null),
    GRANTED("（一）予以公开", Application.OutcomeKind.GRANTED, null),
    PARTIAL("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Application.OutcomeKind.PARTIAL, null),
    STATE_SECRET("1.属于国家秘密", Application.OutcomeKind.DENIED, Application.Reason.STATE_SECRET),
    PROHIBITED_BY_LAW("2.其他法律行政法规禁止公开", Application.OutcomeKind.DENIED, Application.Reason.PROHIBITED_BY_LAW),
    THREE_SAFETIES("3.危及“三安全一稳定”", Application.OutcomeKind.DENIED, Application.Reason.THREE_SAFETIES),
    THIRD_PARTY("4.保护第三方合法权益", Application.OutcomeKind.DENIED, Application.Reason.THIRD_PARTY),
    INTERNAL_AFFAIRS("5.属于三类内部事务信息", Application.OutcomeKind.DENIED, Application.Reason.INTERNAL_AFFAIRS),
    PROCESS_INFORMATION("6.属于四类过程性信息", Application.OutcomeKind.DENIED, Application.Reason.PROCESS_INFORMATION),
    ENFORCEMENT_FILE("7.属于行政执法案卷", Application.OutcomeKind.DENIED, Application.Reason.ENFORCEMENT_FILE),
    ADMINISTRATIVE_QUERY("8.属于行政查询事项", Application.OutcomeKind.DENIED, Application.Reason.ADMINISTRATIVE_QUERY),
    NOT_HELD("1.本机关不掌握相关政府信息", Application.OutcomeKind.UNABLE, Application.Reason.NOT_HELD),
    NEEDS_CREATION("2.没有现成信息需要另行制作", Application.OutcomeKind.UNABLE, Application.Reason.NEEDS_CREATION),
    STILL_UNCLEAR("3.补正后申请内容仍不明确", Application.OutcomeKind.UNABLE, Application.Reason.STILL_UNCLEAR),
    PETITION("1.信访举报投诉类申请", Application.OutcomeKind.NOT_PROCESSED, Application.Reason.PETITION),
    REPEATED("2.重复申请", Application.OutcomeKind.NOT_PROCESSED, Application.Reason.REPEATED),
    PUBLICATION("3.要求提供公开出版物", Application.OutcomeKind.NOT_PROCESSED, Application.Reason.PUBLICATION),
    EXCESSIVE("4.无正当理由大量反复申请", Application.OutcomeKind.NOT_PROCESSED, Application.Reason.EXCESSIVE),
    CONFIRMATION("5.要求行政机关确认或重新出具已获取信息", Application.OutcomeKind.NOT_PROCESSED,
            Application.Reason.CONFIRMATION),
    NO_SUPPLEMENT("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Application.OutcomeKind.OTHER,
            Application.Reason.NO_SUPPLEMENT),
    FEE_UNPAID("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Application.OutcomeKind.OTHER,
            Application.Reason.FEE_UNPAID),
    OTHER("3.其他", Application.OutcomeKind.OTHER, Application.Reason.OTHER),
    TOTAL("（七）总计", null, null),
    CARRIED_OUT("四、结转下年度继续办理", null, null);

    /** The group headings of 三、本年度办理结果 that stand over numbered rows. */
    public static final String RESULTS = "三、本年度办理结果";

    private final String label;
    private final Application.OutcomeKind kind;
    private final Application.Reason reason;

    ApplicationRow(String label, Application.OutcomeKind kind, Application.Reason reason) {
        this.label = label;
        this.kind = kind;
        this.reason = reason;
    }

    public String label() {
        return label;
    }

    /** The answer this row counts, for the rows of 三、本年度办理结果 but 总计. */
    public Optional<Application.OutcomeKind> kind() {
        return Optional.ofNullable(kind);
    }

    public Optional<Application.Reason> reason() {
        return Optional.ofNullable(reason);
    }

    /** (一)予以公开 … (六)其他处理-3.其他: the rows that 总计 adds up. */
    public boolean isResult() {
        return kind != null;
    }

    /** The heading over a numbered reason: （三）不予公开, （四）无法提供, （五）不予处理, （六）其他处理. */
    public Optional<String> group() {
        if (reason == null) {
            return Optional.empty();
        }
        return Optional.of(switch (kind) {
            case DENIED -> "（三）不予公开";
            case UNABLE -> "（四）无法提供";
            case NOT_PROCESSED -> "（五）不予处理";
            default -> "（六）其他处理";
        });
    }

    public static ApplicationRow of(Application.Outcome o) {
        for (ApplicationRow r : values()) {
            if (r.kind == o.kind() && (r.reason == null || o.reason().filter(x -> x == r.reason).isPresent())
                    && (r.reason != null || !o.kind().needsReason())) {
                return r;
            }
        }
        throw new IllegalArgumentException("an outcome without its reason: " + o);
    }

    public static List<ApplicationRow> results() {
        return Arrays.stream(values()).filter(ApplicationRow::isResult).toList();
    }
}
