package org.gongkai.core.model;

/**
 * Which portal is built. PUBLIC: proactive, public, published items only. INTERNAL: adds internal-audience and
 * on-request items, marked. PREVIEW: everything an editor is working on, drafts and scheduled items included.
 */
public enum BuildMode {
    PUBLIC, INTERNAL, PREVIEW
}
