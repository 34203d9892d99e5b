package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.core.content.Attachment;
import org.gongkai.core.content.Audience;
import org.gongkai.core.content.Disclosure;
import org.gongkai.core.content.Formulation;
import org.gongkai.core.content.Item;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * 严重表述错误 in public items: wrong names of the country, state and Party bodies, outdated names of renamed bodies,
 * misspelt names of the Party's theories, fixed formulations in the wrong order, statements against the
 * one-China principle and common 错别字 of official writing. A single one fails a government website inspection
 * (单项否决), so each is an error at its line and column with the right form and its source. Titles, summaries,
 * keywords, bodies, attachments' titles and the published message a reply answers are read; an approver can
 * clear an item that quotes a wrong form on purpose with {@code formulations-reviewed: true}.
 */
final class FormulationCheck {
    /** Parts of a fixed formulation stand this close when they are written as one list (、，和 or nothing between). */
    private static final int LIST_GAP = 2;
    private static final int MIN_PARTS = 3;

    private final Diagnostics diagnostics;
    private final List<Formulation> orders = new ArrayList<>();
    /** Wrong forms by their first character: one pass over a text looks up only the forms that can start there. */
    private final Map<Character, List<Formulation>> byFirst = new HashMap<>();

    FormulationCheck(Diagnostics diagnostics, List<Formulation> formulations) {
        this.diagnostics = diagnostics;
        for (Formulation f : formulations) {
            if (f.isOrder()) {
                orders.add(f);
            } else if (!f.wrong().isEmpty()) {
                byFirst.computeIfAbsent(f.wrong().charAt(0), k -> new ArrayList<>()).add(f);
            }
        }
    }

    void check(Item item) {
        if (item.disclosure() != Disclosure.PROACTIVE || item.audience() != Audience.PUBLIC || item.draft()
                || "true".equals(String.valueOf(item.extra().get("formulations-reviewed")))) {
            return;
        }
        scan(item, item.title(), item.at("title"), false);
        scan(item, item.summary(), item.at("summary"), false);
        item.replyTo().ifPresent(r -> scan(item, r.question(), r.questionAt(), false));
        for (String k : item.keywords()) {
            scan(item, k, item.at("keywords"), false);
        }
        for (Attachment a : item.attachments()) {
            scan(item, a.title(), a.at(), false);
        }
        scan(item, item.body(), new SourcePosition(item.file(), item.bodyLine(), 1), true);
    }

    private void scan(Item item, String text, SourcePosition at, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            List<Formulation> candidates = byFirst.get(text.charAt(i));
            if (candidates == null) {
                continue;
            }
            for (Formulation f : candidates) {
                if (text.startsWith(f.wrong(), i) && applies(f, item)) {
                    diagnostics.add(Code.WRONG_FORMULATION, where(text, at, i, multiline), f.wrong(), f.reason(),
                            f.right(), f.source());
                }
            }
        }
        for (Formulation f : orders) {
            order(item, f, text, at, multiline);
        }
    }

    private static boolean applies(Formulation f, Item item) {
        return f.since().map(d -> !item.written().isBefore(d)).orElse(true);
    }

    /** The parts of {@code f} written as one list in {@code text} must come in the formulation's order. */
    private void order(Item item, Formulation f, String text, SourcePosition at, boolean multiline) {
        List<int[]> found = new ArrayList<>(); // {position, part index, end}
        for (int p = 0; p < f.order().size(); p++) {
            String part = f.order().get(p);
            for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
                found.add(new int[] {i, p, i + part.length()});
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[2], a[2]));
        int start = 0;
        while (start < found.size()) {
            int end = start + 1;
            while (end < found.size() && found.get(end)[0] - found.get(end - 1)[2] <= LIST_GAP
                    && found.get(end)[0] >= found.get(end - 1)[2]) {
                end++;
            }
            List<int[]> run = found.subList(start, end);
            if (run.stream().mapToInt(r -> r[1]).distinct().count() >= MIN_PARTS && !increasing(run)) {
                diagnostics.add(Code.WRONG_ORDER, where(text, at, run.get(0)[0], multiline),
                        text.substring(run.get(0)[0], run.get(run.size() - 1)[2]), f.wrong(), f.right(), f.source());
            }
            start = end;
        }
    }

    private static boolean increasing(List<int[]> run) {
        for (int k = 1; k < run.size(); k++) {
            if (run.get(k)[1] <= run.get(k - 1)[1]) {
                return false;
            }
        }
        return true;
    }

    /** The line and column of offset {@code i}: counted through the text for a body, from the value's start else. */
    private static SourcePosition where(String text, SourcePosition at, int i, boolean multiline) {
        if (!multiline) {
            return new SourcePosition(at.file(), at.line(), at.column() + text.codePointCount(0, i));
        }
        int line = at.line();
        int lineStart = 0;
        for (int k = 0; k < i; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new SourcePosition(at.file(), line, text.codePointCount(lineStart, i) + 1);
    }
}
