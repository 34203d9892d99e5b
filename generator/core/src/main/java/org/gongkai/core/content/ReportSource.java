package org.gongkai.core.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * What an office writes for one 政府信息公开工作年度报告 (content/reports/&lt;yyyy&gt;/&lt;organ&gt;.yaml): the prose of 一、总体情况,
 * 五、存在的主要问题及改进情况 and 六、其他需要报告的事项, the yearly figures that no item carries (行政许可 decisions, 行政事业性收费
 * in 万元 …), when it is published, and its correction notes. The tables themselves are computed from the items and
 * the register; {@code given} holds cells written by hand (a year before the register was kept here) and
 * {@code frozen} the cells as published (content/reports/&lt;yyyy&gt;/&lt;organ&gt;.frozen.yaml, written by gongkai:freeze-report).
 *
 * @param scope {@code COUNTY}: the report of the 本级政府, over every organ of the site; {@code ORGAN}: one organ's own
 */
public record ReportSource(String file, String organ, int year, Scope scope, Optional<LocalDate> published,
                           String overview, String problems, String other, Map<ProactiveLine, BigDecimal> figures,
                           ReportCells given, Optional<ReportCells> frozen, Optional<LocalDate> frozenOn,
                           List<ChangeNote> changes, Map<String, SourcePosition> keyPositions) {

    public enum Scope { ORGAN, COUNTY }

    public ReportSource {
        figures = Map.copyOf(figures);
        changes = List.copyOf(changes);
        keyPositions = Map.copyOf(keyPositions);
    }

    public SourcePosition at(String key) {
        return keyPositions.getOrDefault(key, new SourcePosition(file, 1, 1));
    }

    /** Published, as of {@code today}: from then on it is public, and its figures stay as they were published. */
    public boolean isPublished(LocalDate today) {
        return published.filter(d -> !d.isAfter(today)).isPresent();
    }
}
