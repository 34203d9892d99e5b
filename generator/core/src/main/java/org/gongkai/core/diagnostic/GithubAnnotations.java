package org.gongkai.core.diagnostic;

/** GitHub Actions workflow commands, so diagnostics appear as annotations on the pull request's files. */
public final class GithubAnnotations {
    private GithubAnnotations() {
    }

    /** {@code ::error file=content/items/x.md,line=3,col=8,title=unknown-organ::message}. */
    public static String format(Diagnostic d, String contentPrefix, DiagnosticLanguage language) {
        StringBuilder sb = new StringBuilder("::").append(d.isError() ? "error" : "warning");
        String file = d.file().isEmpty() ? "" : (contentPrefix.isEmpty() ? "" : contentPrefix + "/") + d.file();
        sb.append(" file=").append(escapeProperty(file));
        if (d.line() > 0) {
            sb.append(",line=").append(d.line());
            if (d.column() > 0) {
                sb.append(",col=").append(d.column());
            }
        }
        sb.append(",title=").append(escapeProperty(d.code().id()));
        String message = d.message(language);
        String hint = d.hint(language);
        String text = hint.isEmpty() ? message : message + " — " + hint;
        return sb.append("::").append(escapeData(text)).toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
