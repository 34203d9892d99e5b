package org.gongkai.core.render.view;

public record MonthView(int year, int month, int count, String href) {
}
