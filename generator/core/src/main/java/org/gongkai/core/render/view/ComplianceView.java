package org.gongkai.core.render.view;

import java.util.List;

/** The compliance report as the internal build shows it: a section per kind of finding, each with its findings. */
public record ComplianceView(String date, List<Section> sections, List<Finding> privacyReviewed) {

    public record Section(String code, String title, List<Finding> findings) {
    }

    /** {@code href} is the item's page (empty when there is none); {@code location} its file and line. */
    public record Finding(String organ, String category, String location, String message, String href) {
    }
}
