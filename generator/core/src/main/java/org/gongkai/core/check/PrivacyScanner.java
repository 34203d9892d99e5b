package org.gongkai.core.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.content.Item;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * 保密审查 aid: finds personal data that must not be published by accident — 居民身份证号码 with a valid check
 * digit, mobile numbers, bank card numbers passing Luhn. An item whose front-matter says
 * {@code privacy-reviewed: true} has been cleared by its approver and is not scanned.
 */
final class PrivacyScanner {
    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9]\\d{9}(?![0-9])");
    private static final Pattern BANK_CARD = Pattern.compile("(?<![0-9])(?:62|4|5)\\d{14,17}(?![0-9])");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private final Diagnostics diagnostics;

    PrivacyScanner(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void scan(Item item) {
        if ("true".equals(String.valueOf(item.extra().get("privacy-reviewed")))) {
            return;
        }
        scanText(item, item.title(), item.at("title"), 0);
        scanText(item, item.summary(), item.at("summary"), 0);
        // The citizen's message of a reply is published too: its personal data is removed before, or it is reported.
        item.replyTo().ifPresent(r -> scanText(item, r.question(), r.questionAt(), 0));
        scanText(item, item.body(), new SourcePosition(item.file(), item.bodyLine(), 0), item.bodyLine());
    }

    private void scanText(Item item, String text, SourcePosition at, int firstLine) {
        Matcher id = ID_CARD.matcher(text);
        while (id.find()) {
            if (validIdCard(id.group())) {
                report(item, text, at, firstLine, id.start(), PersonalData.ID_CARD);
            }
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            report(item, text, at, firstLine, mobile.start(), PersonalData.MOBILE);
        }
        Matcher card = BANK_CARD.matcher(text);
        while (card.find()) {
            if (luhn(card.group()) && !ID_CARD.matcher(card.group()).matches()) {
                report(item, text, at, firstLine, card.start(), PersonalData.BANK_CARD);
            }
        }
    }

    private void report(Item item, String text, SourcePosition at, int firstLine, int offset, PersonalData what) {
        SourcePosition where = at;
        if (firstLine > 0) {
            int line = firstLine;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            where = new SourcePosition(item.file(), line, offset - lineStart + 1);
        }
        diagnostics.add(Code.PRIVACY, where, what);
    }

    static boolean validIdCard(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == ID_CHECK.charAt(sum % 11);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
