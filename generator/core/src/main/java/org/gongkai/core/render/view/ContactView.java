package org.gongkai.core.render.view;

public record ContactView(String office, String address, String postcode, String hours, String phone,
                          String supervisionPhone, String email) {
}
