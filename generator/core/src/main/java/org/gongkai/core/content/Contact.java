package org.gongkai.core.content;

/** The contact block of the 公开指南: where and when the public can reach the disclosure office. */
public record Contact(String office, String address, String postcode, String hours, String phone,
                      String supervisionPhone, String email) {
}
