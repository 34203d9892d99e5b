package org.gongkai.core.render.view;

/** 公示期: {@code state} is pending, open or ended relative to the build's date. */
public record NoticeView(String from, String to, String state) {
}
