/**
 * {@code gongkai:check-links}: requests every http(s) link of the public portal's bodies (items and free pages),
 * which the build itself never does (a build must not depend on other sites being up). A link another site answers
 * with 4xx or 5xx is broken (an error, with the status, at each file:line:column that writes it); one that could
 * not be checked (timeout, refused, unknown host, any other network failure) is a warning, never a failure.
 * Bounded: a short timeout per request, a fixed number of requests at once and fewer per host.
 */
package org.gongkai.core.linkcheck;
