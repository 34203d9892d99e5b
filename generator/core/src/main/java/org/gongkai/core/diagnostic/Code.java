package org.gongkai.core.diagnostic;

import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of problem the engine reports, with the stage that finds it and how bad it is. The id (e.g.
 * {@code unknown-organ}) is stable: CI, tools and the JSON match on it. Messages and hints live in the message
 * catalog ({@code messages_*.properties} beside this class), one per code and language; each code has an example
 * case under the tests' diagnostics examples.
 */
public enum Code {
    // load: reading files and typing their values
    NO_CONTENT(Stage.LOAD, Severity.ERROR),
    MISSING_FILE(Stage.LOAD, Severity.ERROR),
    UNREADABLE(Stage.LOAD, Severity.ERROR),
    NOT_UTF8(Stage.LOAD, Severity.ERROR),
    FILE_TOO_LARGE(Stage.LOAD, Severity.ERROR),
    OUTSIDE_CONTENT(Stage.LOAD, Severity.ERROR),
    IGNORED_FILE(Stage.LOAD, Severity.WARNING),
    MISNAMED_ITEM(Stage.LOAD, Severity.ERROR),
    NO_FRONT_MATTER(Stage.LOAD, Severity.ERROR),
    UNTERMINATED_FRONT_MATTER(Stage.LOAD, Severity.ERROR),
    YAML_SYNTAX(Stage.LOAD, Severity.ERROR),
    YAML_TOO_DEEP(Stage.LOAD, Severity.ERROR),
    YAML_RECURSIVE(Stage.LOAD, Severity.ERROR),
    YAML_TOO_LARGE(Stage.LOAD, Severity.ERROR),
    DUPLICATE_KEY(Stage.LOAD, Severity.ERROR),
    WRONG_TYPE(Stage.LOAD, Severity.ERROR),
    MISSING_KEY(Stage.LOAD, Severity.ERROR),
    UNKNOWN_KEY(Stage.LOAD, Severity.WARNING),
    BAD_VALUE(Stage.LOAD, Severity.ERROR),
    BAD_DATE(Stage.LOAD, Severity.ERROR),
    DATES_OUT_OF_ORDER(Stage.LOAD, Severity.ERROR),
    BAD_SLUG(Stage.LOAD, Severity.ERROR),
    BAD_ID(Stage.LOAD, Severity.ERROR),
    INVISIBLE_CHARACTER(Stage.LOAD, Severity.ERROR),
    BAD_ORGAN_CODE(Stage.LOAD, Severity.ERROR),
    DUPLICATE_ORGAN(Stage.LOAD, Severity.ERROR),
    DUPLICATE_ORGAN_CODE(Stage.LOAD, Severity.ERROR),
    UNKNOWN_PARENT(Stage.LOAD, Severity.ERROR),
    DUPLICATE_CATEGORY(Stage.LOAD, Severity.ERROR),
    EMPTY_CATALOG(Stage.LOAD, Severity.ERROR),
    DUPLICATE_PAGE(Stage.LOAD, Severity.ERROR),
    MARKDOWN_TOO_DEEP(Stage.LOAD, Severity.ERROR),
    // check: the 依申请公开 register
    DUPLICATE_REQUEST(Stage.CHECK, Severity.ERROR),
    REQUEST_INCOMPLETE(Stage.LOAD, Severity.ERROR),
    OUTCOME_WITHOUT_REASON(Stage.CHECK, Severity.ERROR),
    REASON_NOT_FOR_OUTCOME(Stage.CHECK, Severity.ERROR),
    REQUEST_OVERDUE(Stage.CHECK, Severity.ERROR),
    REQUEST_DUE_SOON(Stage.CHECK, Severity.WARNING),
    REQUEST_ANSWERED_LATE(Stage.CHECK, Severity.WARNING),
    // model: the annual reports (政府信息公开工作年度报告)
    REPORT_BALANCE(Stage.MODEL, Severity.ERROR),
    REPORT_NOT_FROZEN(Stage.MODEL, Severity.WARNING),
    REPORT_CHANGED(Stage.MODEL, Severity.WARNING),
    REPORT_CHANGED_WITHOUT_NOTE(Stage.MODEL, Severity.ERROR),
    REPORT_MISSING(Stage.MODEL, Severity.WARNING),
    // check: the footer marks of a government website
    MARK_MISSING(Stage.CHECK, Severity.WARNING),
    BAD_MARK(Stage.CHECK, Severity.ERROR),
    // load and check: the 意见箱 and the replies to its messages
    BAD_FEEDBACK(Stage.LOAD, Severity.ERROR),
    REPLY_BEFORE_RECEIVED(Stage.CHECK, Severity.ERROR),
    REPLY_LATE(Stage.CHECK, Severity.WARNING),
    // check: rules over the whole site (先审核后公开)
    UNKNOWN_ORGAN(Stage.CHECK, Severity.ERROR),
    UNKNOWN_CATEGORY(Stage.CHECK, Severity.ERROR),
    CATEGORY_NOT_FOR_ORGAN(Stage.CHECK, Severity.WARNING),
    REQUIRED_BY_CATEGORY(Stage.CHECK, Severity.ERROR),
    MISPLACED_FILE(Stage.CHECK, Severity.WARNING),
    MISSING_INDEX(Stage.CHECK, Severity.WARNING),
    DUPLICATE_INDEX(Stage.CHECK, Severity.ERROR),
    /** gongkai:review: the base branch took the number after the pull request's branch was made. */
    INDEX_TAKEN(Stage.CHECK, Severity.ERROR),
    INDEX_PATTERN(Stage.CHECK, Severity.WARNING),
    UNKNOWN_REFERENCE(Stage.CHECK, Severity.ERROR),
    SELF_REFERENCE(Stage.CHECK, Severity.ERROR),
    REPEALED_WITHOUT_SUCCESSOR(Stage.CHECK, Severity.WARNING),
    REPEALED_BY_BUT_VALID(Stage.CHECK, Severity.WARNING),
    ATTACHMENT_OUTSIDE(Stage.CHECK, Severity.ERROR),
    ATTACHMENT_MISSING(Stage.CHECK, Severity.ERROR),
    ACTIVE_ATTACHMENT(Stage.CHECK, Severity.ERROR),
    PRIVACY(Stage.CHECK, Severity.ERROR),
    WRONG_FORMULATION(Stage.CHECK, Severity.ERROR),
    WRONG_ORDER(Stage.CHECK, Severity.ERROR),
    PUBLISHED_BEFORE_WRITTEN(Stage.CHECK, Severity.ERROR),
    LATE(Stage.CHECK, Severity.WARNING),
    REVIEW_OVERDUE(Stage.CHECK, Severity.WARNING),
    EXPIRED_BUT_VALID(Stage.CHECK, Severity.WARNING),
    CADENCE_GAP(Stage.CHECK, Severity.WARNING),
    CADENCE_EMPTY(Stage.CHECK, Severity.WARNING),
    // check: external links, requested by gongkai:check-links only (never by a build)
    EXTERNAL_LINK_BROKEN(Stage.CHECK, Severity.ERROR),
    EXTERNAL_LINK_UNCHECKED(Stage.CHECK, Severity.WARNING),
    // history: what git says
    SHALLOW_CLONE(Stage.HISTORY, Severity.WARNING),
    GIT_UNREADABLE(Stage.HISTORY, Severity.WARNING),
    NO_GIT(Stage.HISTORY, Severity.WARNING),
    NOT_COMMITTED(Stage.HISTORY, Severity.WARNING),
    // model: URLs
    DUPLICATE_SLUG(Stage.MODEL, Severity.ERROR),
    BAD_ALIAS(Stage.MODEL, Severity.ERROR),
    URL_CONFLICT(Stage.MODEL, Severity.ERROR),
    // model: links of bodies to the portal's own items, pages and attachments
    BROKEN_LINK(Stage.MODEL, Severity.ERROR),
    LINK_NOT_PUBLIC(Stage.MODEL, Severity.WARNING),
    // render and write
    NO_THEME(Stage.RENDER, Severity.ERROR),
    THEME(Stage.RENDER, Severity.ERROR),
    WRITE_FAILED(Stage.WRITE, Severity.ERROR),
    OUT_OF_MEMORY(Stage.WRITE, Severity.ERROR),
    // the goals' own parameters, and bugs
    MISSING_PARAMETER(Stage.LOAD, Severity.ERROR),
    INTERNAL_ERROR(Stage.MODEL, Severity.ERROR);

    private final Stage stage;
    private final Severity severity;
    private final String id;

    Code(Stage stage, Severity severity) {
        this.stage = stage;
        this.severity = severity;
        this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The stable identifier: {@code UNKNOWN_ORGAN} → {@code unknown-organ}. */
    public String id() {
        return id;
    }

    public Stage stage() {
        return stage;
    }

    public Severity severity() {
        return severity;
    }

    public static Optional<Code> of(String id) {
        for (Code c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
