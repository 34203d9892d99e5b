package org.gongkai.core.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.content.Application;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * Types one record of the 依申请公开 register (content/requests/**.yaml). The values are the annual report's own
 * categories, spelt as keywords (docs/content.md lists them with their official names); each problem becomes a
 * diagnostic at its line. Rules that need more than one record or the calendar are the check stage's.
 */
final class ApplicationLoader {
    private final Diagnostics diagnostics;

    ApplicationLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Empty when the record is too broken to count (its problems are reported). */
    Optional<Application> read(String file, YamlNode.Mapping root) {
        FieldReader f = new FieldReader(root, diagnostics);
        String id = f.text("id", false).orElse(ItemLoader.stem(file));
        f.plainIdentifier("id", true);
        Optional<String> organ = f.text("organ", true);
        Optional<LocalDate> received = f.date("received", true);
        Optional<Application.Channel> channel = f.choice("channel", Application.Channel.class, true);
        Optional<Application.Applicant> applicant = f.choice("applicant", Application.Applicant.class, true);
        String request = f.text("request", "");
        Optional<Application.Supplement> supplement = f.mapping("supplement", false).flatMap(this::supplement);
        Optional<Application.Extension> extension = f.mapping("extension", false).flatMap(this::extension);
        Optional<Application.OutcomeKind> kind = f.choice("outcome", Application.OutcomeKind.class, false);
        Optional<Application.Reason> reason = f.choice("reason", Application.Reason.class, false);
        Optional<LocalDate> replied = f.date("replied", false);
        Application.Fee fee = f.mapping("fee", false).map(this::fee).orElse(Application.Fee.NONE);
        List<Application.Appeal> appeals = new ArrayList<>();
        for (YamlNode.Mapping m : f.mappings("appeals")) {
            appeal(m).ifPresent(appeals::add);
        }
        f.rejectUnknown(Section.APPLICATION);
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        root.entries().forEach((k, e) -> positions.put(k, e.value().at()));
        if (organ.isEmpty() || received.isEmpty() || channel.isEmpty() || applicant.isEmpty()) {
            return Optional.empty();
        }
        Optional<Application.Outcome> outcome = kind.map(k -> new Application.Outcome(k, reason));
        if (kind.isEmpty() && reason.isPresent()) {
            diagnostics.add(Code.REQUEST_INCOMPLETE, f.at("reason"), new Field("reason"), new Field("outcome"));
        }
        return Optional.of(new Application(file, id, organ.get(), received.get(), channel.get(), applicant.get(),
                request, supplement, extension, outcome, replied, fee, appeals, positions));
    }

    private Optional<Application.Supplement> supplement(YamlNode.Mapping m) {
        FieldReader f = new FieldReader(m, diagnostics);
        Optional<LocalDate> requested = f.date("requested", true);
        Optional<LocalDate> received = f.date("received", false);
        f.rejectUnknown(Section.SUPPLEMENT);
        return requested.map(r -> new Application.Supplement(r, received));
    }

    private Optional<Application.Extension> extension(YamlNode.Mapping m) {
        FieldReader f = new FieldReader(m, diagnostics);
        Optional<LocalDate> date = f.date("date", true);
        Optional<String> reason = f.text("reason", true);
        f.rejectUnknown(Section.EXTENSION);
        return date.map(d -> new Application.Extension(d, reason.orElse("")));
    }

    private Application.Fee fee(YamlNode.Mapping m) {
        FieldReader f = new FieldReader(m, diagnostics);
        var notified = f.amount("notified").orElse(java.math.BigDecimal.ZERO.setScale(2));
        var collected = f.amount("collected").orElse(java.math.BigDecimal.ZERO.setScale(2));
        f.rejectUnknown(Section.FEE);
        return new Application.Fee(notified, collected);
    }

    private Optional<Application.Appeal> appeal(YamlNode.Mapping m) {
        FieldReader f = new FieldReader(m, diagnostics);
        Optional<Application.AppealKind> kind = f.choice("kind", Application.AppealKind.class, true);
        Optional<LocalDate> filed = f.date("filed", true);
        Optional<Application.AppealResult> result = f.choice("result", Application.AppealResult.class, false);
        Optional<LocalDate> decided = f.date("decided", false);
        f.rejectUnknown(Section.APPEAL);
        if (result.isPresent() != decided.isPresent()) {
            // A result has a date, and a decision has a result: half of it cannot be counted in table 四.
            String missing = result.isPresent() ? "decided" : "result";
            diagnostics.add(Code.MISSING_KEY, m.at(), new Field(missing), missing);
        }
        if (kind.isEmpty() || filed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Application.Appeal(kind.get(), filed.get(),
                decided.isPresent() ? result : Optional.empty(), result.isPresent() ? decided : Optional.empty(), m.at()));
    }
}
