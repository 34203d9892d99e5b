package org.gongkai.core.check;

/** Why the check stage reports a file of the content folder as not used. */
enum UnusedFile {
    /** A file under attachments/ that no item lists. */
    NOT_ATTACHED
}
