package org.zhijian.notification.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.zhijian.account.domain.Roster;
import org.zhijian.account.domain.User;
import org.zhijian.system.security.Unscoped;
import org.zhijian.system.todo.TodoItem;

/**
 * The to-do mails: one mail for each new item (remembered by user and item key, so each item is
 * mailed once) and a daily digest of what is overdue or falls due within
 * {@code zhijian.notification.digest-days}. Each user's items are looked up in their own scope, and
 * only users with an e-mail address who want that mail, about kinds they have not muted, get one.
 * Subjects and texts are in the bureau's language ({@code zhijian.notification.mail-locale}).
 */
@Service
public class TodoMailer {

    private final TodoInbox inbox;
    private final Roster roster;
    private final NotificationPreferenceRepository preferences;
    private final MailedItemRepository mailed;
    private final MailDelivery delivery;
    private final MessageSource messages;
    private final Clock clock;
    private final Locale locale;
    private final String baseUrl;
    private final int digestDays;
    private final int maxItemMailsPerRun;

    TodoMailer(TodoInbox inbox, Roster roster, NotificationPreferenceRepository preferences,
               MailedItemRepository mailed, MailDelivery delivery, MessageSource messages, Clock clock,
               @Value("${zhijian.notification.mail-locale:zh-CN}") String locale,
               @Value("${zhijian.notification.base-url:http://localhost:8080}") String baseUrl,
               @Value("${zhijian.notification.digest-days:7}") int digestDays,
               @Value("${zhijian.notification.max-item-mails-per-run:20}") int maxItemMailsPerRun) {
        this.inbox = inbox;
        this.roster = roster;
        this.preferences = preferences;
        this.mailed = mailed;
        this.delivery = delivery;
        this.messages = messages;
        this.clock = clock;
        this.locale = Locale.forLanguageTag(locale);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.digestDays = digestDays;
        this.maxItemMailsPerRun = maxItemMailsPerRun;
    }

    /** Mails every user each item they have not been mailed about yet; returns how many mails were written. */
    @Unscoped("the mail job, outside any request: each user's items are looked up in that user's own scope")
    public int mailNewItems() {
        int written = 0;
        List<Recipient> recipients = recipients();
        Map<Long, NotificationPreference> prefs = preferencesOf(recipients);
        for (Recipient r : recipients) {
            NotificationPreference p = prefs.getOrDefault(r.userId(), NotificationPreference.defaultsFor(r.userId()));
            if (!p.isNewItemMails()) {
                continue;
            }
            List<TodoItem> items = inbox.itemsFor(r.scope()).stream().filter(p::wantsMailAbout).toList();
            if (items.isEmpty()) {
                continue;
            }
            Set<String> done = new HashSet<>(mailed.findMailedKeys(r.userId(), items.stream().map(TodoItem::key).toList()));
            int mine = 0;
            for (TodoItem item : items) {
                if (mine >= maxItemMailsPerRun || !done.add(item.key())) {
                    continue;
                }
                mailed.save(new MailedItem(r.userId(), item.key(), clock.instant()));
                delivery.deliver(r, msg("todo.mail.item.subject", kind(item), item.title()),
                        msg("todo.mail.item.body", kind(item), item.title(), r.displayName(), due(item),
                                baseUrl + item.href()), OutgoingMail.Kind.ITEM);
                mine++;
            }
            written += mine;
        }
        return written;
    }

    /** Mails each user who wants it the digest of what is overdue or falls due soon; returns how many mails. */
    @Unscoped("the mail job, outside any request: each user's items are looked up in that user's own scope")
    public int sendDigests() {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(digestDays);
        int written = 0;
        List<Recipient> recipients = recipients();
        Map<Long, NotificationPreference> prefs = preferencesOf(recipients);
        for (Recipient r : recipients) {
            NotificationPreference p = prefs.getOrDefault(r.userId(), NotificationPreference.defaultsFor(r.userId()));
            if (!p.isDailyDigest()) {
                continue;
            }
            List<TodoItem> due = inbox.itemsFor(r.scope()).stream().filter(p::wantsMailAbout)
                    .filter(i -> i.overdue() || (i.dueOn() != null && !i.dueOn().isAfter(until))).toList();
            if (due.isEmpty()) {
                continue;
            }
            String lines = due.stream()
                    .map(i -> msg("todo.mail.digest.line", kind(i), i.title(), due(i),
                            i.overdue() ? msg("todo.mail.digest.overdue") : ""))
                    .collect(Collectors.joining("\n"));
            delivery.deliver(r, msg("todo.mail.digest.subject", today.toString(), String.valueOf(due.size())),
                    msg("todo.mail.digest.body", r.displayName(), today.toString(), lines, baseUrl + "/todo"),
                    OutgoingMail.Kind.DIGEST);
            written++;
        }
        return written;
    }

    private List<Recipient> recipients() {
        return roster.withEmail().stream().map(TodoMailer::recipient).toList();
    }

    private static Recipient recipient(User u) {
        return new Recipient(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDistrictId(),
                u.getEmail());
    }

    private Map<Long, NotificationPreference> preferencesOf(List<Recipient> recipients) {
        return preferences.findByUserIdIn(recipients.stream().map(Recipient::userId).toList()).stream()
                .collect(Collectors.toMap(NotificationPreference::getUserId, Function.identity()));
    }

    private String kind(TodoItem item) {
        return messages.getMessage(item.kindCode(), null, item.kindCode(), locale);
    }

    private String due(TodoItem item) {
        return item.dueOn() == null ? msg("todo.mail.noDue") : item.dueOn().toString();
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
