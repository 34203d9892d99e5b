/**
 * Read-only view records handed to templates. Templates never see domain objects. Every {@code href} is a
 * site-relative path (a folder ending in "/" or a file), turned into a relative link by the template function
 * {@code url(href)} so that the portal also works opened from a disk (file://). Keys (genre, validity, marks,
 * cadence, state …) are translated in templates with {@code t('prefix.' ~ key)}.
 */
package org.gongkai.core.render.view;
