package org.gongkai.core;

import java.nio.file.Path;
import java.util.Locale;

import org.gongkai.core.diagnostic.DiagnosticLanguage;

/**
 * The one line a goal ends with: what was done, how many items and pages, warnings and errors, and how long it
 * took, in the diagnostics' language. The time is for the console only: no output file carries it, so that two
 * builds of the same content stay byte for byte the same.
 */
public final class BuildSummary {
    private BuildSummary() {
    }

    /**
     * @param built a build (pages written) rather than a validation
     * @param output the portal as the user should see it (relative to the project, say)
     */
    public static String line(BuildResult r, boolean built, long millis, Path output) {
        DiagnosticLanguage lang = r.language();
        String time = Progress.seconds(millis, lang);
        if (lang == DiagnosticLanguage.EN) {
            String what = !built ? "Checked: " + r.items() + " item(s) visible"
                    : r.written() ? "Portal built: " + r.items() + " item(s), " + r.pages() + " page(s)"
                    : "Portal not built (the previous one is unchanged)";
            return String.format(Locale.ROOT, "%s, %d warning(s), %d error(s), in %s%s", what, r.warningCount(),
                    r.errorCount(), time, built && r.written() ? " → " + output : "");
        }
        String what = !built ? "检查完成：" + r.items() + " 个条目可见"
                : r.written() ? "门户已生成：" + r.items() + " 个条目，" + r.pages() + " 个页面"
                : "门户没有生成（原有的保持不变）";
        return String.format(Locale.ROOT, "%s，%d 个警告，%d 个错误，用时 %s%s", what, r.warningCount(), r.errorCount(),
                time, built && r.written() ? " → " + output : "");
    }
}
