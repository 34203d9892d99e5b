package org.gongkai.core.content;

import java.time.LocalDate;

/** 公示期: both days included. */
public record NoticePeriod(LocalDate from, LocalDate to) {

    public enum State { PENDING, OPEN, ENDED }

    public State stateOn(LocalDate today) {
        if (today.isBefore(from)) {
            return State.PENDING;
        }
        return today.isAfter(to) ? State.ENDED : State.OPEN;
    }
}
