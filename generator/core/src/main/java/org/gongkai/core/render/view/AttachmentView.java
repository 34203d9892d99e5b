package org.gongkai.core.render.view;

/** An attachment: {@code type} e.g. PDF, {@code size} human readable (e.g. 12.3 KB). */
public record AttachmentView(String title, String href, String type, String size) {
}
