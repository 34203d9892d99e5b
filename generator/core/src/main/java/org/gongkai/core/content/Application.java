package org.gongkai.core.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * One 政府信息公开申请 of the 依申请公开 register (content/requests/): when and how it came in, who asked (as the
 * annual report counts applicants), what was asked (internal: never published), the answer in the report's own
 * categories, and what followed. A record is never published: the public sees only the numbers of the annual
 * report.
 *
 * @param id       the register number (登记号), unique within the site
 * @param received 收到申请之日: the working-day deadline counts from it (or from the day a 补正 came in)
 */
public record Application(String file, String id, String organ, LocalDate received, Channel channel,
                          Applicant applicant, String request, Optional<Supplement> supplement,
                          Optional<Extension> extension, Optional<Outcome> outcome, Optional<LocalDate> replied,
                          Fee fee, List<Appeal> appeals, Map<String, SourcePosition> keyPositions) {

    /** 条例第三十三条: the answer is due within 20 working days, once extendable by at most 20 more. */
    public static final int DEADLINE_WORKING_DAYS = 20;
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;

    public Application {
        appeals = List.copyOf(appeals);
        keyPositions = Map.copyOf(keyPositions);
    }

    public SourcePosition at(String key) {
        return keyPositions.getOrDefault(key, new SourcePosition(file, 1, 1));
    }

    /** The day the deadline counts from: receipt, or the day the 补正 (supplement) came in (条例第三十条). */
    public LocalDate clockStart() {
        return supplement.flatMap(Supplement::received).orElse(received);
    }

    /** The last day to answer, extension included. */
    public LocalDate due(HolidayCalendar calendar) {
        int days = DEADLINE_WORKING_DAYS + (extension.isPresent() ? MAX_EXTENSION_WORKING_DAYS : 0);
        return calendar.plusWorkingDays(clockStart(), days);
    }

    /** 申请方式. */
    public enum Channel { IN_PERSON, POST, ONLINE, FAX, OTHER }

    /** 申请人情况, the columns of the annual report's table 三. */
    public enum Applicant {
        NATURAL_PERSON, COMMERCIAL, RESEARCH, PUBLIC_INTEREST, LEGAL_SERVICE, OTHER;

        /** 法人或其他组织: every column but 自然人. */
        public boolean isOrganization() {
            return this != NATURAL_PERSON;
        }
    }

    /** 本年度办理结果: the six kinds of answer of table 三, (一) to (六). */
    public enum OutcomeKind {
        GRANTED, PARTIAL, DENIED, UNABLE, NOT_PROCESSED, OTHER;

        /** 予以公开 and 部分公开 stand alone; the others are counted by their reason. */
        public boolean needsReason() {
            return this != GRANTED && this != PARTIAL;
        }
    }

    /** The numbered reasons under (三) 不予公开, (四) 无法提供, (五) 不予处理 and (六) 其他处理, in the report's order. */
    public enum Reason {
        STATE_SECRET(OutcomeKind.DENIED),
        PROHIBITED_BY_LAW(OutcomeKind.DENIED),
        THREE_SAFETIES(OutcomeKind.DENIED),
        THIRD_PARTY(OutcomeKind.DENIED),
        INTERNAL_AFFAIRS(OutcomeKind.DENIED),
        PROCESS_INFORMATION(OutcomeKind.DENIED),
        ENFORCEMENT_FILE(OutcomeKind.DENIED),
        ADMINISTRATIVE_QUERY(OutcomeKind.DENIED),
        NOT_HELD(OutcomeKind.UNABLE),
        NEEDS_CREATION(OutcomeKind.UNABLE),
        STILL_UNCLEAR(OutcomeKind.UNABLE),
        PETITION(OutcomeKind.NOT_PROCESSED),
        REPEATED(OutcomeKind.NOT_PROCESSED),
        PUBLICATION(OutcomeKind.NOT_PROCESSED),
        EXCESSIVE(OutcomeKind.NOT_PROCESSED),
        CONFIRMATION(OutcomeKind.NOT_PROCESSED),
        NO_SUPPLEMENT(OutcomeKind.OTHER),
        FEE_UNPAID(OutcomeKind.OTHER),
        OTHER(OutcomeKind.OTHER);

        private final OutcomeKind kind;

        Reason(OutcomeKind kind) {
            this.kind = kind;
        }

        public OutcomeKind kind() {
            return kind;
        }
    }

    /** The answer: its kind and, for all but 予以公开 and 部分公开, its reason. */
    public record Outcome(OutcomeKind kind, Optional<Reason> reason) {
    }

    /** 补正: the office asked the applicant to make the request clear (within 7 working days, 条例第三十条). */
    public record Supplement(LocalDate requested, Optional<LocalDate> received) {
    }

    /** 延期: the deadline extended by up to 20 working days, with the reason told to the applicant. */
    public record Extension(LocalDate date, String reason) {
    }

    /** 信息处理费 (国办函〔2020〕109号), in yuan: what a fee notice asked for and what was paid. */
    public record Fee(BigDecimal notified, BigDecimal collected) {
        public static final Fee NONE = new Fee(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** 行政复议 or 行政诉讼 over the answer, as table 四 counts them. */
    public record Appeal(AppealKind kind, LocalDate filed, Optional<AppealResult> result, Optional<LocalDate> decided,
                         SourcePosition at) {
    }

    /** Table 四's groups: 行政复议, 行政诉讼未经复议直接起诉, 复议后起诉. */
    public enum AppealKind { REVIEW, LAWSUIT, LAWSUIT_AFTER_REVIEW }

    /** 结果维持, 结果纠正, 其他结果; none yet is 尚未审结. */
    public enum AppealResult { UPHELD, CORRECTED, OTHER }
}
