package org.gongkai.core.render.view;

public record ChangeView(String date, String note) {
}
