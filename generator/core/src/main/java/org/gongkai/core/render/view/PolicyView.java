package org.gongkai.core.render.view;

import java.util.List;

/**
 * A 规范性文件 in the policy library. {@code docKey} is its 发文字号 in the one spelling the theme's lookup compares
 * ({@code content.DocNumber}); {@code validity} is the key of its 有效性 on the build's day (valid, expired,
 * repealed), {@code expiredSince} the first day no longer in force when known; {@code repealedBy} is the document
 * that repealed it, or null when there is none in this build. {@code marks}: non-public reasons (internal builds).
 */
public record PolicyView(String title, String href, String lang, String docNumber, String docKey, String organ,
                         String written, String validity, String validUntil, String expiredSince,
                         LinkView repealedBy, List<String> marks) {
}
