package org.zhijian.enterprise.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.zhijian.system.security.CurrentUser;

/**
 * Something happened to an enterprise that belongs on its archive timeline (一企一档): a licence
 * granted, a batch sampled, a hazard found, a class changed. Any module publishes it; the
 * {@link ArchiveTimeline} writes the line. It is declared here, not by each publisher, because the
 * publishers already depend on the enterprise module and the enterprise module must not depend on
 * them. The text is a message code with arguments (an argument {@code msg:some.code} is itself
 * translated), so the line reads in the viewer's language. See docs/events.md.
 *
 * <p>Delivery: in-process and synchronous. The line is written at the point of publication, inside
 * the publisher's transaction (publishing outside one fails), so it commits or rolls back with the
 * change it describes: none is lost on a crash, none describes a change that did not happen, and a
 * reader right after the action sees it.
 *
 * @param actor who did it: the current user when the event is made
 */
public record ArchiveEvent(Long enterpriseId, Instant occurredAt, String category, String messageCode, String link,
                           List<String> args, String actor) {

    /** Timeline categories of the enterprise and licence modules; other modules name their own. */
    public static final String LICENCE = "LICENCE";
    public static final String REGISTRY = "REGISTRY";

    public ArchiveEvent {
        args = List.copyOf(args);
    }

    /** An archive line by the current user; arguments are kept as text ({@code null} as empty). */
    public static ArchiveEvent of(Long enterpriseId, Instant occurredAt, String category, String messageCode,
                                  String link, Object... args) {
        return new ArchiveEvent(enterpriseId, occurredAt, category, messageCode, link,
                Arrays.stream(args).map(a -> Objects.toString(a, "")).toList(), CurrentUser.username());
    }
}
