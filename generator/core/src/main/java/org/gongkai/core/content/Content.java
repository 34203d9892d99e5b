package org.gongkai.core.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything loaded from a content folder: the input of the checks and the model. {@code applications} is the
 * 依申请公开 register (never published, only counted); {@code reports} what the office writes for its annual
 * reports; {@code attachments} are the
 * vetted files under content/attachments/, by path; {@code outside} the paths under content/ that are links
 * leading out of it (refused, never read), so that an item naming one is told why.
 */
public record Content(Path root, SiteConfig site, Catalog catalog, List<Item> items, List<Page> pages,
                      List<Application> applications, List<ReportSource> reports, Map<String, StoredFile> attachments,
                      java.util.Set<String> outside) {

    public Content {
        items = List.copyOf(items);
        pages = List.copyOf(pages);
        applications = List.copyOf(applications);
        reports = List.copyOf(reports);
        attachments = Map.copyOf(attachments);
        outside = java.util.Set.copyOf(outside);
    }

    /** The same content seen with another site configuration (a base URL of the preview, say). */
    public Content withSite(SiteConfig other) {
        return new Content(root, other, catalog, items, pages, applications, reports, attachments, outside);
    }
}
