package org.gongkai.core.check;

/** The kinds of personal data the 保密审查 aid looks for. */
enum PersonalData {
    ID_CARD, MOBILE, BANK_CARD
}
