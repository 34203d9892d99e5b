package org.gongkai.core.render.view;

/** A publishing organ; {@code type} is a key (government, department …); {@code parent} a name or empty. */
public record OrganView(String id, String name, String code, String type, String href, int count, String parent) {
}
