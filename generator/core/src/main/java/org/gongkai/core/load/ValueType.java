package org.gongkai.core.load;

/** What a key's value must be, named in "must be …, not …" messages. */
enum ValueType {
    TEXT, NUMBER, BOOLEAN, DATE, DATE_TIME, TEXT_LIST, MAPPING_LIST, MAPPING
}
