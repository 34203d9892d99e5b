package org.gongkai.core.load;

/** The part of a content file a key belongs to, named in "unknown key … in …" messages. */
public enum Section {
    FILE, SITE, CATALOG, ORGAN, CATEGORY, CONTACT, HOLIDAYS, ATTACHMENT, CHANGE_NOTE, WITHDRAWN, NOTICE_PERIOD, PAGE, ITEM,
    APPLICATION, SUPPLEMENT, EXTENSION, FEE, APPEAL, REPORT, FROZEN_REPORT, FORMULATION, MARKS, FEEDBACK, REPLY_TO
}
