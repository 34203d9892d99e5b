package org.gongkai.core.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongkai.core.content.Feedback;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;
import org.gongkai.core.diagnostic.Phrase;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * site.yaml's {@code feedback} (意见箱): a mapping of channels ({@code form}, {@code mailto}, {@code github},
 * {@code link}) and {@code reply-within}, or, as before, a plain address, taken as {@code link}. Each value is
 * vetted here, at its line: the portal writes them into every page's links and into a form's action, so a value
 * that is not what it should be is an error ({@code bad-feedback}) and is left out.
 */
final class FeedbackReader {
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    /** GitHub's rules: an owner of letters, digits and single inner hyphens (39 at most); a repository name. */
    private static final Pattern REPOSITORY = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}");
    private static final Pattern URL_CHARACTERS = Pattern.compile("[\\x21-\\x7E]+");

    private final Diagnostics diagnostics;

    FeedbackReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Feedback read(FieldReader site, SourcePosition fileStart) {
        Optional<YamlNode> node = site.raw("feedback");
        if (node.isEmpty()) {
            return Feedback.none(fileStart);
        }
        if (node.get() instanceof YamlNode.Scalar s) {
            String link = s.value().strip();
            List<Feedback.Channel> channels = new ArrayList<>();
            if (!link.isEmpty()) {
                channel(Feedback.Kind.LINK, "feedback", link, s.at(), channels);
            }
            return new Feedback(channels, Feedback.DEFAULT_REPLY_WITHIN, s.at());
        }
        if (!(node.get() instanceof YamlNode.Mapping m)) {
            diagnostics.add(Code.WRONG_TYPE, node.get().at(), new Field("feedback"), ValueType.MAPPING, node.get().kind());
            return Feedback.none(node.get().at());
        }
        FieldReader f = new FieldReader(m, diagnostics, "feedback.");
        List<Feedback.Channel> channels = new ArrayList<>();
        boolean written = false;
        for (Feedback.Kind kind : Feedback.Kind.values()) {
            String key = FieldReader.keyword(kind);
            Optional<String> value = f.text(key, false);
            written |= value.isPresent();
            value.ifPresent(v -> channel(kind, "feedback." + key, v, f.at(key), channels));
        }
        int within = Feedback.DEFAULT_REPLY_WITHIN;
        Optional<Integer> days = f.integer("reply-within");
        if (days.isPresent()) {
            if (days.get() < 1 || days.get() > Feedback.MAX_REPLY_WITHIN) {
                bad("feedback.reply-within", f.at("reply-within"), FeedbackProblem.REPLY_WITHIN, days.get());
            } else {
                within = days.get();
            }
        }
        f.rejectUnknown(Section.FEEDBACK);
        if (!written) {
            bad("feedback", m.at(), FeedbackProblem.NO_CHANNEL, "");
        }
        return new Feedback(channels, within, m.at());
    }

    private void channel(Feedback.Kind kind, String key, String value, SourcePosition at, List<Feedback.Channel> into) {
        Optional<FeedbackProblem> problem = switch (kind) {
            case FORM -> url(value, true) ? Optional.empty() : Optional.of(FeedbackProblem.FORM_NOT_HTTPS);
            case LINK -> url(value, false) ? Optional.empty() : Optional.of(FeedbackProblem.BAD_LINK);
            case MAILTO -> EMAIL.matcher(address(value)).matches() && address(value).length() <= 254
                    ? Optional.empty() : Optional.of(FeedbackProblem.BAD_EMAIL);
            case GITHUB -> REPOSITORY.matcher(value).matches() ? Optional.empty() : Optional.of(FeedbackProblem.BAD_REPOSITORY);
        };
        if (problem.isPresent()) {
            bad(key, at, problem.get(), value);
        } else {
            into.add(new Feedback.Channel(kind, kind == Feedback.Kind.MAILTO ? address(value) : value, at));
        }
    }

    /** An address may be written with its scheme, as in a link: {@code mailto:liuyan@example.gov.cn}. */
    private static String address(String value) {
        return value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7) : value;
    }

    /** An absolute https (or, unless {@code httpsOnly}, http) address with a host, in plain ASCII, without user info. */
    static boolean url(String value, boolean httpsOnly) {
        if (!URL_CHARACTERS.matcher(value).matches() || value.contains("\"") || value.contains("'")
                || value.contains("<") || value.contains(">") || value.contains("\\")) {
            return false;
        }
        try {
            URI u = new URI(value);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            boolean schemeOk = httpsOnly ? scheme.equals("https") : scheme.equals("https") || scheme.equals("http");
            return schemeOk && u.getHost() != null && !u.getHost().isEmpty() && u.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void bad(String key, SourcePosition at, FeedbackProblem problem, Object value) {
        diagnostics.add(Code.BAD_FEEDBACK, at, new Field(key), Phrase.of(problem, value), Phrase.hint(problem, value));
    }
}
