package org.gongkai.core.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.content.ChangeNote;
import org.gongkai.core.content.ProactiveLine;
import org.gongkai.core.content.ReportCells;
import org.gongkai.core.content.ReportSource;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * Reads what an office writes for an annual report (content/reports/&lt;yyyy&gt;/&lt;organ&gt;.yaml) and the frozen copy of
 * a published one (&lt;organ&gt;.frozen.yaml beside it). Cells are read as written, by address; whether an address
 * names a cell of the format is the report stage's question.
 */
final class ReportLoader {
    static final String FROZEN = ".frozen.yaml";

    private final Diagnostics diagnostics;

    ReportLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A source for each reports/<yyyy>/<name>.yaml, with its frozen copy when there is one. */
    List<ReportSource> read(Map<String, YamlNode.Mapping> files) {
        Map<String, YamlNode.Mapping> frozen = new HashMap<>();
        files.forEach((path, m) -> {
            if (path.endsWith(FROZEN)) {
                frozen.put(path.substring(0, path.length() - FROZEN.length()) + ".yaml", m);
            }
        });
        List<ReportSource> out = new ArrayList<>();
        for (var e : files.entrySet()) {
            String path = e.getKey();
            if (path.endsWith(FROZEN)) {
                if (!files.containsKey(path.substring(0, path.length() - FROZEN.length()) + ".yaml")) {
                    diagnostics.add(Code.IGNORED_FILE, SourcePosition.of(path),
                            org.gongkai.core.diagnostic.Phrase.of(ReadProblem.STRAY),
                            org.gongkai.core.diagnostic.Phrase.hint(ReadProblem.STRAY));
                }
                continue;
            }
            source(path, e.getValue(), Optional.ofNullable(frozen.get(path))).ifPresent(out::add);
        }
        return out;
    }

    private Optional<ReportSource> source(String file, YamlNode.Mapping root, Optional<YamlNode.Mapping> frozenRoot) {
        FieldReader f = new FieldReader(root, diagnostics);
        String[] parts = file.split("/");
        Optional<Integer> folderYear = parts.length == 3 && parts[1].matches("\\d{4}")
                ? Optional.of(Integer.parseInt(parts[1])) : Optional.empty();
        int year = f.integer("year").or(() -> folderYear).orElse(0);
        if (year < org.gongkai.core.content.Dates.EARLIEST_YEAR || year > org.gongkai.core.content.Dates.LATEST_YEAR) {
            diagnostics.add(Code.BAD_VALUE, f.at("year"), new Field("year"), String.valueOf(year), "2025");
            return Optional.empty();
        }
        String organ = f.text("organ", false).orElse(ItemLoader.stem(file));
        ReportSource.Scope scope = f.choice("scope", ReportSource.Scope.class, ReportSource.Scope.ORGAN);
        Optional<LocalDate> published = f.date("published", false);
        String overview = f.text("overview", "");
        String problems = f.text("problems", "");
        String other = f.text("other", "");
        Map<ProactiveLine, BigDecimal> figures = new EnumMap<>(ProactiveLine.class);
        f.mapping("figures", false).ifPresent(m -> figures(m, figures));
        ReportCells given = f.mapping("given", false).map(this::cells).orElse(ReportCells.NONE);
        List<ChangeNote> changes = new ArrayList<>();
        for (YamlNode.Mapping m : f.mappings("changes")) {
            FieldReader c = new FieldReader(m, diagnostics);
            Optional<LocalDate> date = c.date("date", true);
            Optional<String> note = c.text("note", true);
            c.rejectUnknown(Section.CHANGE_NOTE);
            if (date.isPresent() && note.isPresent()) {
                changes.add(new ChangeNote(date.get(), note.get()));
            }
        }
        changes.sort(java.util.Comparator.comparing(ChangeNote::date));
        f.rejectUnknown(Section.REPORT);
        Optional<ReportCells> frozen = Optional.empty();
        Optional<LocalDate> frozenOn = Optional.empty();
        if (frozenRoot.isPresent()) {
            FieldReader z = new FieldReader(frozenRoot.get(), diagnostics);
            frozenOn = z.date("frozen-on", true);
            Map<String, YamlNode.Entry> tables = new LinkedHashMap<>(frozenRoot.get().entries());
            tables.remove("frozen-on");
            frozen = Optional.of(cells(new YamlNode.Mapping(tables, frozenRoot.get().at())));
        }
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        root.entries().forEach((k, e) -> positions.put(k, e.value().at()));
        positions.putIfAbsent("year", new SourcePosition(file, 1, 1));
        return Optional.of(new ReportSource(file, organ, year, scope, published, overview, problems, other, figures,
                given, frozen, frozenOn, changes, positions));
    }

    private void figures(YamlNode.Mapping m, Map<ProactiveLine, BigDecimal> into) {
        FieldReader f = new FieldReader(m, diagnostics);
        for (ProactiveLine line : ProactiveLine.values()) {
            if (line.isDocuments()) {
                continue; // counted from the items of the categories the catalog maps to them
            }
            String key = FieldReader.keyword(line);
            Optional<BigDecimal> v = line == ProactiveLine.FEES ? decimal(f, key) : count(f, key);
            v.ifPresent(x -> into.put(line, x));
        }
        f.rejectUnknown(Section.REPORT);
    }

    /** Cells written as {@code table: {row: {column: number}}}, by address {@code table/row/column}. */
    private ReportCells cells(YamlNode.Mapping root) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new HashMap<>();
        for (YamlNode.Entry table : root.entries().values()) {
            if (!(table.value() instanceof YamlNode.Mapping rows)) {
                diagnostics.add(Code.WRONG_TYPE, table.value().at(), new Field(table.key()), ValueType.MAPPING,
                        table.value().kind());
                continue;
            }
            for (YamlNode.Entry row : rows.entries().values()) {
                if (!(row.value() instanceof YamlNode.Mapping columns)) {
                    // fees: {notices: 2, notified: 240} has numbers one level up
                    number(table.key() + "/" + row.key(), row.value()).ifPresent(v -> {
                        values.put(table.key() + "/" + row.key(), v);
                        positions.put(table.key() + "/" + row.key(), row.value().at());
                    });
                    continue;
                }
                for (YamlNode.Entry col : columns.entries().values()) {
                    String address = table.key() + "/" + row.key() + "/" + col.key();
                    number(address, col.value()).ifPresent(v -> {
                        values.put(address, v);
                        positions.put(address, col.value().at());
                    });
                }
            }
        }
        return new ReportCells(values, positions);
    }

    private Optional<BigDecimal> number(String address, YamlNode node) {
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            try {
                BigDecimal d = new BigDecimal(s.value().strip());
                boolean money = address.endsWith("/amount") || address.endsWith("/notified") || address.endsWith("/collected");
                if (d.signum() >= 0 && d.precision() - d.scale() <= 12 && (money ? d.scale() <= 4 : d.scale() <= 0)) {
                    return Optional.of(d);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        diagnostics.add(Code.BAD_VALUE, node.at(), new Field(address), node instanceof YamlNode.Scalar s ? s.value() : "",
                "0, 12, 3.25");
        return Optional.empty();
    }

    private Optional<BigDecimal> count(FieldReader f, String key) {
        return f.integer(key).flatMap(n -> {
            if (n < 0) {
                diagnostics.add(Code.BAD_VALUE, f.at(key), new Field(key), String.valueOf(n), "0, 1, 2 …");
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(n));
        });
    }

    private Optional<BigDecimal> decimal(FieldReader f, String key) {
        return f.text(key, false).flatMap(t -> {
            try {
                BigDecimal d = new BigDecimal(t);
                if (d.signum() >= 0 && d.scale() <= 4 && d.precision() - d.scale() <= 12) {
                    return Optional.of(d);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            diagnostics.add(Code.BAD_VALUE, f.at(key), new Field(key), t, "12.35（万元）");
            return Optional.empty();
        });
    }
}
