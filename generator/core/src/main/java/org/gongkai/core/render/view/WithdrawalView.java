package org.gongkai.core.render.view;

public record WithdrawalView(String date, String reason) {
}
